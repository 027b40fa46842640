package app.rapport.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * An introduction of contact {@code a} to contact {@code b}, from idea to outcome. The order
 * matters: {@code a} is the first person asked in the double opt-in.
 */
public record Introduction(
        String id,
        String a,
        String b,
        IntroductionStatus status,
        Instant createdAt,
        String reason,
        String outcome) {

    public Introduction {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a contact cannot be introduced to itself: " + a);
        }
        status = status == null ? IntroductionStatus.SUGGESTED : status;
    }

    public Introduction withId(String newId) {
        return new Introduction(newId, a, b, status, createdAt, reason, outcome);
    }
}
