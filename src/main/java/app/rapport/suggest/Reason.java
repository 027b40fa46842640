package app.rapport.suggest;

import java.util.Objects;

/**
 * One contribution to a suggestion's score, for the expandable "why". For {@link Kind#isFactor()
 * factor} kinds the weight is the multiplier applied to the score (below 1 lowers it); for the
 * others it is the points the reason adds to the final score. {@code tags}: for a need met or an
 * interest shared, the two tags concerned as written (the first person's, then the other's), so
 * the user can say they mean different things; empty for other reasons.
 */
public record Reason(Kind kind, double weight, String text, java.util.List<String> tags) {

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        tags = tags == null ? java.util.List.of() : java.util.List.copyOf(tags);
    }

    public Reason(Kind kind, double weight, String text) {
        this(kind, weight, text, java.util.List.of());
    }

    public enum Kind {
        /** One seeks what the other offers. */
        SEEKS_OFFERS(false),
        /** Both seek what the other offers: the bonus on top of the two one-way matches. */
        MUTUAL_BENEFIT(false),
        /** An interest both share; rarer interests weigh more. */
        SHARED_INTEREST(false),
        /** People both already know, weighted as Adamic-Adar does. */
        MUTUAL_ACQUAINTANCES(false),
        /** What the user talked about with each of the two (encounters, events). */
        ENCOUNTER_TOPICS(false),
        /** Both attend an event soon: an occasion to meet. */
        EVENT_OCCASION(false),
        /** The user knows both: the ground every introduction stands on. */
        KNOWN_BOTH(false),
        /** How well the user knows the less well known of the two. */
        ACQUAINTANCE(true),
        /** The two sit in different circles of the user's network. */
        BRIDGES_CIRCLES(true),
        /** How earlier introductions of the two went. */
        TRACK_RECORD(true),
        /** What Rapport learned from the user's decisions about a kind of reason. */
        LEARNED(true);

        private final boolean factor;

        Kind(boolean factor) {
            this.factor = factor;
        }

        public boolean isFactor() {
            return factor;
        }
    }
}
