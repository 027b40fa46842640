package app.rapport.journal;

import java.time.OffsetDateTime;

/** One slot of an event's agenda; {@code speaker} is a contact id, or null. */
public record Session(OffsetDateTime start, OffsetDateTime end, String topic, String speaker) {
}
