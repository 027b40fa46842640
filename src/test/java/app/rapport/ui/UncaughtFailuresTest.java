package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A failure nobody caught is logged without its message and shown in the error dialog, one at a time. */
@ExtendWith(ApplicationExtension.class)
class UncaughtFailuresTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void aFailureOfAnyThreadIsLoggedAndShownOnTheJavaFxThread() throws Exception {
        List<Throwable> shown = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(UncaughtFailures.class.getName());
        log.addHandler(capture);
        try {
            UncaughtFailures handler = new UncaughtFailures(e -> {
                shown.add(e);
                onFxThread.add(Platform.isFxApplicationThread());
            });
            Thread worker = new Thread(() -> {
                throw new IllegalStateException("Anna Weber's notes");
            }, "worker");
            worker.setUncaughtExceptionHandler(handler);
            worker.start();
            worker.join();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, shown.size());
            assertEquals(IllegalStateException.class, shown.getFirst().getClass());
            assertEquals(List.of(true), onFxThread);
            assertEquals("uncaught failure in thread worker", logged.getFirst().getMessage());
            assertFalse(String.valueOf(logged.getFirst().getThrown()).contains("Anna"), "no message in the log");

            // A failure that repeats (on every frame, say) while its dialog is still to be shown: logged, shown once.
            WaitForAsyncUtils.asyncFx(() -> {
                handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("again"));
                handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("and again"));
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(2, shown.size());
            assertEquals(3, logged.size());

            // Once that dialog is closed, the next failure is shown again.
            handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("later"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(3, shown.size());
        } finally {
            log.removeHandler(capture);
        }
    }
}
