package app.rapport.suggest;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the engine learned from the user's decisions about earlier suggestions: how much each
 * kind of reason weighs in this journal. A suggestion resting mainly on one kind of reason that
 * the user dismissed (or that did not work out) lowers that kind; one they planned raises it.
 * Each decision moves the weight by {@value #STEP}, within 0.5 to 1.5, and only after two
 * decisions about a kind: one dismissal says little. Nothing is stored: it is read again from
 * the introductions each time, so forgetting them (a reset) undoes it.
 */
record Learned(Map<Kind, Double> weights, Map<Kind, int[]> decisions, double[] byKind) {

    Learned(Map<Kind, Double> weights, Map<Kind, int[]> decisions) {
        this(weights, decisions, table(weights));
    }

    /** The weights by kind in an array: read for every pair scored. */
    private static double[] table(Map<Kind, Double> weights) {
        double[] t = new double[Kind.values().length];
        for (Kind k : Kind.values()) {
            t[k.ordinal()] = weights.getOrDefault(k, 1.0);
        }
        return t;
    }

    static final double STEP = 0.15;
    static final double MIN = 0.5;
    static final double MAX = 1.5;
    static final int AT_LEAST = 2;

    /** What a suggestion mainly rests on. */
    enum Kind {
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

    static final Learned NOTHING = new Learned(Map.of(), Map.of());

    /** Learned from decisions: per kind, {accepted, rejected}. */
    static Learned from(Map<Kind, int[]> decisions) {
        Map<Kind, Double> w = new EnumMap<>(Kind.class);
        for (Map.Entry<Kind, int[]> e : decisions.entrySet()) {
            int accepted = e.getValue()[0];
            int rejected = e.getValue()[1];
            if (accepted + rejected >= AT_LEAST && accepted != rejected) {
                w.put(e.getKey(), Math.max(MIN, Math.min(MAX, 1 + STEP * (accepted - rejected))));
            }
        }
        return new Learned(Map.copyOf(w), Map.copyOf(decisions));
    }

    double weight(Kind kind) {
        return byKind[kind.ordinal()];
    }

    double base() {
        return weight(Kind.KNOWN_ONLY);
    }

    double structure() {
        return weight(Kind.MUTUAL_ACQUAINTANCES);
    }

    double seeksOffers() {
        return weight(Kind.SEEKS_OFFERS);
    }

    double interests() {
        return weight(Kind.SHARED_INTERESTS);
    }

    double topics() {
        return weight(Kind.ENCOUNTER_TOPICS);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }
}
