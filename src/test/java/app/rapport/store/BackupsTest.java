package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.JournalOpenException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    /** A clock the test moves forward by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static List<String> names(SqliteJournal j) {
        return j.contacts(ContactFilter.all()).stream().map(ContactSummary::name).toList();
    }

    @Test
    void oneDailyBackupPerDayAndOldOnesArePruned() {
        TestClock clock = new TestClock();
        try (SqliteJournal j = SqliteJournal.open(dir, clock)) {
            j.saveContact(Contact.builder("Anna").build());
            assertTrue(j.dailyBackupIfDue().isPresent());
            clock.now = clock.now.plus(3, ChronoUnit.HOURS);
            assertTrue(j.dailyBackupIfDue().isEmpty(), "the day's backup is taken once");
            j.backup(Backups.Kind.BEFORE_IMPORT);
            for (int day = 1; day <= 40; day++) {
                clock.now = clock.now.plus(1, ChronoUnit.DAYS);
                assertTrue(j.dailyBackupIfDue().isPresent());
            }
            List<Backups.Backup> kept = Backups.list(dir);
            assertEquals(Backups.DAILY_KEPT, kept.stream().filter(b -> b.kind() == Backups.Kind.DAILY).count());
            // The pre-import backup is more than 30 days old by now.
            assertTrue(kept.stream().noneMatch(b -> b.kind() == Backups.Kind.BEFORE_IMPORT));
            assertTrue(kept.getFirst().takenAt().isAfter(kept.getLast().takenAt()), "newest first");
            assertTrue(kept.stream().allMatch(b -> b.size() > 0));
        }
    }

    @Test
    void restoreShowsContentsKeepsTheCurrentStateAndSwitches() throws Exception {
        try (SqliteJournal j = SqliteJournal.open(dir)) {
            j.saveContact(Contact.builder("Anna").build());
            Backups.Backup backup = j.backup(Backups.Kind.MANUAL);
            j.saveContact(Contact.builder("Ben").build());

            SqliteJournal.Contents contents = SqliteJournal.describe(backup.file());
            assertEquals(1, contents.contacts());
            assertEquals(SqliteJournal.schemaVersion(), contents.schemaVersion());

            Backups.Backup safety = j.restoreFrom(backup.file());
            assertEquals(List.of("Anna"), names(j));
            assertTrue(j.contacts(ContactFilter.all().withText("ann")).size() == 1, "search index restored too");
            assertEquals(Backups.Kind.BEFORE_RESTORE, safety.kind());
            assertEquals(2, SqliteJournal.describe(safety.file()).contacts());
            // The journal stays writable and sound after the switch.
            j.saveContact(Contact.builder("Cleo").build());
            assertEquals(List.of("Anna", "Cleo"), names(j));
            assertEquals(List.of(), j.integrityProblems());
            // Looking at and restoring backups left nothing beside them: each is one file at rest.
            try (var files = java.nio.file.Files.list(backup.file().getParent())) {
                assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith("-wal") || n.endsWith("-shm")).toList());
            }
        }
        try (SqliteJournal j = SqliteJournal.open(dir)) {
            assertEquals(List.of("Anna", "Cleo"), names(j));
        }
    }

    @Test
    void aDamagedBackupIsNotRestored() throws Exception {
        try (SqliteJournal j = SqliteJournal.open(dir)) {
            j.saveContact(Contact.builder("Anna").build());
            Path junk = dir.resolve("junk.sqlite");
            Files.writeString(junk, "not a journal");
            assertThrows(JournalOpenException.class, () -> j.restoreFrom(junk));
            assertEquals(List.of("Anna"), names(j));
            assertTrue(Backups.list(dir).isEmpty(), "nothing was done, not even the safety backup");
        }
    }

    @Test
    void backupToAFileWritesACompleteJournal() throws Exception {
        Path target = dir.resolve("out").resolve("copy.sqlite");
        try (SqliteJournal j = SqliteJournal.open(dir.resolve("data"))) {
            j.saveContact(Contact.builder("Anna").build());
            j.backupTo(target);
        }
        assertEquals(1, SqliteJournal.describe(target).contacts());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)));
    }
}
