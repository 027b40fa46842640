package app.rapport.ui.today;

import static app.rapport.ui.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.I18n;
import app.rapport.ui.testing.FxTesting;
import app.rapport.ui.testing.ScreenTestExtension;
import app.rapport.ui.testing.TestAppContext;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Today on a journal with nobody in it: the card says "Add the people you know" and offers the
 * ways to do so, importing an address book and adding a contact, besides the sample journal.
 */
@ExtendWith(ScreenTestExtension.class)
class TodayEmptyJournalTest {

    static final List<String> BUTTONS = List.of("#today-import-contacts", "#today-new-contact", "#today-explore-sample");

    @TempDir
    Path dataDir;

    SqliteJournal journal;
    TestAppContext ctx;
    Stage stage;
    TodayScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        journal = TestJournals.open(dataDir);
        ctx = new TestAppContext(journal, stage);
        screen = new TodayScreen(ctx);
        stage.setScene(new Scene((Parent) screen.view(), 1000, 700));
        stage.show();
    }


    void offered(FxRobot robot) {
        waitUntil("the empty journal's card is shown", () -> screen.model().loadedProperty().get()
                && robot.lookup("#today-empty-journal").query().isVisible());
    }

    @Test
    void importContactsOpensTheImportAsShortcutIDoes(FxRobot robot) {
        offered(robot);
        assertTrue(ctx.notices.isEmpty(), "no 'Nothing is due today' over the offer: " + ctx.notices);
        assertEquals("Import contacts…", robot.lookup("#today-import-contacts").queryButton().getText());
        String shortcut = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.I,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText();
        String tip = robot.lookup("#today-import-contacts").queryButton().getTooltip().getText();
        assertTrue(tip.endsWith("(" + shortcut + ")"), "the tooltip teaches the shortcut: " + tip);
        robot.clickOn("#today-import-contacts");
        assertEquals(1, ctx.importRequests.get());
        assertEquals(0, ctx.newContactRequests.get());
    }

    @Test
    void newContactOpensTheEditorAsShortcutNDoes(FxRobot robot) {
        offered(robot);
        assertEquals("New contact", robot.lookup("#today-new-contact").queryButton().getText());
        robot.clickOn("#today-new-contact");
        assertEquals(1, ctx.newContactRequests.get());
        assertEquals(0, ctx.importRequests.get());
    }

    @Test
    void theSampleJournalIsStillOffered(FxRobot robot) {
        offered(robot);
        assertEquals("Explore a sample journal", robot.lookup("#today-explore-sample").queryButton().getText());
    }

    @Test
    void theCardGoesOnceSomeoneIsInTheJournal(FxRobot robot) {
        offered(robot);
        journal.saveContact(Contact.builder("Anna Schmidt").build());
        robot.interact(ctx::journalChanged);
        waitUntil("the card is gone", () -> !robot.lookup("#today-empty-journal").query().isVisible());
    }

    @Test
    void everyButtonShowsItsWholeLabelInEnglishAndGermanAlsoInANarrowWindow(FxRobot robot) {
        offered(robot);
        assertWhole(robot);
        FxTesting.snapshot(robot, stage.getScene(), "today-empty-journal");
        robot.interact(() -> I18n.setLocale(I18n.GERMAN));
        try {
            assertEquals("Kontakte importieren …", robot.lookup("#today-import-contacts").queryButton().getText());
            assertEquals("Neuer Kontakt", robot.lookup("#today-new-contact").queryButton().getText());
            // About the content beside the sidebar in the window at its narrowest. The stage is
            // shared with other test classes, and the main window gives it a minimum width.
            robot.interact(() -> {
                stage.setMinWidth(0);
                stage.setWidth(560);
            });
            waitUntil("laid out narrow", () -> stage.getScene().getWidth() <= 560);
            // Wrapped texts follow a new width over a few pulses; look at the settled screen.
            for (int i = 0; i < 5; i++) {
                robot.sleep(100);
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            }
            assertWhole(robot);
            FxTesting.snapshot(robot, stage.getScene(), "today-empty-journal-german-narrow");
        } finally {
            robot.interact(() -> I18n.setLocale(I18n.ENGLISH));
        }
    }

    /** No label cut off with "…" and no button past the card's right edge. */
    private void assertWhole(FxRobot robot) {
        Node card = robot.lookup("#today-empty-journal").query();
        Bounds cardBounds = card.localToScene(card.getBoundsInLocal());
        assertTrue(cardBounds.getMaxX() <= stage.getScene().getWidth(), "the card fits the window: " + cardBounds);
        for (String id : BUTTONS) {
            Button b = robot.lookup(id).queryButton();
            Node text = b.lookup(".text");
            String shown = text instanceof javafx.scene.text.Text t ? t.getText() : null;
            assertEquals(b.getText(), shown, id + " shows its whole label");
            Bounds bounds = b.localToScene(b.getBoundsInLocal());
            assertTrue(bounds.getMaxX() <= cardBounds.getMaxX(), id + " lies inside the card: " + bounds + " " + cardBounds);
        }
    }
}
