package app.rapport.journal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meetup, regulars' table, conference or barcamp: its agenda ({@link Session}s), who from the
 * network attends (contact ids) and the user's goals and preparation notes.
 */
public record Event(
        String id,
        String name,
        String series,
        OffsetDateTime start,
        OffsetDateTime end,
        String place,
        String topic,
        List<String> attendees,
        List<Session> sessions,
        String notes) {

    public Event {
        attendees = List.copyOf(attendees == null ? List.of() : attendees);
        sessions = List.copyOf(sessions == null ? List.of() : sessions);
    }

    /**
     * An event of whole days: it starts at midnight and ends at a midnight (the one after its last
     * day, as calendars write it) or has no end. Its times mean nothing and are not shown.
     */
    public boolean isAllDay() {
        return start != null && start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && (end == null || end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT));
    }

    public Event withId(String newId) {
        return new Event(newId, name, series, start, end, place, topic, attendees, sessions, notes);
    }
}
