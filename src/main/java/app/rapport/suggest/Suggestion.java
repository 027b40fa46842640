package app.rapport.suggest;

import app.rapport.journal.Contact;
import java.util.List;
import java.util.Objects;

/**
 * A suggestion to introduce {@code a} and {@code b}: the score it ranks by, one sentence saying
 * why (in the language asked for) and the reasons behind it, strongest first. {@code a} is the
 * person the sentence names first.
 */
public record Suggestion(Contact a, Contact b, double score, String reason, List<Reason> why) {

    public Suggestion {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(reason, "reason");
        why = List.copyOf(why);
    }

    /** What to store when the user dismisses this suggestion. */
    public Dismissal dismissal() {
        return Dismissal.of(a, b);
    }

    /** Whether this suggestion is about the two given contacts, in either order. */
    public boolean involvesPair(String x, String y) {
        return (a.id().equals(x) && b.id().equals(y)) || (a.id().equals(y) && b.id().equals(x));
    }
}
