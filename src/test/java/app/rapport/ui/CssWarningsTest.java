package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.Screen;
import app.rapport.ui.common.UiSettings;
import app.rapport.ui.contacts.ContactEditorDialog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * Fails on any CSS warning while the main window shows its screens and dialogs in both themes:
 * ControlsFX controls that look up Modena colours AtlantaFX lacks would log exactly that.
 */
class CssWarningsTest extends WindowTest {

    /** Held strongly: java.util.logging forgets loggers nobody references, and their handlers with them. */
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Map<String, Contact> people;

    @Start
    void start(Stage stage) throws IOException {
        CSS_LOG.addHandler(handler);
        openWindow(stage);
    }

    @Override
    protected void prepare(SqliteJournal j) {
        people = SampleJournal.fill(j);
    }

    @AfterEach
    void removeHandler() {
        CSS_LOG.removeHandler(handler);
    }

    @Test
    void everyScreenAndDialogIsStyledWithoutWarningsInLightAndDark() {
        detectorCatchesAnUnknownColour();
        Contact anna = people.get("Anna Schmidt");
        for (UiSettings.ThemeChoice theme : List.of(UiSettings.ThemeChoice.LIGHT, UiSettings.ThemeChoice.DARK)) {
            Fx.run(() -> settings.themeProperty().set(theme));
            for (Screen s : Fx.call(window::screens)) {
                Fx.run(() -> window.showScreen(s));
                Fx.sleep(100);
            }
            Fx.run(() -> window.showContact(anna.id()));
            Fx.waitUntil("Anna's detail", () -> detail() != null && detail().id().equals(anna.id()));
            Fx.run(() -> window.notify("A message with an undo", () -> { }));
            Fx.sleep(150);

            Platform.runLater(() -> new ContactEditorDialog(window, anna).show());
            closeDialogOnceShown("contact-editor");
            // The tie dialog holds the ControlsFX Rating, the reason for the bridge stylesheet.
            settle();
            clickVisible("#action-add-tie"); // below the relationship section, scrolled into view
            Fx.waitUntil("the tie dialog", () -> lookup("#tie-strength").tryQuery().isPresent());
            Fx.sleep(150);
            type(javafx.scene.input.KeyCode.ESCAPE);
        }
        assertEquals(List.of(), List.copyOf(warnings), "CSS warnings");
    }

    private void detectorCatchesAnUnknownColour() {
        Fx.run(() -> {
            Label probe = new Label("probe");
            probe.setStyle("-fx-text-fill: -no-such-colour;");
            ((Pane) window.stage().getScene().getRoot()).getChildren().add(probe);
            probe.applyCss();
            ((Pane) window.stage().getScene().getRoot()).getChildren().remove(probe);
        });
        Fx.waitUntil("the probe's warning is logged", () -> !warnings.isEmpty());
        assertFalse(warnings.isEmpty());
        warnings.clear();
    }

    private void closeDialogOnceShown(String styleClass) {
        Fx.waitUntil(styleClass + " is shown", () -> dialog(styleClass) != null);
        Fx.sleep(150);
        Fx.run(() -> ((Stage) dialog(styleClass)).close());
    }

    private static Window dialog(String styleClass) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains(styleClass)).findFirst().orElse(null);
    }
}
