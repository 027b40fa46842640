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
 * <p>Contacts are visited from the best known to the least known; each pair is looked at once,
 * from the later of its two, and only when {@link Model#bound} says it can reach the threshold:
 * the score of the {@code m}-th best pair found so far. A pair's closeness is that of its less
 * well known contact, so once the contact visited is known too little for any pair to reach the
 * threshold, the search ends. Partners who share a topic, a link or an event come from posting
 * lists kept in visiting order; everyone else can only score the base, which is checked once per
 * contact.
 *
 * <p>At the end every pair scoring at least the threshold has been scored. The list is picked
 * from them; if the variety rules leave it short, the search runs again keeping more pairs.
 */
final class PairSearch {

    /** A scored pair of slots; {@code a} is the contact with the smaller id. */
    record Ranked(int a, int b, double score, int topic) {
    }

    private final Model model;
    private final int[] order;
    private final int[] position;
    private final int[][] offerers;
    private final int[][] seekers;
    private final int[][] interested;
    private final int[][] attendees;
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
        offerers = postings(model.offers, model.offerWeight, features);
        seekers = postings(model.seeks, model.offerWeight, features);
        interested = postings(model.interests, model.interestWeight, features);
        attendees = eventPostings();
    }

    /** Per feature that weighs something, its holders in visiting order. */
    private int[][] postings(Features[] of, double[] weight, int features) {
        int[] count = new int[features];
        for (int x : order) {
            for (int f : of[x].ids()) {
                if (weight[f] > 0) {
                    count[f]++;
                }
            }
        }
        int[][] lists = new int[features][];
        for (int f = 0; f < features; f++) {
            lists[f] = count[f] == 0 ? null : new int[count[f]];
            count[f] = 0;
        }
        for (int x : order) {
            for (int f : of[x].ids()) {
                if (weight[f] > 0) {
                    lists[f][count[f]++] = x;
                }
            }
        }
        return lists;
    }

    private int[][] eventPostings() {
        int[] count = new int[model.events.size()];
        for (int x : order) {
            for (int e : model.upcoming[x]) {
                count[e]++;
            }
        }
        int[][] lists = new int[count.length][];
        for (int e = 0; e < count.length; e++) {
            lists[e] = new int[count[e]];
            count[e] = 0;
        }
        for (int x : order) {
            for (int e : model.upcoming[x]) {
                lists[e][count[e]++] = x;
            }
        }
        return lists;
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
            if (picked.size() >= n || found.exhaustive) {
                return picked;
            }
            keep *= 4;
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
        double floor = estimate(keep);
        Threshold threshold = new Threshold(keep, floor);
        List<Ranked> kept = new ArrayList<>();
        int slots = model.profiles.length;
        int[] mark = new int[slots];
        double base = Model.BASE * model.learned.base();
        double bestCloseness = model.closeness[order[0]];
        // Per contact: the most the factors of any of its pairs can be, and whether it can reach the floor at all.
        double[] most = new double[slots];
        boolean[] alive = new boolean[slots];
        for (int x : order) {
            most[x] = Math.sqrt(bestCloseness * model.closeness[x]) * model.track[x] * model.trackMax * Model.OTHER_CIRCLES;
            alive[x] = most[x] * (base + model.reach[x]) >= floor;
        }
        // Prefixes of the earlier contacts' features, by feature: a pair that reaches the floor
        // without a mutual acquaintance or an event shares one of them (see prefix()).
        Index offerIndex = new Index();
        Index seekIndex = new Index();
        Index interestIndex = new Index();
        Index topicIndex = new Index();
        scored = 0;
        for (int k = 0; k < order.length; k++) {
            int x = order[k];
            if (!alive[x]) {
                continue;
            }
            if (Math.sqrt(bestCloseness * model.closeness[x]) * model.trackMax * model.trackMax
                    * Model.OTHER_CIRCLES * (base + model.reachMax) < threshold.value()) {
                break; // known too little to reach the threshold with anyone; so is everyone after
            }
            int stamp = k + 1;
            for (int f : model.seeks[x].ids()) {
                probe(offerIndex.get(f), x, stamp, mark, threshold, kept);
            }
            for (int f : model.offers[x].ids()) {
                probe(seekIndex.get(f), x, stamp, mark, threshold, kept);
            }
            for (int f : model.interests[x].ids()) {
                probe(interestIndex.get(f), x, stamp, mark, threshold, kept);
            }
            for (int f : model.topics[x].ids()) {
                probe(topicIndex.get(f), x, stamp, mark, threshold, kept);
            }
            for (int e : model.upcoming[x]) {
                for (int y : attendees[e]) {
                    if (position[y] >= k) {
                        break;
                    }
                    if (alive[y] && mark[y] != stamp) {
                        mark[y] = stamp;
                        consider(y, x, threshold, kept);
                    }
                }
            }
            for (int z : model.graph.adjacent[x]) {
                for (int y : model.graph.adjacent[z]) {
                    if (position[y] < k && alive[y] && mark[y] != stamp) {
                        mark[y] = stamp;
                        consider(y, x, threshold, kept);
                    }
                }
            }
            // Everyone else shares nothing with x: the base is all they can score together.
            if (most[x] * base >= threshold.value()) {
                for (int i = 0; i < k; i++) {
                    int y = order[i];
                    if (alive[y] && mark[y] != stamp) {
                        mark[y] = stamp;
                        consider(y, x, threshold, kept);
                    }
                }
            }
            // x's own prefix, for the contacts after it.
            double need = floor / most[x];
            prefix(x, need - base, offerIndex, seekIndex, interestIndex, topicIndex);
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

    /**
     * Adds to the indexes the shortest run of x's features, weightiest first, such that the rest
     * of them together can add less than {@code need} points: a pair with x that shares none of
     * these can score at most the rest (plus the bonus for working both ways), and cannot reach
     * the floor (prefix filtering, as in Bayardo, Ma and Srikant's all-pairs similarity search).
     */
    private void prefix(int x, double need, Index offerIndex, Index seekIndex, Index interestIndex, Index topicIndex) {
        Learned l = model.learned;
        double dilution = Math.min(1, Model.INTERESTS_UNDILUTED / Math.sqrt(Math.max(1, model.profiles[x].interests.length)));
        List<double[]> all = new ArrayList<>(); // {contribution, kind, feature}
        add(all, model.seeks[x], model.offerWeight, l.seeksOffers() * Model.SEEK, 0);
        add(all, model.offers[x], model.offerWeight, l.seeksOffers() * Model.SEEK, 1);
        add(all, model.interests[x], model.interestWeight, l.interests() * Model.INTEREST * dilution, 2);
        add(all, model.topics[x], model.topicWeight, l.topics() * Model.TOPIC, 3);
        all.sort((p, q) -> Double.compare(q[0], p[0]));
        double extra = (model.seeks[x].isEmpty() || model.offers[x].isEmpty() ? 0 : l.seeksOffers() * Model.BOTH_WAYS);
        // Suffix sums, the topics capped as in the score.
        double[] rest = new double[all.size() + 1];
        double other = 0;
        double topics = 0;
        for (int i = all.size() - 1; i >= 0; i--) {
            double[] f = all.get(i);
            if (f[1] == 3) {
                topics += f[0];
            } else {
                other += f[0];
            }
            rest[i] = other + Math.min(l.topics() * Model.TOPIC_CAP, topics);
        }
        for (int i = 0; i < all.size(); i++) {
            if (rest[i] + extra < need) {
                break;
            }
            double[] f = all.get(i);
            Index index = switch ((int) f[1]) {
                case 0 -> seekIndex;
                case 1 -> offerIndex;
                case 2 -> interestIndex;
                default -> topicIndex;
            };
            index.add((int) f[2], x);
        }
    }

    private static void add(List<double[]> all, Features features, double[] weight, double scale, int kind) {
        for (int i = 0; i < features.size(); i++) {
            double c = features.credit()[i] * weight[features.ids()[i]] * scale;
            if (c > 0) {
                all.add(new double[] {c, kind, features.ids()[i]});
            }
        }
    }

    private void probe(IntBag earlier, int x, int stamp, int[] mark, Threshold threshold, List<Ranked> kept) {
        if (earlier == null) {
            return;
        }
        for (int i = 0; i < earlier.size; i++) {
            int y = earlier.items[i];
            if (mark[y] != stamp) {
                mark[y] = stamp;
                consider(y, x, threshold, kept);
            }
        }
    }

    /**
     * A floor for the threshold, from a quick look at the most promising pairs: the best known
     * contacts with the partners their weightiest features and their acquaintances' acquaintances
     * bring. Any {@code keep} pairs found give a floor the final threshold cannot be below.
     */
    private double estimate(int keep) {
        Threshold best = new Threshold(keep, 0);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int[] mark = new int[model.profiles.length];
        int looked = Math.min(order.length, 400);
        for (int k = 0; k < looked; k++) {
            int x = order[k];
            int stamp = k + 1;
            mark[x] = stamp;
            List<double[]> mine = new ArrayList<>();
            add(mine, model.seeks[x], model.offerWeight, Model.SEEK, 0);
            add(mine, model.offers[x], model.offerWeight, Model.SEEK, 1);
            add(mine, model.interests[x], model.interestWeight, Model.INTEREST, 2);
            mine.sort((p, q) -> Double.compare(q[0], p[0]));
            for (double[] f : mine.subList(0, Math.min(3, mine.size()))) {
                int[] list = switch ((int) f[1]) {
                    case 0 -> offerers[(int) f[2]];
                    case 1 -> seekers[(int) f[2]];
                    default -> interested[(int) f[2]];
                };
                if (list == null) {
                    continue;
                }
                for (int i = 0; i < Math.min(list.length, 32); i++) {
                    int y = list[i];
                    if (mark[y] != stamp) {
                        mark[y] = stamp;
                        offerOnce(x, y, seen, best);
                    }
                }
            }
            int n = 0;
            for (int z : model.graph.adjacent[x]) {
                for (int y : model.graph.adjacent[z]) {
                    if (mark[y] != stamp && n++ < 32) {
                        mark[y] = stamp;
                        offerOnce(x, y, seen, best);
                    }
                }
            }
        }
        // The best known pairs on the base alone.
        for (int i = 0; i < Math.min(order.length, 40); i++) {
            for (int j = i + 1; j < Math.min(order.length, 40); j++) {
                offerOnce(order[i], order[j], seen, best);
            }
        }
        return best.value();
    }

    /** Each pair counts once towards the floor: counted twice, it could raise the floor above the truth. */
    private void offerOnce(int x, int y, java.util.Set<Long> seen, Threshold best) {
        if (x != y && seen.add(Model.pair(x, y))) {
            double s = model.score(x, y);
            if (s > 0) {
                best.offer(s);
            }
        }
    }

    /** Contacts by feature, as they are added. */
    private static final class Index {
        private final Map<Integer, IntBag> lists = new HashMap<>();

        IntBag get(int feature) {
            return lists.get(feature);
        }

        void add(int feature, int x) {
            lists.computeIfAbsent(feature, f -> new IntBag()).add(x);
        }
    }

    private static final class IntBag {
        int[] items = new int[4];
        int size;

        void add(int x) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = x;
        }
    }

    private void consider(int x, int y, Threshold threshold, List<Ranked> kept) {
        double theta = threshold.value();
        if (model.bound(x, y) < theta) {
            return;
        }
        scored++;
        double s = model.score(x, y);
        if (s > 0 && s >= theta) {
            threshold.offer(s);
            kept.add(ranked(x, y, s));
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
