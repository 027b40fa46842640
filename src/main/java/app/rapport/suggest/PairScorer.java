package app.rapport.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of one pair, on the state of the journal at one date. Both the indexed search and
 * the all-pairs check call this, so they agree to the last bit, and the result does not depend
 * on the order of the two or on the order the journal was read in: interest weights are added
 * in fixed point, where addition is exact in any order.
 *
 * <pre>
 * score = topics x acquaintance x circles x track record
 * topics        = 3 per seek the other offers (each way) + 1.5 if it works both ways
 *                 + per shared interest up to 2, less the more contacts share it
 * acquaintance  = how well the user knows the less well known of the two (0.1 .. 1)
 * circles       = 1 + 0.05 per mutual acquaintance (at most 3) + 0.1 if they bridge two circles
 * track record  = per person 0.8 .. 1.1 from how earlier introductions of them went
 * </pre>
 * Without a topic in common a pair scores 0 and is not suggested: mutual acquaintances alone
 * give nothing to talk about.
 *
 * <p>The tags of all contacts are copied into flat arrays: the search counts topics of hundreds
 * of thousands of pairs, and arrays that stay in the processor's cache make that fast.
 */
final class PairScorer {

    static final double SEEK_MATCH = 3.0;
    static final double BOTH_WAYS_BONUS = 1.5;
    static final double INTEREST_MAX = 2.0;
    static final double MUTUAL_STEP = 0.05;
    static final int MUTUAL_CAP = 3;
    static final double BRIDGE = 0.1;
    static final double CIRCLES_MAX = 1 + MUTUAL_STEP * MUTUAL_CAP + BRIDGE;
    static final double SUCCESS_STEP = 0.05;
    static final double FAILURE_STEP = 0.1;
    static final int TRACK_CAP = 2;
    /** Fixed-point unit of interest weights: sums of a few hundred weights of at most 2 fit a long. */
    private static final double FIXED = 0x1p50;

    final Profile[] profiles;
    final Network network;
    /** How well the user knows each contact, by slot. */
    final double[] acquaintance;
    /** Track record factor, by slot. */
    final double[] track;
    /** The highest track record factor of anyone: what a partner can multiply a score by at most. */
    final double trackMax;
    /** Weight of each key as a shared interest (exactly the fixed-point value). */
    final double[] interestWeight;
    private final long[] interestFixed;
    /** Document frequency of each key as an interest among eligible contacts. */
    final int[] interestCount;
    private final boolean[] hasFeedback;
    private final Map<String, PairHistory> history;

    private final boolean[] eligible;
    private final int[] interestStart;
    private final int[] interests;
    private final int[] offerStart;
    private final int[] offers;
    private final int[] seekStart;
    private final int[] seeks;

    PairScorer(Profile[] profiles, Network network, double[] acquaintance, double[] track,
               int[] interestCount, int eligibleCount, boolean[] hasFeedback,
               Map<String, PairHistory> history) {
        this.profiles = profiles;
        this.network = network;
        this.acquaintance = acquaintance;
        this.track = track;
        this.interestCount = interestCount;
        this.hasFeedback = hasFeedback;
        this.history = history;
        interestFixed = new long[interestCount.length];
        interestWeight = new double[interestCount.length];
        for (int t = 0; t < interestCount.length; t++) {
            interestFixed[t] = Math.round(interestWeight(interestCount[t], eligibleCount) * FIXED);
            interestWeight[t] = interestFixed[t] / FIXED;
        }
        double max = 1;
        for (double v : track) {
            max = Math.max(max, v);
        }
        trackMax = max;
        int slots = profiles.length;
        eligible = new boolean[slots];
        interestStart = new int[slots + 1];
        offerStart = new int[slots + 1];
        seekStart = new int[slots + 1];
        int ni = 0;
        int no = 0;
        int ns = 0;
        for (Profile p : profiles) {
            if (p != null && p.eligible) {
                ni += p.interests.length;
                no += p.offers.length;
                ns += p.seeks.length;
            }
        }
        interests = new int[ni];
        offers = new int[no];
        seeks = new int[ns];
        ni = 0;
        no = 0;
        ns = 0;
        for (int x = 0; x < slots; x++) {
            Profile p = profiles[x];
            interestStart[x] = ni;
            offerStart[x] = no;
            seekStart[x] = ns;
            if (p != null && p.eligible) {
                eligible[x] = true;
                System.arraycopy(p.interests, 0, interests, ni, p.interests.length);
                System.arraycopy(p.offers, 0, offers, no, p.offers.length);
                System.arraycopy(p.seeks, 0, seeks, ns, p.seeks.length);
                ni += p.interests.length;
                no += p.offers.length;
                ns += p.seeks.length;
            }
        }
        interestStart[slots] = ni;
        offerStart[slots] = no;
        seekStart[slots] = ns;
    }

