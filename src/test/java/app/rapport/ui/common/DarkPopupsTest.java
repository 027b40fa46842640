package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.ui.Fx;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pop-up menus of the dark theme have no white frame. Where windows cannot be transparent (Linux
 * without a compositor, as on a bare X server, and the headless platform), a pop-up's window is
 * opaque, and its rounded corners and shadow, meant to be see-through, were drawn white around every
 * context menu and list of choices.
 */
@ExtendWith(ApplicationExtension.class)
class DarkPopupsTest extends FxRobot {

    Stage stage;
    Label label;
    ComboBox<String> combo;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Themes.apply(true);
        label = new Label("Anna Weber");
        combo = new ComboBox<>();
        combo.getItems().addAll("English", "Deutsch", "System");
        Scene scene = new Scene(new VBox(20, label, combo), 400, 300);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        Fx.run(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
            Themes.apply(false);
        });
    }

    @Test
    void aContextMenuHasNoWhiteFrame() {
        ContextMenu menu = Fx.call(() -> new ContextMenu(new MenuItem("Edit"), new MenuItem("Delete")));
        Fx.run(() -> menu.show(label, Side.BOTTOM, 0, 0));
        assertDarkFrame(menu);
    }

    @Test
    void aListOfChoicesHasNoWhiteFrame() {
        Fx.run(combo::show);
        assertDarkFrame(showingPopup());
    }

    @Test
    void aListOfChoicesInADialogHasNoWhiteFrame() {
        ComboBox<String> kind = Fx.call(() -> {
            Dialog<Void> dialog = new Dialog<>();
            dialog.initOwner(stage);
            ComboBox<String> c = new ComboBox<>();
            c.getItems().addAll("Meeting", "Call", "Message");
            dialog.getDialogPane().setContent(c);
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            Themes.style(dialog.getDialogPane());
            dialog.show();
            return c;
        });
        Fx.run(kind::show);
        assertDarkFrame(showingPopup());
    }

    private PopupWindow showingPopup() {
        Fx.waitUntil("a pop-up is shown", () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof PopupWindow && w.isShowing()));
        return Fx.call(() -> (PopupWindow) Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing()).findFirst().orElseThrow());
    }

    /** The pop-up's window as drawn: its corners (outside the rounded menu, in its shadow) are dark. */
    private static void assertDarkFrame(PopupWindow popup) {
        Fx.waitUntil("the pop-up is shown", popup::isShowing);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Image image = Fx.call(() -> popup.getScene().snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        for (int[] p : new int[][] {{0, 0}, {w - 1, 0}, {0, h - 1}, {w - 1, h - 1}, {w / 2, 0}, {1, h / 2}}) {
            Color c = image.getPixelReader().getColor(p[0], p[1]);
            assertTrue(c.getBrightness() < 0.3, "the pop-up's frame at " + p[0] + "," + p[1] + " is " + c
                    + " in the dark theme");
        }
    }
}
