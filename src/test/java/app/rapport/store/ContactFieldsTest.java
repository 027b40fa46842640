package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Journal;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import app.rapport.journal.RecordFields;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of a contact is stored, read back, kept by a merge's undo record and compared by
 * the editors' conflict check. The writers take the record apart whole, so a new field does not
 * compile until they handle it; this test finds a reader that forgot it.
 */
class ContactFieldsTest {

    @TempDir
    Path dir;

    /** A contact with every field set to something other than its default. */
    static Contact everything(String id, String name, int n) {
        byte[] png = new byte[64];
        Arrays.fill(png, (byte) n);
        return Contact.builder(name).id(id).organization("Org " + n).role("Role " + n).city("City " + n)
                .emails(List.of(n + "@example.org")).phones(List.of("+49 30 " + n)).links(List.of("https://example.org/" + n))
                .addresses(List.of(new PostalAddress("Hauptstraße " + n + "\nHinterhaus", "1011" + n, "Berlin", "Berlin",
                        "Germany")))
                .birthday(Birthday.of(1980 + n, 4, 12)).howWeMet("Met " + n).notes("Notes " + n)
                .interests(List.of("interest " + n)).offers(List.of("offer " + n)).seeks(List.of("seek " + n))
                .keepInTouchDays(30 + n).doNotIntroduce(true).archived(true)
                .createdAt(Instant.parse("2026-01-0" + n + "T10:00:00Z")).updatedAt(Instant.parse("2026-02-0" + n + "T10:00:00Z"))
                .photo(new Photo("image/png", png)).build();
    }

    @Test
    void theFixtureSetsEveryField() throws Exception {
        Contact c = everything("a", "Anna", 1);
        for (RecordComponent component : Contact.class.getRecordComponents()) {
            Object value = component.getAccessor().invoke(c);
            assertNotNull(value, component.getName() + " is not set by the fixture");
            if (value instanceof Collection<?> list) {
                assertFalse(list.isEmpty(), component.getName() + " is empty in the fixture");
            }
            if (value instanceof Boolean b) {
                assertEquals(true, b, component.getName() + " is left false in the fixture");
            }
        }
    }

    @Test
    void everyFieldIsStoredAndReadBack() {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            Contact anna = everything("a", "Anna", 1);
            journal.saveContact(anna);
            assertEquals(anna, journal.contact("a").orElseThrow());
            assertEquals(anna, journal.allContacts().getFirst());
            assertEquals(anna, journal.snapshot().contacts().getFirst());
        }
    }

    @Test
    void undoingAMergeBringsBackEveryFieldOfBoth() {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            Contact anna = everything("a", "Anna", 1);
            Contact anne = everything("b", "Anne", 2);
            journal.saveContact(anna);
            journal.saveContact(anne);
            Journal.Merge merge = journal.mergeContacts("a", "b");
            journal.undoMerge(merge.id());
            assertEquals(anna, journal.contact("a").orElseThrow());
            assertEquals(anne, journal.contact("b").orElseThrow());
        }
    }

    /** The one field list the store, the undo record and the interchange go through names every component, in order. */
    @Test
    void theFieldListHasEveryComponentInTheRecordsOrder() {
        assertEquals(Arrays.stream(Contact.class.getRecordComponents()).map(RecordComponent::getName).toList(),
                app.rapport.journal.ContactFields.ALL.stream().map(app.rapport.journal.ContactFields.Field::name).toList());
        Contact anna = everything("a", "Anna", 1);
        assertEquals(anna, app.rapport.journal.ContactFields.contact(app.rapport.journal.ContactFields.values(anna)));
    }

    @Test
    void theConflictCheckComparesEveryFieldTheUserCanChange() {
        Set<String> notUsers = Set.of("id", "createdAt", "updatedAt");
        List<String> components = Arrays.stream(Contact.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !notUsers.contains(name)).sorted().toList();
        assertEquals(components, RecordFields.CONTACT.fields().stream().map(RecordFields.Field::name).sorted().toList());
    }
}
