package app.rapport.ui.journal;

import static app.rapport.ui.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.store.SqliteJournal;
import app.rapport.ui.testing.ScreenGuard;
import app.rapport.ui.testing.TestAppContext;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Quick capture grows with its follow-ups: Save and Cancel stay on the dialog. */
@ExtendWith(ApplicationExtension.class)
class QuickCaptureGrowsTest {

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    Stage stage;
    final ScreenGuard guard = new ScreenGuard();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        guard.start();
        journal = SqliteJournal.open(dataDir);
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        guard.finish(robot, stage, journal);
    }

    @Test
    void withFourFollowUpsSaveIsStillOnTheDialog(FxRobot robot) {
        TestAppContext ctx = new TestAppContext(journal, stage);
        QuickCaptureDialog[] dialog = new QuickCaptureDialog[1];
        robot.interact(() -> dialog[0] = QuickCaptureDialog.show(ctx, List.of()));
        waitUntil("open", () -> robot.lookup("#capture-add-followup").tryQuery().isPresent());
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#capture-add-followup");
        }
        robot.sleep(300);
        Node save = robot.lookup("#capture-save").query();
        Node cancel = robot.lookup("#capture-cancel").query();
        for (Node button : List.of(save, cancel)) {
            Bounds b = button.localToScene(button.getBoundsInLocal());
            double height = button.getScene().getHeight();
            assertTrue(b.getMaxY() <= height + 0.5, button.getId() + " ends at " + b.getMaxY() + " of " + height);
        }
        robot.interact(() -> dialog[0].close());
    }
}
