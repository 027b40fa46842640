package app.rapport.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiveAndTakeAndEventsTest {

    static Exchange gave(LocalDate d) {
        return new Exchange("c1", ExchangeDirection.GIVEN, d, "Intro");
    }

    static Exchange got(LocalDate d) {
        return new Exchange("c1", ExchangeDirection.RECEIVED, d, "Coffee");
    }

    @Test
    void theBalanceCountsGivenAgainstReceived() {
        GiveAndTake g = GiveAndTake.of(List.of(gave(LocalDate.of(2026, 1, 5)), gave(null), gave(LocalDate.of(2026, 3, 1)),
                got(LocalDate.of(2026, 2, 1))));
        assertEquals(3, g.given());
        assertEquals(1, g.received());
        assertEquals(2, g.balance());
        assertEquals(GiveAndTake.Leaning.GIVEN_MORE, g.leaning());
        assertEquals(LocalDate.of(2026, 3, 1), g.lastGiven());
        assertEquals(LocalDate.of(2026, 2, 1), g.lastReceived());
    }

    @Test
    void oneEitherWayIsStillBalanced() {
        assertEquals(GiveAndTake.Leaning.EMPTY, GiveAndTake.of(List.of()).leaning());
        assertEquals(GiveAndTake.Leaning.BALANCED, GiveAndTake.of(List.of(got(null))).leaning());
        assertEquals(GiveAndTake.Leaning.BALANCED, GiveAndTake.of(List.of(got(null), gave(null))).leaning());
        assertEquals(GiveAndTake.Leaning.RECEIVED_MORE, GiveAndTake.of(List.of(got(null), got(null))).leaning());
    }

    static Event event(String id, String start, String end) {
        return new Event(id, id, null, start == null ? null : OffsetDateTime.parse(start),
                end == null ? null : OffsetDateTime.parse(end), null, null, List.of(), List.of(), null);
    }

    @Test
    void upcomingEventsIncludeThoseUnderWaySoonestFirst() {
        Instant now = Instant.parse("2026-12-03T19:00:00Z");
        List<Event> events = List.of(
                event("later", "2027-01-10T18:00:00+01:00", null),
                event("past", "2026-11-01T18:00:00+01:00", "2026-11-01T22:00:00+01:00"),
                event("underWay", "2026-12-03T18:30:00+01:00", "2026-12-03T22:00:00+01:00"),
                event("justEnded", "2026-12-03T17:00:00+01:00", "2026-12-03T19:30:00+01:00"), // 18:30 UTC
                event("todayNoEnd", "2026-12-03T09:00:00+01:00", null),
                event("undated", null, null),
                event("next", "2026-12-10T18:00:00+01:00", null));
        assertEquals(List.of("todayNoEnd", "underWay", "next"),
                UpcomingEvents.of(events, now, 3).stream().map(Event::id).toList());
        assertEquals(4, UpcomingEvents.of(events, now, 10).size());
    }
}
