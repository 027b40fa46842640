package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rapport.store.Protect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups, restores and the journal's files as the command line meets them: every refusal is one
 * sentence naming the file and what to do, and leaves the journal as it was.
 */
class JournalFilesCommandsTest {

    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void journal() {
        data = tmp.resolve("data");
        CommandLineTest.Run imported = run("--data-dir", data.toString(), "import",
                CommandLineTest.RESOURCES.resolve("valid-small.json").toString());
        assertEquals(0, imported.code(), imported.err());
    }

    private List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertOneClearSentence(CommandLineTest.Run r, String expectedStart) {
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith(expectedStart), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("SQLITE_") || r.err().contains("Unexpected"), r.err());
    }

    /** The first command of the day on a journal with something in it takes the daily backup; the import into the empty one did not. */
    @Test
    void theDaysFirstCommandTakesTheDailyBackup() throws Exception {
        assertFalse(Files.exists(data.resolve("backups")), "an empty journal is not copied");
        assertEquals(0, run("--data-dir", data.toString(), "check").code());
        assertEquals(0, run("--data-dir", data.toString(), "export", "-o", tmp.resolve("out.json").toString()).code());
        List<String> backups = files(data.resolve("backups"));
        assertEquals(1, backups.size(), backups.toString());
        assertTrue(backups.getFirst().endsWith("-daily.sqlite"), backups.toString());
    }

    private Path manualBackup() {
        CommandLineTest.Run backup = run("--data-dir", data.toString(), "backup");
        assertEquals(0, backup.code(), backup.err());
        String out = backup.out().strip();
        return Path.of(out.substring("Backup written to ".length(), out.length() - 1));
    }

    /** The steps: a before-import backup of 40 days ago, restored from the command line. */
    @Test
    void aBackupOlderThanThirtyDaysIsRestoredAndKept() throws Exception {
        Path copy = manualBackup();
        String stamp = LocalDateTime.now().minusDays(40).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT));
        Path old = copy.resolveSibling("journal-" + stamp + "-before-import.sqlite");
        Files.copy(copy, old);
        CommandLineTest.Run restored = run("--data-dir", data.toString(), "restore", old.toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().startsWith("Restored " + old), restored.out());
        assertTrue(Files.exists(old));
        assertEquals(0, run("--data-dir", data.toString(), "check").code());
    }

    @Test
    void aDamagedBackupIsRefusedAndTheJournalStaysUsable() throws Exception {
        Path bad = tmp.resolve("bad.sqlite");
        Files.copy(manualBackup(), bad);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bad); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = -3");
        }
        CommandLineTest.Run refused = run("--data-dir", data.toString(), "restore", bad.toString());
        assertOneClearSentence(refused, bad + " cannot be restored: The journal " + bad + " is damaged or incomplete.");
        CommandLineTest.Run check = run("--data-dir", data.toString(), "check");
        assertEquals(0, check.code(), check.err());
        assertEquals(0, run("--data-dir", data.toString(), "export", "-o", tmp.resolve("out.json").toString()).code());
    }

    /** The message about a damaged journal says to restore a backup: that works without opening the journal. */
    @Test
    void aBackupCanBeRestoredOverADamagedJournal() throws Exception {
        Path backup = tmp.resolve("good.sqlite");
        Files.copy(manualBackup(), backup);
        Path journal = data.resolve("journal.sqlite");
        byte[] whole = Files.readAllBytes(journal);
        byte[] damaged = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(journal, damaged);
        assertOneClearSentence(run("--data-dir", data.toString(), "check"), "The journal " + journal + " is damaged");

        CommandLineTest.Run restored = run("--data-dir", data.toString(), "restore", backup.toString());
        assertEquals(0, restored.code(), restored.err());
        CommandLineTest.Run check = run("--data-dir", data.toString(), "check");
        assertEquals(0, check.code(), check.err());
        String out = restored.out().strip();
        Path aside = Path.of(out.substring(out.indexOf("saved to ") + "saved to ".length(), out.length() - 1));
        org.junit.jupiter.api.Assertions.assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged journal is kept");
    }

    @Test
    void aJournalWithANegativeSchemaVersionIsCalledDamaged() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("journal.sqlite"));
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = -3");
        }
        List<String> before = files(data);
        assertOneClearSentence(run("--data-dir", data.toString(), "check"),
                "The journal " + data.resolve("journal.sqlite") + " is damaged or incomplete. Restore a backup");
        assertEquals(before, files(data), "a refused journal gains no -wal or -shm");
    }

    @Test
    void aDataFolderThatIsAFileIsSaidSo() throws Exception {
        Path file = tmp.resolve("notes.txt");
        Files.writeString(file, "not a folder");
        String expected = "The data folder " + file + " is a file, not a folder. Move the file away or choose another"
                + " folder with --data-dir.";
        assertOneClearSentence(run("--data-dir", file.toString(), "import",
                CommandLineTest.RESOURCES.resolve("valid-small.json").toString()), expected);
        assertOneClearSentence(run("--data-dir", file.toString(), "restore", manualBackup().toString()), expected);
        // The window says the same (here in its measuring mode, which prints instead of showing a dialog).
        assertOneClearSentence(run("--exit-after-first-frame", "--data-dir", file.toString()),
                expected.replace(" Move", "\nMove")); // message and advice, as the dialog shows them
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void aReadOnlyJournalCanStillBeCheckedAndExportedButNotChanged() throws Exception {
        List<String> before = files(data);
        try (Protect p = Protect.readOnly(data)) {
            CommandLineTest.Run check = run("--data-dir", data.toString(), "check");
            assertEquals(0, check.code(), check.err());
            assertTrue(check.out().startsWith("The journal in " + data + " is intact"), check.out());
            Path out = tmp.resolve("out.json");
            CommandLineTest.Run export = run("--data-dir", data.toString(), "export", "-o", out.toString());
            assertEquals(0, export.code(), export.err());
            assertTrue(Files.readString(out).contains("\"contacts\""));
            assertOneClearSentence(run("--data-dir", data.toString(), "import",
                    CommandLineTest.RESOURCES.resolve("valid-small.json").toString()),
                    "The journal " + data.resolve("journal.sqlite") + " cannot be written.");
        }
        assertEquals(before, files(data), "checking and exporting left nothing beside the journal");
    }

    /** A folder that may not even be looked into is not "no journal". */
    @Test
    void aFolderThatMayNotBeEnteredIsSaidSo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root may enter any folder (tried by hand as another user: see /work/notes/restore.md)");
        java.util.Set<java.nio.file.attribute.PosixFilePermission> before = Files.getPosixFilePermissions(data);
        Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("-w-------"));
        try {
            assertOneClearSentence(run("--data-dir", data.toString(), "check"), "Rapport is not allowed to use " + data + ".");
        } finally {
            Files.setPosixFilePermissions(data, before);
        }
    }

    @Test
    void aLockFileThatMayNotBeUsedIsSaidSo() throws Exception {
        Path backup = manualBackup();
        Path lock = data.resolve("rapport.lock");
        Files.writeString(lock, "");
        try (Protect p = Protect.readOnly(lock)) {
            assertOneClearSentence(run("--data-dir", data.toString(), "restore", backup.toString()),
                    "Rapport is not allowed to use " + lock + ".");
        }
    }

    @Test
    void quotesInABackupsPathAreNoProblem() throws Exception {
        Path target = tmp.resolve("Anna's \"backup\".sqlite");
        CommandLineTest.Run backup = run("--data-dir", data.toString(), "backup", "-o", target.toString());
        assertEquals(0, backup.code(), backup.err());
        CommandLineTest.Run restored = run("--data-dir", data.toString(), "restore", target.toString());
        assertEquals(0, restored.code(), restored.err());
    }

    /** A real full disk: a 2 MB file system (tmpfs; mounting one needs root, elsewhere this is skipped). */
    @Test
    void aFullDiskIsSaidInOneSentenceAndNothingIsImported() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        assumeTrue(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", small.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0,
                "cannot mount a small file system here");
        try {
            Path journal = small.resolve("j");
            assertEquals(0, run("--data-dir", journal.toString(), "import",
                    CommandLineTest.RESOURCES.resolve("valid-small.json").toString()).code());
            Path big = tmp.resolve("big.json");
            assertEquals(0, run("demo", "--contacts", "2500", "-o", big.toString()).code());
            CommandLineTest.Run full = run("--data-dir", journal.toString(), "import", big.toString());
            assertEquals(1, full.code(), full.err());
            assertTrue(full.err().contains("There is no space left on the disk for "), full.err());
            assertTrue(full.err().contains("Free some space on that disk and try again."), full.err());
            assertFalse(full.err().contains("SQLITE") || full.err().contains("Exception"), full.err());
            assertEquals(0, run("--data-dir", journal.toString(), "check").code(), "the journal is as it was");
            try (Stream<Path> all = Files.walk(small)) {
                assertEquals(List.of(), all.map(f -> f.getFileName().toString()).filter(n -> n.contains(".part")).toList());
            }
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }
}
