package app.rapport.suggest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The circles of a network: groups of people who know each other more than they know the rest,
 * found by label propagation over who knows whom (ties and shared encounters) and shared
 * organisations (everyone at one organisation is linked through it). Each person takes the circle
 * most of their links are in; people are visited in a fixed order and ties broken by the smaller
 * label, so the same journal always gives the same circles. People with no link to anyone, and
 * circles of one, are in no circle.
 *
 * <p>The one definition of "circles" in Rapport: the introduction engine says "they move in
 * different circles" only when this says so.
 */
public final class Circles {

    public static final int NONE = -1;
    private static final int MAX_ROUNDS = 20;

    private Circles() {
    }

    /**
     * Circles by slot. {@code adjacent}: per slot its linked slots; {@code organization}: per slot
     * an organisation number or -1; slots are visited in the order of {@code order} (a permutation).
     */
    static int[] of(int[][] adjacent, int[] organization, int[] order) {
        int n = adjacent.length;
        int orgs = 0;
        for (int o : organization) {
            orgs = Math.max(orgs, o + 1);
        }
        // Members of each organisation, so an organisation acts as one more node linking them.
        int[][] members = new int[orgs][];
        int[] count = new int[orgs];
        for (int x = 0; x < n; x++) {
            if (organization[x] >= 0) {
                count[organization[x]]++;
            }
        }
        for (int o = 0; o < orgs; o++) {
            members[o] = new int[count[o]];
            count[o] = 0;
        }
        for (int x = 0; x < n; x++) {
            int o = organization[x];
            if (o >= 0) {
                members[o][count[o]++] = x;
            }
        }
        // Labels are positions in the order, so "the smaller label" means "the earlier person".
        int[] rank = new int[n];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        int[] label = new int[n + orgs];
        for (int x = 0; x < n; x++) {
            label[x] = rank[x];
        }
        for (int o = 0; o < orgs; o++) {
            label[n + o] = n + o;
        }
        Votes votes = new Votes(n + orgs);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int r = 0; r < order.length; r++) {
                int x = order[r];
                for (int y : adjacent[x]) {
                    votes.add(label[y]);
                }
                int o = organization[x];
                if (o >= 0 && members[o].length > 1) {
                    votes.add(label[n + o]);
                }
                changed |= votes.adopt(label, x);
            }
            for (int o = 0; o < orgs; o++) {
                if (members[o].length < 2) {
                    continue;
                }
                for (int y : members[o]) {
                    votes.add(label[y]);
                }
                changed |= votes.adopt(label, n + o);
            }
            if (!changed) {
                break;
            }
        }
        int[] circle = new int[n];
        Map<Integer, Integer> size = new HashMap<>();
        for (int x = 0; x < n; x++) {
            boolean linked = adjacent[x].length > 0 || (organization[x] >= 0 && members[organization[x]].length > 1);
            circle[x] = linked ? label[x] : NONE;
            if (linked) {
                size.merge(label[x], 1, Integer::sum);
            }
        }
        for (int x = 0; x < n; x++) {
            if (circle[x] != NONE && size.get(circle[x]) < 2) {
                circle[x] = NONE;
            }
        }
        return circle;
    }

    /** The labels of one node's neighbours with how many have each: counts by label, and which were touched. */
    private static final class Votes {
        private final int[] count;
        private final int[] touched;
        private int size;

        Votes(int labels) {
            count = new int[labels];
            touched = new int[labels];
        }

        void add(int label) {
            if (count[label]++ == 0) {
                touched[size++] = label;
            }
        }

        /** Takes the label most neighbours have (the smallest of equals); keeps its own while it is as good as any. Clears the votes. */
        boolean adopt(int[] label, int node) {
            if (size == 0) {
                return false;
            }
            int mine = count[label[node]];
            int best = label[node];
            int bestCount = mine;
            for (int i = 0; i < size; i++) {
                int l = touched[i];
                int c = count[l];
                if (c > bestCount || (c == bestCount && c > mine && l < best)) {
                    best = l;
                    bestCount = c;
                }
                count[l] = 0;
            }
            size = 0;
            if (best != label[node]) {
                label[node] = best;
                return true;
            }
            return false;
        }
    }

    /** Circles numbered from 0 in order of first appearance (for callers that show them). */
    static int[] renumber(int[] circle) {
        int[] out = Arrays.copyOf(circle, circle.length);
        Map<Integer, Integer> number = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != NONE) {
                out[i] = number.computeIfAbsent(out[i], k -> number.size());
            }
        }
        return out;
    }
}
