package app.rapport.ui.common;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Hands a URI (a {@code mailto:} link) to the operating system, which opens the program the user
 * chose for it; Rapport itself never sends anything. The URI carries e-mail addresses and a whole
 * message, so it must never reach a log or standard error: JavaFX's {@code showDocument} writes it
 * there when no program opens it ("Error opening URI …"). Rapport runs the system's own opener
 * instead ({@code xdg-open}, {@code open}, {@code rundll32}), with its output thrown away, and
 * learns from its exit status whether a program opened.
 */
public final class Documents {

    /** Long enough for a desktop to start a mail program; an opener still running then has started one. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Documents() {
    }

    /** Opens the URI in the program the user chose for it; false when none opened. Blocks: call off the JavaFX thread. */
    public static boolean open(String uri) {
        return openWithSystem(uri);
    }

    /** The system's opener for this operating system, run on the URI. */
    static boolean openWithSystem(String uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri)
                : os.startsWith("mac") ? List.of("open", uri)
                : List.of("xdg-open", uri);
        return run(command, WAIT);
    }

    /**
     * Runs {@code command} with its output discarded (an opener that fails says why, quoting the
     * URI). True when it ended well, or is still running after {@code wait}.
     */
    static boolean run(List<String> command, Duration wait) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return !p.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no such program
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                ? "NUL" : "/dev/null");
    }
}
