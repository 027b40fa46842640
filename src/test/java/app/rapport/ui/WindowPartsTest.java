package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertNull;

import app.rapport.ui.testing.ScreenTestExtension;
import java.lang.ref.WeakReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window's pieces that outlive nothing: a window that is gone is not kept by them. */
@ExtendWith(ScreenTestExtension.class)
class WindowPartsTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    /**
     * The count of work running is static: a busy sign it held strongly kept the sidebar, and with
     * it every window ever shown, its screens and its journal (the full suite ran out of heap).
     */
    @Test
    void aBusySignThatIsGoneIsNotKeptByTheCountOfWorkRunning(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        WeakReference<Node>[] gone = new WeakReference[1];
        robot.interact(() -> gone[0] = new WeakReference<>(new StackPane(WindowParts.busyIndicator())));
        for (int i = 0; i < 50 && gone[0].get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(gone[0].get(), "the sidebar's part is collected");
    }
}
