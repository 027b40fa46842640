package app.rapport.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFiles;
import app.rapport.interchange.json.JsonJournalReader;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Progress;
import app.rapport.journal.ValidationException;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Issue 16: any text a user can type, control characters included, survives save, export,
 * import and export again unchanged, in every format, or is refused on saving with a message
 * (a key of the bundles, a field). Journals are real SQLite files.
 */
class TypedTextRoundTripProperties {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("app.rapport.i18n.messages", Locale.ENGLISH);

    private Path dir;
    private SqliteJournal typedInto;
    private SqliteJournal importedInto;

    @BeforeProperty
    void open() throws Exception {
        dir = Files.createTempDirectory("rapport-typed-text");
        typedInto = TestJournals.open(dir.resolve("typed"));
        importedInto = TestJournals.open(dir.resolve("imported"));
    }

    @AfterProperty
    void close() throws Exception {
        typedInto.close();
        importedInto.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** What keyboards, paste and other programs put into a field: mostly letters, sometimes anything. */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(0x00, 0x07, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1D, 0x1E,
                        0x1F, 0x7F, 0x85, 0x9F)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0xA0, 0x17F)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of((int) ';', (int) ',', (int) '"', (int) '\\', (int) '=', (int) '+',
                        (int) '-', (int) '@', (int) '\'', (int) ':', 0x2028, 0x00AD, 0x200B, 0xFEFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x1F600, 0x1F64F)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x4E00, 0x4E40)));
        return codePoint.list().ofMaxSize(16).map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }

    @Property(tries = 150)
    void typedTextSurvivesEveryFormatOrIsRefused(@ForAll("typed") String name, @ForAll("typed") String organization,
                                                  @ForAll("typed") String notes, @ForAll("typed") String tag,
                                                  @ForAll("typed") String followUp) throws Exception {
        Contact contact;
        Encounter encounter;
        try {
            contact = typedInto.saveContact(Contact.builder(name).organization(organization).notes(notes)
                    .interests(List.of(tag)).build());
            encounter = typedInto.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-11-02T18:00:00+01:00"),
                    EncounterKind.MEETING, organization, null, null, List.of(contact.id()), notes, null,
                    List.of(new FollowUp(followUp.isBlank() ? "x" + followUp : followUp, null, false))));
        } catch (ValidationException e) {
            for (ValidationException.Problem p : e.problems()) {
                assertNotNull(p.field());
                assertFalse(TEXTS.getString(p.messageKey()).isBlank(), p.messageKey());
            }
            return;
        }
        // What an export reads: the journal as stored, not the objects handed to it.
        contact = typedInto.contact(contact.id()).orElseThrow();
        encounter = typedInto.encounter(encounter.id()).orElseThrow();
        journalRoundTrip(contact, encounter);
        for (Exports.Format format : List.of(Exports.Format.VCARD, Exports.Format.CSV, Exports.Format.CSV_EXCEL)) {
            contactsRoundTrip(format, contact);
        }
    }

    private void journalRoundTrip(Contact contact, Encounter encounter) throws Exception {
        JournalSnapshot typed = new JournalSnapshot(List.of(contact), List.of(), List.of(encounter), List.of(), List.of(), List.of());
        byte[] first = export(Exports.Format.JOURNAL, typed);
        JournalSnapshot read = JsonJournalReader.read(first).snapshot();
        importedInto.importSnapshot(read);
        JournalSnapshot again = new JournalSnapshot(List.of(importedInto.contact(contact.id()).orElseThrow()), List.of(),
                List.of(importedInto.encounter(encounter.id()).orElseThrow()), List.of(), List.of(), List.of());
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(export(Exports.Format.JOURNAL, again),
                StandardCharsets.UTF_8));
    }

    private void contactsRoundTrip(Exports.Format format, Contact contact) throws Exception {
        byte[] first = export(format, new JournalSnapshot(List.of(contact), List.of(), List.of(), List.of(), List.of(), List.of()));
        AddressBook book = ContactFiles.read("typed." + format.extension(), first, Progress.NONE);
        assertEquals(List.of(), book.invalid(), format + " is read back");
        assertEquals(1, book.contacts().size(), format.toString());
        Contact stored = importedInto.saveContact(book.contacts().getFirst().contact());
        byte[] second = export(format, new JournalSnapshot(List.of(stored), List.of(), List.of(), List.of(), List.of(), List.of()));
        assertEquals(withoutIds(first, contact.id()), withoutIds(second, stored.id()), format.toString());
    }

    private static byte[] export(Exports.Format format, JournalSnapshot s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(format, s, s.contacts(), NOW, out);
        return out.toByteArray();
    }

    /** The ids differ between the two journals by design. */
    private static String withoutIds(byte[] export, String id) {
        return new String(export, StandardCharsets.UTF_8).replace(id, "ID");
    }
}
