package app.rapport.ui.events;

import static app.rapport.ui.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Session;
import app.rapport.journal.Tie;
import app.rapport.store.SqliteJournal;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import app.rapport.ui.testing.ScreenTestExtension;
import app.rapport.ui.testing.TestAppContext;
import app.rapport.ui.testing.FxTesting;

/** Events, the preparation brief and the capture of new people, on a real journal on a fixed day. */
@ExtendWith(ScreenTestExtension.class)
class EventsScreenTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, BERLIN).toInstant(), BERLIN);
    static final OffsetDateTime START = ZonedDateTime.of(2026, 12, 3, 18, 30, 0, 0, BERLIN).toOffsetDateTime();

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    TestAppContext ctx;
    Stage stage;
    EventsScreen screen;
    Contact anna;
    Contact ben;
    Contact carla;
    Event stammtisch;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        journal = SqliteJournal.open(dataDir, CLOCK);
        anna = journal.saveContact(Contact.builder("Anna Schmidt").organization("Kreislauf GmbH")
                .interests(List.of("circular economy", "WordPress")).build());
        ben = journal.saveContact(Contact.builder("Ben Müller").interests(List.of("wordpress", "podcasting")).build());
        carla = journal.saveContact(Contact.builder("Carla Jung").interests(List.of("Circular Economy")).build());
        journal.saveEncounter(new Encounter(null, ZonedDateTime.of(2026, 11, 20, 12, 0, 0, 0, BERLIN).toOffsetDateTime(),
                EncounterKind.MEAL, "Funding round", null, null, List.of(anna.id()), null, 4, List.of()));
        journal.saveEncounter(new Encounter(null, ZonedDateTime.of(2026, 5, 20, 12, 0, 0, 0, BERLIN).toOffsetDateTime(),
                EncounterKind.CALL, "Podcast gear", null, null, List.of(ben.id()), null, 3, List.of()));
        stammtisch = journal.saveEvent(new Event(null, "Social Media Stammtisch #12", "Social Media Stammtisch Ruhr",
                START, START.plusHours(3), "Dortmund", "Community building", List.of(ben.id(), anna.id(), carla.id()),
                List.of(new Session(START.plusMinutes(30), START.plusMinutes(60), "Dialogue instead of broadcast", ben.id())),
                "Goal: meet two people from local agencies."));
        journal.saveEvent(new Event(null, "WordCamp Köln", null, START.minusMonths(2), null, "Köln", null,
                List.of(), List.of(), null));
        ctx = new TestAppContext(journal, stage);
        screen = new EventsScreen(ctx, CLOCK);
        stage.setScene(new Scene((Parent) screen.view(), 1000, 760));
        stage.show();
    }


    /** The screen the day after the Stammtisch (on the Past tab), when its people can be captured. */
    void afterTheStammtisch(FxRobot robot) {
        Clock after = Clock.fixed(ZonedDateTime.of(2026, 12, 4, 10, 0, 0, 0, BERLIN).toInstant(), BERLIN);
        robot.interact(() -> {
            screen = new EventsScreen(ctx, after);
            stage.getScene().setRoot((Parent) screen.view());
        });
        robot.clickOn("#events-past");
        waitUntil("the Stammtisch among the past", () -> screen.model().events().stream()
                .anyMatch(e -> e.id().equals(stammtisch.id())));
        robot.interact(() -> screen.model().show(stammtisch.id()));
        detailShown("Social Media Stammtisch #12");
    }

    @Test
    void peopleAreCapturedOnceTheEventHasBegun(FxRobot robot) {
        detailShown("Social Media Stammtisch #12");
        assertTrue(robot.lookup("#event-capture").query().isDisabled(), "still ahead: nobody met yet");
        assertEquals("You can capture the people you meet once the event has begun.",
                robot.lookup("#event-capture-later").queryAs(Label.class).getText());
        afterTheStammtisch(robot);
        assertFalse(robot.lookup("#event-capture").query().isDisabled());
        assertTrue(robot.lookup("#event-capture-later").tryQuery().isEmpty());
    }

    void detailShown(String name) {
        waitUntil("detail of " + name, () -> screen.model().detailProperty().get() != null
                && screen.model().detailProperty().get().event().name().equals(name));
    }

    @Test
    void upcomingAndPastEventsWithTheSelectedOnesDetail(FxRobot robot) {
        detailShown("Social Media Stammtisch #12");
        ListView<?> list = robot.lookup("#events-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size(), "only the Stammtisch is ahead");
        assertEquals("Thursday, December 3, 2026, 6:30 PM–9:30 PM",
                robot.lookup(".event-detail .label").queryAll().stream().map(n -> ((Label) n).getText().replace('\u202f', ' '))
                        .filter(t -> t.startsWith("Thursday")).findFirst().orElseThrow());
        assertEquals(3, robot.lookup("#event-detail-attendees .attendee-chip").queryAll().size());
        FxTesting.snapshot(robot, stage.getScene(), "events-light");

        robot.clickOn("#events-past");
        detailShown("WordCamp Köln");
        assertEquals(1, list.getItems().size());

        robot.clickOn("#events-upcoming");
        detailShown("Social Media Stammtisch #12");
        robot.clickOn(robot.lookup("#event-detail-attendees .attendee-chip").queryAll().stream()
                .filter(n -> ((javafx.scene.control.Labeled) n).getText().equals("Anna Schmidt")).findFirst().orElseThrow());
        assertEquals(List.of(anna.id()), ctx.shownContacts, "a click on an attendee opens the contact");
    }

    @Test
    void aNewEventWithAttendeeAndAgenda(FxRobot robot) {
        detailShown("Social Media Stammtisch #12");
        robot.clickOn("#events-new");
        waitUntil("editor open", () -> robot.lookup("#event-name").tryQuery().isPresent());
        robot.clickOn("#event-name").write("Barcamp Ruhr");
        robot.clickOn("#event-start").write("9");
        robot.clickOn("#event-end").write("17.30");
        robot.clickOn("#event-place").write("Essen");
        robot.clickOn("#event-attendees").write("carla");
        waitUntil("suggestion", () -> robot.lookup(".contact-completion").tryQuery().isPresent()
                && robot.lookup(".contact-completion").queryAs(ListView.class).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil("Carla chosen", () -> robot.lookup(".event-editor .chip").tryQuery().isPresent());
        robot.clickOn("#event-add-session");
        robot.clickOn("#event-session-0-start").write("10:00");
        robot.clickOn("#event-session-0-end").write("10:45");
        robot.clickOn("#event-session-0-topic").write("Session planning");
        robot.clickOn("#event-notes").write("Find a co-organiser.");
        FxTesting.snapshot(robot, robot.lookup("#event-name").query().getScene(), "event-editor");
        robot.clickOn("#event-save");

        waitUntil("saved and shown", () -> screen.model().detailProperty().get() != null
                && "Barcamp Ruhr".equals(screen.model().detailProperty().get().event().name()));
        Event saved = journal.events().stream().filter(e -> "Barcamp Ruhr".equals(e.name())).findFirst().orElseThrow();
        assertEquals(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, BERLIN).toOffsetDateTime(), saved.start(),
                "the editor starts on today's date");
        assertEquals(ZonedDateTime.of(2026, 12, 1, 17, 30, 0, 0, BERLIN).toOffsetDateTime(), saved.end());
        assertEquals(List.of(carla.id()), saved.attendees());
        assertEquals(List.of(new Session(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, BERLIN).toOffsetDateTime(),
                ZonedDateTime.of(2026, 12, 1, 10, 45, 0, 0, BERLIN).toOffsetDateTime(), "Session planning", null)),
                saved.sessions());
        assertEquals("Find a co-organiser.", saved.notes());
    }

    @Test
    void aSpeakerTypedByHandIsKeptAsAContact(FxRobot robot) {
        detailShown("Social Media Stammtisch #12");
        robot.clickOn("#event-edit");
        waitUntil("editor open", () -> robot.lookup("#event-name").tryQuery().isPresent());
        robot.clickOn("#event-add-session");
        robot.clickOn("#event-session-1-start").write("20:00");
        robot.clickOn("#event-session-1-topic").write("Newsletters that people read");
        robot.clickOn("#event-session-1-speaker").write("Dora Vogel");
        // Another line redraws the agenda: what was typed stays.
        robot.clickOn("#event-add-session");
        robot.clickOn("#event-session-2-topic").write("Ask me anything");
        robot.clickOn("#event-session-2-speaker").write("carla jung");
        robot.clickOn("#event-session-2-topic"); // away from the suggestions: the name stays as typed
        assertEquals("Dora Vogel", robot.lookup("#event-session-1-speaker").queryAs(TextField.class).getText());
        robot.clickOn("#event-save");

        waitUntil("saved", () -> journal.event(stammtisch.id()).orElseThrow().sessions().size() == 3);
        List<Session> sessions = journal.event(stammtisch.id()).orElseThrow().sessions();
        Contact dora = journal.contact(sessions.get(1).speaker()).orElseThrow();
        assertEquals("Dora Vogel", dora.name(), "a new speaker becomes a contact");
        assertEquals("Speaker at Social Media Stammtisch #12", dora.howWeMet());
        assertEquals(carla.id(), sessions.get(2).speaker(), "a name already in the journal is that contact");
        assertEquals(4, journal.stats().contacts(), "and no second Carla");
    }

    @Test
    void theEditorRefusesAnEventWithoutNameOrWithABadTime(FxRobot robot) {
        detailShown("Social Media Stammtisch #12");
        robot.clickOn("#events-new");
        waitUntil("editor open", () -> robot.lookup("#event-name").tryQuery().isPresent());
        robot.clickOn("#event-start").write("25:00");
        robot.clickOn("#event-save");
        Label message = robot.lookup("#event-message").queryAs(Label.class);
        assertEquals("The event needs a name. \"25:00\" is not a time; write it like 6:30 PM.", message.getText());
        assertTrue(robot.lookup("#event-name").query().isFocused(), "focus goes to the first problem");
        assertEquals(2, journal.events().size(), "nothing saved");
    }

    @Test
    void thePreparationBriefNamesWhoYouKnowTopicsGoalsAndAgenda(FxRobot robot) {
        detailShown("Social Media Stammtisch #12");
        robot.clickOn("#event-brief");
        waitUntil("brief built", () -> robot.lookup("#brief-attendees").tryQuery().isPresent());
        List<String> lines = robot.lookup("#brief-attendees .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of(
                "3 people: 1 warm, 0 cooling, 2 cold.",
                "Anna Schmidt · Kreislauf GmbH", "warm; last met Nov 20, 2026: Funding round",
                "Talk about: circular economy, WordPress",
                "Ben Müller", "cold; last met May 20, 2026: Podcast gear", "Talk about: wordpress",
                "Carla Jung", "Not met yet: a first conversation.", "Talk about: Circular Economy"), lines);
        List<String> topics = robot.lookup("#brief-topics .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of("circular economy: Anna Schmidt, Carla Jung", "WordPress: Anna Schmidt, Ben Müller"), topics);
        Node page = robot.lookup("#brief-page").query();
        List<String> all = robot.lookup("#brief-page .label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(all.contains("Goal: meet two people from local agencies."), all.toString());
        assertTrue(all.contains("Dialogue instead of broadcast"), all.toString());
        assertTrue(all.contains("Ben Müller"), "the speaker is named");
        FxTesting.snapshot(robot, page.getScene(), "event-brief");

        // The headless test machine has no printer: the brief says so instead of failing.
        robot.clickOn("#brief-print");
        assertEquals("No printer is set up on this computer. Install a printer, or a PDF printer to save the brief as PDF.",
                robot.lookup("#brief-status").queryAs(Label.class).getText());
    }

    @Test
    void newPeopleAfterTheEventBecomeContactsWithAnEncounterThereAndTies(FxRobot robot) {
        afterTheStammtisch(robot);
        robot.clickOn("#event-capture");
        waitUntil("capture open", () -> robot.lookup("#people-0-name").tryQuery().isPresent());
        robot.clickOn("#people-0-name").write("Dora Neumann");
        robot.clickOn("#people-0-organization").write("Agentur Nord");
        robot.clickOn("#people-0-line").write("Runs a social media agency in Bochum");
        robot.clickOn("#people-0-interests").write("social media, podcasting");
        robot.clickOn("#people-1-name").write("Emil Vogt");
        robot.clickOn("#people-1-organization").write("Agentur Nord");
        robot.clickOn("#people-2-name").write("Frieda Lang");
        waitUntil("three pairs offered", () -> robot.lookup("#people-ties .check-box").queryAll().size() == 3);
        robot.clickOn(robot.lookup("#people-ties .check-box").queryAll().stream()
                .filter(n -> ((CheckBox) n).getText().equals("Dora Neumann – Emil Vogt")).findFirst().orElseThrow());
        FxTesting.snapshot(robot, robot.lookup("#people-0-name").query().getScene(), "event-capture");
        robot.clickOn("#people-save");

        waitUntil("saved", () -> journal.contacts(ContactFilter.all()).size() == 6);
        ContactSummary dora = journal.contacts(ContactFilter.all().withText("Dora")).getFirst();
        Contact doraFull = journal.contact(dora.id()).orElseThrow();
        assertEquals("Agentur Nord", doraFull.organization());
        assertEquals("Runs a social media agency in Bochum", doraFull.notes());
        assertEquals(List.of("social media", "podcasting"), doraFull.interests());
        assertEquals("Social Media Stammtisch #12, Dec 3, 2026", doraFull.howWeMet());
        Encounter met = journal.encounters(EncounterFilter.all().withContact(dora.id())).getFirst();
        assertEquals(stammtisch.id(), met.eventId());
        assertEquals(START, met.date(), "met at the event, on its day, as how we met says");
        assertEquals(EncounterKind.EVENT, met.kind());
        assertEquals("Met at Social Media Stammtisch #12", met.title());
        String emil = journal.contacts(ContactFilter.all().withText("Emil")).getFirst().id();
        String frieda = journal.contacts(ContactFilter.all().withText("Frieda")).getFirst().id();
        assertEquals(List.of(Tie.of(dora.id(), emil).a()), journal.tiesOf(dora.id()).stream().map(Tie::a).toList());
        assertTrue(journal.tiesOf(frieda).isEmpty(), "Frieda's pairs were not ticked");
        assertEquals(List.of(ben.id(), anna.id(), carla.id(), dora.id(), emil, frieda),
                journal.event(stammtisch.id()).orElseThrow().attendees());
        assertEquals("Added 3 people from Social Media Stammtisch #12.", ctx.notices.getLast().text());
        waitUntil("the detail lists them", () -> robot.lookup("#event-detail-attendees .attendee-chip").queryAll().size() == 6);
    }

    @Test
    void someoneAlreadyInTheJournalIsLinkedNotAddedTwice(FxRobot robot) {
        afterTheStammtisch(robot);
        robot.clickOn("#event-capture");
        waitUntil("capture open", () -> robot.lookup("#people-0-name").tryQuery().isPresent());
        robot.clickOn("#people-0-name").write("anna schmidt");
        robot.clickOn("#people-0-interests").write("circular economy, podcasting");
        robot.clickOn("#people-1-name").write("Dora Neumann");
        waitUntil("the dialog says Anna is known", () -> robot.lookup("#people-known").queryAs(Label.class).isVisible());
        assertEquals("Anna Schmidt is already in your journal: the encounter goes there, and no one is added twice.",
                robot.lookup("#people-known").queryAs(Label.class).getText());
        robot.clickOn(robot.lookup("#people-ties .check-box").queryAll().iterator().next());
        FxTesting.snapshot(robot, robot.lookup("#people-0-name").query().getScene(), "event-capture-known");
        robot.clickOn("#people-save");

        waitUntil("saved", () -> journal.contacts(ContactFilter.all()).size() == 4);
        assertEquals(1, journal.contacts(ContactFilter.all().withText("Anna")).size(), "one Anna Schmidt");
        Contact annaNow = journal.contact(anna.id()).orElseThrow();
        assertEquals(List.of("circular economy", "WordPress", "podcasting"), annaNow.interests(),
                "what was typed is added, nothing the journal knew is lost");
        assertEquals("Kreislauf GmbH", annaNow.organization());
        assertEquals(stammtisch.id(), journal.encounters(EncounterFilter.all().withContact(anna.id())).getFirst().eventId());
        String dora = journal.contacts(ContactFilter.all().withText("Dora")).getFirst().id();
        assertEquals(List.of(anna.id()), journal.tiesOf(dora).stream().map(t -> t.a().equals(dora) ? t.b() : t.a()).toList());
        assertEquals(List.of(ben.id(), anna.id(), carla.id(), dora), journal.event(stammtisch.id()).orElseThrow().attendees());
        assertEquals("Added 1 person from Social Media Stammtisch #12. 1 person already in your journal got the encounter.",
                ctx.notices.getLast().text());
    }

    @Test
    void aCalendarWithAnEventThatCannotBeReadIsImportedOnlyWhenTheUserSaysSo(FxRobot robot) throws Exception {
        detailShown("Social Media Stammtisch #12");
        Path broken = dataDir.resolve("broken.ics");
        java.nio.file.Files.writeString(broken, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:a", "DTSTART:20261205T190000Z", "SUMMARY:Barcamp", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "SUMMARY:Someday", "END:VEVENT",
                "END:VCALENDAR", ""));
        int before = journal.events().size();
        robot.interact(() -> screen.model().importCalendar(broken, r -> screen.imported(r, broken)));
        waitUntil("the user is asked", () -> robot.lookup("Import the other 1").tryQuery().isPresent());
        assertTrue(robot.lookup("1 of 2 events in this calendar cannot be imported. Nothing has been imported yet.")
                .tryQuery().isPresent());
        assertEquals(before, journal.events().size(), "nothing stored while the user decides");
        robot.clickOn("Import the other 1");
        waitUntil("the readable event is imported", () -> journal.events().size() == before + 1);
        assertTrue(journal.events().stream().anyMatch(e -> "Barcamp".equals(e.name())));
    }

    @Test
    void theScreenTheBriefAndTheDialogsAreStyledInTheDarkThemeToo(FxRobot robot) {
        detailShown("Social Media Stammtisch #12");
        robot.interact(() -> Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()));
        try {
            FxTesting.snapshot(robot, stage.getScene(), "events-dark");
            robot.clickOn("#event-brief");
            waitUntil("brief built", () -> robot.lookup("#brief-attendees").tryQuery().isPresent());
            FxTesting.snapshot(robot, robot.lookup("#brief-page").query().getScene(), "event-brief-dark");
            robot.interact(() -> ((Stage) robot.lookup("#brief-page").query().getScene().getWindow()).close());
            afterTheStammtisch(robot);
            robot.clickOn("#event-capture");
            waitUntil("capture open", () -> robot.lookup("#people-0-name").tryQuery().isPresent());
            FxTesting.snapshot(robot, robot.lookup("#people-0-name").query().getScene(), "event-capture-dark");
            robot.type(KeyCode.ESCAPE);
            robot.clickOn("#event-edit");
            waitUntil("editor open", () -> robot.lookup("#event-name").tryQuery().isPresent());
            FxTesting.snapshot(robot, robot.lookup("#event-name").query().getScene(), "event-editor-dark");
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        }
    }

    @Test
    void aMeetupCalendarIsImportedAndEventsAndRemindersExported(FxRobot robot) throws Exception {
        detailShown("Social Media Stammtisch #12");
        Path ics = Path.of("src/test/resources/ical/meetup-stammtisch.ics").toAbsolutePath();
        List<EventsViewModel.CalendarImport> results = new CopyOnWriteArrayList<>();
        robot.interact(() -> screen.model().importCalendar(ics, results::add));
        waitUntil("imported", () -> !results.isEmpty());
        assertEquals(List.of(), results.getFirst().problems());
        assertEquals(14, results.getFirst().events());
        assertTrue(ctx.notices.getLast().text().startsWith("Imported 14 events from meetup-stammtisch.ics"));
        // Ahead of 1 December: ours, the changed Christmas Stammtisch and ten in 2027.
        waitUntil("listed", () -> robot.lookup("#events-list").queryAs(ListView.class).getItems().size() == 12);
        assertEquals("WordPress Meetup Dortmund: Block themes",
                journal.event("event_398765432@meetup.com").orElseThrow().name());

        Path cut = dataDir.resolve("cut.ics");
        java.nio.file.Files.writeString(cut, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n");
        robot.interact(() -> screen.model().importCalendar(cut, results::add));
        waitUntil("refused", () -> results.size() == 2);
        assertTrue(results.get(1).problems().getFirst().contains("ends early"), results.get(1).problems().toString());

        Path out = dataDir.resolve("rapport.ics");
        robot.interact(() -> screen.model().exportCalendar(out));
        waitUntil("exported", () -> ctx.notices.getLast().text().startsWith("Exported 16 events"));
        String written = java.nio.file.Files.readString(out);
        assertTrue(written.contains("SUMMARY:Social Media Stammtisch #12"), written);
        assertTrue(written.contains("UID:event_398765432@meetup.com"), written);
    }

    @Test
    void aRowWithoutANameIsRefusedAndNothingIsStored(FxRobot robot) {
        afterTheStammtisch(robot);
        robot.clickOn("#event-capture");
        waitUntil("capture open", () -> robot.lookup("#people-0-name").tryQuery().isPresent());
        robot.clickOn("#people-0-name").write("Dora Neumann");
        robot.clickOn("#people-1-organization").write("Agentur Nord");
        robot.clickOn("#people-save");
        assertEquals("Row 2 needs a name.", robot.lookup("#people-message").queryAs(Label.class).getText());
        assertEquals(3, journal.contacts(ContactFilter.all()).size());
        assertFalse(robot.lookup("#people-save").query().isDisabled(), "can be corrected and saved");
    }
}
