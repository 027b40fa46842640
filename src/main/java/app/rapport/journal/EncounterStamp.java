package app.rapport.journal;

import java.time.OffsetDateTime;

/**
 * One contact's part in an encounter: who, when, how valuable, about what. Enough to judge every
 * relationship of a large journal (warmth, last encounter) without loading whole encounters.
 * {@code topic} is the title, or without one the beginning of the notes; it may be null.
 */
public record EncounterStamp(String contactId, String encounterId, OffsetDateTime date, Integer rating, String topic) {
}
