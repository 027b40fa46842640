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
            assertEquals(Backups.Policy.DEFAULT.days(), kept.stream().filter(b -> b.kind() == Backups.Kind.DAILY).count());
            // More than 30 days old, but one of the last 10 taken before an operation: the state before that import.
            assertTrue(kept.stream().anyMatch(b -> b.kind() == Backups.Kind.BEFORE_IMPORT));
            assertTrue(kept.getFirst().takenAt().isAfter(kept.getLast().takenAt()), "newest first");
            assertTrue(kept.stream().allMatch(b -> b.size() > 0));
        }
    }

    /** The defect of issue 13: the app never took the daily backup. Opening on two days takes two. */
    @Test
    void openingTheJournalOnTwoDaysTakesTwoDailyBackups() {
        TestClock clock = new TestClock();
        try (SqliteJournal j = SqliteJournal.openTakingDailyBackup(dir, clock)) {
            assertTrue(Backups.list(dir).isEmpty(), "an empty journal is not copied");
            j.saveContact(Contact.builder("Anna").build());
        }
        try (SqliteJournal j = SqliteJournal.openTakingDailyBackup(dir, clock)) {
            assertEquals(List.of(Backups.Kind.DAILY), Backups.list(dir).stream().map(Backups.Backup::kind).toList());
        }
        clock.now = clock.now.plus(2, ChronoUnit.HOURS);
        try (SqliteJournal j = SqliteJournal.openTakingDailyBackup(dir, clock)) {
            assertEquals(1, Backups.list(dir).size(), "once a day");
            j.saveContact(Contact.builder("Ben").build());
        }
        clock.now = clock.now.plus(1, ChronoUnit.DAYS);
        try (SqliteJournal j = SqliteJournal.openTakingDailyBackup(dir, clock)) {
            List<Backups.Backup> daily = Backups.list(dir);
            assertEquals(2, daily.size());
            assertTrue(daily.stream().allMatch(b -> b.kind() == Backups.Kind.DAILY));
            assertEquals(clock.now.atZone(ZoneOffset.UTC).toLocalDate(), daily.getFirst().takenAt().toLocalDate());
            assertEquals(2, SqliteJournal.describe(daily.getFirst().file()).contacts(), "the newest holds Ben too");
        }
    }

    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", java.util.Locale.ROOT);

    /** A copy of {@code source} in the backups folder, named as Rapport names a backup of that kind and time. */
    private Path planted(Path source, Backups.Kind kind, java.time.LocalDateTime at) throws Exception {
        Path f = DataFolder.backupFolder(dir).resolve("journal-" + at.format(STAMP) + "-" + kind.slug() + ".sqlite");
        Files.createDirectories(f.getParent());
        Files.copy(source, f);
        return f;
    }

    /** The case: Settings or `rapport restore` of a backup the policy no longer keeps deleted it and failed. */
    @Test
    void restoringABackupOlderThanThePolicyKeepsIt() throws Exception {
        TestClock clock = new TestClock();
        java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(clock.now, ZoneOffset.UTC);
        try (SqliteJournal j = SqliteJournal.open(dir, clock)) {
            j.saveContact(Contact.builder("Anna").build());
            Path anna = j.backup(Backups.Kind.MANUAL).file();
            j.saveContact(Contact.builder("Ben").build());
            Path old = planted(anna, Backups.Kind.BEFORE_IMPORT, now.minusDays(40));
            Path older = planted(anna, Backups.Kind.BEFORE_MERGE, now.minusDays(50));
            for (int i = 1; i <= 10; i++) { // ten newer ones: the policy keeps neither old one
                planted(anna, Backups.Kind.BEFORE_IMPORT, now.minusMinutes(i));
            }

            Backups.Backup safety = j.restoreFrom(old);

            assertEquals(List.of("Anna"), names(j));
            assertTrue(Files.exists(old), "the backup restored is never pruned");
            assertTrue(Files.notExists(older), "pruning ran after the restore succeeded");
            assertEquals(2, SqliteJournal.describe(safety.file()).contacts());
        }
    }

    @Test
    void thePolicyKeepsTheLastTenBeforeOperationsAndOneADayWithinTheBudget() throws Exception {
        TestClock clock = new TestClock();
        java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(clock.now, ZoneOffset.UTC);
        Path source;
        try (SqliteJournal j = SqliteJournal.open(dir, clock)) {
            j.saveContact(Contact.builder("Anna").notes("n".repeat(20_000)).build());
            source = j.backup(Backups.Kind.MANUAL).file();
        }
        long size = Files.size(source);
        List<Path> beforeOperations = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            beforeOperations.add(planted(source, Backups.Kind.BEFORE_IMPORT, now.minusDays(40 + i)));
        }
        List<Path> daily = new java.util.ArrayList<>();
        for (int d = 0; d < 35; d++) {
            daily.add(planted(source, Backups.Kind.DAILY, now.minusDays(d).minusHours(1)));
        }

        Backups.prune(dir, clock, new Backups.Policy(10, 30, Long.MAX_VALUE), List.of());
        for (int i = 0; i < 12; i++) {
            assertEquals(i < 10, Files.exists(beforeOperations.get(i)), "before-import of " + (40 + i) + " days ago");
        }
        for (int d = 0; d < 35; d++) {
            assertEquals(d < 30, Files.exists(daily.get(d)), "daily of " + d + " days ago");
        }

        // Within three backups' room: the newest three stay, the oldest go; the manual one is never counted.
        Backups.prune(dir, clock, new Backups.Policy(10, 30, 3 * size), List.of());
        assertEquals(List.of(source, daily.get(0), daily.get(1), daily.get(2)),
                Backups.list(dir).stream().map(Backups.Backup::file).toList());

        // The newest sound backup stays even when it alone is over the budget, and a damaged newer one does not count.
        Path damaged = planted(source, Backups.Kind.BEFORE_IMPORT, now.minusMinutes(1));
        Files.write(damaged, java.util.Arrays.copyOf(Files.readAllBytes(damaged), (int) size / 3));
        Backups.prune(dir, clock, new Backups.Policy(10, 30, 1), List.of());
        assertEquals(List.of(source, daily.get(0)), Backups.list(dir).stream().map(Backups.Backup::file).toList());
    }

    @Test
    void restoreShowsContentsKeepsTheCurrentStateAndSwitches() throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
            j.saveContact(Contact.builder("Anna").build());
            Backups.Backup backup = j.backup(Backups.Kind.MANUAL);
            j.saveContact(Contact.builder("Ben").build());

            SqliteJournal.Contents contents = SqliteJournal.describe(backup.file());
            assertEquals(1, contents.contacts());
            assertEquals(Migrations.latestVersion(), contents.schemaVersion());

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
        try (SqliteJournal j = TestJournals.open(dir)) {
            assertEquals(List.of("Anna", "Cleo"), names(j));
        }
    }

    @Test
    void aDamagedBackupIsNotRestored() throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
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
        try (SqliteJournal j = TestJournals.open(dir.resolve("data"))) {
            j.saveContact(Contact.builder("Anna").build());
            j.backupTo(target);
        }
        assertEquals(1, SqliteJournal.describe(target).contacts());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)));
    }

    /** A copy of a sound backup of Anna, changed by {@code damage} (SQL run on the copy). */
    private Path damagedBackup(SqliteJournal j, String damage) throws Exception {
        Path copy = dir.resolve("damaged-" + Math.abs(damage.hashCode()) + ".sqlite");
        j.backupTo(copy);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate(damage);
        }
        return copy;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"PRAGMA user_version = -3", "DROP TABLE tie",
        "ALTER TABLE contact DROP COLUMN city", "DROP INDEX contact_sort", "PRAGMA user_version = 999"})
    void aDamagedBackupIsRefusedBeforeTheJournalIsTouched(String damage) throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
            j.saveContact(Contact.builder("Anna").city("Köln").build());
            Path bad = damagedBackup(j, damage);
            j.saveContact(Contact.builder("Ben").build());

            JournalOpenException e = assertThrows(JournalOpenException.class, () -> j.restoreFrom(bad));
            assertEquals(bad, e.file());
            assertEquals(damage.contains("999") ? JournalOpenException.Reason.NEWER_VERSION
                    : JournalOpenException.Reason.CORRUPT, e.reason());
            assertEquals(List.of("Anna", "Ben"), names(j));
            assertTrue(Backups.list(dir).isEmpty(), "refused before even the safety backup");
            assertThrows(JournalOpenException.class, () -> SqliteJournal.describe(bad), "Settings offers no restore");
        }
        // Unlike before, the journal still opens, checks and can restore.
        try (SqliteJournal j = TestJournals.open(dir)) {
            assertEquals(List.of(), j.integrityProblems());
            assertEquals(List.of("Anna", "Ben"), names(j));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".part")).toList(),
                    "nothing staged is left");
        }
    }

    @Test
    void aBackupOfTheFirstSchemaIsUpgradedOnItsWayIn() throws Exception {
        Path old = dir.resolve("old.sqlite");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
             java.sql.Statement s = c.createStatement()) {
            Migrations.migrate(c, 1);
            s.executeUpdate("INSERT INTO contact (id, name, sort_key, created_at, updated_at)"
                    + " VALUES ('c1', 'Anna Müller', 'anna muller', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            s.executeUpdate("INSERT INTO contact_search (rowid, body) SELECT pk, 'anna muller' FROM contact");
        }
        byte[] before = Files.readAllBytes(old);
        try (SqliteJournal j = TestJournals.open(dir.resolve("data"))) {
            j.saveContact(Contact.builder("Ben").build());
            j.restoreFrom(old);
            assertEquals(List.of("Anna Müller"), names(j));
            assertEquals(1, j.contacts(ContactFilter.all().withText("mueller")).size());
            j.saveContact(Contact.builder("Cleo").build());
            assertEquals(List.of(), j.integrityProblems());
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data")
                .resolve(DataFolder.JOURNAL_FILE))) {
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(c));
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(old), "the backup itself is unchanged");
    }

    /** Disk full, as SQLite reports it: the page limit of the journal's connection is reached. */
    @Test
    void aFullDiskIsSaidPlainlyAndNeitherChangesNorPrunesAnything() throws Exception {
        TestClock clock = new TestClock();
        java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(clock.now, ZoneOffset.UTC);
        try (SqliteJournal j = SqliteJournal.open(dir, clock)) {
            j.saveContact(Contact.builder("Anna").build());
            Path gone = planted(j.backup(Backups.Kind.MANUAL).file(), Backups.Kind.DAILY, now.minusDays(40));
            java.sql.Connection writer = j.database().writer();
            try (java.sql.Statement s = writer.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                s.execute("PRAGMA max_page_count = " + (rs.getInt(1) + 2));
            }
            List<Contact> many = java.util.stream.IntStream.range(0, 300)
                    .mapToObj(i -> Contact.builder("Person " + i).notes("n".repeat(2000)).build()).toList();

            app.rapport.journal.JournalStorageException e = assertThrows(app.rapport.journal.JournalStorageException.class,
                    () -> j.importContacts(many, app.rapport.journal.Progress.NONE));
            assertEquals(app.rapport.journal.JournalStorageException.Reason.DISK_FULL, e.reason());
            assertEquals(j.file(), e.file());
            assertEquals(List.of("Anna"), names(j));
            assertTrue(Files.exists(gone), "no pruning after a failed import");

            try (java.sql.Statement s = writer.createStatement()) {
                s.execute("PRAGMA max_page_count = 1073741823"); // space again
            }
            j.importContacts(many, app.rapport.journal.Progress.NONE);
            assertEquals(301, names(j).size());
            assertTrue(Files.notExists(gone), "pruned once an import succeeded");
            assertEquals(List.of(), j.integrityProblems());
        }
    }

    @Test
    void quotesInThePathOfTheJournalOrABackupAreNoProblem() throws Exception {
        Path data = dir.resolve("Anna's \"journal\"");
        try (SqliteJournal j = TestJournals.open(data)) {
            j.saveContact(Contact.builder("Anna").build());
            Path copy = dir.resolve("copy \"1\".sqlite");
            j.backupTo(copy);
            Backups.Backup manual = j.backup(Backups.Kind.MANUAL);
            j.saveContact(Contact.builder("Ben").build());
            j.restoreFrom(copy);
            assertEquals(List.of("Anna"), names(j));
            j.restoreFrom(manual.file());
            assertEquals(List.of("Anna"), names(j));
        }
    }
}
