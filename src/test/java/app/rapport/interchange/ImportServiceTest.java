package app.rapport.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.rapport.interchange.contacts.ImportFailedException;
import app.rapport.journal.Progress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** One way to read a file for the window, the command line and the Events screen. */
class ImportServiceTest {

    private final ImportService service = new ImportService(Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"),
            ZoneId.of("Europe/Berlin")));

    @Test
    void anAddressBookIsReadForAPreviewAndAJournalWhole() throws Exception {
        byte[] card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nEND:VCARD\r\n".getBytes(StandardCharsets.UTF_8);
        var contacts = assertInstanceOf(ImportService.Contacts.class,
                service.read(service.detect(card).orElseThrow(), "anna.vcf", card, Progress.NONE));
        assertEquals("Anna Schmidt", contacts.book().contacts().getFirst().contact().name());

        byte[] journal = """
                {"format": "rapport-journal", "version": 1, "contacts": [{"id": "c1", "name": "Ben"}]}
                """.getBytes(StandardCharsets.UTF_8);
        var records = assertInstanceOf(ImportService.Records.class,
                service.read(service.detect(journal).orElseThrow(), "journal.json", journal, Progress.NONE));
        assertEquals(Importer.Kind.JOURNAL, records.importer().kind());
        assertEquals("Ben", records.result().snapshot().contacts().getFirst().name());
    }

    @Test
    void aFileNoImporterKnowsIsNamedByTheAddressBookReader() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertEquals(java.util.Optional.empty(), service.detect(zip));
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> service.read(null, "contacts.zip", zip, Progress.NONE));
        assertEquals("contacts.zip", e.problem().file());
    }
}
