package app.rapport.ui.journal;

import static app.rapport.ui.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.testing.ScreenTestExtension;
import app.rapport.ui.testing.TestAppContext;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Quick capture grows with its follow-ups: Save and Cancel stay on the dialog. */
@ExtendWith(ScreenTestExtension.class)
class QuickCaptureGrowsTest {

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        journal = TestJournals.open(dataDir);
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }


    @Test
    void withParticipantsAddedSaveIsStillOnTheDialogAndSuggestionsDoNotScrollSideways(FxRobot robot) {
        journal.saveContact(Contact.builder("Anna Schmidt").organization("Kreislauf GmbH für zirkuläre Büroeinrichtung")
                .city("Köln-Ehrenfeld").build());
        journal.saveContact(Contact.builder("Ben Weber").organization("Stadtwerke Bonn").build());
        journal.saveContact(Contact.builder("Carla Jung").build());
        List<ContactSummary> people = journal.contacts(ContactFilter.all());
        TestAppContext ctx = new TestAppContext(journal, stage);
        QuickCaptureDialog[] dialog = new QuickCaptureDialog[1];
        robot.interact(() -> dialog[0] = QuickCaptureDialog.show(ctx, List.of()));
        waitUntil("open", () -> robot.lookup("#capture-participants").tryQuery().isPresent());
        robot.sleep(300);

        robot.clickOn("#capture-participants").write("Ann");
        waitUntil("suggestions", () -> robot.lookup(".contact-completion").tryQuery()
                .map(n -> ((javafx.scene.control.ListView<?>) n).getItems().size() >= 1).orElse(false));
        robot.sleep(300);
        Node suggestions = robot.lookup(".contact-completion").query();
        List<String> problems = new java.util.ArrayList<>();
        robot.interact(() -> problems.addAll(app.rapport.ui.testing.LayoutCheck.problems(suggestions.getScene())));
        assertEquals(List.of(), problems, "the name whole, and no sideways scroll bar");
        robot.interact(() -> robot.lookup("#capture-participants").queryAs(javafx.scene.control.TextField.class).clear());

        robot.interact(() -> {
            dialog[0].viewModel().addParticipant(people.get(1));
            dialog[0].viewModel().addParticipant(people.get(2));
        });
        robot.sleep(300);
        saveAndCancelInside(robot);
        robot.interact(() -> dialog[0].close());
    }

    private static void saveAndCancelInside(FxRobot robot) {
        Node save = robot.lookup("#capture-save").query();
        Node cancel = robot.lookup("#capture-cancel").query();
        for (Node button : List.of(save, cancel)) {
            Bounds b = button.localToScene(button.getBoundsInLocal());
            double height = button.getScene().getHeight();
            assertTrue(b.getMaxY() <= height + 0.5, button.getId() + " ends at " + b.getMaxY() + " of " + height);
        }
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
