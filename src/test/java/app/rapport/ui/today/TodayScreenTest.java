package app.rapport.ui.today;

import static app.rapport.ui.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.FollowUp;
import app.rapport.journal.TagCadence;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.I18n;
import app.rapport.ui.journal.QuickCaptureDialog;
import atlantafx.base.controls.Tile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import app.rapport.ui.testing.ScreenTestExtension;
import app.rapport.ui.testing.TestAppContext;
import app.rapport.ui.testing.FxTesting;

/** The Today screen driven as a user would, on a real SQLite journal, on a fixed day. */
@ExtendWith(ScreenTestExtension.class)
class TodayScreenTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 10, 9, 0, 0, 0, BERLIN);
    static final Clock CLOCK = Clock.fixed(NOW.toInstant(), BERLIN);

    @TempDir
    Path dataDir;

    SqliteJournal journal;
    TestAppContext ctx;
    Stage stage;
    TodayScreen screen;
    Contact anna;
    Contact ben;
    Contact carla;
    Contact dieter;
    Encounter coffee;

    static OffsetDateTime at(int month, int day) {
        return ZonedDateTime.of(2026, month, day, 12, 30, 0, 0, BERLIN).toOffsetDateTime();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        journal = SqliteJournal.open(dataDir, CLOCK);
        journal.saveTagCadence(new TagCadence("Kunde", 60));
        anna = journal.saveContact(Contact.builder("Anna Müller").organization("Kreislauf GmbH").keepInTouchDays(30).build());
        ben = journal.saveContact(Contact.builder("Ben Schulz").interests(List.of("kunde")).build());
        carla = journal.saveContact(Contact.builder("Carla Jung").keepInTouchDays(90).birthday(Birthday.of(6, 12)).build());
        dieter = journal.saveContact(Contact.builder("Dieter Roth").birthday(Birthday.of(1980, 6, 10)).build());
        journal.saveEncounter(new Encounter(null, at(4, 20), EncounterKind.MEAL, "Funding round", "Café Central", null,
                List.of(anna.id()), null, 4, List.of()));
        journal.saveEncounter(new Encounter(null, at(3, 1), EncounterKind.MEETING, "Quarterly review", null, null,
                List.of(ben.id()), null, 3, List.of()));
        journal.saveEncounter(new Encounter(null, at(2, 14), EncounterKind.CALL, "Sailing trip", null, null,
                List.of(dieter.id()), null, 5, List.of()));
        coffee = journal.saveEncounter(new Encounter(null, at(5, 30), EncounterKind.MEETING, "Coffee", null, null,
                List.of(carla.id()), null, 4, List.of(
                        new FollowUp("Send intro deck", LocalDate.of(2026, 6, 5), false),
                        new FollowUp("Book a table", LocalDate.of(2026, 6, 12), false))));
        journal.saveContact(Contact.builder("Eva Neumann").build());
        journal.saveEvent(new Event(null, "WordPress Meetup Köln", null, at(6, 12).withHour(19), null, "Köln", null,
                List.of(anna.id(), carla.id()), List.of(), "Meet Anna's co-founder."));
        journal.saveEvent(new Event(null, "Last month's meetup", null, at(5, 12), null, "Köln", null,
                List.of(), List.of(), null));
        // The screen takes today from the app's clock, as the window makes it.
        ctx = new TestAppContext(journal, stage).useClock(CLOCK);
        screen = new TodayScreen(ctx);
        stage.setScene(new Scene((Parent) screen.view(), 1000, 800));
        stage.show();
    }


    void loaded() {
        waitUntil("Today loaded", () -> screen.model().loadedProperty().get());
    }

    List<String> titles(FxRobot robot, String cardId) {
        return robot.lookup("#" + cardId + " .today-tile").queryAllAs(Tile.class).stream().map(Tile::getTitle).toList();
    }

    Tile tile(FxRobot robot, String cardId, String title) {
        return robot.lookup("#" + cardId + " .today-tile").queryAllAs(Tile.class).stream()
                .filter(t -> t.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no tile " + title + " in " + cardId));
    }

    static Node button(Tile tile, String action) {
        Node b = tile.lookup(".today-action-" + action);
        if (b == null) {
            throw new AssertionError("no " + action + " button on " + tile.getTitle());
        }
        return b;
    }

    @Test
    void loggingAnEncounterFromADueItemTakesItOffTheList(FxRobot robot) {
        loaded();
        assertEquals(List.of("Ben Schulz", "Anna Müller"), titles(robot, "today-catch-ups"),
                "most overdue first: Ben (every 60 days as a Kunde) 41 days, Anna 21 days");
        Tile annaTile = tile(robot, "today-catch-ups", "Anna Müller");
        assertTrue(annaTile.getDescription().contains("Funding round"), annaTile.getDescription());
        assertTrue(annaTile.getDescription().contains("21 days overdue"), annaTile.getDescription());
        FxTesting.snapshot(robot, stage.getScene(), "today-light");

        // The real quick capture dialog, as the main window opens it.
        ctx.quickCapture = ids -> QuickCaptureDialog.show(ctx, ids);
        robot.clickOn(button(annaTile, "log"));

        assertEquals(List.of(List.of(anna.id())), ctx.quickCaptures, "quick capture opened with Anna preselected");
        waitUntil("Anna preselected in the dialog", () -> robot.lookup(".participant-box .chip").tryQuery().isPresent()
                && robot.lookup("#capture-participants").tryQuery().isPresent());
        robot.clickOn("#capture-title").write("Catch-up call");
        robot.clickOn("#capture-save");

        waitUntil("Anna left the list", () -> titles(robot, "today-catch-ups").equals(List.of("Ben Schulz")));
        Encounter logged = journal.encounters(EncounterFilter.all().withContact(anna.id())).getFirst();
        assertEquals("Catch-up call", logged.title());
        assertEquals(List.of(anna.id()), logged.participants());
    }

    @Test
    void theStartUpNoticeSaysWhatIsDueToday(FxRobot robot) {
        loaded();
        assertEquals("Due today: 2 catch-ups, 1 birthday, 1 follow-up.", ctx.notices.getFirst().text());
        assertEquals(1, ctx.notices.size());
    }

    @Test
    void birthdaysPromptAPersonalMessageWithTheLastTopic(FxRobot robot) {
        loaded();
        assertEquals(List.of("Dieter Roth", "Carla Jung"), titles(robot, "today-birthdays"));
        Tile dieterTile = tile(robot, "today-birthdays", "Dieter Roth");
        assertTrue(dieterTile.getStyleClass().contains("birthday-today"));
        assertTrue(dieterTile.getDescription().startsWith("Today, June 10 · turns 46"), dieterTile.getDescription());
        assertTrue(dieterTile.getDescription().contains("You last talked about: Sailing trip"), dieterTile.getDescription());
        assertTrue(tile(robot, "today-birthdays", "Carla Jung").getDescription().startsWith("In 2 days, June 12"));

        robot.clickOn(dieterTile);
        assertEquals(List.of(dieter.id()), ctx.shownContacts, "a click on the item opens the contact");

        // Put off, a birthday still ahead comes back on the day itself; today's until tomorrow.
        robot.interact(() -> screen.model().snooze(screen.model().birthdays().stream()
                .filter(b -> b.contact().id().equals(carla.id())).findFirst().orElseThrow()));
        waitUntil("Carla's birthday is put off", () -> titles(robot, "today-birthdays").equals(List.of("Dieter Roth")));
        waitUntil("stored", () -> journal.snoozes().values().contains(LocalDate.of(2026, 6, 12)));
        assertEquals("Snoozed \"Carla Jung\" until Jun 12, 2026.", ctx.notices.getLast().text());
    }

    @Test
    void aFollowUpIsDoneWithOneClickAndOverdueOnesStandOut(FxRobot robot) {
        loaded();
        assertEquals(List.of("Send intro deck", "Book a table"), titles(robot, "today-follow-ups"));
        Tile overdue = tile(robot, "today-follow-ups", "Send intro deck");
        assertTrue(overdue.getStyleClass().contains("overdue"));
        assertTrue(overdue.getDescription().startsWith("Overdue by 5 days"), overdue.getDescription());
        assertFalse(tile(robot, "today-follow-ups", "Book a table").getStyleClass().contains("overdue"));

        robot.clickOn(overdue.lookup(".today-action-done"));

        waitUntil("the follow-up left the list", () -> titles(robot, "today-follow-ups").equals(List.of("Book a table")));
        waitUntil("stored", () -> journal.encounter(coffee.id()).orElseThrow().followUps().getFirst().done());
        assertFalse(journal.encounter(coffee.id()).orElseThrow().followUps().get(1).done());

        // Undo from the notification opens it again.
        TestAppContext.Notice notice = ctx.notices.getLast();
        assertEquals("Done: Send intro deck", notice.text());
        robot.interact(notice.undo());
        waitUntil("back on the list", () -> titles(robot, "today-follow-ups").size() == 2);
        assertFalse(journal.encounter(coffee.id()).orElseThrow().followUps().getFirst().done());
    }

    @Test
    void aSnoozedCatchUpStaysAwayAfterARestart(FxRobot robot) {
        loaded();
        robot.clickOn(button(tile(robot, "today-catch-ups", "Ben Schulz"), "snooze"));
        waitUntil("Ben left the list", () -> titles(robot, "today-catch-ups").equals(List.of("Anna Müller")));
        waitUntil("snooze stored", () -> journal.snoozes().size() == 1);
        assertEquals(LocalDate.of(2026, 6, 17), journal.snoozes().values().iterator().next());

        // A new Today on the same journal, as after a restart.
        TodayScreen again = new TodayScreen(ctx, CLOCK);
        waitUntil("loaded again", () -> again.model().loadedProperty().get());
        assertEquals(List.of("Anna Müller"), again.model().catchUps().stream().map(d -> d.contact().name()).toList());
        // A week later Ben is back.
        TodayScreen nextWeek = new TodayScreen(ctx, Clock.offset(CLOCK, java.time.Duration.ofDays(7)));
        waitUntil("loaded a week later", () -> nextWeek.model().loadedProperty().get());
        assertEquals("Ben Schulz", nextWeek.model().catchUps().getFirst().contact().name());
    }

    @Test
    void theNextEventOpensItsPreparationBrief(FxRobot robot) {
        loaded();
        assertEquals(List.of("WordPress Meetup Köln"), titles(robot, "today-events"), "past events are not next");
        Tile meetup = tile(robot, "today-events", "WordPress Meetup Köln");
        assertTrue(meetup.getDescription().contains("2 people you know"), meetup.getDescription());
        robot.clickOn(button(meetup, "prepare"));
        waitUntil("the brief is open", () -> robot.lookup("#brief-attendees").tryQuery().isPresent());
        assertTrue(robot.lookup("#brief-page .label").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals("Meet Anna's co-founder.")));
    }

    @Test
    void networkHealthCountsWarmCoolingAndCold(FxRobot robot) {
        loaded();
        // Carla met 11 days ago (rated 4) and Anna 51 days ago (4): warm. Ben 101 days ago (3) and Dieter
        // 116 days ago (5): cooling, too long ago to be warm. Eva, never met: cold.
        assertEquals(new app.rapport.reminders.NetworkHealth(2, 2, 1), screen.model().healthProperty().get());
        assertEquals("2 cooling", robot.lookup("#today-health-cooling").queryLabeled().getText());
        assertEquals("1 cold", robot.lookup("#today-health-cold").queryLabeled().getText());
    }

    /** What the "Show more" link under the follow-ups says, or null when there is none. */
    static String moreLink(FxRobot robot) {
        return robot.lookup("#today-follow-ups .today-more").tryQueryAs(javafx.scene.control.Hyperlink.class)
                .map(javafx.scene.control.Hyperlink::getText).orElse(null);
    }

    /** Scrolls Today as a user would until the "Show more" link under the follow-ups is in view, and clicks it. */
    void clickMore(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) screen.view();
            Node link = scroll.lookup("#today-follow-ups .today-more");
            Node page = scroll.getContent();
            double y = page.sceneToLocal(link.localToScene(link.getBoundsInLocal())).getCenterY();
            double viewport = scroll.getViewportBounds().getHeight();
            double room = page.getBoundsInLocal().getHeight() - viewport;
            scroll.setVvalue(room <= 0 ? 0 : Math.clamp((y - viewport / 2) / room, 0, 1));
        });
        robot.clickOn("#today-follow-ups .today-more");
    }

    /** An encounter with Dieter and {@code n} follow-ups, all overdue. */
    void addFollowUps(FxRobot robot, int n) {
        List<FollowUp> followUps = java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new FollowUp("Task " + i, LocalDate.of(2026, 6, 1), false)).toList();
        journal.saveEncounter(new Encounter(null, at(5, 25), EncounterKind.CALL, "Planning", null, null,
                List.of(dieter.id()), null, null, followUps));
        robot.interact(ctx::journalChanged);
    }

    @Test
    void markingAFollowUpDoneMovesThePageNoMoreThanTheItemThatLeft(FxRobot robot) {
        loaded();
        addFollowUps(robot, 12);
        waitUntil("fourteen follow-ups", () -> screen.model().followUps().size() == 14);
        clickMore(robot);
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) screen.view();
        robot.interact(() -> scroll.setVvalue(1)); // at the end of the page, working up the list
        double[] before = new double[2];
        robot.interact(() -> {
            Tile task = tile(robot, "today-follow-ups", "Task 9");
            before[0] = task.localToScene(task.getBoundsInLocal()).getMinY();
            before[1] = task.getHeight();
        });
        robot.interact(() -> screen.model().markDone(screen.model().followUps().stream()
                .filter(f -> f.followUp().what().equals("Task 12")).findFirst().orElseThrow()));
        waitUntil("it left the list", () -> screen.model().followUps().size() == 13);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double[] after = new double[1];
        robot.interact(() -> { // the card's tiles are made anew
            Tile task = tile(robot, "today-follow-ups", "Task 9");
            after[0] = task.localToScene(task.getBoundsInLocal()).getMinY();
        });
        // At the end of the page it has to move down by the item that left, and no further: it
        // jumped by three items, as the page was laid out shorter for a moment.
        assertTrue(after[0] - before[0] <= before[1] + 12, "Task 9 moved from " + before[0] + " to " + after[0]);
    }

    @Test
    void showMoreSaysShowAllWhenTheRestFitsInOneClick(FxRobot robot) {
        loaded();
        assertEquals(null, moreLink(robot), "two follow-ups fit in the card");

        // Seven follow-ups: six are shown and one is left. Not "Show 1 more (of 1)".
        addFollowUps(robot, 5);
        waitUntil("seven follow-ups", () -> screen.model().followUps().size() == 7);
        assertEquals(6, titles(robot, "today-follow-ups").size());
        assertEquals("Show all 7", moreLink(robot));
        robot.interact(() -> I18n.setLocale(I18n.GERMAN));
        try {
            assertEquals("Alle 7 zeigen", moreLink(robot));
        } finally {
            robot.interact(() -> I18n.setLocale(I18n.ENGLISH));
        }

        // Eighteen: one click shows ten more of the twelve left, the next click the rest.
        addFollowUps(robot, 11);
        waitUntil("eighteen follow-ups", () -> screen.model().followUps().size() == 18);
        assertEquals("Show 10 more (of 12)", moreLink(robot));
        clickMore(robot);
        assertEquals(16, titles(robot, "today-follow-ups").size());
        assertEquals("Show all 18", moreLink(robot));
        clickMore(robot);
        assertEquals(18, titles(robot, "today-follow-ups").size());
        assertEquals(null, moreLink(robot), "everything is shown");
    }

    @Test
    void germanTexts(FxRobot robot) {
        loaded();
        robot.interact(() -> I18n.setLocale(I18n.GERMAN));
        try {
            waitUntil("relabelled", () -> robot.lookup("#today-catch-ups .title-4").queryLabeled().getText()
                    .equals("Mal wieder melden"));
            assertTrue(tile(robot, "today-catch-ups", "Anna Müller").getDescription()
                    .contains("seit 21 Tagen überfällig"));
            FxTesting.snapshot(robot, stage.getScene(), "today-german");
        } finally {
            robot.interact(() -> I18n.setLocale(I18n.ENGLISH));
        }
    }

    /**
     * A Today screen that is gone (the window switched journals) is collected with what it shows:
     * the language, which outlives every screen, must not hold on to it.
     */
    @Test
    void aTodayScreenThatIsGoneIsNotKeptByTheLanguage(FxRobot robot) throws Exception {
        java.lang.ref.WeakReference<TodayScreen>[] gone = new java.lang.ref.WeakReference[1];
        robot.interact(() -> {
            TestAppContext other = new TestAppContext(journal, stage);
            TodayScreen s = new TodayScreen(other, CLOCK);
            new javafx.scene.layout.StackPane(s.view()); // built, as shown once
            gone[0] = new java.lang.ref.WeakReference<>(s);
        });
        waitUntil("its loads are done", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0);
        for (int i = 0; i < 50 && gone[0].get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(gone[0].get(), "the screen is collected");
        robot.interact(() -> app.rapport.ui.common.I18n.setLocale(app.rapport.ui.common.I18n.GERMAN));
        robot.interact(() -> app.rapport.ui.common.I18n.setLocale(app.rapport.ui.common.I18n.ENGLISH));
    }
}
