package app.rapport.ui;

import app.rapport.journal.ContactSummary;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import app.rapport.ui.common.UiSettings;
import app.rapport.ui.contacts.ContactDetail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The main window on a real SQLite journal in a fresh folder, in English and the light theme. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest extends FxRobot {

    protected Path dataDir;
    protected SqliteJournal journal;
    protected UiSettings settings;
    protected MainWindow window;

    /** Call from the subclass's {@code @Start} method (TestFX only looks for it on the test class itself). */
    protected void openWindow(Stage stage) throws IOException {
        dataDir = Files.createTempDirectory("rapport-ui-test");
        journal = TestJournals.open(dataDir);
        prepare(journal);
        settings = UiSettings.inMemory();
        settings.languageProperty().set(UiSettings.LanguageChoice.ENGLISH);
        settings.themeProperty().set(UiSettings.ThemeChoice.LIGHT);
        window = new MainWindow(stage, settings, dataDir, java.time.Clock.systemDefaultZone());
        window.show();
        window.journalOpened(journal);
    }

    /** Puts what the test needs into the journal before the window opens. */
    protected void prepare(SqliteJournal j) {
    }

    @AfterEach
    void closeJournal() throws IOException {
        Fx.run(() -> {
            I18n.setLocale(I18n.ENGLISH);
            window.stage().close();
        });
        journal.close();
        try (var files = Files.walk(dataDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    protected List<String> listedNames() {
        return Fx.call(() -> window.contactsScreen().model().contacts().stream().map(ContactSummary::name).toList());
    }

    /**
     * Waits until nothing runs in the background and the JavaFX thread has caught up, so that the
     * robot's lookups (which walk the scene graph from the test thread) see a settled screen.
     */
    protected void settle() {
        Fx.waitUntil("background work is done", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the contact and waits until its detail pane is filled and settled. */
    protected void showContact(String id) {
        Fx.run(() -> window.showContact(id));
        Fx.waitUntil("the contact's detail", () -> detail() != null && detail().id().equals(id));
        settle();
    }

    /** A node of the main window, looked up on the JavaFX thread. */
    @SuppressWarnings("unchecked")
    protected <T extends javafx.scene.Node> T node(String selector) {
        return Fx.call(() -> {
            javafx.scene.Node n = window.stage().getScene().lookup(selector);
            if (n == null) {
                throw new AssertionError("no " + selector + " in the main window");
            }
            return (T) n;
        });
    }

    protected ContactDetail detail() {
        return Fx.call(() -> window.contactsScreen().model().detailProperty().get());
    }

    /** Clicks a node once it is drawn (list cells appear a pulse after their items). */
    protected org.testfx.api.FxRobotInterface clickWhenShown(String query) {
        Fx.waitUntil(query + " is shown", () -> lookup(query).tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        return clickOn(query);
    }

    /**
     * Clicks a node after scrolling it into view (dialogs are taller than the headless screen allows).
     * The scene is laid out at once after the scroll: the click is aimed at where the node is now,
     * not where it was before the next pulse (on a loaded machine the pulse came after the aim, and
     * the click landed beside the node).
     */
    protected org.testfx.api.FxRobotInterface clickVisible(String query) {
        Fx.run(() -> {
            javafx.scene.Node node = lookup(query).query();
            app.rapport.ui.common.Nodes.scrollIntoView(node);
            if (node.getScene() != null) {
                node.getScene().getRoot().applyCss();
                node.getScene().getRoot().layout();
            }
        });
        return clickOn(query);
    }

    /**
     * Clicks into a text field or area and waits until it has the keyboard, so what is typed next
     * goes there. A user's click also brings its window to the front; the headless robot's does not,
     * so the window is asked for the focus first. If the click still left the focus elsewhere, it is
     * said where (for the report) and the click is tried once more.
     */
    protected org.testfx.api.FxRobotInterface clickIntoText(String query) {
        Fx.run(() -> {
            javafx.stage.Window w = lookup(query).query().getScene().getWindow();
            if (!w.isFocused()) {
                w.requestFocus();
            }
        });
        clickVisible(query);
        if (!Fx.within(5, () -> lookup(query).query().isFocused())) {
            System.err.println("The click into " + query + " left the focus elsewhere: " + Fx.call(() -> {
                javafx.scene.Node n = lookup(query).query();
                return "focus owner " + n.getScene().getFocusOwner() + ", window focused "
                        + n.getScene().getWindow().isFocused() + ", field on screen at "
                        + n.localToScreen(n.getBoundsInLocal()) + ", windows " + javafx.stage.Window.getWindows();
            }));
            clickVisible(query);
        }
        Fx.waitUntil(query + " has the keyboard focus", () -> lookup(query).query().isFocused());
        return this;
    }

    protected void showScreen(String titleKey) {
        Fx.run(() -> {
            for (Screen s : window.screens()) {
                if (s.titleKey().equals(titleKey)) {
                    window.showScreen(s);
                    return;
                }
            }
            throw new AssertionError("no screen " + titleKey);
        });
        settle();
    }
}
