package app.rapport.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up time as the user sees it: from the moment the operating system started the process to
 * the first frame of the window. Used by {@code --exit-after-first-frame} and the empty-window
 * comparison, which measure the same way so their figures can be compared.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Calls {@code done} with the milliseconds since process start once the scene has been drawn:
     * the second pulse after showing starts only when the render thread has finished the first
     * frame, so that is where we take the time.
     */
    static void whenDrawn(Scene scene, LongConsumer done) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                long ms = millisSinceProcessStart();
                // Removing a pulse listener while the pulse iterates them is not allowed.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                done.accept(ms);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    static long millisSinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }
}
