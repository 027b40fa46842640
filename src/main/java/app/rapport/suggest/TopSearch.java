package app.rapport.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The best pairs, varied so that no contact appears more than {@code cap} times, found without
 * scoring every pair, and equal to what scoring every pair would give.
 *
 * <p>Only pairs that share a key are ever touched (through the posting lists). Of those, a pair
 * is skipped when an upper bound on its score is below a threshold that the final list is known
 * to reach. The threshold comes from pairs already scored: if {@code m} pairs with score at least
 * {@code t} share no contact, with {@code m >= n (1 + 2 / cap)}, then picking the best pairs in
 * order (skipping those whose contacts are used up) fills all {@code n} places before it reaches
 * a pair below {@code t}: every pair it passes over is blocked by a contact used {@code cap}
 * times, and fewer than {@code n} picks use up fewer than {@code 2n / cap} contacts. So pairs
 * that cannot reach {@code t} cannot change the list.
 *
 * <p>Pairs that help each other both ways come first, then one-way seeks against offers, ordered
 * so that promising pairs set a high threshold early; then shared interests from the rarest to
 * the most common. By the time a common interest comes, a pair found only through it can score
 * at most (the interests each of the two has left) times (what the two bring personally), which
 * usually rules out all but the few contacts the user knows well.
 */
final class TopSearch {

    /** A scored pair of slots; {@code a} is the contact with the smaller id. */
    record Ranked(int a, int b, double score) {
    }

    /** Bounds are computed in floating point too; this margin keeps them above the true score. */
    private static final double SLACK = 1 + 1e-9;
    /** Pairs per side taken from each match of groups before the full round. */
    private static final int FIRST_ROUND = 3;
    /** Keys, slots and ranks are packed 21 bits each into one long for sorting. */
    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    private final PairScorer scorer;
    private final TagDictionary tags;
    private final Profile[] profiles;
    private final int n;
    private final int cap;

    private final DisjointPairs disjoint;
    private final LongSet seen = new LongSet(1 << 12);
    private double threshold;
    private int[] candA = new int[256];
    private int[] candB = new int[256];
    private double[] candScore = new double[256];
    private int candidates;
    private int compactAt = 1 << 14;
    private long scored;
    private long touched;
    /** Pairs looked at and scored after each stage, for the benchmark's report. */
    String stats = "";

    private double[] personal;
    private double[] interestSum;

    TopSearch(PairScorer scorer, TagDictionary tags, int n, int cap) {
        this.scorer = scorer;
        this.tags = tags;
        this.profiles = scorer.profiles;
        this.n = n;
        this.cap = cap;
        long m = (long) Math.ceil(n * (1 + 2.0 / cap));
        // More disjoint pairs than half the contacts cannot exist; the threshold then stays 0.
        this.disjoint = new DisjointPairs((int) Math.min(m, profiles.length / 2 + 1), profiles.length);
        if (profiles.length > MASK || tags.size() > MASK) {
            throw new IllegalStateException("journal too large for the engine: " + profiles.length + " contacts");
        }
    }

    /** How many pairs the last run looked at, at least to count their topics (for tests and the benchmark). */
    long touchedPairs() {
        return touched;
    }

    List<Ranked> run(List<long[]> seeds) {
        if (n <= 0) {
            return List.of();
        }
        for (long[] s : seeds) {
            consider((int) s[0], (int) s[1]);
        }
        int slots = profiles.length;
        personal = new double[slots];
        interestSum = new double[slots];
        double[] wholeBound = new double[slots];
        double[] asSeeker = new double[slots];
        double[] asOfferer = new double[slots];
        for (Profile p : profiles) {
            if (p != null && p.eligible) {
                int x = p.slot;
                personal[x] = scorer.personalBound(x);
                interestSum[x] = scorer.interestSum(x);
                wholeBound[x] = scorer.topicsBound(x) * personal[x] * SLACK;
                asSeeker[x] = (PairScorer.SEEK_MATCH * scorer.seekCount(x) + interestSum[x]) * personal[x] * SLACK;
                asOfferer[x] = (PairScorer.SEEK_MATCH * scorer.offerCount(x) + interestSum[x]) * personal[x] * SLACK;
            }
        }
        StringBuilder report = new StringBuilder();
        bothWays(wholeBound);
        report(report, "both ways");
        oneWay(asSeeker, asOfferer);
        report(report, ", one way");
        sharedInterests();
        report(report, ", interests");
        stats = report.toString();
        return select();
    }

