package app.rapport.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry says which files the dialogs offer, from what each importer declares. */
class ImportersTest {

    @Test
    void theImportDialogOffersJournalsAndAddressBooksAndTheEventsScreenCalendars() {
        assertEquals(java.util.List.of("*.json", "*.ics", "*.ical", "*.ifb", "*.icalendar", "*.vcf", "*.vcard", "*.csv"),
                Importers.filePatterns(EnumSet.allOf(Importer.Kind.class)));
        assertEquals(java.util.List.of("*.json", "*.vcf", "*.vcard", "*.csv"),
                Importers.filePatterns(EnumSet.complementOf(EnumSet.of(Importer.Kind.CALENDAR))));
        assertEquals(java.util.List.of("*.ics", "*.ical", "*.ifb", "*.icalendar"),
                Importers.filePatterns(Set.of(Importer.Kind.CALENDAR)));
        for (Importer i : Importers.all()) {
            assertFalse(i.fileEndings().isEmpty(), i.formatName() + " declares no file ending");
        }
    }

    @Test
    void eachKindIsFoundByContent() {
        assertEquals(Importer.Kind.CALENDAR, kindOf("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        assertEquals(Importer.Kind.JOURNAL, kindOf("{\"format\": \"rapport-journal\"}"));
        assertEquals(Importer.Kind.ADDRESS_BOOK, kindOf("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n"));
    }

    private static Importer.Kind kindOf(String content) {
        return Importers.detect(content.getBytes(StandardCharsets.UTF_8)).orElseThrow().kind();
    }
}
