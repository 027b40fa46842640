package app.rapport.interchange.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.Importers;
import app.rapport.journal.Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real-world-shaped iCalendar files: a meetup group's feed, an all-day barcamp, a Google Calendar export. */
class ICalendarReaderTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), BERLIN);

    static byte[] file(String name) throws IOException {
        try (InputStream in = ICalendarReaderTest.class.getResourceAsStream("/ical/" + name)) {
            return in.readAllBytes();
        }
    }

    static ImportResult read(String name) throws Exception {
        return new ICalendarImporter(CLOCK).read(file(name));
    }

    static Event byId(List<Event> events, String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id + " in " + events.stream().map(Event::id).toList()));
    }

    static List<String> messages(ImportResult r) {
        return r.warnings().stream().map(ImportProblem::messageKey).toList();
    }

    @Test
    void aMeetupSeriesBecomesOneEventPerOccurrenceAroundToday() throws Exception {
        ImportResult r = read("meetup-stammtisch.ics");
        List<Event> events = r.snapshot().events();
        List<Event> stammtisch = events.stream().filter(e -> "Social Media Stammtisch Ruhr".equals(e.series())).toList();
        assertEquals(13, stammtisch.size(), "October 2026 to November 2027, without the cancelled January");
        assertTrue(stammtisch.stream().noneMatch(e -> e.start().toLocalDate().toString().equals("2027-01-07")));

        Event october = byId(events, "event_312345678@meetup.com/20261001T163000Z");
        assertEquals(OffsetDateTime.parse("2026-10-01T18:30+02:00"), october.start(), "summer time in Dortmund");
        assertEquals(OffsetDateTime.parse("2026-10-01T22:00+02:00"), october.end());
        assertEquals("Café Central (Hansastraße 5, Dortmund, DE)", october.place());
        assertTrue(october.notes().startsWith("Social Media Stammtisch Ruhr\nThursday, first of the month\n\nWe meet at"),
                october.notes());
        assertTrue(october.notes().contains("dialogue instead of broadcast, and what worked"), october.notes());
        assertEquals(OffsetDateTime.parse("2026-11-05T18:30+01:00"),
                byId(events, "event_312345678@meetup.com/20261105T173000Z").start(), "winter time");

        Event christmas = byId(events, "event_312345678@meetup.com/20261203T173000Z");
        assertEquals("Social Media Stammtisch Ruhr: Christmas edition", christmas.name(), "the changed occurrence");
        assertEquals(OffsetDateTime.parse("2026-12-03T19:00+01:00"), christmas.start());
        assertEquals(OffsetDateTime.parse("2026-12-03T23:00+01:00"), christmas.end());
        assertEquals("Brauhaus Wenkers (Betenstraße 1, Dortmund, DE)", christmas.place());
        assertEquals("Social Media Stammtisch Ruhr", christmas.series());

        Event wordpress = byId(events, "event_398765432@meetup.com");
        assertNull(wordpress.series());
        assertEquals("WordPress", wordpress.topic());
        assertEquals("Talks: Block themes in practice (Anna); Q&A.", wordpress.notes());
        assertEquals(14, events.size());
        assertTrue(messages(r).contains("ical.seriesCut"), "the series goes on beyond the window: " + messages(r));
    }

    @Test
    void anAllDayEventSpansWholeDaysAndTasksAreLeftOutWithAWarning() throws Exception {
        ImportResult r = read("barcamp-all-day.ics");
        Event barcamp = r.snapshot().events().getFirst();
        assertEquals(1, r.snapshot().events().size());
        assertEquals("Barcamp Ruhr 2026", barcamp.name());
        assertEquals(OffsetDateTime.parse("2026-12-05T00:00+01:00"), barcamp.start());
        assertEquals(OffsetDateTime.parse("2026-12-07T00:00+01:00"), barcamp.end(), "DTEND is the day after the last");
        assertEquals("Barcamp", barcamp.topic());
        assertEquals("Unperfekthaus, Essen", barcamp.place());
        assertEquals(List.of("ical.notEvents"), messages(r));
    }

    @Test
    void aZoneNamedWithoutItsDefinitionIsReadQuietlyAndAnUnknownOneIsNamed() throws Exception {
        String ics = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Example//Meetup//EN\r
                BEGIN:VEVENT\r
                UID:stammtisch-1@example.org\r
                DTSTART;TZID=Europe/Berlin:20261203T183000\r
                SUMMARY:Stammtisch\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:mars-1@example.org\r
                DTSTART;TZID=Mars/Olympus_Mons:20261204T120000\r
                SUMMARY:Elsewhere\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        ImportResult r = new ICalendarImporter(CLOCK).read(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(OffsetDateTime.parse("2026-12-03T18:30+01:00"), byId(r.snapshot().events(), "stammtisch-1@example.org").start());
        assertEquals(List.of("ical.unknownZone"), messages(r));
        assertEquals(List.of("Mars/Olympus_Mons"), r.warnings().getFirst().arguments());
    }

    @Test
    void aGoogleCalendarExportWithUtcForeignZonesAWeeklySeriesAndAHoliday() throws Exception {
        ImportResult r = read("google-calendar-export.ics");
        List<Event> events = r.snapshot().events();
        Event call = byId(events, "4m2k8v1q0bq3u7e6d5c4b3a2z1@google.com");
        assertEquals(OffsetDateTime.parse("2026-12-02T18:00+01:00"), call.start(), "UTC shown in the user's zone");
        assertNull(call.place(), "an empty LOCATION is no place");
        assertEquals(List.of(), call.attendees(), "calendar guests are not journal contacts");

        Event nyc = byId(events, "7h6g5f4e3d2c1b0a9z8y7x6w5v@google.com");
        assertEquals(OffsetDateTime.parse("2026-12-08T09:00-05:00"), nyc.start(), "the time as it is in New York");

        List<Event> breakfasts = events.stream().filter(e -> "Founders breakfast".equals(e.series())).toList();
        assertEquals(List.of("2026-11-17", "2026-11-24", "2026-12-08", "2026-12-15", "2026-12-22"),
                breakfasts.stream().map(e -> e.start().toLocalDate().toString()).toList(), "until 22 December, not 1 December");
        assertTrue(breakfasts.stream().allMatch(e -> e.start().toLocalTime().toString().equals("08:00")
                && e.end().toLocalTime().toString().equals("08:30")));

        Event holiday = byId(events, "holiday-xmas@google.com");
        assertEquals(OffsetDateTime.parse("2026-12-24T00:00+01:00"), holiday.start());
        assertEquals(OffsetDateTime.parse("2026-12-25T00:00+01:00"), holiday.end());
        assertEquals(8, events.size());
        assertFalse(messages(r).contains("ical.seriesCut"), "the weekly series ends within the window");
    }

    @Test
    void recognisedByContentAndRefusedWhenNotACalendar() throws Exception {
        ICalendarImporter importer = new ICalendarImporter(CLOCK);
        assertTrue(importer.recognizes(("\uFEFF\r\nbegin:vcalendar\r\n").getBytes(StandardCharsets.UTF_8)));
        assertFalse(importer.recognizes("{\"format\":\"rapport-journal\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(importer.recognizes("BEGIN:VCARD\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("iCalendar", Importers.detect(file("barcamp-all-day.ics")).orElseThrow().formatName());

        ImportException e = assertThrows(ImportException.class, () -> importer.read(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Cut off".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ical.incomplete", e.problems().getFirst().messageKey());
        assertEquals(4, e.problems().getFirst().line(), "the last line there is");

        ImportResult noStart = importer.read(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                + "SUMMARY:Someday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), noStart.snapshot().events());
        assertEquals(List.of("ical.noStart"), noStart.invalid().stream().map(p -> p.messageKey()).toList(),
                "an event that cannot be imported is an invalid record, not a remark");
    }

    @Test
    void aSeriesStartingLongAgoIsNotWalkedThroughFromItsStart() throws Exception {
        String daily = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                BEGIN:VEVENT\r
                UID:daily@example.org\r
                DTSTART:19900101T080000Z\r
                DURATION:PT15M\r
                RRULE:FREQ=DAILY\r
                SUMMARY:Daily check-in\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        ImportResult r = new ICalendarImporter(CLOCK).read(daily.getBytes(StandardCharsets.UTF_8));
        assertEquals(ICalendarReader.MAX_OCCURRENCES, r.snapshot().events().size());
        Event first = r.snapshot().events().getFirst();
        assertEquals(OffsetDateTime.parse("2026-05-28T09:00+02:00"), first.start(), "the first within 180 days back");
        assertEquals(first.start().plusMinutes(15), first.end());
    }

    @Test
    void aSeriesThatEndedLongAgoIsNamedNotDroppedInSilence() throws Exception {
        String past = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                BEGIN:VEVENT\r
                UID:past@example.org\r
                DTSTART:20240108T180000Z\r
                RRULE:FREQ=WEEKLY;COUNT=4\r
                SUMMARY:Winter course\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        ImportResult r = new ICalendarImporter(CLOCK).read(past.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), r.snapshot().events());
        assertEquals(List.of("ical.seriesPast"), messages(r));
    }
}
