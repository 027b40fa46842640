package app.rapport.interchange.demo;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The one source of chance of a demo journal, shared by its parts: every draw comes from the same
 * seeded {@link Random} in the same order, so the same seed gives the same journal.
 */
final class DemoDraws {

    private final Random rnd;
    private final Map<List<?>, double[]> zipfTables = new IdentityHashMap<>();

    DemoDraws(long seed) {
        this.rnd = new Random(seed);
    }

    int nextInt(int bound) {
        return rnd.nextInt(bound);
    }

    boolean nextBoolean() {
        return rnd.nextBoolean();
    }

    double nextDouble() {
        return rnd.nextDouble();
    }

    void shuffle(List<?> list) {
        Collections.shuffle(list, rnd);
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** Picks with weight 1/(rank+1): the first entries are common, the last ones rare. */
    <T> T zipf(List<T> list) {
        double[] cumulative = zipfTables.computeIfAbsent(list, l -> {
            double[] c = new double[l.size()];
            double sum = 0;
            for (int i = 0; i < c.length; i++) {
                sum += 1.0 / (i + 1);
                c[i] = sum;
            }
            return c;
        });
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return list.get(lo);
    }

    /** The index of one of {@code weights}, drawn in proportion to its weight. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
