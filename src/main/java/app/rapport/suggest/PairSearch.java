package app.rapport.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The best pairs, varied, found without scoring every pair and equal to what scoring every pair
 * would give.
 *
 * <p>A pair scores only when the two share a reason: a need one of them meets, an interest, a
 * topic, or a mutual acquaintance. So the partners worth looking at for one contact are found
 * through the posting lists of its features and its acquaintances' acquaintances, and what they
 * share is added up on the way (a sparse product, as in all-pairs similarity search): no pair that
 * shares nothing is ever looked at. Contacts are visited from the best known to the least known,
 * each pair once, from the later of the two; a pair whose sum cannot reach the threshold (the
 * score of the {@code keep}-th best pair so far) is dropped, the others are scored exactly by
 * {@link Model#score}, and once the contact visited is known too little for any pair to reach the
 * threshold, the search ends.
 *
 * <p>The list is picked from the pairs at or above the threshold; if the variety rules leave it
 * short, the search runs again keeping more pairs.
 */
final class PairSearch {

    /** A scored pair of slots; {@code a} is the contact with the smaller id. */
    record Ranked(int a, int b, double score, int topic) {
    }

    /** Sums that differ from the exact score only in the order of their terms pass with this slack. */
    private static final double SLACK = 1e-9;

    private final Model model;
    private final int[] order;
    private final int[] position;
    private final Postings offerers;
    private final Postings seekers;
    private final Postings interested;
    private final Postings talkedAbout;
    private long scored;

    PairSearch(Model model) {
        this.model = model;
        Profile[] profiles = model.profiles;
        List<Integer> slots = new ArrayList<>();
        for (int x = 0; x < profiles.length; x++) {
            if (model.eligible[x]) {
                slots.add(x);
            }
        }
        slots.sort(Comparator.comparingDouble((Integer x) -> -model.closeness[x])
                .thenComparing(x -> profiles[x].id));
        order = slots.stream().mapToInt(Integer::intValue).toArray();
        position = new int[profiles.length];
        Arrays.fill(position, Integer.MAX_VALUE);
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        int features = model.offerWeight.length;
        offerers = new Postings(order, model.offers, model.offerWeight, features);
        seekers = new Postings(order, model.seeks, model.offerWeight, features);
        interested = new Postings(order, model.interests, model.interestWeight, features);
        talkedAbout = new Postings(order, model.topics, model.topicWeight, features);
    }

    /** Per feature that weighs something, its holders in visiting order with their credit for it. */
    private static final class Postings {
        final int[][] holders;
        final float[][] credit;

        Postings(int[] order, Features[] of, double[] weight, int features) {
            int[] count = new int[features];
            for (int x : order) {
                for (int f : of[x].ids()) {
                    if (weight[f] > 0) {
                        count[f]++;
                    }
                }
            }
            holders = new int[features][];
            credit = new float[features][];
            for (int f = 0; f < features; f++) {
                if (count[f] > 0) {
                    holders[f] = new int[count[f]];
                    credit[f] = new float[count[f]];
                }
                count[f] = 0;
            }
            for (int x : order) {
                Features fx = of[x];
                for (int i = 0; i < fx.ids().length; i++) {
                    int f = fx.ids()[i];
                    if (weight[f] > 0) {
                        holders[f][count[f]] = x;
                        credit[f][count[f]++] = fx.credit()[i];
                    }
                }
            }
        }
    }

    /** How many pairs the last search scored. */
    long scored() {
        return scored;
    }

    /**
     * The best {@code n} pairs, no contact in more than {@code perTen} and no topic in more than
     * {@code topicsPerTen} of each ten, the rest by score.
     */
    List<Ranked> top(int n, int perTen, int topicsPerTen) {
        if (n <= 0 || order.length < 2) {
            return List.of();
        }
        int keep = Math.max(6 * n, n + 30);
        while (true) {
            Found found = search(keep);
            List<Ranked> picked = pickVaried(found.pairs, n, perTen, topicsPerTen);
            if (picked.size() >= n) {
                return picked;
            }
            if (found.exhaustive) {
                return filled(found.pairs, n, perTen, topicsPerTen);
            }
            keep *= 4;
        }
    }

    /** Contacts among whose pairs a short list is filled up, at most. */
    private static final int REASONLESS_REACH = 2_000;

    /**
     * A list that variety left short. Too few people for varied lists (five contacts make ten pairs,
     * each person in four): the rest of the pairs in order of rank. A list is never empty while
     * eligible pairs exist: where no pair has a reason, pairs that share none stand in (beside pairs
     * with a reason they would be noise).
     */
    private List<Ranked> filled(List<Ranked> withReason, int m, int perTen, int topicsPerTen) {
        List<Ranked> candidates = withReason.isEmpty() ? reasonless(m, perTen, topicsPerTen) : withReason;
        List<Ranked> picked = pickVaried(candidates, m, perTen, topicsPerTen);
        for (Ranked r : candidates) {
            if (picked.size() >= m) {
                break;
            }
            if (!picked.contains(r)) {
                picked.add(r);
            }
        }
        return picked;
    }

    /**
     * Pairs that share no reason, best known first: among the best known contacts, as many as it
     * takes for a varied list (up to {@value #REASONLESS_REACH}).
     */
    private List<Ranked> reasonless(int m, int perTen, int topicsPerTen) {
        int reach = Math.min(order.length, 8 + (int) Math.ceil(Math.sqrt(8.0 * m)));
        int limit = Math.min(order.length, REASONLESS_REACH);
        while (true) {
            List<Ranked> found = new ArrayList<>();
            for (int j = 1; j < reach; j++) {
                for (int i = 0; i < j; i++) {
                    double s = model.reasonlessScore(order[i], order[j]);
                    if (s > 0) {
                        Ranked r = ranked(order[i], order[j], s);
                        found.add(new Ranked(r.a(), r.b(), s, -1));
                    }
                }
            }
            found.sort(rankOrder());
            if (reach >= limit || pickVaried(found, m, perTen, topicsPerTen).size() >= m) {
                return found;
            }
            reach = Math.min(limit, reach * 2);
        }
    }

    /** Every pair in order of rank (for the all-pairs check). */
    Comparator<Ranked> rankOrder() {
        return Comparator.comparingDouble((Ranked r) -> -r.score())
                .thenComparing(r -> model.profiles[r.a()].id)
                .thenComparing(r -> model.profiles[r.b()].id);
    }

    private record Found(List<Ranked> pairs, boolean exhaustive) {
    }

    private Found search(int keep) {
        Threshold threshold = new Threshold(keep, 0);
        List<Ranked> kept = new ArrayList<>();
        int slots = model.profiles.length;
        Learned l = model.learned;
        double base = Model.BASE * l.base();
        double bestCloseness = model.closeness[order[0]];
        double bestNeedsCloseness = model.needsCloseness[order[0]];
        int[] mark = new int[slots];
        int[] partners = new int[slots];
        // What each partner shares with x, as far as walked: seeks met, interests (as diluted for x
        // alone), topics, and mutual acquaintances.
        double[] shares = new double[slots];
        double[] interestShares = new double[slots];
        double[] topicShares = new double[slots];
        double[] structureShares = new double[slots];
        Prefix prefix = new Prefix();
        // From each place in the visiting order on, the most any contact's needs met can add, and
        // its other reasons (they count with different closeness).
        double[] needsAfter = new double[order.length + 1];
        double[] othersAfter = new double[order.length + 1];
        for (int k = order.length - 1; k >= 0; k--) {
            int x = order[k];
            needsAfter[k] = Math.max(needsAfter[k + 1], model.seekOfferReach[x]);
            othersAfter[k] = Math.max(othersAfter[k + 1], model.reach[x] - model.seekOfferReach[x]);
        }
        scored = 0;
        for (int k = 1; k < order.length; k++) {
            int x = order[k];
            double most = Math.sqrt(bestCloseness * model.closeness[x]) * model.trackMax * model.trackMax
                    * Model.OTHER_CIRCLES;
            double mostForNeeds = Math.sqrt(bestNeedsCloseness * model.needsCloseness[x]) * model.trackMax
                    * model.trackMax * Model.OTHER_CIRCLES;
            double theta = threshold.value();
            if (most * (base + othersAfter[k]) + mostForNeeds * needsAfter[k] < theta) {
                break; // known too little to reach the threshold with anyone; so is everyone after
            }
            double xNeeds = model.seekOfferReach[x];
            if (most * (base + model.reach[x] - xNeeds) + mostForNeeds * xNeeds < theta) {
                continue;
            }
            // The reasons a partner needs to reach the threshold with x; the partners worth looking at
            // share one of x's weightiest features, enough that the rest could not make up the need.
            // Needs met count with the larger factor, so where x has any, the need is taken by it.
            double factor = xNeeds > 0 ? mostForNeeds : most;
            double need = theta <= 0 ? 0 : (theta / factor - base - Model.OCCASION) * (1 - SLACK);
            prefix.of(x, need);
            int stamp = k;
            int count = 0;
            for (int i = 0; i < prefix.size; i++) {
                int f = prefix.feature[i];
                Postings postings = switch (prefix.kind[i]) {
                    case SEEKS -> offerers;
                    case OFFERS -> seekers;
                    case INTERESTS -> interested;
                    default -> talkedAbout;
                };
                int[] holders = postings.holders[f];
                if (holders == null) {
                    continue;
                }
                float[] theirs = postings.credit[f];
                double mine = prefix.credit[i];
                double weight = prefix.weight[i];
                double[] into = switch (prefix.kind[i]) {
                    case SEEKS, OFFERS -> shares;
                    case INTERESTS -> interestShares;
                    default -> topicShares;
                };
                for (int j = 0; j < holders.length; j++) {
                    int y = holders[j];
                    if (position[y] >= k) {
                        break; // the holders are in visiting order
                    }
                    if (mark[y] != stamp) {
                        mark[y] = stamp;
                        partners[count++] = y;
                        shares[y] = 0;
                        interestShares[y] = 0;
                        topicShares[y] = 0;
                        structureShares[y] = 0;
                    }
                    into[y] += Math.min(mine, theirs[j]) * weight;
                }
            }
            // Everyone who shares an acquaintance with x: few, and outside the features' reach.
            Graph g = model.graph;
            double structure = l.structure();
            int[] near = g.adjacent[x];
            for (int a = 0; a < near.length; a++) {
                int z = near[a];
                double sxz = g.strength[x][a] * g.rarity(z) * structure;
                double rz = g.rarity(z) * structure;
                int[] far = g.adjacent[z];
                byte[] farStrength = g.strength[z];
                for (int b = 0; b < far.length; b++) {
                    int y = far[b];
                    if (position[y] < k) {
                        if (mark[y] != stamp) {
                            mark[y] = stamp;
                            partners[count++] = y;
                            shares[y] = 0;
                            interestShares[y] = 0;
                            topicShares[y] = 0;
                            structureShares[y] = 0;
                        }
                        structureShares[y] += Math.min(sxz, farStrength[b] * rz);
                    }
                }
            }
            boolean xGoes = model.upcoming[x].length > 0;
            double topicCap = l.topics() * Model.TOPIC_CAP;
            for (int i = 0; i < count; i++) {
                int y = partners[i];
                theta = threshold.value();
                // What is not walked yet: x's other features, as far as y has anything to meet them.
                double yNeeds = model.seekOfferReach[y];
                double needs = Math.min(Math.min(prefix.restSeekOffer, yNeeds) + shares[y], yNeeds);
                double open = base + (xGoes && model.upcoming[y].length > 0 ? Model.OCCASION : 0)
                        + Math.min(prefix.restShared, model.sharedReach[y]);
                // What was walked, as the score counts it: interests diluted for both, topics and
                // mutual acquaintances capped.
                double walked = (interestShares[y] == 0 ? 0 : interestShares[y] * model.dilution(x, y) / prefix.dilution)
                        + Math.min(topicCap, topicShares[y])
                        + (structure == 0 ? 0 : structure * Model.saturated(structureShares[y] / structure));
                double upper = model.track[x] * model.track[y] * Model.OTHER_CIRCLES
                        * (model.closeness(x, y) * Math.min(open + walked, base + model.reach[y] - yNeeds)
                        + model.needsCloseness(x, y) * needs);
                if (upper < theta * (1 - SLACK)) {
                    continue;
                }
                scored++;
                double s = model.score(y, x);
                if (s > 0 && s >= theta) {
                    threshold.offer(s);
                    kept.add(ranked(y, x, s));
                }
            }
        }
        double theta = threshold.value();
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : kept) {
            if (r.score() >= theta) {
                out.add(r);
            }
        }
        out.sort(rankOrder());
        return new Found(out, theta == 0);
    }

    private static final int SEEKS = 0;
    private static final int OFFERS = 1;
    private static final int INTERESTS = 2;
    private static final int TOPICS = 3;

    /**
     * The shortest run of one contact's features, weightiest first, such that the rest of them
     * could add less than the need: a partner that shares none of them and no acquaintance cannot
     * reach it (prefix filtering, as in Bayardo, Ma and Srikant's all-pairs similarity search).
     */
    private final class Prefix {
        int[] feature = new int[16];
        int[] kind = new int[16];
        double[] most = new double[16];
        double[] credit = new double[16];
        double[] weight = new double[16];
        /** The most the features after the prefix can add, with the bonus for working both ways. */
        double rest;
        /** How much a shared interest of this contact's counts at most (as few as it lists, the more). */
        double dilution;
        /** Of {@link #rest}, what seeks and offers can add (with working both ways), and interests and topics. */
        double restSeekOffer;
        double restShared;
        int size;
        private Integer[] byWeight = new Integer[16];

        void of(int x, double need) {
            Learned l = model.learned;
            size = 0;
            dilution = Math.min(1, Model.INTERESTS_UNDILUTED
                    / Math.sqrt(Math.max(1, model.profiles[x].interests.length)));
            add(model.seeks[x], model.offerWeight, l.seeksOffers() * Model.SEEK, SEEKS);
            add(model.offers[x], model.offerWeight, l.seeksOffers() * Model.SEEK, OFFERS);
            add(model.interests[x], model.interestWeight, l.interests() * Model.INTEREST * dilution, INTERESTS);
            add(model.topics[x], model.topicWeight, l.topics() * Model.TOPIC, TOPICS);
            int n = size;
            if (byWeight.length < n) {
                byWeight = new Integer[feature.length];
            }
            for (int i = 0; i < n; i++) {
                byWeight[i] = i;
            }
            Arrays.sort(byWeight, 0, n, (p, q) -> Double.compare(most[q], most[p]));
            double bothWays = model.seeks[x].isEmpty() || model.offers[x].isEmpty() ? 0 : l.seeksOffers() * Model.BOTH_WAYS;
            double topicCap = l.topics() * Model.TOPIC_CAP;
            // Walking from the lightest, find where the rest stops being able to make up the need.
            double other = bothWays;
            double topics = 0;
            int cut = 0; // features [0, cut) in weight order are the prefix
            for (int r = n - 1; r >= 0; r--) {
                int i = byWeight[r];
                double withIt = kind[i] == TOPICS
                        ? other + Math.min(topicCap, topics + most[i]) : other + most[i] + Math.min(topicCap, topics);
                if (withIt >= need) {
                    cut = r + 1;
                    break;
                }
                if (kind[i] == TOPICS) {
                    topics += most[i];
                } else {
                    other += most[i];
                }
            }
            rest = other + Math.min(topicCap, topics);
            restSeekOffer = bothWays;
            double restInterests = 0;
            for (int r = cut; r < n; r++) {
                int i = byWeight[r];
                if (kind[i] == SEEKS || kind[i] == OFFERS) {
                    restSeekOffer += most[i];
                } else if (kind[i] == INTERESTS) {
                    restInterests += most[i];
                }
            }
            restShared = restInterests + Math.min(topicCap, topics);
            int[] f = new int[cut];
            int[] kd = new int[cut];
            double[] c = new double[cut];
            double[] w = new double[cut];
            for (int r = 0; r < cut; r++) {
                int i = byWeight[r];
                f[r] = feature[i];
                kd[r] = kind[i];
                c[r] = credit[i];
                w[r] = weight[i];
            }
            System.arraycopy(f, 0, feature, 0, cut);
            System.arraycopy(kd, 0, kind, 0, cut);
            System.arraycopy(c, 0, credit, 0, cut);
            System.arraycopy(w, 0, weight, 0, cut);
            size = cut;
        }

        private void add(Features features, double[] weight, double scale, int k) {
            int[] ids = features.ids();
            float[] credit = features.credit();
            for (int i = 0; i < ids.length; i++) {
                double w = weight[ids[i]];
                if (w <= 0) {
                    continue;
                }
                if (size == feature.length) {
                    feature = Arrays.copyOf(feature, size * 2);
                    kind = Arrays.copyOf(kind, size * 2);
                    most = Arrays.copyOf(most, size * 2);
                    this.credit = Arrays.copyOf(this.credit, size * 2);
                    this.weight = Arrays.copyOf(this.weight, size * 2);
                }
                feature[size] = ids[i];
                kind[size] = k;
                most[size] = credit[i] * w * scale;
                this.credit[size] = credit[i];
                this.weight[size] = w * scale;
                size++;
            }
        }
    }

    Ranked ranked(int x, int y, double score) {
        boolean xFirst = model.profiles[x].id.compareTo(model.profiles[y].id) < 0;
        return new Ranked(xFirst ? x : y, xFirst ? y : x, score, model.mainTopic(x, y));
    }

    /**
     * Picks in order of rank, skipping a pair while one of its two is already in {@code perTen}
     * of the picks for every ten places so far, or its main topic in {@code topicsPerTen}.
     */
    static List<Ranked> pickVaried(List<Ranked> ranked, int n, int perTen, int topicsPerTen) {
        List<Ranked> remaining = new ArrayList<>(ranked);
        List<Ranked> out = new ArrayList<>();
        Map<Integer, Integer> persons = new HashMap<>();
        Map<Integer, Integer> topics = new HashMap<>();
        while (out.size() < n) {
            int tens = out.size() / 10 + 1;
            int personCap = perTen * tens;
            int topicCap = topicsPerTen * tens;
            int chosen = -1;
            for (int i = 0; i < remaining.size(); i++) {
                Ranked r = remaining.get(i);
                if (persons.getOrDefault(r.a(), 0) < personCap && persons.getOrDefault(r.b(), 0) < personCap
                        && (r.topic() < 0 || topics.getOrDefault(r.topic(), 0) < topicCap)) {
                    chosen = i;
                    break;
                }
            }
            if (chosen < 0) {
                break;
            }
            Ranked r = remaining.remove(chosen);
            out.add(r);
            persons.merge(r.a(), 1, Integer::sum);
            persons.merge(r.b(), 1, Integer::sum);
            if (r.topic() >= 0) {
                topics.merge(r.topic(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** The {@code keep}-th best score offered so far (0 until that many): a min-heap of the best. */
    private static final class Threshold {
        private final double[] heap;
        private final double floor;
        private int size;

        Threshold(int keep, double floor) {
            heap = new double[keep];
            this.floor = floor;
        }

        double value() {
            return Math.max(floor, size < heap.length ? 0 : heap[0]);
        }

        void offer(double s) {
            if (size < heap.length) {
                int i = size++;
                heap[i] = s;
                while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
                    swap(i, (i - 1) / 2);
                    i = (i - 1) / 2;
                }
            } else if (s > heap[0]) {
                heap[0] = s;
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    int r = l + 1;
                    int m = i;
                    if (l < size && heap[l] < heap[m]) {
                        m = l;
                    }
                    if (r < size && heap[r] < heap[m]) {
                        m = r;
                    }
                    if (m == i) {
                        break;
                    }
                    swap(i, m);
                    i = m;
                }
            }
        }

        private void swap(int i, int j) {
            double t = heap[i];
            heap[i] = heap[j];
            heap[j] = t;
        }
    }
}
