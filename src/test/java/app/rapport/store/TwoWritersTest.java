package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.JournalBusyException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two programs writing one journal file: the window and an import on the command line. */
class TwoWritersTest {

    @TempDir
    Path dir;
    SqliteJournal journal;

    @BeforeEach
    void open() {
        journal = SqliteJournal.open(dir);
        journal.saveContact(Contact.builder("Anna Schmidt").build());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    /** Another connection to the file that takes the write lock and keeps it for {@code holdMillis}. */
    private CompletableFuture<Void> holdWriteLock(long holdMillis) throws Exception {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + journal.file());
        Statement s = other.createStatement();
        s.execute("BEGIN IMMEDIATE");
        s.executeUpdate("UPDATE contact SET notes = 'written by the other program'");
        return CompletableFuture.runAsync(() -> {
            try (other; s) {
                Thread.sleep(holdMillis);
                s.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aSaveWaitsForAnotherProgramsThreeSecondLockAndThenSucceeds() throws Exception {
        CompletableFuture<Void> other = holdWriteLock(3000);
        long start = System.nanoTime();
        Contact lena = journal.saveContact(Contact.builder("Lena Hoffmann").city("Bonn").build());
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        other.get(10, TimeUnit.SECONDS);

        assertTrue(waited >= 2000, "the save waited for the lock (" + waited + " ms)");
        assertEquals("Bonn", journal.contact(lena.id()).orElseThrow().city());
        assertEquals(2, journal.contacts(ContactFilter.all()).size());
        assertEquals("written by the other program",
                journal.contacts(ContactFilter.all()).stream().filter(c -> c.name().equals("Anna Schmidt"))
                        .findFirst().flatMap(c -> journal.contact(c.id())).orElseThrow().notes(),
                "the other program's change is kept");
    }

    @Test
    void aLockHeldLongerThanTheBusyTimeoutIsReportedAsBusyAndNothingIsHalfWritten() throws Exception {
        journal.busyTimeout(Duration.ofMillis(300));
        CompletableFuture<Void> other = holdWriteLock(2000);
        JournalBusyException busy = assertThrows(JournalBusyException.class,
                () -> journal.saveContact(Contact.builder("Lena Hoffmann").build()));
        assertTrue(busy.getMessage().contains(journal.file().toString()), busy.getMessage());
        other.get(10, TimeUnit.SECONDS);

        assertEquals(1, journal.contacts(ContactFilter.all()).size(), "Lena was not stored");
        // Once the other program is done, the same save goes through.
        journal.saveContact(Contact.builder("Lena Hoffmann").build());
        assertEquals(2, journal.contacts(ContactFilter.all()).size());
    }
}
