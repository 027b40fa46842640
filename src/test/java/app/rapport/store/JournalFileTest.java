package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.JournalOpenException;
import app.rapport.journal.JournalOpenException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Opening journals that are not what they should be: each is refused and left untouched. */
class JournalFileTest {

    @TempDir
    Path dir;

    private Path journalFile() {
        return dir.resolve(DataFolder.JOURNAL_FILE);
    }

    private JournalOpenException refused(Reason expected) throws Exception {
        byte[] before = Files.readAllBytes(journalFile());
        List<String> files = files();
        JournalOpenException e = assertThrows(JournalOpenException.class, () -> TestJournals.open(dir));
        assertEquals(expected, e.reason());
        assertEquals(journalFile().toAbsolutePath(), e.file());
        assertArrayEquals(before, Files.readAllBytes(journalFile()), "the file must not be modified");
        // Not even a -wal or -shm beside it: the message says Rapport has not changed it.
        assertEquals(files, files());
        return e;
    }

    private List<String> files() throws Exception {
        try (var list = Files.list(dir)) {
            return list.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private void changeJournal(String sql) throws Exception {
        TestJournals.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journalFile());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL"); // as Rapport leaves it
            s.executeUpdate(sql);
        }
    }

    @Test
    void aJournalWithANegativeSchemaVersionIsRefusedAsDamaged() throws Exception {
        changeJournal("PRAGMA user_version = -3");
        JournalOpenException e = refused(Reason.CORRUPT);
        assertTrue(e.getMessage().contains("schema version -3"), e.getMessage());
    }

    @Test
    void aJournalMissingATableIsRefusedAsDamaged() throws Exception {
        changeJournal("DROP TABLE tie");
        JournalOpenException e = refused(Reason.CORRUPT);
        assertTrue(e.getMessage().contains("table tie is missing"), e.getMessage());
    }

    @Test
    void aDataFolderThatIsAFileIsSaidSo() throws Exception {
        Path file = dir.resolve("rapport");
        Files.writeString(file, "notes");
        JournalOpenException e = assertThrows(JournalOpenException.class, () -> TestJournals.open(file));
        assertEquals(Reason.NOT_A_FOLDER, e.reason());
        assertEquals(file, e.file());
        e = assertThrows(JournalOpenException.class, () -> InstanceLock.tryAcquire(file));
        assertEquals(Reason.NOT_A_FOLDER, e.reason());
        e = assertThrows(JournalOpenException.class, () -> TestJournals.open(file.resolve("below")));
        assertEquals(Reason.NOT_A_FOLDER, e.reason());
        assertEquals("notes", Files.readString(file));
    }

    @Test
    void aLockFileThatMayNotBeWrittenIsSaidSo() throws Exception {
        Path lock = dir.resolve(InstanceLock.LOCK_FILE);
        Files.writeString(lock, "");
        try (Protect p = Protect.readOnly(lock)) {
            JournalOpenException e = assertThrows(JournalOpenException.class, () -> InstanceLock.tryAcquire(dir));
            assertEquals(Reason.NO_ACCESS, e.reason());
            assertEquals(lock, e.file());
        }
    }

