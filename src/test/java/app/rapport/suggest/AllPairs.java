package app.rapport.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The naive engine: scores every pair of contacts with the same scorer as the indexed search and
 * picks from all of them. Tests compare the indexed search against it; the benchmark measures
 * how much the index saves.
 */
final class AllPairs {

    private AllPairs() {
    }

    /** Keeps every pair that scores; for small journals, as the plainest possible reference. */
    static List<TopSearch.Ranked> topKeepingAll(PairScorer scorer, int n, int cap) {
        Profile[] p = scorer.profiles;
        List<TopSearch.Ranked> all = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                if (p[i] == null || p[j] == null) {
                    continue;
                }
                double s = scorer.score(i, j);
                if (s > 0) {
                    boolean iFirst = p[i].id.compareTo(p[j].id) < 0;
                    all.add(new TopSearch.Ranked(iFirst ? i : j, iFirst ? j : i, s));
                }
            }
        }
        all.sort(TopSearch.rankOrder(p));
        return TopSearch.pickVaried(all, n, cap, p.length);
    }

    /**
     * Scores every pair but keeps only those that can still make the list (the same argument as
     * {@link TopSearch}, without the index), so that 20,000 contacts fit in memory.
     */
    static List<TopSearch.Ranked> top(PairScorer scorer, int n, int cap) {
        Profile[] p = scorer.profiles;
        int m = (int) Math.ceil(n * (1 + 2.0 / cap));
        PriorityQueue<TopSearch.Ranked> disjoint = new PriorityQueue<>((x, y) -> Double.compare(x.score(), y.score()));
        boolean[] used = new boolean[p.length];
        double threshold = 0;
        List<TopSearch.Ranked> kept = new ArrayList<>();
        int compactAt = 1 << 16;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == null) {
                continue;
            }
            for (int j = i + 1; j < p.length; j++) {
                if (p[j] == null) {
                    continue;
                }
                double s = scorer.score(i, j);
                if (s <= 0 || s < threshold) {
                    continue;
                }
                boolean iFirst = p[i].id.compareTo(p[j].id) < 0;
                TopSearch.Ranked r = new TopSearch.Ranked(iFirst ? i : j, iFirst ? j : i, s);
                kept.add(r);
                if (!used[i] && !used[j]) {
                    if (disjoint.size() == m && s > disjoint.peek().score()) {
                        TopSearch.Ranked out = disjoint.poll();
                        used[out.a()] = false;
                        used[out.b()] = false;
                    }
                    if (disjoint.size() < m) {
                        disjoint.add(r);
                        used[i] = true;
                        used[j] = true;
                    }
                    if (disjoint.size() == m) {
                        threshold = disjoint.peek().score();
                    }
                }
                if (kept.size() > compactAt) {
                    double t = threshold;
                    kept.removeIf(k -> k.score() < t);
                    compactAt = Math.max(1 << 16, kept.size() * 2);
                }
            }
        }
        double t = threshold;
        kept.removeIf(k -> k.score() < t);
        kept.sort(TopSearch.rankOrder(p));
        return TopSearch.pickVaried(kept, n, cap, p.length);
    }

    static List<TopSearch.Ranked> top(IntroductionEngine engine, int n, int cap, LocalDate asOf) {
        return top(engine.scorer(asOf), n, cap);
    }
}
