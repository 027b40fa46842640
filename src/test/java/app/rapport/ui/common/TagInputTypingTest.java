package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.ui.Fx;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Tags typed as fast as a paste or a quick typist gives them (20 ms a key) become exactly the chips
 * typed: none split in two, none doubled, no letter lost or carried into the next chip.
 */
@ExtendWith(ApplicationExtension.class)
class TagInputTypingTest extends FxRobot {

    private static final int FAST = 20;

    TagInput input;
    TextField elsewhere;

    @Start
    void start(Stage stage) {
        // Tags the journal already has, so that suggestions pop up while typing, as in the editor.
        input = new TagInput("interests", () -> List.of("rust", "running", "design systems", "data science"));
        input.field().setId("tags-field");
        elsewhere = new TextField();
        stage.setScene(new Scene(new VBox(8, input, elsewhere), 500, 200));
        stage.show();
    }

    @Test
    void keysArrivingFasterThanTheWindowHandlesThemBecomeTheTypedChips() {
        clickOn("#tags-field");
        typeLikeTheSystem("rust,design systems,kotlin,go,data,machine learning,ux,");
        settle();
        assertEquals(List.of("rust", "design systems", "kotlin", "go", "data", "machine learning", "ux"), chips());
        assertEquals("", Fx.call(() -> input.field().getText()));
        // What is typed after the last comma is whole when the field is left.
        typeLikeTheSystem("research,public speaking");
        Fx.run(() -> elsewhere.requestFocus());
        settle();
        assertEquals(List.of("rust", "design systems", "kotlin", "go", "data", "machine learning", "ux", "research",
                "public speaking"), chips());
    }

    /**
     * Keys as the operating system delivers them at 20 ms a key: whatever arrived while the window
     * was busy (drawing, showing suggestions) is handled in one go, before anything the window put
     * off with {@code Platform.runLater}; here three keys at a time, 60 ms apart. The robot's own
     * typing waits for every key to be handled, which no keyboard does.
     */
    private void typeLikeTheSystem(String text) {
        int burst = 3;
        for (int i = 0; i < text.length(); i += burst) {
            String keys = text.substring(i, Math.min(text.length(), i + burst));
            javafx.application.Platform.runLater(() -> {
                for (char c : keys.toCharArray()) {
                    javafx.scene.Node target = input.getScene().getFocusOwner();
                    if (target != null) {
                        typeKey(target, c);
                    }
                }
            });
            Fx.sleep(burst * FAST);
        }
    }

    private static void typeKey(javafx.scene.Node target, char c) {
        String ch = String.valueOf(c);
        KeyCode code = c == ',' ? KeyCode.COMMA : c == ' ' ? KeyCode.SPACE
                : KeyCode.getKeyCode(ch.toUpperCase(java.util.Locale.ROOT));
        javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false));
        javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    private List<String> chips() {
        return Fx.call(() -> List.copyOf(input.getTags()));
    }

    private void settle() {
        Fx.sleep(200);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
