package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 3, on the command line: an import into a journal that another program keeps
 * locked past the busy timeout says that the journal is busy, in the user's words, as every other
 * command does; it printed "could not be changed: … [SQLITE_BUSY] The database file is locked".
 */
class BusyJournalTest {

    @TempDir
    Path tmp;

    @Test
    void anImportIntoAJournalAnotherProgramKeepsLockedSaysItIsBusyAndChangesNothing() throws Exception {
        Path data = tmp.resolve("data");
        Path first = Files.writeString(tmp.resolve("first.vcf"),
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Weber\r\nEND:VCARD\r\n");
        assertEquals(0, run("--data-dir", data.toString(), "import", first.toString()).code());
        Path card = Files.writeString(tmp.resolve("card.vcf"),
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Fischer\r\nEND:VCARD\r\n");
        Path json = tmp.resolve("journal.json");
        assertEquals(0, run("--data-dir", data.toString(), "export", "-f", "json", "-o", json.toString()).code());
        Files.writeString(json, Files.readString(json).replace("Anna Weber", "Anna Weber-Fischer"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("journal.sqlite"));
             Statement s = other.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("BEGIN IMMEDIATE");
            for (Path file : new Path[] {card, json}) {
                CommandLineTest.Run r = run("--data-dir", data.toString(), "import", file.toString());
                assertEquals(1, r.code(), r.out());
                assertTrue(r.err().contains("The journal is busy: another program"), r.err());
                assertFalse(r.err().contains("SQLITE_BUSY"), r.err());
            }
            s.execute("ROLLBACK");
        }
        Path after = tmp.resolve("after.json");
        assertEquals(0, run("--data-dir", data.toString(), "export", "-f", "json", "-o", after.toString()).code());
        String stored = Files.readString(after);
        assertTrue(stored.contains("\"Anna Weber\""), stored);
        assertFalse(stored.contains("Ben Fischer"), stored);
    }
}
