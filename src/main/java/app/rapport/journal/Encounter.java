package app.rapport.journal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** A time the user met, called or wrote to one or more contacts. */
public record Encounter(
        String id,
        OffsetDateTime date,
        EncounterKind kind,
        String title,
        String place,
        String eventId,
        List<String> participants,
        String notes,
        Integer rating,
        List<FollowUp> followUps) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    public Encounter {
        Objects.requireNonNull(date, "date");
        kind = kind == null ? EncounterKind.OTHER : kind;
        participants = List.copyOf(participants == null ? List.of() : participants);
        followUps = List.copyOf(followUps == null ? List.of() : followUps);
        if (rating != null && (rating < MIN_RATING || rating > MAX_RATING)) {
            throw new IllegalArgumentException("rating must be 1 to 5, was " + rating);
        }
    }

    public Encounter withId(String newId) {
        return new Encounter(newId, date, kind, title, place, eventId, participants, notes, rating, followUps);
    }

    public Encounter withFollowUps(List<FollowUp> newFollowUps) {
        return new Encounter(id, date, kind, title, place, eventId, participants, notes, rating, newFollowUps);
    }
}
