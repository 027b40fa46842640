package app.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.store.InstanceLock;
import app.rapport.ui.common.I18n;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The top-level command: options, and the refusal of a second window on one journal. */
class MainTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondLaunchOnAnOpenJournalSaysSoAndExitsWithoutAWindow() throws Exception {
        I18n.setLocale(I18n.ENGLISH);
        try (InstanceLock held = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream original = System.err;
            int code;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                code = Main.commandLine().execute("--data-dir", dataDir.toString(), "--exit-after-first-frame");
            } finally {
                System.setErr(original);
            }
            assertEquals(1, code);
            String message = err.toString(StandardCharsets.UTF_8);
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
        CommandLine cmd = Main.commandLine();
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
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("--version"));
        assertTrue(out.toString().startsWith("Rapport "), out.toString());
    }
}
