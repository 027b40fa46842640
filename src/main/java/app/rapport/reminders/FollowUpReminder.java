package app.rapport.reminders;

import app.rapport.journal.Encounter;
import app.rapport.journal.FollowUp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An open follow-up with a due date, and the encounter it came from ({@code index} is its
 * position there, which is how it is marked done).
 */
public record FollowUpReminder(Encounter encounter, int index, FollowUp followUp, LocalDate today) {

    public LocalDate due() {
        return followUp.due();
    }

    public boolean isOverdue() {
        return followUp.due().isBefore(today);
    }

    /** Days past the due date; negative while it is still ahead. */
    public long daysOverdue() {
        return ChronoUnit.DAYS.between(followUp.due(), today);
    }

    public String snoozeKey() {
        return Snoozes.followUp(encounter.id(), index);
    }
}
