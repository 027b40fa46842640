package app.rapport.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link app.rapport.Main} decides what to open and passes it in
 * {@link LaunchOptions}; {@link Startup} does the rest.
 */
public final class RapportApp extends Application {

    private static volatile LaunchOptions options;
    private static volatile int exitCode;

    private Startup startup;

    /** Runs the window until it closes; returns the process exit code. */
    public static int run(LaunchOptions launchOptions) {
        options = launchOptions;
        exitCode = 0;
        Application.launch(RapportApp.class);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtFailures(e -> app.rapport.ui.common.Dialogs.showError(stage, e)));
        startup = new Startup(options, stage, code -> {
            exitCode = code;
            Platform.exit();
        });
        startup.start();
    }

    @Override
    public void stop() {
        if (startup != null && startup.window() != null) {
            startup.window().close();
        }
    }
}
