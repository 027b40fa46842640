package app.rapport.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Journal;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * What every screen test checks besides its own flow: no background task failed and JavaFX
 * logged no CSS warning. {@link #start()} in the test's {@code @Start}, {@link #finish} in its
 * {@code @AfterEach}, which also closes the dialogs a test left open and the journal.
 */
public final class ScreenGuard {

    /** JavaFX logs CSS problems through java.util.logging ("javafx.css"); held strongly so that it stays. */
    private static final Logger ROOT_LOGGER = Logger.getLogger("");

    public final List<Throwable> backgroundErrors = new CopyOnWriteArrayList<>();
    public final List<LogRecord> cssWarnings = new CopyOnWriteArrayList<>();
    private final Handler cssLog = new Handler() {
        @Override
        public void publish(LogRecord r) {
            String logger = String.valueOf(r.getLoggerName());
            if (r.getLevel().intValue() >= Level.WARNING.intValue() && logger.startsWith("javafx.css")) {
                cssWarnings.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** English texts, the light theme, and listening for failures and CSS warnings. */
    public void start() {
        I18n.setLocale(I18n.ENGLISH);
        ROOT_LOGGER.addHandler(cssLog);
        Tasks.setDefaultErrorHandler(backgroundErrors::add);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Closes every window but the test's stage, waits for background work, closes the journal and checks. */
    public void finish(FxRobot robot, Stage stage, Journal journal) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
        });
        FxTesting.waitUntil("background work finished", () -> Tasks.runningProperty().get() == 0);
        ROOT_LOGGER.removeHandler(cssLog);
        if (journal != null) {
            journal.close();
        }
        assertEquals(List.of(), backgroundErrors, "background tasks failed");
        assertEquals(List.of(), cssWarnings.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList(),
                "CSS warnings");
    }
}
