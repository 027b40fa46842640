package app.rapport.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who knows whom among the contacts present, and the circles of the user's network. Circles are
 * found by label propagation over the ties: each contact takes the circle most of its
 * acquaintances are in. Contacts are visited in id order and ties between circles are broken by
 * id, so the circles do not depend on the order the journal was read in.
 */
final class Network {

    private static final int MAX_ROUNDS = 30;
    static final int NO_CIRCLE = -1;

    /** Per slot, the slots of its acquaintances, ascending. */
    final int[][] acquaintances;
    /** Per slot, its circle, or {@link #NO_CIRCLE} for a contact without ties. */
    final int[] circle;

    private Network(int[][] acquaintances, int[] circle) {
        this.acquaintances = acquaintances;
        this.circle = circle;
    }

    static Network build(Map<String, Set<String>> ties, Map<String, Profile> present, int slotCount) {
        int[][] adj = new int[slotCount][];
        List<Profile> connected = new ArrayList<>();
        for (Profile p : present.values()) {
            Set<String> others = ties.get(p.id);
            if (others == null || others.isEmpty()) {
                continue;
            }
            int[] slots = new int[others.size()];
            int n = 0;
            for (String other : others) {
                Profile q = present.get(other);
                if (q != null) {
                    slots[n++] = q.slot;
                }
            }
            if (n > 0) {
                slots = Arrays.copyOf(slots, n);
                Arrays.sort(slots);
                adj[p.slot] = slots;
                connected.add(p);
            }
        }
        int[] empty = new int[0];
        for (int i = 0; i < slotCount; i++) {
            if (adj[i] == null) {
                adj[i] = empty;
            }
        }
        return new Network(adj, circles(adj, connected, slotCount));
    }

    private static int[] circles(int[][] adj, List<Profile> connected, int slotCount) {
        connected.sort((x, y) -> x.id.compareTo(y.id));
        int[] rankOfSlot = new int[slotCount];
        Arrays.fill(rankOfSlot, -1);
        int[] slotOfRank = new int[connected.size()];
        for (int r = 0; r < connected.size(); r++) {
            rankOfSlot[connected.get(r).slot] = r;
            slotOfRank[r] = connected.get(r).slot;
        }
        // Labels are ranks, so "the smallest label" means "the smallest id".
        int[] label = new int[connected.size()];
        for (int r = 0; r < label.length; r++) {
            label[r] = r;
        }
        int[] buffer = new int[16];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int r = 0; r < label.length; r++) {
                int[] neighbours = adj[slotOfRank[r]];
                if (buffer.length < neighbours.length) {
                    buffer = new int[neighbours.length * 2];
                }
                for (int i = 0; i < neighbours.length; i++) {
                    buffer[i] = label[rankOfSlot[neighbours[i]]];
                }
                Arrays.sort(buffer, 0, neighbours.length);
                int best = label[r];
                int bestCount = 0;
                int currentCount = 0;
                for (int i = 0; i < neighbours.length; ) {
                    int j = i;
                    while (j < neighbours.length && buffer[j] == buffer[i]) {
                        j++;
                    }
                    int count = j - i;
                    if (buffer[i] == label[r]) {
                        currentCount = count;
                    }
                    if (count > bestCount) { // ascending labels: the first maximum is the smallest
                        bestCount = count;
                        best = buffer[i];
                    }
                    i = j;
                }
                if (currentCount == bestCount) {
                    best = label[r]; // keep the circle while it is as good as any, so rounds settle
                }
                if (best != label[r]) {
                    label[r] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        int[] circle = new int[slotCount];
        Arrays.fill(circle, NO_CIRCLE);
        for (int r = 0; r < label.length; r++) {
            circle[slotOfRank[r]] = label[r];
        }
        return circle;
    }

    /** The same network with room for more slots (new contacts without ties). */
    Network withSlots(int slotCount) {
        if (slotCount <= acquaintances.length) {
            return this;
        }
        int[][] adj = Arrays.copyOf(acquaintances, slotCount);
        int[] c = Arrays.copyOf(circle, slotCount);
        for (int i = acquaintances.length; i < slotCount; i++) {
            adj[i] = new int[0];
            c[i] = NO_CIRCLE;
        }
        return new Network(adj, c);
    }

    boolean tied(int a, int b) {
        int[] n = acquaintances[a].length <= acquaintances[b].length ? acquaintances[a] : acquaintances[b];
        int other = n == acquaintances[a] ? b : a;
        return Arrays.binarySearch(n, other) >= 0;
    }

    int mutualCount(int a, int b) {
        int[] x = acquaintances[a];
        int[] y = acquaintances[b];
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                count++;
                i++;
                j++;
            }
        }
        return count;
    }

    int[] mutual(int a, int b) {
        int[] x = acquaintances[a];
        int[] y = acquaintances[b];
        int[] out = new int[Math.min(x.length, y.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                out[n++] = x[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Both are in circles, and not the same one. */
    boolean bridges(int a, int b) {
        return circle[a] != NO_CIRCLE && circle[b] != NO_CIRCLE && circle[a] != circle[b];
    }
}