    /** What the user did about a pair before. */
    record PairHistory(boolean underway, boolean dismissedForGood, Set<String> dismissedFingerprints) {
    }

    static String pairKey(String x, String y) {
        return x.compareTo(y) <= 0 ? x + '\u0000' + y : y + '\u0000' + x;
    }

    /** The weight of an interest shared by {@code count} of {@code eligible} contacts: 2 when only the two share it. */
    static double interestWeight(int count, int eligible) {
        if (count < 2 || eligible < 2) {
            return 0;
        }
        return INTEREST_MAX * Math.log1p((double) eligible / count) / Math.log1p(eligible / 2.0);
    }

    /** The score of the pair, or 0 if it has no topic in common or must not be suggested. */
    double score(int x, int y) {
        if (x == y || !eligible[x] || !eligible[y]) {
            return 0;
        }
        double topics = topics(x, y);
        if (topics == 0 || excluded(profiles[x], profiles[y])) {
            return 0;
        }
        return combine(topics, x, y, network.mutualCount(x, y));
    }

    /**
     * The score as if the user had not yet acted on the pair (planned, dismissed): for saying
     * again why an introduction under way was worth making. Ties and one person entered twice
     * still score 0.
     */
    double scoreRegardlessOfFeedback(int x, int y) {
        if (x == y || !eligible[x] || !eligible[y]) {
            return 0;
        }
        double topics = topics(x, y);
        if (topics == 0 || network.tied(x, y) || profiles[x].samePersonAs(profiles[y])) {
            return 0;
        }
        return combine(topics, x, y, network.mutualCount(x, y));
    }

    /**
     * The score of the pair if it can reach {@code floor}, else 0 (or the score): topics are
     * cheap to count and bound the score before the look-ups of who knows whom.
     */
    double scoreIfAtLeast(int x, int y, double floor) {
        if (x == y || !eligible[x] || !eligible[y]) {
            return 0;
        }
        double topics = topics(x, y);
        if (topics == 0 || topics * factorsBound(x, y) * (1 + 1e-9) < floor) {
            return 0;
        }
        return score(x, y);
    }

    /** What the two have to talk about, in points, before the other factors. */
    double topics(int x, int y) {
        int ab = common(seeks, seekStart[x], seekStart[x + 1], offers, offerStart[y], offerStart[y + 1]);
        int ba = common(seeks, seekStart[y], seekStart[y + 1], offers, offerStart[x], offerStart[x + 1]);
        return topics(ab, ba, sharedInterests(x, y));
    }

    /** The most the factors other than topics can make of a pair: its circles at their best. */
    double factorsBound(int x, int y) {
        return Math.min(acquaintance[x], acquaintance[y]) * (track[x] * track[y]) * CIRCLES_MAX;
    }

    /** What one contact's own factors can make of any pair it is in, at most. */
    double personalBound(int x) {
        return acquaintance[x] * track[x] * trackMax * CIRCLES_MAX;
    }

    /** The most a pair with this contact can score on topics, whoever the other is. */
    double topicsBound(int x) {
        return SEEK_MATCH * (seekCount(x) + offerCount(x)) + BOTH_WAYS_BONUS + interestSum(x);
    }

    /** All of a contact's interest weights together: the most it can share with anyone. */
    double interestSum(int x) {
        long sum = 0;
        for (int i = interestStart[x]; i < interestStart[x + 1]; i++) {
            sum += interestFixed[interests[i]];
        }
        return sum / FIXED;
    }

    int seekCount(int x) {
        return seekStart[x + 1] - seekStart[x];
    }

    int offerCount(int x) {
        return offerStart[x + 1] - offerStart[x];
    }

