package app.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.store.InstanceLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The top-level command: options, and the refusal of a second window on one journal. */
class MainTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondLaunchOnAnOpenJournalSaysSoAndExitsWithoutAWindow() throws Exception {
        try (InstanceLock held = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            StringWriter err = new StringWriter();
            CommandLine cmd = Main.commandLine(Locale.ENGLISH, System.out);
            cmd.setErr(new PrintWriter(err));
            int code = cmd.execute("--data-dir", dataDir.toString(), "--exit-after-first-frame");
            assertEquals(1, code);
            String message = err.toString();
            assertTrue(message.contains("Rapport is already open with the journal "
                    + dataDir.resolve("journal.sqlite")), message);
        }
        // Once the first window is gone, the journal can be opened again.
        try (InstanceLock again = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            assertTrue(again != null);
        }
    }

    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine(Locale.ENGLISH, System.out);
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("--help"));
        String help = out.toString();
        assertTrue(help.contains("--data-dir=DIR"), help);
        assertTrue(help.contains("--exit-after-first-frame"), help);
        assertTrue(!help.contains("--empty-window-benchmark"), "the benchmark baseline is not advertised");
    }

    @Test
    void versionNamesTheApp() {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine(Locale.ENGLISH, System.out);
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("--version"));
        assertTrue(out.toString().startsWith("Rapport "), out.toString());
    }

    @Test
    void theCommandLineSpeaksTheLanguageChosenInTheWindow(@TempDir Path dir) throws Exception {
        Path journal = java.nio.file.Files.createDirectories(dir.resolve("journal"));
        Path userFile = dir.resolve("config").resolve(app.rapport.ui.common.UiSettings.FILE_NAME);
        String[] check = {"--data-dir", journal.toString(), "check"};
        assertEquals(Locale.ENGLISH, Main.languageOf(check, Locale.ENGLISH, userFile), "nothing chosen: the system's language");
        // As the window writes it (UiSettings stores the choice's lower-case name).
        java.nio.file.Files.createDirectories(userFile.getParent());
        java.nio.file.Files.writeString(userFile, "#Rapport window settings\nlanguage="
                + app.rapport.ui.common.UiSettings.LanguageChoice.GERMAN.name().toLowerCase(Locale.ROOT) + "\ntheme=dark\n");
        assertEquals(Locale.GERMAN, Main.languageOf(check, Locale.ENGLISH, userFile));
        assertEquals(Locale.GERMAN, Main.languageOf(new String[] {"check", "--data-dir=" + journal}, Locale.ENGLISH, userFile));
        assertEquals(Locale.GERMAN, Main.languageOf(new String[] {"--data-dir", dir.resolve("another").toString(), "check"},
                Locale.ENGLISH, userFile), "the user's choice, whichever journal");
        java.nio.file.Files.writeString(userFile, "language=system\n");
        assertEquals(Locale.ENGLISH, Main.languageOf(new String[] {"--data-dir", journal.toString()}, Locale.ENGLISH, userFile));
    }

    @Test
    void theCommandLineSpeaksTheLanguageAnEarlierVersionKeptInTheJournalFolder(@TempDir Path dir) throws Exception {
        Path journal = java.nio.file.Files.createDirectories(dir.resolve("journal"));
        java.nio.file.Files.writeString(journal.resolve(app.rapport.ui.common.UiSettings.FILE_NAME), "language=german\n");
        Path noUserFileYet = dir.resolve("config").resolve(app.rapport.ui.common.UiSettings.FILE_NAME);
        assertEquals(Locale.GERMAN, Main.languageOf(new String[] {"--data-dir", journal.toString(), "check"},
                Locale.ENGLISH, noUserFileYet));
    }
}
