package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.interchange.demo.DemoJournal;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.Event;
import app.rapport.ui.contacts.ContactEditorDialog;
import app.rapport.ui.events.EventBriefWindow;
import app.rapport.ui.events.EventEditorDialog;
import app.rapport.ui.events.PostEventCaptureDialog;
import app.rapport.ui.importing.ExportDialog;
import app.rapport.ui.importing.ImportDialog;
import app.rapport.ui.journal.QuickCaptureDialog;
import java.time.Clock;
import javafx.scene.control.Button;
import javafx.stage.Window;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.Screen;
import app.rapport.ui.common.UiSettings;
import app.rapport.ui.testing.LayoutCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * Every screen at the smallest size we support (1024x700), in English and German, on the sample
 * journal a new user explores: no label, button or tab is cut with an ellipsis, and nothing
 * scrolls sideways.
 */
class LayoutTest extends WindowTest {

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        Fx.run(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
    }

    @Override
    protected void prepare(SqliteJournal j) {
        j.importSnapshot(DemoJournal.generate(MainWindow.SAMPLE_CONTACTS, 7, LocalDate.now()));
    }

    @Test
    void english() {
        assertEquals(List.of(), problemsOfEveryScreen(true));
    }

    /** German words are longer: what they cut shows at the smaller sizes, so the largest is left to English. */
    @Test
    void german() {
        Fx.run(() -> settings.languageProperty().set(UiSettings.LanguageChoice.GERMAN));
        assertEquals(List.of(), problemsOfEveryScreen(false));
    }

    /**
     * At the smallest size we support, the size the window first opens with and (if asked) a
     * common laptop's; then every dialog.
     */
    private List<String> problemsOfEveryScreen(boolean laptopToo) {
        List<String> found = new ArrayList<>(problemsOfEveryScreen(1024, 700));
        found.addAll(problemsOfEveryScreen(MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT));
        if (laptopToo) {
            found.addAll(problemsOfEveryScreen(1440, 900));
        }
        found.addAll(problemsOfEveryDialog());
        return found;
    }

    private List<String> problemsOfEveryDialog() {
        Set<String> found = new LinkedHashSet<>();
        List<ContactSummary> people = journal.contacts(ContactFilter.all());
        Contact someone = journal.contact(people.get(3).id()).orElseThrow();
        Event event = journal.events().stream().filter(e -> !e.sessions().isEmpty()).findFirst().orElseThrow();
        Clock clock = Clock.systemDefaultZone();

        dialog("contact editor", () -> new ContactEditorDialog(window, someone).show(), found);
        dialog("new contact", () -> new ContactEditorDialog(window, null).show(), found);
        dialog("quick capture", () -> QuickCaptureDialog.show(window,
                List.of(people.get(1).id(), people.get(2).id(), people.get(5).id())), found);
        dialog("event editor", () -> EventEditorDialog.edit(window, clock, event, saved -> { }), found);
        dialog("new event", () -> EventEditorDialog.create(window, clock, saved -> { }), found);
        dialog("capture after an event", () -> PostEventCaptureDialog.show(window, clock, event), found);
        dialog("event brief", () -> EventBriefWindow.show(window, clock, event.id()), found);
        Contact other = journal.contact(people.get(4).id()).orElseThrow();
        dialog("merge review", () -> new app.rapport.ui.duplicates.MergeReviewDialog(window.stage(), someone, other)
                .show(), found);
        dialog("import", () -> new ImportDialog(window).show(), found);
        dialog("export", () -> new ExportDialog(window, List.of(), false).show(), found);
        showContact(someone.id());
        dialog("tie", () -> ((Button) window.stage().getScene().lookup("#action-add-tie")).fire(), found);
        dialog("give and take", () -> ((Button) window.stage().getScene().lookup("#give-and-take-add")).fire(), found);
        return new ArrayList<>(found);
    }

    /** Opens a dialog (later: it may wait for its answer), checks every window it opened, and closes them. */
    private void dialog(String what, Runnable open, Set<String> found) {
        Set<Window> before = new java.util.HashSet<>(Fx.call(Window::getWindows));
        javafx.application.Platform.runLater(open);
        Fx.waitUntil(what + " opens", () -> Window.getWindows().stream()
                .anyMatch(w -> !before.contains(w) && w instanceof Stage && w.isShowing()));
        settle();
        Fx.sleep(200);
        settle();
        List<Window> opened = Fx.call(() -> Window.getWindows().stream()
                .filter(w -> !before.contains(w) && w instanceof Stage).toList());
        for (Window w : opened) {
            snapshot(w.getScene(), "dialog " + what);
            for (String p : Fx.call(() -> LayoutCheck.problems(w.getScene()))) {
                found.add(what + ": " + p);
            }
        }
        Fx.run(() -> opened.forEach(w -> ((Stage) w).close()));
        settle();
    }

    private List<String> problemsOfEveryScreen(double width, double height) {
        Fx.run(() -> {
            window.stage().setWidth(width);
            window.stage().setHeight(height);
        });
        settle();
        Set<String> found = new LinkedHashSet<>();
        for (Screen s : Fx.call(window::screens)) {
            Fx.run(() -> window.showScreen(s));
            settle();
            selectFirstRows(s);
            check((int) width + " " + s.titleKey(), found);
            for (TabPane tabs : Fx.call(() -> all(window.stage().getScene().getRoot(), TabPane.class))) {
                for (Tab tab : Fx.call(tabs::getTabs)) {
                    Fx.run(() -> tabs.getSelectionModel().select(tab));
                    settle();
                    selectFirstRows(s);
                    check((int) width + " " + s.titleKey() + " / " + Fx.call(tab::getText), found);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private void check(String where, Set<String> found) {
        Fx.sleep(100);
        settle();
        snapshot(window.stage().getScene(), where);
        for (String p : Fx.call(() -> LayoutCheck.problems(window.stage().getScene()))) {
            found.add(where + ": " + p);
        }
    }

    private void selectFirstRows(Screen s) {
        Fx.run(() -> {
            for (ListView<?> list : all(window.stage().getScene().getRoot(), ListView.class)) {
                if (list.isVisible() && !list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
            }
        });
        settle();
    }

    /** With -Dlayout.snapshots=DIR, a PNG of each state checked, to look at. */
    static void snapshot(Scene scene, String where) {
        String dir = System.getProperty("layout.snapshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            java.nio.file.Path out = java.nio.file.Path.of(dir);
            java.nio.file.Files.createDirectories(out);
            var image = Fx.call(() -> scene.snapshot(null));
            String name = app.rapport.ui.common.I18n.locale().getLanguage() + "-"
                    + where.replaceAll("[^A-Za-z0-9]+", "_") + ".png";
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    out.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static <T> List<T> all(Node root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T> void collect(Node n, Class<T> type, List<T> out) {
        if (!n.isVisible()) {
            return;
        }
        if (type.isInstance(n)) {
            out.add(type.cast(n));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, type, out);
            }
        }
    }

    @SuppressWarnings("unused")
    private static Scene sceneOf(Node n) {
        return n.getScene();
    }
}