    private void report(StringBuilder report, String stage) {
        report.append(stage).append(": looked at ").append(touched).append(", scored ").append(scored)
                .append(", threshold ").append(String.format(java.util.Locale.ROOT, "%.3f", threshold));
    }

    /**
     * Pairs where each seeks what the other offers: x seeks t and offers u, y seeks u and offers
     * t. Contacts are grouped by (seek, offer), so only such pairs are touched. They score high,
     * which sets a high threshold for everything after: a first round takes only the most
     * promising few of every pair of groups, so the threshold is high before the long loops.
     */
    private void bothWays(double[] bound) {
        int[] slotOfRank = ranking(bound);
        int[] rank = new int[profiles.length];
        for (int r = 0; r < slotOfRank.length; r++) {
            rank[slotOfRank[r]] = r;
        }
        int count = 0;
        for (Profile p : profiles) {
            if (p != null && p.eligible) {
                count += p.seeks.length * p.offers.length;
            }
        }
        // (seek, offer, rank) packed and sorted: each group is a run, its members best first.
        long[] entries = new long[count];
        int k = 0;
        for (Profile p : profiles) {
            if (p != null && p.eligible) {
                for (int t : p.seeks) {
                    for (int u : p.offers) {
                        entries[k++] = ((long) t << (2 * BITS)) | ((long) u << BITS) | rank[p.slot];
                    }
                }
            }
        }
        Arrays.sort(entries);
        List<int[]> matches = new ArrayList<>(); // {xFrom, xTo, yFrom, yTo}
        for (int i = 0; i < entries.length; ) {
            long group = entries[i] >>> BITS;
            int j = i;
            while (j < entries.length && entries[j] >>> BITS == group) {
                j++;
            }
            long t = group >>> BITS;
            long u = group & MASK;
            if (t <= u) {
                long partner = (u << BITS) | t;
                int from = lowerBound(entries, partner << BITS);
                int to = lowerBound(entries, (partner + 1) << BITS);
                if (from < to) {
                    matches.add(new int[] {i, j, from, to});
                }
            }
            i = j;
        }
        double[] promise = new double[matches.size()];
        for (int m = 0; m < promise.length; m++) {
            int[] g = matches.get(m);
            promise[m] = Math.min(bound[slotOfRank[(int) (entries[g[0]] & MASK)]],
                    bound[slotOfRank[(int) (entries[g[2]] & MASK)]]);
        }
        int[] order = ranking(promise);
        for (int limit : new int[] {FIRST_ROUND, Integer.MAX_VALUE}) {
            for (int m : order) {
                int[] g = matches.get(m);
                int xTo = (int) Math.min(g[1], (long) g[0] + limit);
                int yTo = (int) Math.min(g[3], (long) g[2] + limit);
                for (int i = g[0]; i < xTo; i++) {
                    int x = slotOfRank[(int) (entries[i] & MASK)];
                    if (bound[x] < threshold) {
                        break;
                    }
                    for (int j = g[2]; j < yTo; j++) {
                        int y = slotOfRank[(int) (entries[j] & MASK)];
                        if (bound[y] < threshold) {
                            break;
                        }
                        if (x != y) {
                            consider(x, y);
                        }
                    }
                }
            }
        }
    }

    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Pairs where one seeks what the other offers. Every pair that works both ways has been seen,
     * so a pair met here for the first time works one way only: at most 3 per seek of the
     * seeker, plus the interests the two could share.
     */
    private void oneWay(double[] asSeeker, double[] asOfferer) {
        int[] seekerOfRank = ranking(asSeeker);
        int[] seekerRank = ranks(seekerOfRank);
        int[] offererOfRank = ranking(asOfferer);
        int[] offererRank = ranks(offererOfRank);
        List<int[][]> lists = new ArrayList<>();
        for (int t = 0; t < tags.size(); t++) {
            IntBag seekers = tags.seekHolders.get(t);
            IntBag offerers = tags.offerHolders.get(t);
            if (seekers.size() == 0 || offerers.size() == 0) {
                continue;
            }
            lists.add(new int[][] {byRank(seekers, seekerRank, seekerOfRank), byRank(offerers, offererRank, offererOfRank)});
        }
        // Keys whose best pair promises most go first, to raise the threshold early.
        lists.sort(Comparator.comparingDouble((int[][] l) -> -Math.min(asSeeker[l[0][0]], asOfferer[l[1][0]])));
        for (int[][] l : lists) {
            for (int s : l[0]) {
                if (asSeeker[s] < threshold) {
                    break;
                }
                for (int o : l[1]) {
                    if (asOfferer[o] < threshold) {
                        break;
                    }
                    if (o != s) {
                        consider(s, o);
                    }
                }
            }
        }
    }

