package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.store.DataFolder;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.I18n;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the user sees when the journal cannot be opened, or another window has it. */
@ExtendWith(ApplicationExtension.class)
class StartupTest extends FxRobot {

    @TempDir
    Path dataDir;
    private Stage stage;
    private final AtomicReference<Integer> exitCode = new AtomicReference<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private Startup startup;

    @Start
    void start(Stage s) {
        this.stage = s;
    }

    @BeforeEach
    void captureStderr() {
        I18n.setLocale(I18n.ENGLISH);
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        Fx.run(() -> {
            if (startup != null && startup.window() != null) {
                startup.window().close();
            }
            stage.close();
        });
    }

    private void launch(boolean alreadyOpen) {
        LaunchOptions options = new LaunchOptions(dataDir, LaunchOptions.Mode.WINDOW, alreadyOpen,
                DataFolder.journalFile(dataDir), TestJournals::open, null, java.time.Clock.systemDefaultZone());
        // Not waited for: the refusal dialog blocks in showAndWait until the user answers.
        javafx.application.Platform.runLater(() -> {
            startup = new Startup(options, stage, exitCode::set);
            startup.start();
        });
    }

    @Test
    void aFileThatIsNotAJournalIsNamedInADialogAndLeftUntouched() throws IOException {
        Path file = DataFolder.journalFile(dataDir);
        byte[] content = "these are my notes, not a database\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);

        launch(false);
        DialogPane dialog = waitForErrorDialog();
        String header = Fx.call(dialog::getHeaderText);
        assertEquals("The file " + file + " is not a Rapport journal.", header);
        assertTrue(Fx.call(() -> ((javafx.scene.control.Label) dialog.getContent()).getText())
                .contains("--data-dir"));
        assertNull(exitCode.get(), "the app waits until the user has read the message");
        clickOn("OK");
        Fx.waitUntil("the app exits", () -> exitCode.get() != null);
        assertEquals(1, exitCode.get());
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("is not a Rapport journal"));
        assertArrayEquals(content, Files.readAllBytes(file), "the file is not modified");
    }

    @Test
    void aSecondWindowOnTheSameJournalIsRefusedWithAClearMessage() {
        launch(true);
        DialogPane dialog = waitForErrorDialog();
        assertEquals("Rapport is already open with the journal " + DataFolder.journalFile(dataDir) + ".",
                Fx.call(dialog::getHeaderText));
        clickOn("OK");
        Fx.waitUntil("the app exits", () -> exitCode.get() != null);
        assertEquals(1, exitCode.get());
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("already open"));
    }

    @Test
    void anEmptyFolderOpensOnTheTodayScreen() {
        launch(false);
        Fx.waitUntil("the Today screen is shown", () -> startup.window().currentScreenProperty().get() != null
                && startup.window().currentScreenProperty().get().titleKey().equals("today.title"));
        assertTrue(Files.exists(DataFolder.journalFile(dataDir)));
        assertNull(exitCode.get());
    }

    /** The window takes the day's backup of a journal that holds anything, once it is shown. */
    @Test
    void theWindowTakesTheDailyBackupOnOpening() {
        try (SqliteJournal journal = TestJournals.open(dataDir)) {
            journal.saveContact(app.rapport.journal.Contact.builder("Anna Weber").build());
        }
        LaunchOptions options = new LaunchOptions(dataDir, LaunchOptions.Mode.WINDOW, false,
                DataFolder.journalFile(dataDir), TestJournals::open,
                j -> new app.rapport.StoreBackupService((SqliteJournal) j), java.time.Clock.systemDefaultZone());
        javafx.application.Platform.runLater(() -> {
            startup = new Startup(options, stage, exitCode::set);
            startup.start();
        });
        Fx.waitUntil("the daily backup is taken", () -> app.rapport.store.Backups.list(dataDir).stream()
                .anyMatch(b -> b.kind() == app.rapport.store.Backups.Kind.DAILY));
        assertNull(exitCode.get());
    }

    /**
     * Language and theme are the user's: chosen with one journal, a second journal (another
     * --data-dir) opens with them, and the journal's folder holds no settings of its own.
     */
    @Test
    void aSecondJournalOpensInTheLanguageAndThemeChosenWithTheFirst(@TempDir Path home) throws IOException {
        String configDir = System.getProperty("rapport.configDir");
        System.setProperty("rapport.configDir", home.resolve("config").toString());
        try {
            Path first = Files.createDirectories(home.resolve("first journal"));
            openWindow(first);
            Fx.run(() -> {
                startup.window().showScreen(startup.window().screens().stream()
                        .filter(s -> s.titleKey().equals("settings.title")).findFirst().orElseThrow());
            });
            // The choosers sit in a scroll pane, whose content joins the scene with its skin, on the next pulse.
            Fx.waitUntil("Settings is shown", () -> lookup("#settings-language").tryQuery().isPresent());
            Fx.run(() -> {
                lookup("#settings-language").<javafx.scene.control.ComboBox<app.rapport.ui.common.UiSettings.LanguageChoice>>
                        query().setValue(app.rapport.ui.common.UiSettings.LanguageChoice.GERMAN);
                lookup("#settings-theme").<javafx.scene.control.ComboBox<app.rapport.ui.common.UiSettings.ThemeChoice>>
                        query().setValue(app.rapport.ui.common.UiSettings.ThemeChoice.DARK);
            });
            Fx.run(() -> {
                startup.window().close();
                stage.close();
            });
            Fx.run(() -> I18n.setLocale(I18n.ENGLISH));

            Path second = Files.createDirectories(home.resolve("second journal"));
            stage = Fx.call(Stage::new);
            openWindow(second);
            assertEquals(java.util.Locale.GERMAN, Fx.call(() -> I18n.localeProperty().get()));
            assertTrue(Fx.call(() -> app.rapport.ui.common.Themes.darkProperty().get()), "the dark theme");
            assertEquals("Heute", Fx.call(() -> I18n.text("today.title")));
            assertTrue(Files.notExists(first.resolve(app.rapport.ui.common.UiSettings.FILE_NAME)), "not the journal's");
        } finally {
            Fx.run(() -> {
                I18n.setLocale(I18n.ENGLISH);
                app.rapport.ui.common.Themes.apply(false);
            });
            if (configDir == null) {
                System.clearProperty("rapport.configDir");
            } else {
                System.setProperty("rapport.configDir", configDir);
            }
        }
    }

    private void openWindow(Path folder) {
        LaunchOptions options = new LaunchOptions(folder, LaunchOptions.Mode.WINDOW, false,
                DataFolder.journalFile(folder), TestJournals::open, null, java.time.Clock.systemDefaultZone());
        Stage on = stage;
        Fx.run(() -> {
            startup = new Startup(options, on, exitCode::set);
            startup.start();
        });
        Fx.waitUntil("the journal is shown", () -> startup.window().currentScreenProperty().get() != null
                && startup.window().currentScreenProperty().get().titleKey().equals("today.title"));
    }

    private DialogPane waitForErrorDialog() {
        Fx.waitUntil("an error dialog is shown", () -> errorDialog() != null);
        return Fx.call(this::errorDialog);
    }

    private DialogPane errorDialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst().orElse(null);
    }
}
