package app.rapport.reminders;

import java.time.LocalDate;
import java.util.Map;

/**
 * Reminders the user put off: item key to the day it comes back. Keys name what is reminded of
 * ({@link #keepInTouch}, {@link #birthday}, {@link #followUp}) so that a snooze survives a restart
 * and ends by itself: on its day, or when the reminder no longer applies.
 */
public record Snoozes(Map<String, LocalDate> untilByItem) {

    public static final int KEEP_IN_TOUCH_DAYS = 7;
    public static final int BIRTHDAY_DAYS = 1;
    public static final int FOLLOW_UP_DAYS = 1;

    public Snoozes {
        untilByItem = Map.copyOf(untilByItem);
    }

    public static Snoozes none() {
        return new Snoozes(Map.of());
    }

    /** True when nothing is snoozed: then no item's key needs to be built to ask. */
    public boolean isEmpty() {
        return untilByItem.isEmpty();
    }

    /** Whether the item is hidden on {@code today}: it comes back on its until-day. */
    public boolean isSnoozed(String item, LocalDate today) {
        LocalDate until = untilByItem.get(item);
        return until != null && today.isBefore(until);
    }

    public static String keepInTouch(String contactId) {
        return "keep-in-touch:" + contactId;
    }

    /** Keyed by the occurrence, so that putting off this year's birthday does not touch next year's. */
    public static String birthday(String contactId, LocalDate occurrence) {
        return "birthday:" + contactId + ":" + occurrence;
    }

    public static String followUp(String encounterId, int index) {
        return "follow-up:" + encounterId + ":" + index;
    }
}
