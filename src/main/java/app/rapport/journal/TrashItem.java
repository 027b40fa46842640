package app.rapport.journal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something the user deleted; it can be restored until the trash is emptied.
 *
 * @param label what it is called: a contact's name, an encounter's title (or who was there), an event's name
 * @param date  the day of the encounter or event, shown beside the label in the user's format; null for contacts
 */
public record TrashItem(Kind kind, String id, String label, LocalDate date, Instant deletedAt) {

    public enum Kind { CONTACT, ENCOUNTER, EVENT }
}
