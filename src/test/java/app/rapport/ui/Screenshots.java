package app.rapport.ui;

import app.rapport.journal.Contact;
import app.rapport.journal.EncounterFilter;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.Screen;
import app.rapport.ui.common.UiSettings;
import app.rapport.ui.contacts.ContactEditorDialog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Writes PNG screenshots of the main screens, light and dark, on {@link SampleJournal} into the
 * folder given by the system property {@code screenshots}:
 * <pre>mvn -q -B test -Dtest=Screenshots -Dscreenshots=docs/screenshots</pre>
 * Skipped in the normal test run.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class Screenshots extends org.testfx.api.FxRobot {

    private Path out;
    private Path dataDir;
    private SqliteJournal journal;
    private Map<String, Contact> people;
    private MainWindow window;
    private UiSettings settings;

    @Start
    void start(Stage stage) throws IOException {
        out = Path.of(System.getProperty("screenshots")).toAbsolutePath();
        Files.createDirectories(out);
        dataDir = Files.createTempDirectory("rapport-screenshots");
        journal = TestJournals.open(dataDir);
        people = SampleJournal.fill(journal);
        settings = UiSettings.inMemory();
        settings.languageProperty().set(UiSettings.LanguageChoice.ENGLISH);
        settings.themeProperty().set(UiSettings.ThemeChoice.LIGHT);
        // The Settings screen shows the folder; show the one a Linux user would see.
        window = new MainWindow(stage, settings, Path.of("/home/anna/.local/share/rapport"), java.time.Clock.systemDefaultZone());
        window.show();
        stage.setWidth(1180);
        stage.setHeight(860);
        window.journalOpened(journal);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void mainScreens() throws Exception {
        Contact anna = people.get("Anna Schmidt");
        for (String theme : new String[] {"light", "dark"}) {
            Fx.run(() -> settings.themeProperty().set(theme.equals("dark")
                    ? UiSettings.ThemeChoice.DARK : UiSettings.ThemeChoice.LIGHT));
            Fx.run(() -> window.showContact(anna.id()));
            Fx.waitUntil("Anna's detail is shown", () -> {
                var d = window.contactsScreen().model().detailProperty().get();
                return d != null && d.id().equals(anna.id());
            });
            Fx.run(() -> ((javafx.scene.control.ScrollPane) window.stage().getScene()
                    .lookup(".contact-detail-scroll")).setVvalue(0));
            snap(window.stage().getScene(), "contacts-" + theme);
            if (theme.equals("light")) {
                Fx.run(() -> ((javafx.scene.control.ScrollPane) window.stage().getScene()
                        .lookup(".contact-detail-scroll")).setVvalue(1));
                snap(window.stage().getScene(), "contact-timeline-" + theme);
            }

            if (theme.equals("light")) {
                Platform.runLater(() -> ((javafx.scene.control.Button) lookup("#export-contacts").query()).fire());
                Fx.waitUntil("the export dialog", () -> lookup("#export-dialog").tryQuery().isPresent());
                Fx.run(() -> ((javafx.scene.control.RadioButton) lookup("#export-csv-excel").query()).fire());
                Fx.sleep(300);
                snap(lookup("#export-dialog").query().getScene(), "export-" + theme);
                Fx.run(() -> ((Stage) lookup("#export-dialog").query().getScene().getWindow()).close());
            }

            Platform.runLater(() -> new ContactEditorDialog(window, anna).show());
            Fx.waitUntil("the editor is open", () -> editor() != null);
            Fx.sleep(300);
            if (theme.equals("dark")) {
                // The light one shows the top of the form, the dark one the tags further down.
                Fx.run(() -> ((javafx.scene.control.ScrollPane) editor().getScene()
                        .lookup(".contact-editor .scroll-pane")).setVvalue(1));
            }
            snap(editor().getScene(), "contact-editor-" + theme);
            Fx.run(() -> ((Stage) editor()).close());

            if (theme.equals("light")) {
                // The window is wider than the headless screen, so press the button rather than click it.
                Platform.runLater(() -> ((javafx.scene.control.Button) lookup("#action-add-tie").query()).fire());
                Fx.waitUntil("the tie dialog", () -> lookup("#tie-strength").tryQuery().isPresent());
                clickOn("#tie-contact").write("Jü");
                Fx.waitUntil("suggestions", () -> lookup(".auto-completion").tryQuery().isPresent());
                Fx.run(() -> lookup("#tie-strength").<org.controlsfx.control.Rating>query().setRating(3));
                Window tie = Fx.call(() -> lookup("#tie-strength").query().getScene().getWindow());
                snapWithPopups(tie, "tie-dialog-suggestions-" + theme);
                type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
                clickOn("#tie-note").write("met at the Rheinland Ventures demo day");
                snapWithPopups(tie, "tie-dialog-" + theme);
                type(javafx.scene.input.KeyCode.ESCAPE);
            }
            showScreen("journal.title");
            snap(window.stage().getScene(), "journal-" + theme);
            showScreen("today.title");
            snap(window.stage().getScene(), "today-" + theme);
            showScreen("events.title");
            snap(window.stage().getScene(), "events-" + theme);

            showScreen("introductions.title");
            var intros = window.introductionsScreen().model();
            Fx.waitUntil("suggestions", () -> Fx.call(() -> intros.suggestions().size() > 3));
            if (theme.equals("light")) {
                // Two introductions under way: one a few steps along, one just planned (and shown).
                Fx.run(() -> intros.plan(intros.suggestions().get(2)));
                Fx.waitUntil("planned", () -> Fx.call(() -> intros.pipeline().size() == 1));
                for (int step = 0; step < 3; step++) {
                    Fx.run(() -> intros.advance(intros.pipeline().getFirst()));
                    Fx.waitUntil("saved", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0);
                }
                // Two with their outcome, so that the pipeline shows its longest status chips too.
                for (boolean worked : new boolean[] {true, false}) {
                    var finished = new java.util.concurrent.atomic.AtomicReference<app.rapport.journal.Introduction>();
                    Fx.run(() -> intros.plan(intros.suggestions().get(1), finished::set));
                    Fx.waitUntil("planned", () -> finished.get() != null);
                    for (int step = 0; step < 4; step++) {
                        Fx.run(() -> intros.advance(finished.get()));
                        Fx.waitUntil("saved", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0);
                    }
                    Fx.run(() -> intros.recordOutcome(finished.get(), worked, null));
                    Fx.waitUntil("saved", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0);
                }
                Fx.run(() -> intros.plan(intros.suggestions().getFirst()));
                Fx.waitUntil("planned", () -> Fx.call(() -> intros.pipeline().size() == 4));
            }
            Fx.waitUntil("settled", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0);
            Fx.run(() -> ((javafx.scene.control.TitledPane) window.stage().getScene()
                    .lookup(".suggestion-why")).setExpanded(true));
            snap(window.stage().getScene(), "introductions-" + theme);

            showScreen("settings.title");
            snap(window.stage().getScene(), "settings-" + theme);
        }
        // Something in the trash, then the trash in both themes.
        String encounter = journal.encounters(EncounterFilter.all().withContact(people.get("Lena Hoffmann").id()))
                .getFirst().id();
        journal.trashEncounter(encounter);
        journal.trashContact(people.get("Benjamin Carter").id());
        Fx.run(window::journalChanged);
        for (String theme : new String[] {"light", "dark"}) {
            Fx.run(() -> settings.themeProperty().set(theme.equals("dark")
                    ? UiSettings.ThemeChoice.DARK : UiSettings.ThemeChoice.LIGHT));
            showScreen("trash.title");
            snap(window.stage().getScene(), "trash-" + theme);
        }
        // German, to show the second language.
        Fx.run(() -> {
            settings.themeProperty().set(UiSettings.ThemeChoice.LIGHT);
            settings.languageProperty().set(UiSettings.LanguageChoice.GERMAN);
            window.showContact(people.get("Jürgen Müller").id());
        });
        Fx.waitUntil("Jürgen's detail is shown", () -> {
            var d = window.contactsScreen().model().detailProperty().get();
            return d != null && d.contact().name().equals("Jürgen Müller");
        });
        snap(window.stage().getScene(), "contacts-german-light");
        showScreen("introductions.title");
        Fx.waitUntil("settled", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0);
        Fx.run(() -> window.introductionsScreen().model().selectedProperty().set(
                window.introductionsScreen().model().pipeline().getLast()));
        snap(window.stage().getScene(), "introductions-german-light");

        // Merging two records of Anna: the review, side by side.
        Contact annaAgain = journal.saveContact(Contact.builder("Anna Schmidt-Weber").organization("Kreislauf")
                .city("Bonn").emails(java.util.List.of("anna.schmidt@posteo.example"))
                .interests(java.util.List.of("circular economy", "public funding")).howWeMet("Startup Weekend Bonn")
                .build());
        Fx.run(() -> settings.languageProperty().set(UiSettings.LanguageChoice.ENGLISH));
        app.rapport.ui.duplicates.MergeReviewDialog[] review = new app.rapport.ui.duplicates.MergeReviewDialog[1];
        Fx.run(() -> {
            review[0] = new app.rapport.ui.duplicates.MergeReviewDialog(window.stage(),
                    journal.contact(anna.id()).orElseThrow(), annaAgain);
            review[0].show();
        });
        Fx.sleep(300);
        snap(review[0].getDialogPane().getScene(), "merge-review-light");
        Fx.run(() -> review[0].close());
        Fx.run(() -> settings.languageProperty().set(UiSettings.LanguageChoice.GERMAN));

        // The import dialog: waiting for a file (German), and a preview with a likely duplicate.
        app.rapport.ui.importing.ImportDialog[] dialog = new app.rapport.ui.importing.ImportDialog[1];
        Fx.run(() -> {
            dialog[0] = new app.rapport.ui.importing.ImportDialog(window);
            dialog[0].show();
        });
        Fx.sleep(300);
        snap(dialog[0].scene(), "import-german-light");
        Fx.run(() -> {
            settings.languageProperty().set(UiSettings.LanguageChoice.ENGLISH);
            dialog[0].open(java.nio.file.Path.of("src/test/resources/app/rapport/interchange/csv/google-contacts.csv")
                    .toAbsolutePath());
        });
        Fx.waitUntil("the preview", () -> dialog[0].scene().lookup(".list-view") != null
                && app.rapport.ui.common.Tasks.runningProperty().get() == 0);
        Fx.sleep(300);
        snap(dialog[0].scene(), "import-preview-light");

        // Moving in from Monica: the preview of an account's JSON export, what comes over and what is left out.
        Path monica = Path.of("src/test/resources/app/rapport/interchange/monica/monica-account.json").toAbsolutePath();
        for (String language : new String[] {"english", "german"}) {
            Fx.run(() -> {
                settings.languageProperty().set(language.equals("german")
                        ? UiSettings.LanguageChoice.GERMAN : UiSettings.LanguageChoice.ENGLISH);
                dialog[0].open(monica);
            });
            Fx.waitUntil("the Monica preview", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0
                    && dialog[0].scene().getRoot().lookupAll(".label").stream().anyMatch(n ->
                    n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().contains("Monica")));
            snap(dialog[0].scene(), language.equals("german") ? "import-monica-german-light" : "import-monica-light");
        }
        Fx.run(() -> {
            settings.languageProperty().set(UiSettings.LanguageChoice.ENGLISH);
            dialog[0].close();
        });
    }

    /**
     * What the user teaches Introductions: a suggestion's why with "These are different" and "Treat
     * as the same", Settings' words and what Rapport learned (after three dismissals of pairs that
     * share only an interest), and a colleague the user set apart. Run on its own:
     * <pre>mvn -q -B test -Dtest=Screenshots#teaching -Dscreenshots=docs/screenshots</pre>
     */
    @Test
    void teaching() throws Exception {
        Contact anna = people.get("Anna Schmidt");
        journal.saveContact(Contact.builder("Jonas Richter").organization("Kreislauf GmbH").role("Developer").build());
        journal.saveWordPair(new app.rapport.journal.Teachings.WordPair("b2b sales contacts", "Vertrieb", true));
        journal.saveWordPair(new app.rapport.journal.Teachings.WordPair("Kaltakquise", "lead generation", true));
        var today = java.time.LocalDate.now();
        var top = app.rapport.suggest.IntroductionEngine.of(journal.snapshot()).top(40, 40, today, java.util.Locale.ENGLISH);
        int dismissed = 0;
        for (var s : top) {
            boolean interestOnly = s.why().stream().allMatch(r -> r.kind().isFactor()
                    || r.kind() == app.rapport.suggest.Reason.Kind.SHARED_INTEREST
                    || r.kind() == app.rapport.suggest.Reason.Kind.KNOWN_BOTH);
            if (interestOnly && dismissed < 3) {
                journal.saveIntroduction(app.rapport.journal.Introduction.dismissal(s.a().id(), s.b().id(),
                        java.time.Instant.now(), s.reason(), s.dismissal().fingerprint()));
                dismissed++;
            }
        }
        Fx.run(() -> window.journalChanged());

        showScreen("introductions.title");
        Fx.waitUntil("suggestions", () -> !window.introductionsScreen().model().suggestions().isEmpty());
        Fx.sleep(500);
        Fx.run(() -> {
            for (javafx.scene.Node card : window.stage().getScene().getRoot().lookupAll(".suggestion-card")) {
                if (card.lookup(".reason-different") != null || ((app.rapport.suggest.Suggestion) card.getUserData())
                        .why().stream().anyMatch(r -> r.tags().size() == 2 && !r.tags().get(0).equalsIgnoreCase(r.tags().get(1)))) {
                    ((javafx.scene.control.TitledPane) card.lookup(".suggestion-why")).setExpanded(true);
                    window.stage().getScene().getRoot().applyCss();
                    app.rapport.ui.common.Nodes.scrollIntoView(card);
                    break;
                }
            }
        });
        snap(window.stage().getScene(), "introductions-why-light");

        for (String language : new String[] {"", "-german"}) {
            if (!language.isEmpty()) {
                Fx.run(() -> settings.languageProperty().set(UiSettings.LanguageChoice.GERMAN));
            }
            showScreen("settings.title");
            Fx.sleep(800);
            Fx.run(() -> app.rapport.ui.common.Nodes.scrollIntoView(window.stage().getScene().lookup("#learned-reset")));
            snap(window.stage().getScene(), "settings-teaching" + language + "-light");
        }
        Fx.run(() -> settings.languageProperty().set(UiSettings.LanguageChoice.ENGLISH));
    }

    private void showScreen(String titleKey) {
        Fx.run(() -> {
            for (Screen s : window.screens()) {
                if (s.titleKey().equals(titleKey)) {
                    window.showScreen(s);
                }
            }
        });
    }

    private static Window editor() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getStyleClass().contains("contact-editor"))
                .findFirst().orElse(null);
    }

    /** The window with the popups over it (auto-completion), composed as the user sees them. */
    private void snapWithPopups(Window window, String name) throws IOException {
        Fx.sleep(300);
        var image = Fx.call(() -> {
            var base = window.getScene().snapshot(null);
            var canvas = new javafx.scene.canvas.Canvas(base.getWidth(), base.getHeight());
            var g = canvas.getGraphicsContext2D();
            g.drawImage(base, 0, 0);
            for (Window w : Window.getWindows()) {
                if (w instanceof javafx.stage.PopupWindow p && p.isShowing() && p.getOwnerWindow() == window) {
                    var popup = p.getScene().snapshot(null);
                    g.drawImage(popup, p.getX() - window.getX() - window.getScene().getX(),
                            p.getY() - window.getY() - window.getScene().getY());
                }
            }
            return canvas.snapshot(null, null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }

    private void snap(Scene scene, String name) throws IOException {
        Fx.sleep(250); // let background loads and layout settle
        var image = Fx.call(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }
}
