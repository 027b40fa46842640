package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.ui.Fx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search as you type: a slow old answer never replaces a newer one, and typing does not queue work. */
class LatestTaskTest {

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test class started it.
        }
    }

    @Test
    void onlyTheNewestAnswerIsDeliveredAndSkippedQueriesNeverRun() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        LatestTask<String> task = Fx.call(() -> new LatestTask<>(delivered::add));

        Fx.run(() -> task.submit(() -> {
            runs.incrementAndGet();
            slowStarted.countDown();
            releaseSlow.await(5, TimeUnit.SECONDS);
            return "m";
        }));
        slowStarted.await(5, TimeUnit.SECONDS);
        // Three more keystrokes while "m" is still being answered.
        for (String typed : List.of("mu", "mue", "muel")) {
            Fx.run(() -> task.submit(() -> {
                runs.incrementAndGet();
                return typed;
            }));
        }
        releaseSlow.countDown();
        Fx.waitUntil("the newest answer arrives", () -> delivered.contains("muel"));
        Fx.sleep(200);
        assertEquals(List.of("muel"), delivered, "the stale answer to \"m\" is dropped");
        assertEquals(2, runs.get(), "\"mu\" and \"mue\" were superseded before they started");
        Fx.waitUntil("idle", () -> !task.busyProperty().get());
    }
}
