package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.store.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, item 8: {@code rapport export -f csv -o <data dir>/journal.sqlite} exited 0 and the
 * journal was a CSV file. No export (or other file the command line writes) may replace a file
 * of a journal: the journal, SQLite's files beside it, the lock, or a backup.
 */
class ExportTargetTest {

    @TempDir
    Path tmp;

    private Path journalWithOnePerson() throws Exception {
        Path data = tmp.resolve("data");
        Path vcf = tmp.resolve("anna.vcf");
        Files.writeString(vcf, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Weber\r\nEMAIL:anna@example.org\r\nEND:VCARD\r\n");
        CommandLineTest.Run imported = run("--data-dir", data.toString(), "import", vcf.toString());
        assertEquals(0, imported.code(), imported.err());
        // A backup to protect, as every import after the first leaves one.
        assertEquals(0, run("--data-dir", data.toString(), "backup").code());
        return data;
    }

    @ParameterizedTest
    @ValueSource(strings = {"journal.sqlite", "journal.sqlite-wal", "journal.sqlite-shm", "journal.sqlite-journal",
        "rapport.lock", "JOURNAL.SQLITE", "backups/mine.csv"})
    void anExportIsRefusedWhereItWouldReplaceAFileOfTheJournal(String target) throws Exception {
        Path data = journalWithOnePerson();
        Path file = data.resolve(target);
        byte[] journalBefore = Files.readAllBytes(DataFolder.journalFile(data));
        boolean existed = Files.exists(file);
        byte[] before = existed ? Files.readAllBytes(file) : null;

        CommandLineTest.Run export = run("--data-dir", data.toString(), "export", "-f", "csv", "-o", file.toString());

        assertEquals(1, export.code(), export.out());
        assertTrue(export.err().contains(file.getFileName().toString()) && export.err().contains("file of a Rapport journal"),
                export.err());
        assertArrayEquals(journalBefore, Files.readAllBytes(DataFolder.journalFile(data)));
        if (existed) {
            assertArrayEquals(before, Files.readAllBytes(file));
        } else {
            assertFalse(Files.exists(file), "nothing is written there");
        }
        CommandLineTest.Run check = run("--data-dir", data.toString(), "check");
        assertEquals(0, check.code(), check.err());
    }

    @Test
    void aLinkToTheJournalIsRefusedToo() throws Exception {
        Path data = journalWithOnePerson();
        Path link = Files.createSymbolicLink(tmp.resolve("export.json"), DataFolder.journalFile(data));
        byte[] journalBefore = Files.readAllBytes(DataFolder.journalFile(data));

        CommandLineTest.Run export = run("--data-dir", data.toString(), "export", "-o", link.toString());

        assertEquals(1, export.code(), export.out());
        assertArrayEquals(journalBefore, Files.readAllBytes(DataFolder.journalFile(data)));
    }

    @Test
    void anotherJournalsFilesAreProtectedAsWellAndTheMessageIsGerman() throws Exception {
        Path data = journalWithOnePerson();
        Path other = tmp.resolve("other");
        assertEquals(0, run("--data-dir", other.toString(), "import", tmp.resolve("anna.vcf").toString()).code());
        byte[] otherBefore = Files.readAllBytes(DataFolder.journalFile(other));

        CommandLineTest.Run export = run(Locale.GERMAN, "--data-dir", data.toString(), "export", "-f", "json",
                "-o", DataFolder.journalFile(other).toString());

        assertEquals(1, export.code(), export.err());
        assertTrue(export.err().contains("Datei eines Rapport-Journals"), export.err());
        assertArrayEquals(otherBefore, Files.readAllBytes(DataFolder.journalFile(other)));
        // demo writes through the same door
        CommandLineTest.Run demo = run("demo", "--contacts", "30", "-o", other.resolve("backups").resolve("demo.json").toString());
        assertEquals(1, demo.code(), demo.err());
        assertFalse(Files.exists(other.resolve("backups").resolve("demo.json")));
        assertArrayEquals(otherBefore, Files.readAllBytes(DataFolder.journalFile(other)));
    }

    @Test
    void anOrdinaryFileBesideTheDataFolderIsWritten() throws Exception {
        Path data = journalWithOnePerson();
        Path file = tmp.resolve("journal-export.csv");
        CommandLineTest.Run export = run("--data-dir", data.toString(), "export", "-o", file.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.readString(file).contains("Anna Weber"));
    }
}
