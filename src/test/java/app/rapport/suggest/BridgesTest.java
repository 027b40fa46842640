package app.rapport.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Betweenness and bridges on networks small enough to check by hand. */
class BridgesTest {

    /** Adjacency lists from pairs. */
    private static int[][] network(int n, int[][] ties) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int[] t : ties) {
            adj.get(t[0]).add(t[1]);
            adj.get(t[1]).add(t[0]);
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = adj.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Two cliques of four, slots 0-3 and 5-8, and person 4 who knows everyone in both. */
    private static int[][] twoCliquesJoinedBy4(boolean knowsAll) {
        List<int[]> ties = new ArrayList<>();
        for (int base : new int[] {0, 5}) {
            for (int i = 0; i < 4; i++) {
                for (int j = i + 1; j < 4; j++) {
                    ties.add(new int[] {base + i, base + j});
                }
            }
        }
        if (knowsAll) {
            for (int i : new int[] {0, 1, 2, 3, 5, 6, 7, 8}) {
                ties.add(new int[] {4, i});
            }
        } else {
            ties.add(new int[] {4, 0});
            ties.add(new int[] {4, 5});
        }
        return network(9, ties.toArray(new int[0][]));
    }

    private static final int[] CIRCLES = {0, 0, 0, 0, 0, 1, 1, 1, 1};

    @Test
    void onAPathTheMiddleCarriesMostPaths() {
        // 0 - 1 - 2 - 3 - 4: of the 6 pairs without 2, the 4 that cross the middle run through 2.
        double[] b = Bridges.betweenness(network(5, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}}));
        assertArrayEquals(new double[] {0, 3 / 6.0, 4 / 6.0, 3 / 6.0, 0}, b, 1e-9);
    }

    @Test
    void thePersonWhoJoinsTwoCliquesIsTheOnlyBridge() {
        int[][] net = twoCliquesJoinedBy4(true);
        double[] b = Bridges.betweenness(net);
        // Every path between the 4 x 4 people of different cliques runs through 4: 16 of the 28 pairs.
        assertEquals(16 / 28.0, b[4], 1e-9);
        for (int i = 0; i < 9; i++) {
            if (i != 4) {
                assertEquals(0, b[i], 1e-9, "slot " + i + " is on no shortest path between others");
            }
        }
        List<Bridges.Bridge> bridges = Bridges.of(net, CIRCLES, b, 10);
        assertEquals(1, bridges.size(), bridges.toString());
        assertEquals(4, bridges.getFirst().slot());
        assertEquals(List.of(0, 1), bridges.getFirst().circles(), "the two circles it connects");
    }

    @Test
    void theCliqueMemberNextToTheBridgeIsNotOneThoughManyPathsRunThroughThem() {
        // 4 knows only 0 and 5: paths from the left clique to the right run 1-0-4-5-6.
        int[][] net = twoCliquesJoinedBy4(false);
        double[] b = Bridges.betweenness(net);
        assertTrue(b[4] > b[0] && b[0] > 0, "4 carries the most, its neighbours many: " + java.util.Arrays.toString(b));
        List<Bridges.Bridge> bridges = Bridges.of(net, CIRCLES, b, 10);
        // 0's ties all stay within circle 0 (4 is counted in circle 0); 5 reaches circles 1 and 0 through 4.
        assertEquals(4, bridges.getFirst().slot(), bridges.toString());
        assertTrue(bridges.stream().noneMatch(x -> x.slot() == 0), bridges.toString());
    }

    @Test
    void peopleWithTiesInOneCircleOnlyAreNoBridgeHoweverCentral() {
        // A star: the centre carries every path but all are in one circle.
        int[][] star = network(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
        double[] b = Bridges.betweenness(star);
        assertEquals(1.0, b[0], 1e-9);
        assertEquals(List.of(), Bridges.of(star, new int[] {0, 0, 0, 0, 0}, b, 10));
    }

    @Test
    void largeNetworksAreEstimatedFromPivotsAndStillFindTheBridge() {
        // Two cliques of 1,600 loosely knit people (each knows the next 5) joined by one person who knows four on each side.
        int half = 1_600;
        int n = 2 * half + 1;
        List<int[]> ties = new ArrayList<>();
        for (int base : new int[] {0, half}) {
            for (int i = 0; i < half; i++) {
                for (int k = 1; k <= 5; k++) {
                    ties.add(new int[] {base + i, base + (i + k) % half});
                }
            }
        }
        int joiner = n - 1;
        for (int at : new int[] {10, 410, 810, 1210}) {
            ties.add(new int[] {joiner, at});
            ties.add(new int[] {joiner, half + at});
        }
        int[][] net = network(n, ties.toArray(new int[0][]));
        double[] b = Bridges.betweenness(net);
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (b[i] > b[best]) {
                best = i;
            }
        }
        assertEquals(joiner, best);
        int[] circles = new int[n];
        for (int i = half; i < 2 * half; i++) {
            circles[i] = 1;
        }
        assertEquals(joiner, Bridges.of(net, circles, b, 3).getFirst().slot());
    }
}
