package app.rapport.reminders;

import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterTimeline;
import app.rapport.journal.Event;
import app.rapport.journal.JournalSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the Today screen shows that follows from the journal itself, computed once from a
 * snapshot: catch-ups due, birthdays, follow-ups, recent encounters, the next events and the
 * network's health.
 */
public record TodayDigest(
        LocalDate today,
        List<KeepInTouchDue> catchUps,
        List<BirthdayReminder> birthdays,
        List<FollowUpReminder> followUps,
        List<Encounter> recent,
        List<Event> nextEvents,
        NetworkHealth health,
        Relationships relationships) {

    public static final int RECENT_ENCOUNTERS = 5;
    public static final int NEXT_EVENTS = 3;

    public TodayDigest {
        catchUps = List.copyOf(catchUps);
        birthdays = List.copyOf(birthdays);
        followUps = List.copyOf(followUps);
        recent = List.copyOf(recent);
        nextEvents = List.copyOf(nextEvents);
    }

    public static TodayDigest of(JournalSnapshot journal, KeepInTouchRules rules, Snoozes snoozes,
                                 Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        // Every pass over all encounters goes over the snapshot's timeline, built when the journal was loaded.
        EncounterTimeline timeline = journal.timeline();
        Relationships relationships = Relationships.of(timeline, today, zone);
        return new TodayDigest(today,
                Reminders.keepInTouchDue(journal.contacts(), relationships, rules, snoozes, today, zone),
                Reminders.birthdays(journal.contacts(), relationships, snoozes, today, Reminders.BIRTHDAY_DAYS_AHEAD),
                Reminders.followUps(timeline.withOpenFollowUps(), snoozes, today, Reminders.FOLLOW_UP_DAYS_AHEAD),
                Reminders.recent(timeline, now, RECENT_ENCOUNTERS),
                UpcomingEvents.of(journal.events(), now, NEXT_EVENTS),
                Reminders.health(journal.contacts(), relationships),
                relationships);
    }

    /** What the start-up notification names: what needs doing today, not what is merely coming. */
    public DueToday dueToday() {
        int birthdaysToday = (int) birthdays.stream().filter(BirthdayReminder::isToday).count();
        int followUpsDue = (int) followUps.stream().filter(f -> !f.due().isAfter(today)).count();
        return new DueToday(catchUps.size(), birthdaysToday, followUpsDue);
    }

    public record DueToday(int catchUps, int birthdays, int followUps) {
        public boolean isEmpty() {
            return catchUps == 0 && birthdays == 0 && followUps == 0;
        }
    }
}
