package app.rapport.ui;

import app.rapport.ui.common.Logs;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * What a failure nobody caught does in the window: it is logged (kind and place, not the message,
 * which can quote a user's text) and shown in the error dialog, as a failed background task is,
 * instead of vanishing on standard error. One dialog at a time: a failure that repeats on every
 * frame is logged while the dialog is open, not shown again and again.
 */
final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(UncaughtFailures.class.getName());

    private final Consumer<Throwable> show;
    private final AtomicBoolean showing = new AtomicBoolean();

    /** {@code show}: shows the error dialog and returns when it is closed; called on the JavaFX thread. */
    UncaughtFailures(Consumer<Throwable> show) {
        this.show = show;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        Logs.failure(LOG, Level.SEVERE, "uncaught failure in thread " + thread.getName(), error);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            // Later, not now: a dialog cannot wait for the user during layout or an animation.
            Platform.runLater(() -> {
                try {
                    show.accept(error);
                } catch (RuntimeException e) {
                    Logs.failure(LOG, Level.SEVERE, "the error dialog could not be shown", e);
                } finally {
                    showing.set(false);
                }
            });
        } catch (IllegalStateException platformGone) {
            showing.set(false); // the window has closed: the log has it
        }
    }
}
