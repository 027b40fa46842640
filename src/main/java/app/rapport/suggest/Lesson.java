package app.rapport.suggest;

/**
 * One thing Rapport learned from the user's decisions about earlier suggestions: suggestions
 * resting mainly on one kind of reason now count {@code weight} times as much (below 1: less),
 * because the user dismissed {@code dismissed} of them, saw {@code didNotWorkOut} not work out,
 * and went ahead with {@code wentAhead}.
 */
public record Lesson(Kind kind, int dismissed, int didNotWorkOut, int wentAhead, double weight) {

    /** What a suggestion mainly rests on. */
    public enum Kind {
        /** Nothing but that the user knows both. */
        KNOWN_ONLY,
        /** People both know. */
        MUTUAL_ACQUAINTANCES,
        /** One looks for what the other offers. */
        SEEKS_OFFERS,
        /** Interests both share. */
        SHARED_INTERESTS,
        /** What the user talked about with each. */
        ENCOUNTER_TOPICS
    }

    public boolean countsLess() {
        return weight < 1;
    }
}
