package app.rapport.ui.settings;

import java.time.Duration;

/**
 * When sync runs by itself. The window's runs actions on the JavaFX thread's timers; a test's runs
 * them when the test moves its time on, so debouncing is tested without waiting.
 */
@FunctionalInterface
public interface SyncScheduler {

    /** Runs {@code action} on the JavaFX thread after {@code delay}; running the returned handle cancels it. */
    Runnable after(Duration delay, Runnable action);

    /** The JavaFX thread's timers. */
    static SyncScheduler fx() {
        return (delay, action) -> {
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
            pause.setOnFinished(e -> action.run());
            pause.play();
            return pause::stop;
        };
    }
}
