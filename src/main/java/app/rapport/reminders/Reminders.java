package app.rapport.reminders;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterTimeline;
import app.rapport.journal.FollowUp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * What is due: catch-ups, birthdays and follow-ups. Pure functions of the journal, the user's
 * rules and snoozes, and the day; nothing here reads a clock.
 */
public final class Reminders {

    /** Birthdays from today up to and including this many days ahead are shown. */
    public static final int BIRTHDAY_DAYS_AHEAD = 14;
    /** Follow-ups due up to this many days ahead are shown beside the due and overdue ones. */
    public static final int FOLLOW_UP_DAYS_AHEAD = 7;

    private static final Comparator<Contact> BY_NAME = Comparator.comparing(Contact::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(c -> c.id() == null ? "" : c.id());

    private Reminders() {
    }

    /**
     * Contacts whose cadence has passed since the last encounter, most overdue first. Someone never
     * met counts from the day they were added. Archived contacts are left out.
     */
    public static List<KeepInTouchDue> keepInTouchDue(Iterable<Contact> contacts, Relationships relationships,
                                                      KeepInTouchRules rules, Snoozes snoozes,
                                                      LocalDate today, ZoneId zone) {
        List<KeepInTouchDue> due = new ArrayList<>();
        for (Contact c : contacts) {
            if (c.archived()) {
                continue;
            }
            OptionalInt cadence = rules.cadence(c);
            if (cadence.isEmpty()) {
                continue;
            }
            Relationship r = relationships.of(c.id());
            LocalDate dueOn;
            if (r.everMet()) {
                dueOn = r.lastDay().plusDays(cadence.getAsInt());
            } else if (c.createdAt() != null) {
                dueOn = c.createdAt().atZone(zone).toLocalDate().plusDays(cadence.getAsInt());
            } else {
                dueOn = today;
            }
            if (dueOn.isAfter(today) || snoozes.isSnoozed(Snoozes.keepInTouch(c.id()), today)) {
                continue;
            }
            due.add(new KeepInTouchDue(c, cadence.getAsInt(), dueOn, ChronoUnit.DAYS.between(dueOn, today), r));
        }
        due.sort(Comparator.comparingLong(KeepInTouchDue::daysOverdue).reversed()
                .thenComparing(KeepInTouchDue::contact, BY_NAME));
        return due;
    }

    /**
     * When each contact with a cadence is next due for a catch-up, soonest first: overdue ones on
     * their due day (in the past), snoozed ones on the day the snooze ends. For a calendar.
     */
    public static List<KeepInTouchDue> keepInTouchSchedule(Iterable<Contact> contacts, Relationships relationships,
                                                           KeepInTouchRules rules, Snoozes snoozes,
                                                           LocalDate today, ZoneId zone) {
        List<KeepInTouchDue> out = new ArrayList<>();
        for (Contact c : contacts) {
            OptionalInt cadence = rules.cadence(c);
            if (c.archived() || cadence.isEmpty()) {
                continue;
            }
            Relationship r = relationships.of(c.id());
            LocalDate dueOn = r.everMet() ? r.lastDay().plusDays(cadence.getAsInt())
                    : c.createdAt() != null ? c.createdAt().atZone(zone).toLocalDate().plusDays(cadence.getAsInt())
                    : today;
            LocalDate until = snoozes.untilByItem().get(Snoozes.keepInTouch(c.id()));
            if (until != null && until.isAfter(dueOn) && until.isAfter(today)) {
                dueOn = until;
            }
            out.add(new KeepInTouchDue(c, cadence.getAsInt(), dueOn, ChronoUnit.DAYS.between(dueOn, today), r));
        }
        out.sort(Comparator.comparing(KeepInTouchDue::dueOn).thenComparing(KeepInTouchDue::contact, BY_NAME));
        return out;
    }

    /**
     * Birthdays from {@code today} to {@code daysAhead} days ahead, soonest first. A birthday on
     * 29 February is remembered on 28 February in other years. Archived contacts are left out.
     */
    public static List<BirthdayReminder> birthdays(Iterable<Contact> contacts, Relationships relationships,
                                                   Snoozes snoozes, LocalDate today, int daysAhead) {
        List<BirthdayReminder> out = new ArrayList<>();
        for (Contact c : contacts) {
            if (c.archived() || c.birthday() == null) {
                continue;
            }
            LocalDate next = c.birthday().nextOccurrence(today);
            long days = ChronoUnit.DAYS.between(today, next);
            if (days > daysAhead || snoozes.isSnoozed(Snoozes.birthday(c.id(), next), today)) {
                continue;
            }
            Integer turning = c.birthday().year() == null ? null : next.getYear() - c.birthday().year();
            out.add(new BirthdayReminder(c, next, days, turning, relationships.of(c.id())));
        }
        out.sort(Comparator.comparingLong(BirthdayReminder::daysUntil)
                .thenComparing(BirthdayReminder::contact, BY_NAME));
        return out;
    }

    /** Open follow-ups due by {@code today + daysAhead}, earliest due first (overdue ones lead). */
    public static List<FollowUpReminder> followUps(Iterable<Encounter> encounters, Snoozes snoozes,
                                                   LocalDate today, int daysAhead) {
        LocalDate horizon = today.plusDays(daysAhead);
        List<FollowUpReminder> out = new ArrayList<>();
        for (Encounter e : encounters) {
            List<FollowUp> followUps = e.followUps();
            for (int i = 0; i < followUps.size(); i++) {
                FollowUp f = followUps.get(i);
                if (f.done() || f.due() == null || f.due().isAfter(horizon)
                        || !snoozes.isEmpty() && snoozes.isSnoozed(Snoozes.followUp(e.id(), i), today)) {
                    continue;
                }
                out.add(new FollowUpReminder(e, i, f, today));
            }
        }
        out.sort(Comparator.comparing(FollowUpReminder::due)
                .thenComparingLong(r -> r.encounter().date().toEpochSecond())
                .thenComparingInt(FollowUpReminder::index));
        return out;
    }

    /** Warm, cooling and cold among the contacts that are not archived. */
    public static NetworkHealth health(Iterable<Contact> contacts, Relationships relationships) {
        int warm = 0;
        int cooling = 0;
        int cold = 0;
        for (Contact c : contacts) {
            if (c.archived()) {
                continue;
            }
            switch (relationships.warmth(c.id())) {
                case WARM -> warm++;
                case COOLING -> cooling++;
                case COLD -> cold++;
            }
        }
        return new NetworkHealth(warm, cooling, cold);
    }

    /** The {@code limit} latest encounters that have happened by {@code now}, newest first. */
    public static List<Encounter> recent(EncounterTimeline timeline, Instant now, int limit) {
        List<Encounter> out = new ArrayList<>(limit);
        for (int t = timeline.latestAtOrBefore(now.getEpochSecond()); t >= 0 && out.size() < limit; t--) {
            out.add(timeline.encounter(t));
        }
        return out;
    }
}
