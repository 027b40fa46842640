package app.rapport.reminders;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the journal says about the user's relationship with one contact: the last encounter (its
 * day in the user's time zone and its topic), how many encounters there were, and the warmth.
 * {@code lastDay}, {@code lastDate}, {@code lastTopic} and {@code lastEncounterId} are null when
 * the user has never met the contact.
 */
public record Relationship(
        String contactId,
        LocalDate lastDay,
        OffsetDateTime lastDate,
        String lastTopic,
        String lastEncounterId,
        int encounters,
        double score,
        Warmth warmth) {

    public static Relationship none(String contactId) {
        return new Relationship(contactId, null, null, null, null, 0, 0, Warmth.COLD);
    }

    public boolean everMet() {
        return lastDay != null;
    }
}
