package app.rapport.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The people who connect circles: those through whom many of the shortest paths between the
 * user's contacts run (betweenness centrality, Brandes' algorithm over who is tied to whom), and
 * whose ties reach into more than one circle. Losing touch with such a person splits the network;
 * they are also the people to ask for an introduction across circles.
 *
 * <p>Exact up to {@value #EXACT_UP_TO} people; above that, the paths from a fixed, evenly spread
 * sample of people are counted and scaled (Brandes and Pich's pivot estimate), which ranks the
 * leading bridges the same way at a fraction of the time. Deterministic.
 */
public final class Bridges {

    /** Up to this many people every shortest path is counted. */
    public static final int EXACT_UP_TO = 3_000;
    /** Above {@link #EXACT_UP_TO}, paths from this many people are counted. */
    public static final int PIVOTS = 600;

    /** A bridge: the person's slot, their betweenness (0..1) and the circles their ties reach. */
    public record Bridge(int slot, double betweenness, List<Integer> circles) {
    }

    private Bridges() {
    }

    /**
     * Betweenness of every slot, normalised to 0..1 by the number of pairs of other people.
     * {@code adjacent}: per slot the slots it is tied to (both directions listed).
     */
    public static double[] betweenness(int[][] adjacent) {
        int n = adjacent.length;
        double[] centrality = new double[n];
        if (n < 3) {
            return centrality;
        }
        int[] sources;
        double scale;
        if (n <= EXACT_UP_TO) {
            sources = new int[n];
            for (int i = 0; i < n; i++) {
                sources[i] = i;
            }
            scale = 1;
        } else {
            sources = new int[PIVOTS];
            for (int i = 0; i < PIVOTS; i++) {
                sources[i] = (int) ((long) i * n / PIVOTS);
            }
            scale = (double) n / PIVOTS;
        }
        int[] stack = new int[n];
        int[] queue = new int[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        Arrays.fill(distance, -1);
        for (int s : sources) {
            int top = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            distance[s] = 0;
            paths[s] = 1;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int w : adjacent[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            // Back in order of decreasing distance: each person passes on their share of the paths.
            while (top > 0) {
                int w = stack[--top];
                for (int v : adjacent[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
            for (int i = 0; i < tail; i++) {
                int v = queue[i];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }
        // Each unordered pair was counted from both ends; (n-1)(n-2)/2 pairs exclude the person.
        double pairs = (n - 1.0) * (n - 2.0);
        for (int i = 0; i < n; i++) {
            centrality[i] = Math.min(1, centrality[i] * scale / pairs);
        }
        return centrality;
    }

    /**
     * The bridges, most important first: people whose ties reach at least two circles and through
     * whom a noticeable share of the shortest paths runs, at most {@code max} of them.
     * {@code circle}: per slot its circle, or a negative number for none.
     */
    public static List<Bridge> of(int[][] adjacent, int[] circle, double[] betweenness, int max) {
        int n = adjacent.length;
        List<Bridge> out = new ArrayList<>();
        // Someone on more paths than the average person by a clear margin: the rest are ordinary links.
        double mean = 0;
        for (double b : betweenness) {
            mean += b;
        }
        mean = n == 0 ? 0 : mean / n;
        double floor = Math.max(1e-9, 2 * mean);
        for (int x = 0; x < n; x++) {
            if (betweenness[x] < floor) {
                continue;
            }
            Map<Integer, Integer> reach = new TreeMap<>();
            if (circle[x] >= 0) {
                reach.merge(circle[x], 1, Integer::sum);
            }
            for (int y : adjacent[x]) {
                if (circle[y] >= 0) {
                    reach.merge(circle[y], 1, Integer::sum);
                }
            }
            if (reach.size() < 2) {
                continue;
            }
            // The circles named: the two (or more) the person has most ties into.
            List<Integer> circles = new ArrayList<>(reach.keySet());
            circles.sort(Comparator.comparing((Integer c) -> -reach.get(c)).thenComparing(c -> c));
            out.add(new Bridge(x, betweenness[x], List.copyOf(circles)));
        }
        out.sort(Comparator.comparingDouble((Bridge b) -> -b.betweenness()).thenComparingInt(Bridge::slot));
        return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
    }
}
