package app.rapport.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who knows whom among the contacts present, and the circles of the user's network. Circles are
 * found by label propagation over the ties: each contact takes the circle most of its
 * acquaintances are in. Contacts are visited in id order and ties between circles are broken by
 * id, so the circles do not depend on the order the journal was read in.
 */
final class Network {

    private static final int MAX_ROUNDS = 12;
    static final int NO_CIRCLE = -1;

    /** Per slot, the slots of its acquaintances, ascending. */
    final int[][] acquaintances;
    /** Per slot, its circle, or {@link #NO_CIRCLE} for a contact without ties. */
    final int[] circle;

    private Network(int[][] acquaintances, int[] circle) {
        this.acquaintances = acquaintances;
        this.circle = circle;
    }

    /** The network of the contacts present ({@code profiles} not null), from each slot's tied slots. */
    static Network build(List<IntBag> ties, Profile[] profiles) {
        int slotCount = profiles.length;
        int[][] adj = new int[slotCount][];
        int[] empty = new int[0];
        List<Profile> connected = new ArrayList<>();
        for (Profile p : profiles) {
            if (p == null) {
                continue;
            }
            IntBag others = p.slot < ties.size() ? ties.get(p.slot) : null;
            int n = 0;
            int[] slots = empty;
            if (others != null && others.size() > 0) {
                slots = new int[others.size()];
                for (int i = 0; i < others.size(); i++) {
                    int q = others.get(i);
                    if (q < slotCount && profiles[q] != null) {
                        slots[n++] = q;
                    }
                }
            }
            if (n > 0) {
                slots = Arrays.copyOf(slots, n);
                Arrays.sort(slots);
                adj[p.slot] = slots;
                connected.add(p);
            }
        }
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
                int d = neighbours.length;
                if (buffer.length < d) {
                    buffer = new int[d * 2];
                }
                for (int i = 0; i < d; i++) {
                    buffer[i] = label[rankOfSlot[neighbours[i]]];
                }
                int best = label[r];
                int bestCount = 0;
                int currentCount = 0;
                // Most contacts have a handful of ties: counting pairwise beats sorting.
                for (int i = 0; i < d; i++) {
                    int candidate = buffer[i];
                    int count = 0;
                    boolean counted = false;
                    for (int j = 0; j < d; j++) {
                        if (buffer[j] == candidate) {
                            if (j < i) {
                                counted = true;
                                break;
                            }
                            count++;
                        }
                    }
                    if (counted) {
                        continue;
                    }
                    if (candidate == label[r]) {
                        currentCount = count;
                    }
                    if (count > bestCount || (count == bestCount && candidate < best)) {
                        bestCount = count;
                        best = candidate;
                    }
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
