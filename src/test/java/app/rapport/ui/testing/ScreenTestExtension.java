package app.rapport.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Journal;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import atlantafx.base.theme.PrimerLight;
import java.lang.reflect.Field;
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
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * TestFX for a screen test, with what every screen test checks besides its own flow. Before the
 * test's {@code @Start}: English texts, the light theme, and listening for background failures
 * and CSS warnings. After the test (and its own {@code @AfterEach}): every window but the test's
 * stage closed, background work finished, every journal the test holds in a field closed, and
 * no background task failed and JavaFX logged no CSS warning.
 *
 * The pom opens this package to JUnit: the test run opens only the packages of the tests it runs.
 *
 * <pre>@ExtendWith(ScreenTestExtension.class)
 * class SomeScreenTest { ... }</pre>
 */
public class ScreenTestExtension extends ApplicationExtension {

    /** JavaFX logs CSS problems through java.util.logging ("javafx.css"); held strongly so that it stays. */
    private static final Logger ROOT_LOGGER = Logger.getLogger("");

    private final List<Throwable> backgroundErrors = new CopyOnWriteArrayList<>();
    private final List<LogRecord> cssWarnings = new CopyOnWriteArrayList<>();
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

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit runs before the theme is set (TestFX does it again, at no cost)
        backgroundErrors.clear();
        cssWarnings.clear();
        I18n.setLocale(I18n.ENGLISH);
        ROOT_LOGGER.addHandler(cssLog);
        Tasks.setDefaultErrorHandler(backgroundErrors::add);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        super.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            new FxRobot().interact(() -> {
                for (Window w : new ArrayList<>(Window.getWindows())) {
                    if (w != stage) {
                        w.hide();
                    }
                }
            });
            FxTesting.waitUntil("background work finished", () -> Tasks.runningProperty().get() == 0);
            ROOT_LOGGER.removeHandler(cssLog);
            closeJournals(context.getRequiredTestInstance());
            assertEquals(List.of(), backgroundErrors, "background tasks failed");
            assertEquals(List.of(), cssWarnings.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList(),
                    "CSS warnings");
        } finally {
            ROOT_LOGGER.removeHandler(cssLog);
            super.afterEach(context);
        }
    }

    /** Closes the journals the test holds in its fields (closing one twice does no harm). */
    private static void closeJournals(Object test) throws IllegalAccessException {
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Journal.class.isAssignableFrom(f.getType()) && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    if (f.get(test) instanceof Journal j) {
                        j.close();
                    }
                }
            }
        }
    }
}
