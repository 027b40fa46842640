package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rapport import of a Monica account's JSON export, as someone moving in runs it. */
class MonicaCommandTest {

    static final Path FILE = Path.of("src/test/resources/app/rapport/interchange/monica/monica-account.json").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void aMonicaExportIsImportedWholeWithWarningsAndAgainWithoutDoubling() {
        String data = tmp.resolve("data").toString();
        CommandLineTest.Run dry = run("--data-dir", data, "import", "--dry-run", FILE.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("holds 4 contacts, 3 ties, 0 events, 4 encounters, 0 introductions, 4 give-and-take"
                + " entries."), dry.out());
        assertTrue(dry.err().contains("the gift idea \"Concert tickets\" is left out"), dry.err());
        assertTrue(!Files.exists(tmp.resolve("data").resolve("journal.sqlite")), "a dry run creates no journal");

        assertEquals(0, run("--data-dir", data, "import", FILE.toString()).code());
        CommandLineTest.Run again = run("--data-dir", data, "import", FILE.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("4 of the contacts were already in the journal (same id)"), again.out());
        CommandLineTest.Run export = run("--data-dir", data, "export", "--format", "vcard", "-o", "-");
        assertEquals(4, export.stdoutText().split("BEGIN:VCARD").length - 1, "four contacts: " + export.stdoutText());
    }

    @Test
    void aBrokenExportIsRefusedWholeNamingLineAndColumn() throws Exception {
        Path cut = tmp.resolve("cut.json");
        String json = Files.readString(FILE);
        Files.writeString(cut, json.substring(0, json.length() / 2));
        String data = tmp.resolve("data").toString();
        CommandLineTest.Run r = run("--data-dir", data, "import", cut.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("The file is not valid JSON: ") && r.err().contains("(line "), r.err());
        assertTrue(r.err().contains("Nothing was imported"), r.err());
    }
}