    /** A read-only folder: the journal cannot be opened for writing, but can be read without a trace. */
    @Test
    void aJournalInAReadOnlyFolderIsRefusedForWritingButCanBeRead() throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
            j.saveContact(Contact.builder("Anna").build());
        }
        List<String> before = files();
        try (Protect p = Protect.readOnly(dir)) {
            refused(Reason.READ_ONLY);
            try (SqliteJournal j = SqliteJournal.openReadOnly(dir, java.time.Clock.systemDefaultZone())) {
                assertEquals(List.of(), j.integrityProblems());
                assertEquals(1, j.snapshot().contacts().size());
                assertThrows(RuntimeException.class, () -> j.saveContact(Contact.builder("Ben").build()));
            }
        }
        assertEquals(before, files(), "reading left nothing beside it");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedUntouched() throws Exception {
        Files.writeString(journalFile(), "BEGIN:VCARD\nVERSION:4.0\nFN:Anna\nEND:VCARD\n");
        refused(Reason.NOT_SQLITE);
    }

    @Test
    void anEmptyFileIsNoJournalAndANewOneIsCreatedInItsPlace() throws Exception {
        // What a first start killed at its first moment left (before journals were built aside).
        Files.createFile(journalFile());
        Files.createFile(dir.resolve(DataFolder.JOURNAL_FILE + "-shm"));
        assertTrue(!DataFolder.holdsJournal(dir), "an empty file is no journal");
        try (SqliteJournal j = TestJournals.open(dir)) {
            assertEquals(List.of(), j.integrityProblems());
            j.saveContact(Contact.builder("Anna").build());
        }
        assertTrue(DataFolder.holdsJournal(dir));
        try (SqliteJournal j = TestJournals.open(dir)) {
            assertEquals(1, j.snapshot().contacts().size());
        }
    }

    @Test
    void anEmptyFileWithWrittenPagesBesideItIsRefusedUntouched() throws Exception {
        // Its pages may wait in the write-ahead log: that is not nothing, and not Rapport's to throw away.
        Files.createFile(journalFile());
        Files.write(dir.resolve(DataFolder.JOURNAL_FILE + "-wal"), new byte[4096]);
        assertTrue(DataFolder.holdsJournal(dir));
        refused(Reason.CORRUPT);
    }

    @Test
    void aNewJournalIsBuiltAsideAndLeavesNoTemporary() throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
            assertTrue(Files.size(journalFile()) > 0);
            assertEquals(List.of(), files().stream().filter(f -> f.contains(".part")).toList());
        }
    }

    @Test
    void aTruncatedJournalIsRefusedUntouched() throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
            for (int i = 0; i < 300; i++) {
                j.saveContact(Contact.builder("Person " + i).notes("n".repeat(500)).build());
            }
        }
        byte[] whole = Files.readAllBytes(journalFile());
        Files.write(journalFile(), Arrays.copyOf(whole, whole.length / 3));
        refused(Reason.CORRUPT);
    }

    @Test
    void aJournalWithOverwrittenPagesIsRefused() throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
            for (int i = 0; i < 300; i++) {
                j.saveContact(Contact.builder("Person " + i).notes("n".repeat(500)).build());
            }
        }
        byte[] bytes = Files.readAllBytes(journalFile());
        for (int i = 8192; i < 8192 + 4096 && i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(journalFile(), bytes);
        refused(Reason.CORRUPT);
    }

    @Test
    void anSqliteFileOfAnotherProgramIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journalFile());
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
        }
        refused(Reason.NOT_SQLITE);
    }

    @Test
    void aJournalFromANewerVersionIsRefusedUntouched() throws Exception {
        TestJournals.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journalFile());
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        }
        refused(Reason.NEWER_VERSION);
    }

    @Test
    void aReadOnlyJournalIsRefusedUntouched() throws Exception {
        TestJournals.open(dir).close();
        try (Protect p = Protect.readOnly(journalFile())) {
            refused(Reason.READ_ONLY);
            try (SqliteJournal j = SqliteJournal.openReadOnly(dir, java.time.Clock.systemDefaultZone())) {
                assertEquals(List.of(), j.integrityProblems());
            }
        }
    }

    static List<Integer> earlierVersions() {
        return java.util.stream.IntStream.range(1, Migrations.latestVersion()).boxed().toList();
    }

    /** A journal left at each earlier schema version opens, is upgraded, keeps its data, and was backed up first. */
    @ParameterizedTest(allowZeroInvocations = true) // none while there is only one schema version
    @MethodSource("earlierVersions")
    void journalsOfEveryEarlierSchemaAreUpgradedAfterABackup(int version) throws Exception {
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journalFile());
             Statement s = c.createStatement()) {
            Migrations.migrate(c, version);
            // Every schema so far has these columns; a later one must keep them readable.
            s.executeUpdate("INSERT INTO contact (id, name, sort_key, created_at, updated_at)"
                    + " VALUES ('c1', 'Anna Müller', 'anna muller', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            s.executeUpdate("INSERT INTO contact_search (rowid, body) SELECT pk, 'anna muller' FROM contact");
        }
        try (SqliteJournal j = TestJournals.open(dir)) {
            assertEquals("Anna Müller", j.contact("c1").orElseThrow().name());
            assertEquals(1, j.contacts(ContactFilter.all().withText("mueller")).size());
        }
        Backups.Backup backup = Backups.list(dir).getFirst();
        assertEquals(Backups.Kind.BEFORE_MIGRATION, backup.kind());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup.file())) {
            assertEquals(version, Migrations.currentVersion(c));
        }
    }

    @Test
    void aNewJournalNeedsNoBackup() {
        TestJournals.open(dir).close();
        assertTrue(Files.notExists(DataFolder.backupFolder(dir)));
    }
}
