package app.rapport.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The naive engine: scores every pair of contacts with the same model as the search and picks
 * from all of them. Tests compare the search against it; the benchmark measures what the search saves.
 */
final class AllPairs {

    private AllPairs() {
    }

    /** Keeps every pair that scores; for small journals, as the plainest possible reference. */
    static List<PairSearch.Ranked> topKeepingAll(Model model, int n, int perTen) {
        PairSearch search = new PairSearch(model);
        Profile[] p = model.profiles;
        List<PairSearch.Ranked> all = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                double s = model.score(i, j);
                if (s > 0) {
                    all.add(search.ranked(i, j, s));
                }
            }
        }
        all.sort(search.rankOrder());
        return PairSearch.pickVaried(all, n, perTen, IntroductionEngine.TOPICS_PER_TEN);
    }

    /**
     * Scores every pair but keeps only the best {@code keep} scores' worth, so that 20,000 contacts
     * fit in memory; keeps more and tries again when the variety rules leave the list short.
     */
    static List<PairSearch.Ranked> top(Model model, int n, int perTen) {
        PairSearch search = new PairSearch(model);
        Profile[] p = model.profiles;
        for (int keep = 6 * n + 30; ; keep *= 4) {
            PriorityQueue<Double> best = new PriorityQueue<>();
            List<PairSearch.Ranked> kept = new ArrayList<>();
            for (int i = 0; i < p.length; i++) {
                for (int j = i + 1; j < p.length; j++) {
                    double s = model.score(i, j);
                    if (s <= 0 || (best.size() == keep && s < best.peek())) {
                        continue;
                    }
                    best.add(s);
                    if (best.size() > keep) {
                        best.poll();
                    }
                    kept.add(search.ranked(i, j, s));
                    if (kept.size() > 4 * keep + 100_000) {
                        double t = best.size() == keep ? best.peek() : 0;
                        kept.removeIf(k -> k.score() < t);
                    }
                }
            }
            double t = best.size() == keep ? best.peek() : 0;
            kept.removeIf(k -> k.score() < t);
            kept.sort(search.rankOrder());
            List<PairSearch.Ranked> picked = PairSearch.pickVaried(kept, n, perTen, IntroductionEngine.TOPICS_PER_TEN);
            if (picked.size() >= n || t == 0) {
                return picked;
            }
        }
    }

    static List<PairSearch.Ranked> top(IntroductionEngine engine, int n, int perTen, LocalDate asOf) {
        return top(engine.model(asOf), n, perTen);
    }
}