    private static int[] ranks(int[] slotOfRank) {
        int[] rank = new int[slotOfRank.length];
        for (int r = 0; r < slotOfRank.length; r++) {
            rank[slotOfRank[r]] = r;
        }
        return rank;
    }

    private static int[] byRank(IntBag bag, int[] rank, int[] slotOfRank) {
        int[] r = new int[bag.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = rank[bag.get(i)];
        }
        Arrays.sort(r);
        for (int i = 0; i < r.length; i++) {
            r[i] = slotOfRank[r[i]];
        }
        return r;
    }

    private void sharedInterests() {
        // Rarest first: (count, key) packed and sorted.
        long[] order = new long[tags.size()];
        int k = 0;
        for (int t = 0; t < tags.size(); t++) {
            int count = tags.interestHolders.get(t).size();
            if (count >= 2) {
                order[k++] = ((long) count << 32) | t;
            }
        }
        order = Arrays.copyOf(order, k);
        Arrays.sort(order);
        // What each contact has left to share once the rarer interests are done.
        int[] leftCount = new int[profiles.length];
        double[] leftWeight = interestSum.clone();
        for (Profile p : profiles) {
            if (p != null && p.eligible) {
                leftCount[p.slot] = scorer.interestCountOf(p.slot);
            }
        }
        int[] passing = new int[16];
        for (long packed : order) {
            int t = (int) packed;
            IntBag holders = tags.interestHolders.get(t);
            double w = scorer.interestWeight[t];
            int m = 0;
            for (int i = 0; i < holders.size(); i++) {
                int x = holders.get(i);
                // Rounding in the running sum is covered by the count bound and a small margin.
                double left = Math.min(leftCount[x] * w, leftWeight[x] * SLACK + 1e-12);
                if (left * personal[x] * SLACK >= threshold) {
                    if (m == passing.length) {
                        passing = Arrays.copyOf(passing, m * 2);
                    }
                    passing[m++] = x;
                }
            }
            for (int i = 0; i < m; i++) {
                int x = passing[i];
                for (int j = i + 1; j < m; j++) {
                    consider(x, passing[j]);
                }
            }
            for (int i = 0; i < holders.size(); i++) {
                int x = holders.get(i);
                leftCount[x]--;
                leftWeight[x] -= w;
            }
        }
    }

    private void consider(int x, int y) {
        touched++;
        // Topics are cheap to count and, with the other factors at their best, bound the score:
        // most pairs stop here, before the costlier look-ups of who knows whom.
        double topics = scorer.topics(x, y);
        if (topics == 0 || topics * scorer.factorsBound(x, y) * SLACK < threshold) {
            return;
        }
        long key = x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
        if (!seen.add(key)) {
            return;
        }
        scored++;
        double s = scorer.score(x, y);
        if (s <= 0 || s < threshold) {
            return;
        }
        int a = x;
        int b = y;
        if (profiles[a].id.compareTo(profiles[b].id) > 0) {
            a = y;
            b = x;
        }
        if (candidates == candA.length) {
            candA = Arrays.copyOf(candA, candidates * 2);
            candB = Arrays.copyOf(candB, candidates * 2);
            candScore = Arrays.copyOf(candScore, candidates * 2);
        }
        candA[candidates] = a;
        candB[candidates] = b;
        candScore[candidates] = s;
        candidates++;
        threshold = Math.max(threshold, disjoint.offer(a, b, s));
        if (candidates >= compactAt) {
            compact();
        }
    }

