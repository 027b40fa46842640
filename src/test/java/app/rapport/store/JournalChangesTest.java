package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal announces each committed change, and only those: a refused write says nothing. */
class JournalChangesTest {

    @TempDir
    Path dir;

    @Test
    void everyCommittedWriteIsAnnouncedOnceAndAFailedOneNot() {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            List<Long> heard = new CopyOnWriteArrayList<>();
            var subscription = journal.changes().subscribe(heard::add);
            Contact anna = journal.saveContact(Contact.builder("Anna Schmidt").build());
            journal.trashContact(anna.id());
            assertEquals(List.of(1L, 2L), heard);

            org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                    () -> journal.saveContact(Contact.builder(" ").build()));
            journal.contacts(ContactFilter.all());
            assertEquals(2, heard.size(), "neither a refused write nor a read is a change");

            subscription.close();
            journal.restoreContact(anna.id());
            assertEquals(2, heard.size(), "nothing after unsubscribing");
            assertEquals(3, journal.changes().revision());

            journal.changes().subscribe(heard::add);
            journal.close();
            assertEquals(2, heard.size(), "a closed journal holds no listener");
        }
    }
}