    /** The ids of a contact's interests. */
    int[] interestsOf(int x) {
        return java.util.Arrays.copyOfRange(interests, interestStart[x], interestStart[x + 1]);
    }

    int interestCountOf(int x) {
        return interestStart[x + 1] - interestStart[x];
    }

    private double combine(double topics, int x, int y, int mutual) {
        double know = Math.min(acquaintance[x], acquaintance[y]);
        // The track product first: x * y == y * x exactly, so the order of the two does not matter.
        return topics * know * circles(x, y, mutual) * (track[x] * track[y]);
    }

    private static double topics(int ab, int ba, long interests) {
        double seekOffer = SEEK_MATCH * ab + SEEK_MATCH * ba + (ab > 0 && ba > 0 ? BOTH_WAYS_BONUS : 0);
        return seekOffer + interests / FIXED;
    }

    private double circles(int x, int y, int mutual) {
        return 1 + MUTUAL_STEP * Math.min(mutual, MUTUAL_CAP) + (network.bridges(x, y) ? BRIDGE : 0);
    }

    private boolean excluded(Profile a, Profile b) {
        if (network.tied(a.slot, b.slot) || a.samePersonAs(b)) {
            return true;
        }
        if (!hasFeedback[a.slot] || !hasFeedback[b.slot]) {
            return false;
        }
        PairHistory h = history.get(pairKey(a.id, b.id));
        if (h == null) {
            return false;
        }
        if (h.underway()) {
            return true;
        }
        boolean aFirst = a.id.compareTo(b.id) < 0;
        if (!h.dismissedFingerprints().isEmpty()) {
            return h.dismissedFingerprints().contains(
                    Dismissal.pairFingerprint(aFirst ? a.topics() : b.topics(), aFirst ? b.topics() : a.topics()));
        }
        return h.dismissedForGood();
    }

    /** How many ids the two ascending runs have in common. */
    private static int common(int[] xs, int xFrom, int xTo, int[] ys, int yFrom, int yTo) {
        int n = 0;
        int i = xFrom;
        int j = yFrom;
        while (i < xTo && j < yTo) {
            int d = xs[i] - ys[j];
            if (d < 0) {
                i++;
            } else if (d > 0) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    private long sharedInterests(int x, int y) {
        long sum = 0;
        int i = interestStart[x];
        int iTo = interestStart[x + 1];
        int j = interestStart[y];
        int jTo = interestStart[y + 1];
        while (i < iTo && j < jTo) {
            int d = interests[i] - interests[j];
            if (d < 0) {
                i++;
            } else if (d > 0) {
                j++;
            } else {
                sum += interestFixed[interests[i]];
                i++;
                j++;
            }
        }
        return sum;
    }

    /** The parts of a pair's score, for the explanation; {@code total} equals {@link #score}. */
    Breakdown breakdown(int x, int y) {
        Profile a = profiles[x];
        Profile b = profiles[y];
        if (a.id.compareTo(b.id) > 0) {
            Profile t = a;
            a = b;
            b = t;
        }
        List<Integer> shared = new ArrayList<>();
        for (int v : a.interests) {
            if (Profile.contains(b.interests, v)) {
                shared.add(v);
            }
        }
        return new Breakdown(a, b, matches(a.seeks, b.offers), matches(b.seeks, a.offers), shared,
                topics(x, y), acquaintance[a.slot], acquaintance[b.slot],
                network.mutual(a.slot, b.slot), network.bridges(a.slot, b.slot),
                track[a.slot], track[b.slot], score(x, y));
    }

    private static List<Integer> matches(int[] seeks, int[] offers) {
        List<Integer> out = new ArrayList<>();
        for (int s : seeks) {
            if (Profile.contains(offers, s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A pair's score taken apart. {@code a} is the contact with the smaller id; the seek lists
     * hold the ids of matched keys.
     */
    record Breakdown(Profile a, Profile b, List<Integer> aSeeksBOffers, List<Integer> bSeeksAOffers,
                     List<Integer> sharedInterests, double topics,
                     double acquaintanceA, double acquaintanceB,
                     int[] mutualAcquaintances, boolean bridges, double trackA, double trackB,
                     double total) {

        /** What multiplies the topic points into the score. */
        double multiplier() {
            return topics == 0 ? 0 : total / topics;
        }
    }
}