    /** Drops candidates that can no longer make the list. */
    private void compact() {
        int k = 0;
        for (int i = 0; i < candidates; i++) {
            if (candScore[i] >= threshold) {
                candA[k] = candA[i];
                candB[k] = candB[i];
                candScore[k] = candScore[i];
                k++;
            }
        }
        candidates = k;
        compactAt = Math.max(1 << 14, k * 2);
    }

    private List<Ranked> select() {
        List<Ranked> all = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            if (candScore[i] >= threshold) {
                all.add(new Ranked(candA[i], candB[i], candScore[i]));
            }
        }
        all.sort(rankOrder(profiles));
        return pickVaried(all, n, cap, profiles.length);
    }

    /** Best first; equal scores by the ids of the two, so the order never depends on input order. */
    static Comparator<Ranked> rankOrder(Profile[] profiles) {
        return Comparator.comparingDouble((Ranked r) -> -r.score())
                .thenComparing(r -> profiles[r.a()].id)
                .thenComparing(r -> profiles[r.b()].id);
    }

    /** Takes pairs in order, skipping those with a contact already in {@code cap} picked pairs. */
    static List<Ranked> pickVaried(List<Ranked> sorted, int n, int cap, int slots) {
        int[] used = new int[slots];
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : sorted) {
            if (out.size() == n) {
                break;
            }
            if (used[r.a()] < cap && used[r.b()] < cap) {
                used[r.a()]++;
                used[r.b()]++;
                out.add(r);
            }
        }
        return out;
    }

    /** Indexes of {@code value} ordered by value, highest first, equal values by index. */
    static int[] ranking(double[] value) {
        int[] a = new int[value.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        int[] buffer = new int[a.length];
        // Bottom-up merge sort on primitives: boxing 20,000 indexes for a comparator costs more than the search.
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, a.length);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    int x = a[i];
                    int y = a[j];
                    boolean xFirst = value[x] > value[y] || (value[x] == value[y] && x < y);
                    buffer[k++] = xFirst ? a[i++] : a[j++];
                }
                while (i < mid) {
                    buffer[k++] = a[i++];
                }
                while (j < hi) {
                    buffer[k++] = a[j++];
                }
                System.arraycopy(buffer, lo, a, lo, hi - lo);
            }
        }
        return a;
    }

    /**
     * Up to {@code m} scored pairs that share no contact, the best found so far; the lowest of
     * them is the threshold once there are {@code m}.
     */
    private static final class DisjointPairs {
        private final int m;
        private final double[] score;
        private final int[] a;
        private final int[] b;
        private final boolean[] used;
        private int size;

        DisjointPairs(int m, int slots) {
            this.m = m;
            score = new double[m];
            a = new int[m];
            b = new int[m];
            used = new boolean[slots];
        }

        /** Offers a pair; returns the threshold it now guarantees (0 until there are m pairs). */
        double offer(int x, int y, double s) {
            if (used[x] || used[y]) {
                return floor();
            }
            if (size < m) {
                insert(x, y, s);
            } else if (s > score[0]) {
                used[a[0]] = false;
                used[b[0]] = false;
                size--;
                score[0] = score[size];
                a[0] = a[size];
                b[0] = b[size];
                siftDown(0);
                insert(x, y, s);
            }
            return floor();
        }

        private double floor() {
            return size == m ? score[0] : 0;
        }

        private void insert(int x, int y, double s) {
            used[x] = true;
            used[y] = true;
            int i = size++;
            score[i] = s;
            a[i] = x;
            b[i] = y;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (score[parent] <= score[i]) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int smallest = i;
                if (l < size && score[l] < score[smallest]) {
                    smallest = l;
                }
                if (r < size && score[r] < score[smallest]) {
                    smallest = r;
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int i, int j) {
            double s = score[i];
            score[i] = score[j];
            score[j] = s;
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }
}
