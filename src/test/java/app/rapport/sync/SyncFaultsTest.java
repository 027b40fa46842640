package app.rapport.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.demo.DemoJournal;
import app.rapport.interchange.json.JsonJournalWriter;
import app.rapport.journal.Contact;
import app.rapport.journal.Journal;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes wrong in a shared folder: a file cut short, a folder that cannot be written. Nothing is lost. */
class SyncFaultsTest {

    @TempDir
    Path tmp;

    static final Clock CLOCK = Clock.systemUTC();

    static String export(Journal j) {
        return new String(JsonJournalWriter.toBytes(j.snapshot(), Instant.EPOCH), java.nio.charset.StandardCharsets.UTF_8);
    }

    static boolean has(Journal j, String name) {
        return j.allContacts().stream().anyMatch(c -> c.name().equals(name));
    }

    @Test
    void aFileCutShortIsNamedAndSkippedTheRestSyncsAndItArrivesOnceComplete() throws Exception {
        SyncFolder folder = SyncFolder.open(Files.createDirectory(tmp.resolve("shared")), "pass".toCharArray(), 1000);
        try (SqliteJournal a = TestJournals.open(tmp.resolve("a")); SqliteJournal b = TestJournals.open(tmp.resolve("b"));
             SqliteJournal c = TestJournals.open(tmp.resolve("c"))) {
            a.importSnapshot(DemoJournal.generate(30, 1, LocalDate.of(2026, 11, 23)));
            JournalSync.Report first = JournalSync.run(a, tmp.resolve("a.state"), folder, CLOCK);
            c.saveContact(Contact.builder("Written On C").build());
            JournalSync.run(c, tmp.resolve("c.state"), folder, CLOCK);
            a.saveContact(Contact.builder("Second From A").build());
            JournalSync.run(a, tmp.resolve("a.state"), folder, CLOCK);

            // A sync tool that writes in place shows the second file of A half there, under its final name.
            Path second = folder.fileOf(first.device(), 2);
            byte[] whole = Files.readAllBytes(second);
            Files.write(second, Arrays.copyOf(whole, whole.length / 2));
            JournalSync.Report cut = JournalSync.run(b, tmp.resolve("b.state"), folder, CLOCK);
            assertEquals(1, cut.unreadable().size(), cut.unreadable().toString());
            assertTrue(cut.unreadable().get(0).contains(first.device()) && cut.unreadable().get(0).contains("2.rapport-sync"),
                    cut.unreadable().get(0));
            assertEquals(0, cut.waiting(), "the file refused is not said to wait as well");
            assertTrue(has(b, "Written On C"), "the other device's file still arrives");
            assertEquals(30, b.allContacts().stream().filter(x -> !x.name().equals("Written On C")).count());
            assertFalse(has(b, "Second From A"));

            Files.write(second, whole);
            JournalSync.Report complete = JournalSync.run(b, tmp.resolve("b.state"), folder, CLOCK);
            assertEquals(java.util.List.of(), complete.unreadable());
            assertTrue(has(b, "Second From A"));
            JournalSync.run(a, tmp.resolve("a.state"), folder, CLOCK);
            JournalSync.run(c, tmp.resolve("c.state"), folder, CLOCK);
            assertEquals(export(a), export(b));
            assertEquals(export(a), export(c));
        }
    }

    /** The shared folder as a device sees it when it cannot write there (a read-only share, a full disk). */
    record ReadOnly(LogFolder folder) implements LogFolder {
        @Override
        public Map<String, SortedSet<Long>> list() throws IOException {
            return folder.list();
        }

        @Override
        public ChangeFile read(String device, long seq) throws IOException, UnreadableFileException {
            return folder.read(device, seq);
        }

        @Override
        public void write(ChangeFile file) throws IOException {
            throw new AccessDeniedException("devices/" + file.device() + "/" + file.seq() + ".rapport-sync");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenChangesNothingAndTheNextSyncCarriesTheEdits() throws Exception {
        SyncFolder folder = SyncFolder.open(Files.createDirectory(tmp.resolve("shared")), "pass".toCharArray(), 1000);
        try (SqliteJournal a = TestJournals.open(tmp.resolve("a")); SqliteJournal b = TestJournals.open(tmp.resolve("b"))) {
            a.importSnapshot(DemoJournal.generate(20, 2, LocalDate.of(2026, 11, 23)));
            JournalSync.run(a, tmp.resolve("a.state"), folder, CLOCK);
            JournalSync.run(b, tmp.resolve("b.state"), folder, CLOCK);
            b.saveContact(Contact.builder("Met On B").build());
            a.saveContact(Contact.builder("Met On A").build());
            JournalSync.run(b, tmp.resolve("b.state"), folder, CLOCK);

            byte[] stateBefore = Files.readAllBytes(tmp.resolve("a.state"));
            String journalBefore = export(a);
            assertThrows(AccessDeniedException.class,
                    () -> JournalSync.run(a, tmp.resolve("a.state"), new ReadOnly(folder), CLOCK));
            assertArrayEquals(stateBefore, Files.readAllBytes(tmp.resolve("a.state")), "the state is as before");
            assertEquals(journalBefore, export(a), "the journal is as before");

            JournalSync.run(a, tmp.resolve("a.state"), folder, CLOCK);
            JournalSync.run(b, tmp.resolve("b.state"), folder, CLOCK);
            assertTrue(has(a, "Met On B") && has(b, "Met On A"));
            assertEquals(export(a), export(b));
        }
    }
}
