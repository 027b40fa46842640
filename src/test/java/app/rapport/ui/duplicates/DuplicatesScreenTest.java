package app.rapport.ui.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.testing.TestAppContext;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import app.rapport.ui.testing.ScreenTestExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Possible duplicates: a pair is reviewed side by side and merged as chosen, undone from the
 * notice; or marked as two people, which the journal remembers.
 */
@ExtendWith(ScreenTestExtension.class)
class DuplicatesScreenTest {

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    TestAppContext app;
    DuplicatesScreen screen;

    @Start
    void start(Stage stage) {
        journal = TestJournals.open(dataDir);
        Contact a = journal.saveContact(Contact.builder("Jürgen Müller").organization("Stadtwerke Köln").build());
        Contact b = journal.saveContact(Contact.builder("Juergen Mueller").emails(List.of("jm@example.org")).build());
        journal.saveContact(Contact.builder("Clara Klein").build());
        journal.saveEncounter(new Encounter(null, OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                EncounterKind.CALL, "Call", null, null, List.of(b.id()), null, null, List.of()));
        app = new TestAppContext(journal, stage);
        screen = new DuplicatesScreen(app);
        stage.setScene(new Scene((Parent) screen.view(), 800, 600));
        stage.show();
        screen.onShow();
    }


    @Test
    void mergeThenUndo(FxRobot robot) {
        waitUntil(() -> screen.list.getItems().size() == 1);
        assertTrue(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(c -> "Jürgen Müller (Stadtwerke Köln) and Juergen Mueller: very similar name".equals(c.getText())));
        var before = journal.snapshot();

        robot.clickOn("Jürgen Müller (Stadtwerke Köln) and Juergen Mueller: very similar name");
        robot.clickOn(screen.merge);
        // Nothing is merged until the review says so; the names differ, so there is a choice.
        waitUntil(() -> robot.lookup("#merge-name-removed").tryQuery().isPresent());
        assertEquals(3, journal.stats().contacts());
        assertTrue(robot.lookup("#merge-name-kept").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        assertTrue(robot.lookup("#merge-emails .check-box").queryAs(javafx.scene.control.CheckBox.class).isSelected(),
                "every value of a list is kept unless unticked");
        robot.clickOn("#merge-name-removed");
        robot.clickOn("#merge-review-merge");
        waitUntil(() -> !app.notices.isEmpty() && screen.list.getItems().isEmpty());
        assertEquals(2, journal.stats().contacts());
        Contact merged = journal.snapshot().contacts().stream().filter(c -> c.name().equals("Juergen Mueller"))
                .findFirst().orElseThrow();
        assertEquals("Stadtwerke Köln", merged.organization(), "what only one of them knew stays");
        assertEquals(List.of("jm@example.org"), merged.emails());
        assertEquals(1, journal.encounters(EncounterFilter.all().withContact(merged.id())).size());

        robot.interact(() -> app.notices.getFirst().undo().run());
        waitUntil(() -> screen.list.getItems().size() == 1);
        assertEquals(3, journal.stats().contacts());
        assertEquals(before.encounters(), journal.snapshot().encounters());
    }

    @Test
    void notTheSamePersonIsNotOfferedAgain(FxRobot robot) {
        waitUntil(() -> screen.list.getItems().size() == 1);
        robot.clickOn("Jürgen Müller (Stadtwerke Köln) and Juergen Mueller: very similar name");
        robot.clickOn("#duplicates-not-same");
        waitUntil(() -> !app.notices.isEmpty() && screen.list.getItems().isEmpty());
        assertEquals("Jürgen Müller and Juergen Mueller are kept apart and not offered as duplicates again.",
                app.notices.getFirst().text());
        assertEquals(3, journal.stats().contacts(), "nothing merged");

        // The journal remembers it: a screen opened afresh does not offer the pair either.
        var fresh = new DuplicatesViewModel(journal);
        robot.interact(fresh::refresh);
        waitUntil(() -> !fresh.searchingProperty().get());
        assertEquals(List.of(), fresh.pairs());

        robot.interact(() -> app.notices.getFirst().undo().run());
        waitUntil(() -> screen.list.getItems().size() == 1);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
