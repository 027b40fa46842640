package app.rapport.suggest;

import java.util.Arrays;

/**
 * Who knows whom among the contacts, by slot: the ties the user entered and the people who took
 * part in one encounter together (a lunch of three means the three know each other), each link
 * with a strength from 1 to 5 (the tie's, or how many encounters they shared). Attending the same
 * event is not knowing each other and is not a link.
 *
 * <p>Also the circles of the network (see {@link Circles}).
 */
final class Graph {

    static final int NO_CIRCLE = -1;

    /** Per slot, its acquaintances' slots, ascending. */
    final int[][] adjacent;
    /** Per slot, the strength of each link, parallel to {@link #adjacent}. */
    final byte[][] strength;
    /** Per slot, its circle, or {@link #NO_CIRCLE}. */
    final int[] circle;
    /** Per slot, 1 / ln(1 + its number of acquaintances): what it says when two people both know it. */
    private final double[] rarity;

    Graph(int[][] adjacent, byte[][] strength, int[] circle) {
        this.adjacent = adjacent;
        this.strength = strength;
        this.circle = circle;
        rarity = new double[adjacent.length];
        for (int i = 0; i < adjacent.length; i++) {
            rarity[i] = adjacent[i].length == 0 ? 0 : 1 / Math.log(1 + adjacent[i].length);
        }
    }

    boolean knows(int a, int b) {
        int[] n = adjacent[a].length <= adjacent[b].length ? adjacent[a] : adjacent[b];
        int other = n == adjacent[a] ? b : a;
        return Arrays.binarySearch(n, other) >= 0;
    }

    int degree(int x) {
        return adjacent[x].length;
    }

    /**
     * Mutual acquaintances as Adamic and Adar weigh them: each counts the weaker of its two links,
     * divided by the log of how many people it knows (a friend of few says more than a hub).
     */
    double mutualWeight(int a, int b) {
        int[] x = adjacent[a];
        int[] y = adjacent[b];
        byte[] sx = strength[a];
        byte[] sy = strength[b];
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < x.length && j < y.length) {
            int d = x[i] - y[j];
            if (d < 0) {
                i++;
            } else if (d > 0) {
                j++;
            } else {
                sum += Math.min(sx[i], sy[j]) * rarity[x[i]];
                i++;
                j++;
            }
        }
        return sum;
    }

    /** The most {@link #mutualWeight} of this contact with anyone can be. */
    double mutualBound(int a) {
        double sum = 0;
        for (int i = 0; i < adjacent[a].length; i++) {
            sum += strength[a][i] * rarity[adjacent[a][i]];
        }
        return sum;
    }

    /** The mutual acquaintances, with the weight each adds, strongest first. */
    int[] mutual(int a, int b) {
        int[] x = adjacent[a];
        int[] y = adjacent[b];
        int[] out = new int[Math.min(x.length, y.length)];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            int d = x[i] - y[j];
            if (d < 0) {
                i++;
            } else if (d > 0) {
                j++;
            } else {
                out[n++] = x[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** How strongly {@code a} is linked to {@code b} (0 if not). */
    int strength(int a, int b) {
        int at = Arrays.binarySearch(adjacent[a], b);
        return at < 0 ? 0 : strength[a][at];
    }

    double rarity(int z) {
        return rarity[z];
    }

    /** Both are in circles, and not the same one. */
    boolean differentCircles(int a, int b) {
        return circle[a] != NO_CIRCLE && circle[b] != NO_CIRCLE && circle[a] != circle[b];
    }
}
