package app.rapport.suggest;

import java.util.Objects;

/**
 * One contribution to a suggestion's score, for the expandable "why". For {@link Kind#isFactor()
 * factor} kinds the weight is the multiplier applied to the score (below 1 lowers it); for the
 * others it is the points the reason adds to the final score.
 */
public record Reason(Kind kind, double weight, String text) {

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public enum Kind {
        /** One seeks what the other offers. */
        SEEKS_OFFERS(false),
        /** Both seek what the other offers: the bonus on top of the two one-way matches. */
        MUTUAL_BENEFIT(false),
        /** An interest both share; rarer interests weigh more. */
        SHARED_INTEREST(false),
        /** How well the user knows the less well known of the two. */
        ACQUAINTANCE(true),
        /** People both already know. */
        MUTUAL_ACQUAINTANCES(true),
        /** The two sit in different circles of the user's network. */
        BRIDGES_CIRCLES(true),
        /** How earlier introductions of the two went. */
        TRACK_RECORD(true);

        private final boolean factor;

        Kind(boolean factor) {
            this.factor = factor;
        }

        public boolean isFactor() {
            return factor;
        }
    }
}
