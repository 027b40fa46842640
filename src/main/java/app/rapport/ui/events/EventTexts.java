package app.rapport.ui.events;

import app.rapport.journal.Event;
import app.rapport.ui.common.I18n;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and labels of events in the user's language. Times are shown as recorded (the event's own offset). */
final class EventTexts {

    private EventTexts() {
    }

    static String name(Event e) {
        return e.name() == null || e.name().isBlank() ? I18n.text("events.unnamed") : e.name();
    }

    static String date(OffsetDateTime t) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(I18n.locale())
                .format(t.toLocalDate());
    }

    static String shortDate(OffsetDateTime t) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(I18n.locale())
                .format(t.toLocalDate());
    }

    /** As the editor writes it, so that what is shown can be typed back. */
    static String time(OffsetDateTime t) {
        return t == null ? "" : app.rapport.ui.common.Formats.time(t.toLocalTime());
    }

    /** "Thursday, 3 December 2026, 18:30–22:00", across days "3 Dec 2026, 09:00 – 5 Dec 2026, 17:00". */
    static String when(Event e, ZoneId userZone) {
        return inOtherZone(e, userZone) ? I18n.text("events.when.otherZone", whenAsRecorded(e), e.start().getOffset().getId())
                : whenAsRecorded(e);
    }

    /**
     * True for a timed event recorded with another offset than the user's clock has at that moment
     * (imported from a calendar of another place, or the user has moved): its times are that
     * place's, and say so.
     */
    static boolean inOtherZone(Event e, ZoneId userZone) {
        if (e.start() == null || e.isAllDay()) {
            return false;
        }
        return !userZone.getRules().getOffset(e.start().toInstant()).equals(e.start().getOffset());
    }

    private static String whenAsRecorded(Event e) {
        if (e.start() == null) {
            return I18n.text("events.noDate");
        }
        boolean allDay = e.isAllDay();
        if (e.end() == null) {
            return allDay ? date(e.start()) : date(e.start()) + ", " + time(e.start());
        }
        if (allDay) {
            OffsetDateTime lastDay = e.end().minusDays(1);
            return lastDay.toLocalDate().isAfter(e.start().toLocalDate())
                    ? shortDate(e.start()) + " – " + shortDate(lastDay) : date(e.start());
        }
        if (e.end().toLocalDate().equals(e.start().toLocalDate())) {
            return date(e.start()) + ", " + time(e.start()) + "–" + time(e.end());
        }
        return shortDate(e.start()) + ", " + time(e.start()) + " – " + shortDate(e.end()) + ", " + time(e.end());
    }

    /** A session's time slot, "19:00–19:30". */
    static String slot(OffsetDateTime start, OffsetDateTime end) {
        if (start == null) {
            return "";
        }
        return end == null ? time(start) : time(start) + "–" + time(end);
    }
}
