package app.rapport.reminders;

import app.rapport.journal.Event;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The events still to come (or going on now), soonest first. */
public final class UpcomingEvents {

    private UpcomingEvents() {
    }

    /**
     * Events whose end (or, without an end, whose start plus a day) is after {@code now}: an event
     * under way still counts, so its brief stays at hand during the evening. Undated events are left out.
     */
    public static List<Event> of(Iterable<Event> events, Instant now, int limit) {
        List<Event> out = new java.util.ArrayList<>();
        for (Event e : events) {
            if (e.start() == null) {
                continue;
            }
            Instant over = e.end() != null ? e.end().toInstant() : e.start().toInstant().plus(java.time.Duration.ofDays(1));
            if (over.isAfter(now)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing((Event e) -> e.start().toInstant()).thenComparing(e -> e.id() == null ? "" : e.id()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }
}
