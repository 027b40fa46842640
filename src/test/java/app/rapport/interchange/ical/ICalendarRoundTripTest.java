package app.rapport.interchange.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.FollowUp;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Session;
import app.rapport.journal.TagCadence;
import app.rapport.reminders.KeepInTouchRules;
import app.rapport.reminders.Snoozes;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Export to iCalendar and read it back: events come back the same, reminders are not taken for events. */
class ICalendarRoundTripTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static String text(String key, Object... args) {
        return key + (args.length == 0 ? "" : List.of(args).toString());
    }

    static JournalSnapshot journal() {
        List<Contact> contacts = List.of(
                Contact.builder("Anna Schmidt").id("c1").keepInTouchDays(30).birthday(Birthday.of(1990, 4, 12))
                        .createdAt(Instant.parse("2026-01-01T00:00:00Z")).build(),
                Contact.builder("Leap Year Larry").id("c2").birthday(Birthday.parse("--02-29")).build(),
                Contact.builder("Kunde Klaus").id("c3").interests(List.of("Kunde"))
                        .createdAt(Instant.parse("2026-11-20T00:00:00Z")).build());
        List<Event> events = List.of(
                new Event("e1@rapport", "Stammtisch #12", "Social Media Stammtisch Ruhr",
                        OffsetDateTime.parse("2026-12-03T18:30+01:00"), OffsetDateTime.parse("2026-12-03T22:00+01:00"),
                        "Dortmund", "Community building", List.of("c1"),
                        List.of(new Session(null, null, "Open mic", null)), "Goal: meet two agency people.\nBring cards."),
                new Event("e2", "Barcamp Ruhr", null, OffsetDateTime.parse("2026-12-05T00:00+01:00"),
                        OffsetDateTime.parse("2026-12-07T00:00+01:00"), "Essen", null, List.of(), List.of(), null),
                new Event("e3", "NYC breakfast", null, OffsetDateTime.parse("2026-12-08T09:00-05:00"), null, null, null,
                        List.of(), List.of(), null),
                new Event("e4", "Someday", null, null, null, null, null, List.of(), List.of(), null));
        List<Encounter> encounters = List.of(new Encounter("x1", OffsetDateTime.parse("2026-10-01T12:00+02:00"),
                EncounterKind.MEAL, "Funding round", null, null, List.of("c1"), null, 4, List.of(
                        new FollowUp("Send the deck", LocalDate.of(2026, 11, 20), false),
                        new FollowUp("Already done", LocalDate.of(2026, 11, 1), true))));
        return new JournalSnapshot(contacts, List.of(), encounters, events, List.of(), List.of());
    }

    static String export(JournalSnapshot journal) throws Exception {
        StringWriter out = new StringWriter();
        ICalendarWriter.Counts counts = ICalendarWriter.write(journal, KeepInTouchRules.of(List.of(new TagCadence("kunde", 60))),
                Snoozes.none(), ICalendarRoundTripTest::text, NOW, BERLIN, out);
        assertEquals(new ICalendarWriter.Counts(3, 2, 1, 2), counts,
                "3 dated events; Anna and Klaus to catch up with; one open follow-up; two birthdays");
        return out.toString();
    }

    @Test
    void eventsComeBackAsTheyWereAndRemindersAreNotReadAsEvents() throws Exception {
        JournalSnapshot journal = journal();
        String ics = export(journal);
        ImportResult back = new ICalendarImporter(Clock.fixed(NOW, BERLIN)).read(ics.getBytes(StandardCharsets.UTF_8));

        List<Event> events = back.snapshot().events();
        assertEquals(List.of("e1@rapport", "e2", "e3"), events.stream().map(Event::id).toList());
        Event stammtisch = events.getFirst();
        Event original = journal.events().getFirst();
        assertEquals(original.name(), stammtisch.name());
        assertEquals(original.series(), stammtisch.series());
        assertEquals(original.start(), stammtisch.start());
        assertEquals(original.end(), stammtisch.end());
        assertEquals(original.place(), stammtisch.place());
        assertEquals(original.topic(), stammtisch.topic());
        assertEquals(original.notes(), stammtisch.notes());
        assertEquals(journal.events().get(1).start(), events.get(1).start(), "all-day start");
        assertEquals(journal.events().get(1).end(), events.get(1).end(), "all-day end");
        assertEquals(journal.events().get(2).start().toInstant(), events.get(2).start().toInstant(),
                "a foreign time comes back as the same moment");
        assertEquals(List.of("ical.ownReminders"), back.warnings().stream().map(ImportProblem::messageKey).toList());
    }

    @Test
    void remindersLandOnTheirDaysWithBirthdaysEveryYear() throws Exception {
        String ics = export(journal()).replace("\r\n ", ""); // unfold
        // Anna: 30 days after 1 October is overdue: on today. Klaus: 60 days after being added.
        assertTrue(ics.contains("UID:keep-in-touch-c1@rapport\r\n"), ics);
        assertTrue(block(ics, "keep-in-touch-c1@rapport").contains("DTSTART;VALUE=DATE:20261123"), ics);
        assertTrue(block(ics, "keep-in-touch-c3@rapport").contains("DTSTART;VALUE=DATE:20270119"), ics);
        assertTrue(block(ics, "follow-up-x1-0@rapport").contains("DTSTART;VALUE=DATE:20261123"), "overdue: today");
        assertTrue(block(ics, "follow-up-x1-0@rapport").contains("SUMMARY:ical.followUp[Send the deck\\, Anna Schmidt]"));
        String anna = block(ics, "birthday-c1@rapport");
        assertTrue(anna.contains("DTSTART;VALUE=DATE:20270412"), anna);
        assertTrue(anna.contains("RRULE:FREQ=YEARLY;BYMONTHDAY=12;BYMONTH=4"), anna);
        String larry = block(ics, "birthday-c2@rapport");
        assertTrue(larry.contains("DTSTART;VALUE=DATE:20270228"), "next is 28 February 2027: " + larry);
        assertTrue(larry.contains("RRULE:FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2"), "the last day of February: " + larry);
        assertTrue(ics.contains("X-RAPPORT-KIND:reminder"));
        assertTrue(block(ics, "e2").contains("DTSTART;VALUE=DATE:20261205") && block(ics, "e2").contains("DTEND;VALUE=DATE:20261207"));
    }

    @Test
    void allDayDatesDoNotDependOnTheComputersTimeZone() throws Exception {
        String berlin = export(journal());
        TimeZone before = TimeZone.getDefault();
        for (String zone : List.of("Pacific/Kiritimati", "America/Los_Angeles")) {
            try {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                String elsewhere = export(journal());
                assertEquals(dates(berlin), dates(elsewhere), zone);
            } finally {
                TimeZone.setDefault(before);
            }
        }
    }

    @Test
    void importingAgainKeepsWhatTheUserAddedInRapport() throws Exception {
        JournalSnapshot imported = new ICalendarImporter(Clock.fixed(NOW, BERLIN)).read(export(journal())
                .getBytes(StandardCharsets.UTF_8)).snapshot();
        Event stored = new Event("e2", "Barcamp Ruhr (old name)", null, null, null, null, "Barcamp", List.of("c1"),
                List.of(new Session(null, null, "My session", "c1")), "Pitch my session idea.");
        JournalSnapshot merged = ICalendarImporter.keepWhatTheUserAdded(imported,
                id -> id.equals("e2") ? Optional.of(stored) : Optional.empty());
        Event e2 = merged.events().stream().filter(e -> e.id().equals("e2")).findFirst().orElseThrow();
        assertEquals("Barcamp Ruhr", e2.name(), "the calendar's name and time win");
        assertEquals(OffsetDateTime.parse("2026-12-05T00:00+01:00"), e2.start());
        assertEquals(List.of("c1"), e2.attendees());
        assertEquals(stored.sessions(), e2.sessions());
        assertEquals("Pitch my session idea.", e2.notes());
        assertEquals("Barcamp", e2.topic(), "the calendar has none; the user's stays");
        assertEquals(imported.events().getFirst(), merged.events().getFirst(), "new events as imported");
    }

    static String block(String ics, String uid) {
        int at = ics.indexOf("UID:" + uid + "\r\n");
        assertTrue(at >= 0, "no " + uid);
        int begin = ics.lastIndexOf("BEGIN:VEVENT", at);
        return ics.substring(begin, ics.indexOf("END:VEVENT", at));
    }

    static List<String> dates(String ics) {
        return ics.lines().filter(l -> l.contains("VALUE=DATE")).toList();
    }

}
