package app.rapport.ui;

import app.rapport.journal.Journal;
import app.rapport.journal.JournalOpenException;
import app.rapport.ui.common.Dialogs;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.common.Themes;
import app.rapport.ui.common.UiSettings;
import app.rapport.journal.BackupService;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * What happens between "the toolkit is up" and "the user sees their journal": the window is shown
 * at once and the journal opened behind it; a journal that cannot be opened, or that another
 * Rapport window holds, is explained in a dialog (and on stderr) before the app exits.
 */
final class Startup {

    private final LaunchOptions options;
    private final Stage stage;
    private final IntConsumer exit;
    private MainWindow window;
    private boolean firstFrameShown;
    private boolean journalShown;

    /**
     * @param exit called once with the process exit code when the app should end (not called while
     *             the window is in normal use; closing the window ends the app as usual)
     */
    Startup(LaunchOptions options, Stage stage, IntConsumer exit) {
        this.options = options;
        this.stage = stage;
        this.exit = exit;
    }

    void start() {
        switch (options.mode()) {
            case EMPTY_WINDOW -> showEmptyWindow();
            case WINDOW, EXIT_AFTER_FIRST_FRAME -> {
                if (options.alreadyOpen()) {
                    refuseSecondWindow();
                } else {
                    showMainWindow();
                }
            }
        }
    }

    MainWindow window() {
        return window;
    }

    private boolean measuring() {
        return options.mode() == LaunchOptions.Mode.EXIT_AFTER_FIRST_FRAME;
    }

    private void showMainWindow() {
        // The user's, whichever journal this is (read from the journal's folder once, where they were kept before).
        UiSettings settings = UiSettings.forUser(options.dataDir());
        window = new MainWindow(stage, settings, options.dataDir(), options.clock());
        window.useJournalOpener(options.opener());
        window.show();
        // The journal is opened once the first frame is drawn: on a two-core machine opening it in
        // parallel slows the first frame down more than it speeds the journal up.
        FirstFrame.whenDrawn(stage.getScene(), ms -> {
            if (measuring()) {
                System.out.println(ms);
                firstFrameShown = true;
            }
            openJournal();
        });
    }

    private void openJournal() {
        Tasks.run(() -> options.opener().apply(options.dataDir()))
                .onSuccess((Journal journal) -> {
                    BackupService backups = options.backups() == null ? null : options.backups().apply(journal);
                    if (backups != null) {
                        window.useBackups(backups);
                    }
                    window.journalOpened(journal);
                    if (backups != null && !measuring()) {
                        // After the journal is shown, so that the day's first start does not wait for the copy.
                        Tasks.run(backups::dailyBackupIfDue).start();
                    }
                    journalShown = true;
                    if (measuring()) {
                        exitWhenMeasured();
                    }
                })
                .onError(this::cannotOpen)
                .start();
    }

    private void exitWhenMeasured() {
        if (firstFrameShown && journalShown) {
            exit.accept(0);
        }
    }

    private void cannotOpen(Throwable e) {
        JournalOpenException problem = e instanceof JournalOpenException j ? j
                : new JournalOpenException(options.journalFile(), JournalOpenException.Reason.IO, e.getMessage(), e);
        String[] text = describe(problem, options.journalFile());
        System.err.println(text[0]);
        System.err.println(text[1]);
        if (!measuring()) {
            Dialogs.error(stage, I18n.text("app.name"), text[0], text[1]).showAndWait();
        }
        exit.accept(1);
    }

    /** The message and the advice for a journal that cannot be opened, naming the file. */
    static String[] describe(JournalOpenException problem, Path fallbackFile) {
        Path file = problem.file() != null ? problem.file() : fallbackFile;
        String detail = problem.getCause() != null && problem.getCause().getMessage() != null
                ? problem.getCause().getMessage() : problem.getMessage();
        return new String[] {
            I18n.text(problem.reason().messageKey(), file),
            I18n.text(problem.reason().adviceKey(), file, detail)
        };
    }

    private void refuseSecondWindow() {
        String message = I18n.text("journal.open.alreadyOpen", options.journalFile());
        String advice = I18n.text("journal.open.alreadyOpen.advice");
        System.err.println(message);
        System.err.println(advice);
        if (!measuring()) {
            Themes.apply(Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
            Alert alert = Dialogs.error(null, I18n.text("app.name"), message, advice);
            alert.getDialogPane().setId("already-open");
            alert.showAndWait();
        }
        exit.accept(1);
    }

    /** The baseline for the start-up benchmark: the same measurement on a window with nothing in it. */
    private void showEmptyWindow() {
        stage.setScene(new Scene(new StackPane(), MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT));
        stage.setTitle(I18n.text("app.name"));
        stage.show();
        FirstFrame.whenDrawn(stage.getScene(), ms -> {
            System.out.println(ms);
            exit.accept(0);
        });
    }
}
