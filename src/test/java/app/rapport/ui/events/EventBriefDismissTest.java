package app.rapport.ui.events;

import static app.rapport.ui.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.store.SqliteJournal;
import app.rapport.suggest.Dismissal;
import app.rapport.ui.testing.ScreenTestExtension;
import app.rapport.ui.testing.TestAppContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The brief's introductions can be dismissed as on the Introductions screen, with Undo; the print-out has no buttons. */
@ExtendWith(ScreenTestExtension.class)
class EventBriefDismissTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, BERLIN).toInstant(), BERLIN);
    static final OffsetDateTime START = ZonedDateTime.of(2026, 12, 3, 18, 30, 0, 0, BERLIN).toOffsetDateTime();

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    TestAppContext ctx;
    Stage stage;
    Event meetup;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        journal = SqliteJournal.open(dataDir, CLOCK);
        Contact anna = journal.saveContact(Contact.builder("Anna Schmidt").seeks(List.of("seed funding")).build());
        Contact ben = journal.saveContact(Contact.builder("Ben Müller").offers(List.of("seed funding")).build());
        Contact dana = journal.saveContact(Contact.builder("Dana Wolf").seeks(List.of("web design")).build());
        Contact emil = journal.saveContact(Contact.builder("Emil Berg").offers(List.of("web design")).build());
        List<String> all = List.of(anna.id(), ben.id(), dana.id(), emil.id());
        for (String id : all) { // each met alone: people met together know each other
            journal.saveEncounter(new Encounter(null, START.minusDays(10), EncounterKind.MEAL, "Lunch", null, null,
                    List.of(id), null, 5, List.of()));
        }
        meetup = journal.saveEvent(new Event(null, "Meetup", null, START, null, "Köln", null, all, List.of(), null));
        ctx = new TestAppContext(journal, stage);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }


    static List<String> pairs(FxRobot robot) {
        return robot.lookup("#brief-introductions .brief-name").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aDismissedPairLeavesTheBriefAndUndoPutsItBack(FxRobot robot) throws Exception {
        EventBriefWindow[] brief = new EventBriefWindow[1];
        robot.interact(() -> brief[0] = EventBriefWindow.show(ctx, CLOCK, meetup.id()));
        waitUntil("both pairs are named", () -> pairs(robot).size() == 2);
        List<String> before = pairs(robot);
        app.rapport.ui.testing.FxTesting.snapshot(robot, brief[0].stage().getScene(), "event-brief-introductions");
        String first = before.getFirst();
        Node dismiss = robot.lookup("#brief-introductions .brief-dismiss").queryAll().iterator().next();
        assertEquals("Dismiss: not suggested again until one of the two changes",
                ((Button) dismiss).getTooltip().getText());

        robot.clickOn(dismiss);

        waitUntil("the pair left the brief", () -> pairs(robot).equals(before.subList(1, 2)));
        waitUntil("the dismissal is stored", () -> journal.introductions().size() == 1);
        Introduction dismissal = journal.introductions().getFirst();
        assertEquals(IntroductionStatus.DISMISSED, dismissal.status());
        Contact a = journal.contact(dismissal.a()).orElseThrow();
        Contact b = journal.contact(dismissal.b()).orElseThrow();
        assertEquals(first, a.name() + " ↔ " + b.name());
        assertEquals(Dismissal.of(a, b).fingerprint(), dismissal.dismissalFingerprint());
        // What is printed is what is shown: the dismissed pair is left out, and no buttons.
        Node printed = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> EventBriefWindow.page(brief[0].brief()))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(before.subList(1, 2), printed.lookupAll("#brief-introductions .brief-name").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertTrue(printed.lookupAll(".brief-dismiss").isEmpty(), "nothing to click on paper");

        // The notice and its Undo are in the brief, where the user clicked, not in the main window behind it.
        assertEquals("Dismissed " + a.name() + " and " + b.name() + ".", brief[0].notificationText());
        assertTrue(ctx.notices.isEmpty(), "nothing in the main window: " + ctx.notices);
        Node undo = robot.from(brief[0].stage().getScene().getRoot()).lookup("#notification-undo").query();
        assertNotNull(undo);
        robot.clickOn(undo);
        waitUntil("the dismissal is undone", () -> journal.introductions().isEmpty());
        waitUntil("the pair is back where it was", () -> pairs(robot).equals(before));
    }

    @Test
    void aPairCanBePlannedFromTheBriefWithItsDraftsAndUndone(FxRobot robot) {
        EventBriefWindow[] brief = new EventBriefWindow[1];
        robot.interact(() -> brief[0] = EventBriefWindow.show(ctx, CLOCK, meetup.id()));
        waitUntil("both pairs are named", () -> pairs(robot).size() == 2);
        List<String> before = pairs(robot);
        Node plan = robot.lookup("#brief-introductions .brief-plan").queryAll().iterator().next();
        assertEquals("Plan introduction", ((Button) plan).getTooltip().getText());
        // A small window, scrolled down to the introductions at the end of the brief.
        robot.interact(() -> brief[0].stage().setHeight(380));
        robot.interact(() -> brief[0].scroll().setVvalue(1));

        robot.clickOn(plan);

        waitUntil("the pair left the brief", () -> pairs(robot).equals(before.subList(1, 2)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double[] vvalue = new double[1];
        robot.interact(() -> vvalue[0] = brief[0].scroll().getVvalue());
        assertTrue(vvalue[0] > 0.5, "the brief stays down at the introductions: " + vvalue[0]);
        waitUntil("the introduction is planned", () -> journal.introductions().size() == 1);
        Introduction planned = journal.introductions().getFirst();
        assertEquals(IntroductionStatus.PLANNED, planned.status());
        assertTrue(planned.drafts() != null, "with its double opt-in drafts, as planned on Today");
        Contact a = journal.contact(planned.a()).orElseThrow();
        Contact b = journal.contact(planned.b()).orElseThrow();
        assertEquals(before.getFirst(), a.name() + " ↔ " + b.name());
        assertEquals("Planned the introduction of " + a.name() + " and " + b.name() + ".", brief[0].notificationText());

        robot.clickOn(robot.from(brief[0].stage().getScene().getRoot()).lookup("#notification-undo").queryButton());
        waitUntil("the plan is undone", () -> journal.introductions().isEmpty());
        waitUntil("the pair is back where it was", () -> pairs(robot).equals(before));
    }
}
