package app.rapport.ui.today;

import static app.rapport.ui.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.store.SqliteJournal;
import app.rapport.suggest.Dismissal;
import app.rapport.ui.testing.ScreenTestExtension;
import app.rapport.ui.testing.TestAppContext;
import atlantafx.base.controls.Tile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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

/** Today's best introductions: dismissing one makes room for the next, and Undo brings it back. */
@ExtendWith(ScreenTestExtension.class)
class TodayIntroductionsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 10, 9, 0, 0, 0, BERLIN);
    static final Clock CLOCK = Clock.fixed(NOW.toInstant(), BERLIN);

    @TempDir
    Path dataDir;

    SqliteJournal journal;
    TestAppContext ctx;
    Stage stage;
    TodayScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        journal = SqliteJournal.open(dataDir, CLOCK);
        // Four pairs, each one offering what the other seeks: more than the three Today shows.
        List<String> everybody = new java.util.ArrayList<>();
        String[][] pairs = {
                {"Anna Schmidt", "Ben Müller", "seed funding"},
                {"Carla Jung", "Dieter Roth", "web design"},
                {"Eva Neumann", "Frank Weber", "tax advice"},
                {"Gina Braun", "Hans Vogel", "a bookkeeper"}};
        for (String[] p : pairs) {
            everybody.add(journal.saveContact(Contact.builder(p[0]).seeks(List.of(p[2])).build()).id());
            everybody.add(journal.saveContact(Contact.builder(p[1]).offers(List.of(p[2])).build()).id());
        }
        for (String id : everybody) { // each met alone: people met together know each other
            journal.saveEncounter(new Encounter(null, NOW.minusDays(5).toOffsetDateTime(), EncounterKind.MEAL, "Dinner",
                    null, null, List.of(id), null, 5, List.of()));
        }
        ctx = new TestAppContext(journal, stage);
        screen = new TodayScreen(ctx, CLOCK);
        stage.setScene(new Scene((Parent) screen.view(), 1000, 800));
        stage.show();
    }


    List<String> shown(FxRobot robot) {
        return robot.lookup("#today-introductions .introduction-suggestion").queryAllAs(Tile.class).stream()
                .map(Tile::getTitle).toList();
    }

    @Test
    void dismissingASuggestionShowsTheNextAndUndoBringsItBack(FxRobot robot) {
        waitUntil("Today lists three suggestions", () -> shown(robot).size() == 3);
        List<String> first = shown(robot);
        String dismissed = first.getFirst();
        Tile tile = robot.lookup("#today-introductions .introduction-suggestion").queryAllAs(Tile.class).stream()
                .filter(t -> t.getTitle().equals(dismissed)).findFirst().orElseThrow();
        Node dismiss = tile.lookup(".today-action-dismiss");
        assertNotNull(dismiss, "each suggestion can be dismissed");
        assertEquals("Dismiss: not suggested again until one of the two changes", dismiss.getAccessibleText());
        robot.moveTo(dismiss); // the tooltip is made when the pointer comes over the button
        assertEquals("Dismiss: not suggested again until one of the two changes",
                ((Button) dismiss).getTooltip().getText());

        robot.clickOn(dismiss);

        // The card fills up again with the suggestion that was fourth.
        waitUntil("the next suggestion takes its place", () -> shown(robot).size() == 3
                && !shown(robot).contains(dismissed));
        assertEquals(first.subList(1, 3), shown(robot).subList(0, 2), "the others stay in their order");
        // Stored as on the Introductions screen: dismissed, with what the two are about now.
        List<Introduction> stored = journal.introductions();
        assertEquals(1, stored.size());
        Introduction dismissal = stored.getFirst();
        assertEquals(IntroductionStatus.DISMISSED, dismissal.status());
        Contact a = journal.contact(dismissal.a()).orElseThrow();
        Contact b = journal.contact(dismissal.b()).orElseThrow();
        assertEquals(dismissed, a.name() + " ↔ " + b.name());
        assertEquals(Dismissal.of(a, b).fingerprint(), dismissal.dismissalFingerprint());

        TestAppContext.Notice notice = ctx.notices.getLast();
        assertEquals("Dismissed " + a.name() + " and " + b.name() + ".", notice.text());
        assertNotNull(notice.undo(), "the notification offers Undo");
        robot.interact(notice.undo());
        waitUntil("the dismissal is undone", () -> journal.introductions().isEmpty());
        waitUntil("the pair is back on the card", () -> shown(robot).equals(first));
        assertFalse(shown(robot).isEmpty());
        assertTrue(robot.lookup("#today-introductions .today-action-plan").tryQuery().isPresent(),
                "Plan is still there beside Dismiss");
    }
}
