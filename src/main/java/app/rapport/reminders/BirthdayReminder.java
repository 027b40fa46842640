package app.rapport.reminders;

import app.rapport.journal.Contact;
import java.time.LocalDate;

/**
 * A birthday coming up: on {@code date}, in {@code daysUntil} days (0 is today). {@code turning}
 * is the age reached, or null when the year of birth is unknown. {@code relationship} says what
 * the user last talked about with the contact, for a personal message.
 */
public record BirthdayReminder(Contact contact, LocalDate date, long daysUntil, Integer turning,
                               Relationship relationship) {

    public boolean isToday() {
        return daysUntil == 0;
    }

    public String snoozeKey() {
        return Snoozes.birthday(contact.id(), date);
    }
}
