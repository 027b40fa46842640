package app.rapport.suggest;

import app.rapport.journal.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of a pair on the state of the journal at one date, and its parts for the "why".
 * The search and the all-pairs check both call {@link #score}, so they agree to the last bit.
 *
 * <pre>
 * score  = closeness x track record x circles x points
 * points = 0 unless at least one of the reasons below the first line holds, else
 *          1                               you know both: the ground every introduction stands on
 *        + mutual acquaintances            Adamic-Adar over who knows whom, by link strength,
 *                                          saturating at 3 (many mutual friends say "they may
 *                                          well know each other" as much as "they should meet")
 *        + 8 per seek the other offers     each way, by how rare the match is on both sides
 *        + 3 if it works both ways
 *        + up to 2 per shared interest     less the more contacts share it, and when both list many
 *        + up to 1.5 for encounter topics  what you talked about with each of them (0.05 a word)
 *        + 0.5 if both attend an event soon  (an occasion, never a reason on its own)
 * closeness = how well the user knows the two: the geometric mean of each (0.1 .. 1), to the
 *             power 3/4, so that a need met counts for more than knowing both a little better;
 *             the points of needs met (seeks offered, both ways) take it to the power 1/4 only:
 *             the two said what they need and give, so their worth rests less on what the
 *             user knows of them
 * </pre>
 * A need met is the heart of an introduction (1 + 1 at least 2.5), so it weighs most: a rare
 * seek met by a rare offer outweighs a handful of shared interests. Rarity is the inverse document
 * frequency, smoothed for small journals: log((n + 1) / df) / log(n + 1); what only one holds (for
 * an interest: only the two) weighs 1, what many hold little.
 * Each group of points is multiplied by what the engine learned from the user's decisions
 * ({@link Learned}). Concepts and words held by more than a fifth of the contacts (at least 10)
 * weigh nothing: they do not single out a pair.
 */
final class Model {

    /** How much closeness counts: the geometric mean of the two to this power. */
    static final double CLOSENESS_POWER = 0.75;
    /**
     * How much closeness counts for a need met (one looks for what the other offers): less. The
     * two said in their own words what they need and give, so the pair's worth does not rest on
     * how well the user knows them; that the user can reach both still counts. A guess from
     * shared interests or mutual acquaintances, by contrast, is only as good as what the user
     * knows of the two.
     */
    static final double NEEDS_CLOSENESS_POWER = 0.25;
    /** What mutual acquaintances can add at most (approached, never reached). */
    static final double STRUCTURE_CAP = 3.0;

    /** Mutual acquaintances' Adamic-Adar sum, saturating at {@link #STRUCTURE_CAP}; never more than the sum. */
    static double saturated(double structure) {
        return STRUCTURE_CAP * (1 - Math.exp(-structure / STRUCTURE_CAP));
    }

    static final double BASE = 1.0;
    static final double SEEK = 8.0;
    /** Both gain: worth as much as one more need met, since an introduction that helps both is the one that lasts. */
    static final double BOTH_WAYS = 3.0;
    /** How well each must meet a need of the other (of a whole, rare match: 1) for it to work both ways. */
    static final double BOTH_WAYS_MATCH = 0.25;
    static final double INTEREST = 2.0;
    /** Interests per person up to which a shared one keeps its full weight. */
    static final double INTERESTS_UNDILUTED = 3.0;
    static final double TOPIC = 0.05;
    static final double TOPIC_CAP = 1.5;
    static final double OCCASION = 0.5;
    static final double OTHER_CIRCLES = 1.05;
    static final double SUCCESS_STEP = 0.05;
    static final double FAILURE_STEP = 0.1;
    static final int TRACK_CAP = 2;
    static final int COMMON_FLOOR = 10;

    /** What the user did about a pair before. */
    record PairHistory(boolean underway, boolean dismissedForGood, Set<String> dismissedFingerprints) {
    }

    final Lexicon lexicon;
    final Profile[] profiles;
    final boolean[] eligible;
    final int eligibleCount;
    final Graph graph;
    /** Per slot, how well the user knows the contact (0.1 .. 1), as {@link Acquaintance} reckons it. */
    final double[] acquaintance;
    /** Per slot, what that weighs in a score: {@link #acquaintance} to the {@link #CLOSENESS_POWER}. */
    final double[] closeness;
    final double[] track;
    final double trackMax;
    final Features[] seeks;
    final Features[] offers;
    final Features[] interests;
    final Features[] topics;
    /** Per slot, indexes into {@link #events} of the events it attends soon, ascending. */
    final int[][] upcoming;
    final List<Event> events;
    /** Per slot, an organisation number or -1. */
    final int[] organization;
    final Learned learned;

    /** Weight of each feature as a seek met by an offer (either way: the fewer offer it, the more), as an interest, as a topic. */
    final double[] offerWeight;
    final double[] interestWeight;
    final double[] topicWeight;
    /** Holders per feature among eligible contacts, for the "why". */
    final int[] interestHolders;

    /**
     * Per slot, how many interests the contact lists (at least 1), for {@link #dilution}: read for
     * every partner the search looks at, so kept in one array rather than behind each profile.
     */
    private final double[] interestCount;
    /** Per slot, what closeness weighs for a need met: {@link #acquaintance} to the {@link #NEEDS_CLOSENESS_POWER}. */
    final double[] needsCloseness;
    /** Per slot, the most its topics and links can add to a pair's points. */
    final double[] reach;
    final double reachMax;
    /** Per slot, the most its seeks and offers can add (with working both ways). */
    final double[] seekOfferReach;
    /** Per slot, the most its interests and encounter topics can add. */
    final double[] sharedReach;

    /** Per slot, the first slot of the same person entered twice (itself when there is no other). */
    private final int[] person;
    private final boolean[] hasFeedback;
    private final Map<String, PairHistory> history;
    /** Pairs at one organisation that the user said do not know each other (keys of slots). */
    private final Set<Long> strangers;
    /** Pairs holding tags the user kept apart: their features against each other (see {@link Apart}). */
    private Map<Long, Features[]> apart = Map.of();

    Model(Lexicon lexicon, Profile[] profiles, Graph graph, double[] closeness, double[] track,
          Features[] topics, int[][] upcoming, List<Event> events, int[] organization, Learned learned,
          boolean[] hasFeedback, Map<String, PairHistory> history, Set<Long> strangers) {
        this.lexicon = lexicon;
        this.profiles = profiles;
        this.graph = graph;
        this.acquaintance = closeness;
        this.closeness = new double[closeness.length];
        for (int i = 0; i < closeness.length; i++) {
            this.closeness[i] = Math.pow(closeness[i], CLOSENESS_POWER);
        }
        this.interestCount = new double[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            this.interestCount[i] = Math.max(1, profiles[i].interests.length);
        }
        this.needsCloseness = new double[closeness.length];
        for (int i = 0; i < closeness.length; i++) {
            this.needsCloseness[i] = Math.pow(closeness[i], NEEDS_CLOSENESS_POWER);
        }
        this.track = track;
        this.topics = topics;
        this.upcoming = upcoming;
        this.events = events;
        this.organization = organization;
        this.learned = learned;
        this.hasFeedback = hasFeedback;
        this.history = history;
        this.strangers = strangers;
        int n = profiles.length;
        int features = lexicon.conceptCount() + lexicon.stemCount();
        eligible = new boolean[n];
        seeks = new Features[n];
        offers = new Features[n];
        interests = new Features[n];
        int count = 0;
        double tm = 1;
        for (int x = 0; x < n; x++) {
            Profile p = profiles[x];
            seeks[x] = Features.NONE;
            offers[x] = Features.NONE;
            interests[x] = Features.NONE;
            if (p != null && p.eligible) {
                eligible[x] = true;
                count++;
                seeks[x] = p.seekFeatures;
                offers[x] = p.offerFeatures;
                interests[x] = p.interestFeatures;
                tm = Math.max(tm, track[x]);
            }
            if (topics[x] == null || !eligible[x]) {
                topics[x] = Features.NONE;
            }
        }
        eligibleCount = count;
        trackMax = tm;
        int[] offerDf = new int[features];
        int[] seekDf = new int[features];
        interestHolders = new int[features];
        int[] topicDf = new int[features];
        for (int x = 0; x < n; x++) {
            if (eligible[x]) {
                count(offers[x], offerDf);
                count(seeks[x], seekDf);
                count(interests[x], interestHolders);
                count(topics[x], topicDf);
            }
        }
        int common = Math.max(COMMON_FLOOR, count / 5);
        offerWeight = new double[features];
        interestWeight = new double[features];
        topicWeight = new double[features];
        for (int f = 0; f < features; f++) {
            offerWeight[f] = matchRarity(offerDf[f], count, common);
            // A match is rare when few can meet the need and few have it: a need that many seek
            // and many offer ("leadership") singles out no pair.
            if (offerWeight[f] > 0 && seekDf[f] > 0) {
                offerWeight[f] *= matchRarity(seekDf[f], count, common);
            }
            interestWeight[f] = shareRarity(interestHolders[f], count, common);
            topicWeight[f] = shareRarity(topicDf[f], count, common);
        }
        person = samePerson(profiles);
        reach = new double[n];
        seekOfferReach = new double[n];
        sharedReach = new double[n];
        double rm = 0;
        for (int x = 0; x < n; x++) {
            if (eligible[x]) {
                seekOfferReach[x] = learned.seeksOffers() * (SEEK * (seeks[x].bound(offerWeight)
                        + offers[x].bound(offerWeight)) + (seeks[x].isEmpty() || offers[x].isEmpty() ? 0 : BOTH_WAYS));
                sharedReach[x] = learned.interests() * INTEREST * Math.min(1, INTERESTS_UNDILUTED / Math.sqrt(Math.max(1,
                        profiles[x].interests.length))) * interests[x].bound(interestWeight)
                        + learned.topics() * Math.min(TOPIC_CAP, TOPIC * topics[x].bound(topicWeight));
                reach[x] = learned.structure() * saturated(graph.mutualBound(x)) + seekOfferReach[x] + sharedReach[x]
                        + (upcoming[x].length > 0 ? OCCASION : 0);
                rm = Math.max(rm, reach[x]);
            }
        }
        reachMax = rm;
    }

    /** Groups the records that are one person entered twice: the same e-mail, or the same name at the same organisation. */
    private static int[] samePerson(Profile[] profiles) {
        int[] parent = new int[profiles.length];
        Map<String, Integer> first = new java.util.HashMap<>();
        for (int x = 0; x < profiles.length; x++) {
            parent[x] = x;
            List<String> keys = new ArrayList<>();
            keys.add("name:" + profiles[x].personKey());
            for (String e : profiles[x].contact.emails()) {
                keys.add("mail:" + e.strip().toLowerCase(java.util.Locale.ROOT));
            }
            for (String k : keys) {
                Integer other = first.putIfAbsent(k, x);
                if (other != null) {
                    parent[root(parent, x)] = root(parent, other);
                }
            }
        }
        for (int x = 0; x < profiles.length; x++) {
            parent[x] = root(parent, x);
        }
        return parent;
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void count(Features f, int[] df) {
        for (int id : f.ids()) {
            df[id]++;
        }
    }

    /**
     * A seek met by one of {@code df} offerers (or an offer sought by one of {@code df}): 1 when
     * only one can, falling with the log of how many can (a smoothed inverse document frequency).
     */
    static double matchRarity(int df, int eligible, int common) {
        if (df == 0 || df > common) {
            return 0;
        }
        return eligible < 2 ? 1 : Math.log((eligible + 1.0) / df) / Math.log(eligible + 1.0);
    }

    /** Something {@code df} contacts share: 1 when only two do, falling with the log of how many do. */
    static double shareRarity(int df, int eligible, int common) {
        if (df < 2 || df > common) {
            return 0;
        }
        return eligible < 2 ? 1 : Math.log((eligible + 1.0) / df) / Math.log((eligible + 1.0) / 2);
    }

    static long pair(int x, int y) {
        return x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
    }

    static String pairKey(String x, String y) {
        return x.compareTo(y) <= 0 ? x + '\u0000' + y : y + '\u0000' + x;
    }

    // Scoring

    /** The pair's score, or 0 if it must not be suggested. */
    double score(int x, int y) {
        if (x == y || !eligible[x] || !eligible[y] || excluded(x, y)) {
            return 0;
        }
        return weighed(x, y);
    }

    /** The score as if the user had not acted on the pair yet (planned, dismissed): for saying why again. */
    double scoreRegardlessOfFeedback(int x, int y) {
        if (x == y || !eligible[x] || !eligible[y] || knownToKnow(x, y)) {
            return 0;
        }
        return weighed(x, y);
    }

    /**
     * The points with the factors: closeness as {@link #closeness(int, int)} for all but the needs
     * met, which count with {@link #needsCloseness(int, int)}.
     */
    private double weighed(int x, int y) {
        Features[] f = apart.isEmpty() ? null : tagsOf(x, y);
        double needs = needPoints(x, y, f);
        double others = otherPoints(x, y, f);
        if (needs + others <= 0) {
            return 0; // knowing both, or both going to one event, is an occasion, not a reason
        }
        double ground = BASE * learned.base() + (sharedEvent(x, y) >= 0 ? OCCASION : 0);
        return (track[x] * track[y]) * (graph.differentCircles(x, y) ? OTHER_CIRCLES : 1)
                * (closeness(x, y) * (ground + others) + needsCloseness(x, y) * needs);
    }

    /**
     * The score of a pair that shares no reason yet, for lists that would otherwise run short
     * (a list is never empty while eligible pairs exist): knowing both, and an event both attend.
     * 0 for a pair that has a reason (it scores by {@link #score}) or must not be suggested.
     */
    double reasonlessScore(int x, int y) {
        if (x == y || !eligible[x] || !eligible[y] || excluded(x, y) || points(x, y) > 0) {
            return 0;
        }
        return factors(x, y) * reasonlessPoints(x, y);
    }

    double reasonlessPoints(int x, int y) {
        return BASE * learned.base() + (sharedEvent(x, y) >= 0 ? OCCASION : 0);
    }

    double factors(int x, int y) {
        // The track product first: x * y == y * x exactly, so the order of the two does not matter.
        return closeness(x, y) * (track[x] * track[y]) * (graph.differentCircles(x, y) ? OTHER_CIRCLES : 1);
    }

    /** How close the user is to the two together: the geometric mean, so both count. */
    double closeness(int x, int y) {
        return Math.sqrt(closeness[x] * closeness[y]);
    }

    /** How close the user is to the two as it counts for a need met. */
    double needsCloseness(int x, int y) {
        return Math.sqrt(needsCloseness[x] * needsCloseness[y]);
    }

    /** The points before the factors; 0 for a pair without a reason. */
    double points(int x, int y) {
        Features[] f = apart.isEmpty() ? null : tagsOf(x, y);
        double reasons = needPoints(x, y, f) + otherPoints(x, y, f);
        if (reasons <= 0) {
            return 0; // knowing both, or both going to one event, is an occasion, not a reason
        }
        double occasion = sharedEvent(x, y) >= 0 ? OCCASION : 0;
        return BASE * learned.base() + reasons + occasion;
    }

    /** What one looks for and the other offers, either way, with the bonus for working both ways. */
    double needPoints(int x, int y) {
        return needPoints(x, y, apart.isEmpty() ? null : tagsOf(x, y));
    }

    private double needPoints(int x, int y, Features[] f) {
        double xy = Features.overlap(f == null ? seeks[x] : f[0], f == null ? offers[y] : f[4], offerWeight);
        double yx = Features.overlap(f == null ? seeks[y] : f[3], f == null ? offers[x] : f[1], offerWeight);
        return learned.seeksOffers() * (SEEK * (xy + yx) + (xy >= BOTH_WAYS_MATCH && yx >= BOTH_WAYS_MATCH ? BOTH_WAYS : 0));
    }

    /** Mutual acquaintances, shared interests and what the user talked about with both. */
    private double otherPoints(int x, int y, Features[] f) {
        double structure = saturated(graph.mutualWeight(x, y));
        double shared = INTEREST * dilution(x, y) * Features.overlap(f == null ? interests[x] : f[2],
                f == null ? interests[y] : f[5], interestWeight);
        double talked = Math.min(TOPIC_CAP, TOPIC * Features.overlap(topics[x], topics[y], topicWeight));
        return learned.structure() * structure + learned.interests() * shared + learned.topics() * talked;
    }

    /** Sets the features of pairs whose tags the user kept apart ({@link Apart#features}); only lowers scores. */
    void keepApart(Map<Long, Features[]> features) {
        apart = features;
    }

    /** The pair's seeks, offers, interests of x, then of y, as they count against each other; null if as always. */
    private Features[] tagsOf(int x, int y) {
        Features[] f = apart.get(pair(x, y));
        if (f == null || x < y) {
            return f;
        }
        return new Features[] {f[3], f[4], f[5], f[0], f[1], f[2]};
    }

    /** A shared interest says less when both list many (as cosine similarity normalises). */
    double dilution(int x, int y) {
        return Math.min(1, INTERESTS_UNDILUTED / Math.sqrt(interestCount[x] * interestCount[y]));
    }

    /** The first upcoming event both attend, as an index into {@link #events}, or -1. */
    int sharedEvent(int x, int y) {
        int[] a = upcoming[x];
        int[] b = upcoming[y];
        if (a.length == 0 || b.length == 0) {
            return -1;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                return a[i];
            }
        }
        return -1;
    }

    /** Known to know each other: linked, one person entered twice, or colleagues the user did not set apart. */
    boolean knownToKnow(int x, int y) {
        if (graph.knows(x, y) || person[x] == person[y]) {
            return true;
        }
        return sameOrganization(x, y) && !strangers.contains(pair(x, y));
    }

    boolean sameOrganization(int x, int y) {
        return organization[x] >= 0 && organization[x] == organization[y];
    }

    private boolean excluded(int x, int y) {
        if (knownToKnow(x, y)) {
            return true;
        }
        if (!hasFeedback[x] || !hasFeedback[y]) {
            return false;
        }
        Profile a = profiles[x];
        Profile b = profiles[y];
        PairHistory h = history.get(pairKey(a.id, b.id));
        if (h == null) {
            return false;
        }
        if (h.underway()) {
            return true;
        }
        if (!h.dismissedFingerprints().isEmpty()) {
            boolean aFirst = a.id.compareTo(b.id) < 0;
            return h.dismissedFingerprints().contains(Dismissal.pairFingerprint(
                    Dismissal.topics((aFirst ? a : b).contact), Dismissal.topics((aFirst ? b : a).contact)));
        }
        return h.dismissedForGood();
    }

    /** The feature that carries most of the pair's topical points (for variety), or -1. */
    int mainTopic(int x, int y) {
        if (x > y) { // the same answer whichever of the two is named first
            int t = x;
            x = y;
            y = t;
        }
        Share best = null;
        for (List<Share> found : List.of(shares(seeks[x], offers[y], offerWeight, SEEK),
                shares(seeks[y], offers[x], offerWeight, SEEK),
                shares(interests[x], interests[y], interestWeight, INTEREST * dilution(x, y)))) {
            if (!found.isEmpty() && (best == null || found.getFirst().points() > best.points())) {
                best = found.getFirst();
            }
        }
        return best == null ? -1 : best.feature();
    }

    // The parts, for the explanation

    /** One shared feature and what it adds to the points (before the factors). */
    record Share(int feature, double points) {
    }

    /**
     * A pair's score taken apart. {@code a} has the smaller id. Points are before the factors;
     * {@code total} equals {@link #score} (or {@link #scoreRegardlessOfFeedback}).
     */
    record Breakdown(Profile a, Profile b, List<Share> aSeeksBOffers, List<Share> bSeeksAOffers, double bothWays,
                     List<Share> interests, List<Share> topics, double topicPoints, int[] mutual,
                     double structure, int event, double closenessA, double closenessB,
                     boolean differentCircles, double trackA, double trackB, double points, double needPoints,
                     double total) {

        /** What the factors make of a point of the other reasons. */
        double multiplier() {
            if (points == 0 || total == 0) {
                return 0;
            }
            return needPoints == 0 ? total / points : total / (points - needPoints + needPoints * needsRatio());
        }

        /** What the factors make of a point of a need met. */
        double needsMultiplier() {
            return total == 0 ? 0 : multiplier() * needsRatio();
        }

        /** How much more a point of a need met weighs than another point, for these two. */
        private double needsRatio() {
            return Math.pow(Math.sqrt(closenessA * closenessB), NEEDS_CLOSENESS_POWER - CLOSENESS_POWER);
        }
    }

    Breakdown breakdown(int x, int y, boolean regardlessOfFeedback) {
        if (profiles[x].id.compareTo(profiles[y].id) > 0) {
            int t = x;
            x = y;
            y = t;
        }
        Features[] f = apart.isEmpty() ? null : tagsOf(x, y);
        Features sx = f == null ? seeks[x] : f[0];
        Features ox = f == null ? offers[x] : f[1];
        Features ix = f == null ? interests[x] : f[2];
        Features sy = f == null ? seeks[y] : f[3];
        Features oy = f == null ? offers[y] : f[4];
        Features iy = f == null ? interests[y] : f[5];
        List<Share> ab = shares(sx, oy, offerWeight, SEEK * learned.seeksOffers());
        List<Share> ba = shares(sy, ox, offerWeight, SEEK * learned.seeksOffers());
        double xy = Features.overlap(sx, oy, offerWeight);
        double yx = Features.overlap(sy, ox, offerWeight);
        double both = xy >= BOTH_WAYS_MATCH && yx >= BOTH_WAYS_MATCH ? BOTH_WAYS * learned.seeksOffers() : 0;
        List<Share> in = shares(ix, iy, interestWeight,
                INTEREST * dilution(x, y) * learned.interests());
        List<Share> tp = shares(topics[x], topics[y], topicWeight, TOPIC * learned.topics());
        double talked = learned.topics() * Math.min(TOPIC_CAP, TOPIC * Features.overlap(topics[x], topics[y], topicWeight));
        int[] mutual = graph.mutual(x, y);
        double structure = learned.structure() * saturated(graph.mutualWeight(x, y));
        double points = points(x, y);
        double total = regardlessOfFeedback ? scoreRegardlessOfFeedback(x, y) : score(x, y);
        if (points <= 0) { // a pair without a reason, listed to fill a short list
            points = reasonlessPoints(x, y);
            boolean out = regardlessOfFeedback ? knownToKnow(x, y) : excluded(x, y);
            total = out ? 0 : factors(x, y) * points;
        }
        return new Breakdown(profiles[x], profiles[y], ab, ba, both, in, tp, talked, mutual, structure,
                sharedEvent(x, y), acquaintance[x], acquaintance[y], graph.differentCircles(x, y), track[x], track[y],
                points, points > 0 && total > 0 ? needPoints(x, y) : 0, total);
    }

    private static List<Share> shares(Features a, Features b, double[] weight, double scale) {
        List<Share> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.ids().length && j < b.ids().length) {
            int d = a.ids()[i] - b.ids()[j];
            if (d < 0) {
                i++;
            } else if (d > 0) {
                j++;
            } else {
                double v = Math.min(a.credit()[i], b.credit()[j]) * weight[a.ids()[i]] * scale;
                if (v > 0) {
                    out.add(new Share(a.ids()[i], v));
                }
                i++;
                j++;
            }
        }
        out.sort((p, q) -> Double.compare(q.points(), p.points()));
        return out;
    }

    boolean isConcept(int feature) {
        return feature < lexicon.conceptCount();
    }

    /** The stem of a word feature. */
    int stemOf(int feature) {
        return feature - lexicon.conceptCount();
    }

    static int[] sorted(int[] values) {
        int[] out = values.clone();
        Arrays.sort(out);
        return out;
    }
}
