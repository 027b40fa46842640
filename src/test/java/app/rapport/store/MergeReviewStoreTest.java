package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Journal.ContactPair;
import app.rapport.journal.MergeChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge made after a review keeps what the user chose; "not the same person" stays in the journal file. */
class MergeReviewStoreTest {

    @TempDir
    Path dir;

    @Test
    void theChosenFieldsAreStoredAndAListKeepsWhatWasNotLeftOut() {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            Contact anna = journal.saveContact(Contact.builder("Anna Schmidt").organization("Kreislauf GmbH")
                    .city("Köln").emails(List.of("anna@kreislauf.example")).notes("Met at the meetup.").build());
            Contact annaToo = journal.saveContact(Contact.builder("Anna Schmidt-Berg").organization("Kreislauf")
                    .city("Bonn").emails(List.of("anna@old.example", "a.schmidt@private.example"))
                    .notes("Prefers calls.").build());
            MergeChoice choice = MergeChoice.keepAll()
                    .take(MergeChoice.Field.NAME, MergeChoice.Side.REMOVED)
                    .take(MergeChoice.Field.CITY, MergeChoice.Side.KEPT)
                    .take(MergeChoice.Field.NOTES, MergeChoice.Side.BOTH)
                    .drop(MergeChoice.ListField.EMAILS, "anna@old.example");
            var merge = journal.mergeContacts(anna.id(), annaToo.id(), choice);

            Contact merged = journal.contact(anna.id()).orElseThrow();
            assertEquals("Anna Schmidt-Berg", merged.name());
            assertEquals("Kreislauf GmbH", merged.organization(), "not chosen: the kept contact's");
            assertEquals("Köln", merged.city());
            assertEquals(List.of("anna@kreislauf.example", "a.schmidt@private.example"), merged.emails());
            assertEquals("Met at the meetup.\n\nPrefers calls.", merged.notes());
            assertTrue(journal.contact(annaToo.id()).isEmpty());

            journal.undoMerge(merge.id());
            assertEquals("Anna Schmidt", journal.contact(anna.id()).orElseThrow().name(), "undone as before");
            assertEquals(List.of("anna@old.example", "a.schmidt@private.example"),
                    journal.contact(annaToo.id()).orElseThrow().emails());
        }
    }

    @Test
    void notTheSamePersonIsRememberedInEitherOrderAndCanBeForgotten() {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            journal.markNotSamePerson(ContactPair.of("c-b", "c-a"));
            journal.markNotSamePerson(ContactPair.of("c-a", "c-b"));
        }
        try (SqliteJournal journal = TestJournals.open(dir)) {
            assertEquals(Set.of(ContactPair.of("c-a", "c-b")), journal.notSamePersonPairs());
            journal.unmarkNotSamePerson(ContactPair.of("c-b", "c-a"));
            assertEquals(Set.of(), journal.notSamePersonPairs());
        }
    }
}
