package app.rapport.ui.common;

import app.rapport.journal.Journal;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Notices what another program did to the journal on screen (an import on the command line) and
 * tells the window, which refreshes every screen as after a change of its own. It asks the
 * journal ({@link Journal#outsideChanges()}) on a thread of its own, never on the JavaFX thread.
 */
public final class OutsideChanges implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutsideChanges.class.getName());

    private final Supplier<Journal> journal;
    private final Runnable onChange;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-outside-changes");
        t.setDaemon(true);
        return t;
    });
    private Journal watched;
    private long seen;

    private OutsideChanges(Supplier<Journal> journal, Runnable onChange) {
        this.journal = journal;
        this.onChange = onChange;
    }

    /**
     * Asks the journal {@code journal} gives (the one on screen, which may change) every
     * {@code interval}; runs {@code onChange} on the JavaFX thread when another program changed it.
     */
    public static OutsideChanges watch(Supplier<Journal> journal, Duration interval, Runnable onChange) {
        OutsideChanges w = new OutsideChanges(journal, onChange);
        w.timer.scheduleWithFixedDelay(w::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    private void check() {
        try {
            Journal j = journal.get();
            if (j == null) {
                return;
            }
            long now = j.outsideChanges();
            if (j != watched) { // another journal on screen (the sample): it counts from 0, when it was opened
                watched = j;
                seen = 0;
            }
            if (now != seen) {
                seen = now;
                Platform.runLater(onChange);
            }
        } catch (RuntimeException e) {
            // A journal closing under the question; the next one is asked again. A failure must
            // not end the schedule, which a thrown exception would.
            LOG.log(Level.FINE, "could not ask the journal for outside changes: " + e.getClass().getName());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
