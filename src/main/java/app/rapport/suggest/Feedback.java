package app.rapport.suggest;

import app.rapport.journal.Introduction;
import java.util.Collection;
import java.util.List;

/**
 * What the user has done with earlier suggestions: the introductions in the journal (planned,
 * in progress, finished, dismissed) and the dismissals with their fingerprints.
 *
 * <p>A pair is never suggested again once an introduction between the two is planned or further
 * along. A dismissed pair stays away while a {@link Dismissal} of it still applies; a dismissed
 * introduction with no {@code Dismissal} record (for example one read from an interchange file)
 * keeps the pair away for good, since nothing tells what it looked like when it was dismissed.
 */
public record Feedback(List<Introduction> introductions, List<Dismissal> dismissals) {

    public Feedback {
        introductions = List.copyOf(introductions == null ? List.of() : introductions);
        dismissals = List.copyOf(dismissals == null ? List.of() : dismissals);
    }

    public static Feedback none() {
        return new Feedback(List.of(), List.of());
    }

    /**
     * The feedback stored in a journal: its introductions, and a {@link Dismissal} for each
     * dismissed one that carries the fingerprint taken when the user dismissed it.
     */
    public static Feedback from(Collection<Introduction> introductions) {
        List<Dismissal> dismissals = new java.util.ArrayList<>();
        for (Introduction i : introductions) {
            Dismissal d = dismissalOf(i);
            if (d != null) {
                dismissals.add(d);
            }
        }
        return new Feedback(List.copyOf(introductions), dismissals);
    }

    /** The dismissal an introduction stands for, or null if it is not a dismissal with a fingerprint. */
    public static Dismissal dismissalOf(Introduction i) {
        return i.status() == app.rapport.journal.IntroductionStatus.DISMISSED && i.dismissalFingerprint() != null
                ? new Dismissal(i.a(), i.b(), i.dismissalFingerprint()) : null;
    }

    public static Feedback of(Collection<Introduction> introductions, Collection<Dismissal> dismissals) {
        return new Feedback(List.copyOf(introductions), List.copyOf(dismissals));
    }
}
