package app.rapport.reminders;

import app.rapport.journal.Contact;
import java.time.LocalDate;

/**
 * A contact due for a catch-up: {@code cadenceDays} have passed since the last encounter (or,
 * for someone never met, since the contact was added). {@code relationship} holds the last
 * encounter and its topic.
 */
public record KeepInTouchDue(Contact contact, int cadenceDays, LocalDate dueOn, long daysOverdue,
                             Relationship relationship) {

    public String snoozeKey() {
        return Snoozes.keepInTouch(contact.id());
    }
}
