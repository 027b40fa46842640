package app.rapport.ui;

import app.rapport.journal.Journal;
import app.rapport.journal.JournalOpenException;
import app.rapport.ui.common.Dialogs;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.common.Themes;
import app.rapport.ui.common.UiSettings;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The JavaFX application: shows the main window at once and opens the journal behind it, so the
 * first frame does not wait for the database. {@link app.rapport.Main} decides what to open.
 */
public final class RapportApp extends Application {

    private static volatile LaunchOptions options;
    private static volatile int exitCode;

    private MainWindow window;
    private boolean firstFrameShown;
    private boolean journalShown;

    /** Runs the window until it closes; returns the process exit code. */
    public static int run(LaunchOptions launchOptions) {
        options = launchOptions;
        exitCode = 0;
        Application.launch(RapportApp.class);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions o = options;
        switch (o.mode()) {
            case EMPTY_WINDOW -> showEmptyWindow(stage);
            case WINDOW, EXIT_AFTER_FIRST_FRAME -> {
                if (o.alreadyOpen()) {
                    refuseSecondWindow(o);
                } else {
                    showMainWindow(stage, o);
                }
            }
        }
    }

    private void showMainWindow(Stage stage, LaunchOptions o) {
        UiSettings settings = UiSettings.load(o.dataDir());
        window = new MainWindow(stage, settings, o.dataDir());
        window.show();
        boolean measuring = o.mode() == LaunchOptions.Mode.EXIT_AFTER_FIRST_FRAME;
        if (measuring) {
            FirstFrame.whenDrawn(stage.getScene(), ms -> {
                System.out.println(ms);
                firstFrameShown = true;
                exitWhenMeasured();
            });
        }
        Tasks.run(() -> o.opener().apply(o.dataDir()))
                .onSuccess((Journal journal) -> {
                    window.journalOpened(journal);
                    journalShown = true;
                    if (measuring) {
                        exitWhenMeasured();
                    }
                })
                .onError(e -> cannotOpen(stage, o, e))
                .start();
    }

    private void exitWhenMeasured() {
        if (firstFrameShown && journalShown) {
            Platform.exit();
        }
    }

    private void cannotOpen(Stage stage, LaunchOptions o, Throwable e) {
        JournalOpenException problem = e instanceof JournalOpenException j ? j
                : new JournalOpenException(o.journalFile(), JournalOpenException.Reason.IO, e.getMessage(), e);
        Path file = problem.file() != null ? problem.file() : o.journalFile();
        String detail = problem.getCause() != null && problem.getCause().getMessage() != null
                ? problem.getCause().getMessage() : problem.getMessage();
        String message = I18n.text(problem.reason().messageKey(), file);
        String advice = I18n.text(problem.reason().adviceKey(), file, detail);
        System.err.println(message);
        System.err.println(advice);
        exitCode = 1;
        if (o.mode() == LaunchOptions.Mode.WINDOW) {
            Dialogs.error(stage, I18n.text("app.name"), message, advice).showAndWait();
        }
        Platform.exit();
    }

    private void refuseSecondWindow(LaunchOptions o) {
        String message = I18n.text("journal.open.alreadyOpen", o.journalFile());
        String advice = I18n.text("journal.open.alreadyOpen.advice");
        System.err.println(message);
        System.err.println(advice);
        exitCode = 1;
        if (o.mode() == LaunchOptions.Mode.WINDOW) {
            Themes.apply(Platform.getPreferences().getColorScheme() == javafx.application.ColorScheme.DARK);
            Dialogs.error(null, I18n.text("app.name"), message, advice).showAndWait();
        }
        Platform.exit();
    }

    /** The baseline for the start-up benchmark: the same measurement on a window with nothing in it. */
    private void showEmptyWindow(Stage stage) {
        stage.setScene(new Scene(new StackPane(), MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT));
        stage.setTitle("Rapport");
        stage.show();
        FirstFrame.whenDrawn(stage.getScene(), ms -> {
            System.out.println(ms);
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
