package app.rapport.cli;

import app.rapport.journal.Progress;
import java.io.PrintWriter;

/**
 * How far a long import has got, on standard error: nothing for the first two seconds (most
 * imports are done by then), then a line per step at most every two seconds, so that a
 * million-card file does not look hung. The command line cannot be cancelled but by Ctrl+C.
 */
final class ConsoleProgress implements Progress {

    private static final long QUIET_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final CliTexts texts;
    private final long start = System.nanoTime();
    private long lastShown;
    private String lastStep;

    ConsoleProgress(PrintWriter err, CliTexts texts) {
        this.err = err;
        this.texts = texts;
    }

    @Override
    public synchronized void update(String step, long done, long total) {
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS || step.equals(lastStep) && now - lastShown < QUIET_NANOS) {
            return;
        }
        lastStep = step;
        lastShown = now;
        String percent = total > 0 ? String.valueOf(Math.min(100, done * 100 / total)) : "?";
        err.println(texts.text("cli.import.progress", texts.text("cli.import.progress." + step), percent));
        err.flush();
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
