package app.rapport.ui.network;

import java.util.Arrays;

/**
 * A force-directed layout (Fruchterman and Reingold) whose repulsion is estimated with a
 * Barnes-Hut quadtree, so that a step costs n log n rather than n². Linked people pull together
 * (stronger links pull harder), everyone pushes everyone away, and a weak pull to the middle
 * keeps unlinked people near the rest.
 *
 * <p>Deterministic: start positions come from the caller (see {@link #startPositions}), the
 * number of steps depends only on the size of the network, and the arithmetic runs in a fixed
 * order on one thread; the same network gives the same picture. A layout that starts from
 * positions of an earlier picture runs cooler ({@link #settle}), so a new person finds a place
 * without reshuffling everyone. Pure computation, no JavaFX: call it off the JavaFX thread.
 */
public final class ForceLayout {

    /** The ideal distance between two linked people, in layout units. */
    static final double SPACING = 30;
    private static final double THETA = 0.9;
    private static final double GRAVITY = 1.0;

    private final int n;
    private final int[] from;
    private final int[] to;
    private final double[] weight;
    final double[] x;
    final double[] y;
    private final double[] dx;
    private final double[] dy;
    private final int totalSteps;
    private double temperature;
    private final double cooling;
    private int step;
    private final boolean warm;
    // The quadtree, in flat arrays reused from step to step.
    private double[] cellX = new double[64];
    private double[] cellY = new double[64];
    private double[] cellMass = new double[64];
    private double[] cellSize = new double[64];
    private double[] cellMinX = new double[64];
    private double[] cellMinY = new double[64];
    private int[] cellChild = new int[64 * 4];
    private int[] cellBody = new int[64];
    private int cells;

    /**
     * A layout of {@code n} people linked by {@code from[i]}–{@code to[i]} with {@code weight[i]}
     * (1 an ordinary link), starting at {@code x}, {@code y} (copied). {@code warm}: the start
     * positions are an earlier picture, which is only to be settled, not made anew.
     */
    public ForceLayout(int n, int[] from, int[] to, double[] weight, double[] x, double[] y, boolean warm) {
        this.n = n;
        this.from = from;
        this.to = to;
        this.weight = weight;
        this.x = Arrays.copyOf(x, n);
        this.y = Arrays.copyOf(y, n);
        this.dx = new double[n];
        this.dy = new double[n];
        this.warm = warm;
        double extent = SPACING * Math.sqrt(Math.max(1, n));
        if (warm) {
            // Cool from the start: people already placed only make room, the newcomers find their place.
            this.totalSteps = 50;
            this.temperature = SPACING / 5;
        } else {
            this.totalSteps = stepsFor(n);
            this.temperature = extent / 4;
        }
        this.cooling = Math.pow(0.5 / temperature, 1.0 / totalSteps);
    }

    /** How many steps a fresh layout of {@code n} people takes: fewer for large networks, whose steps cost more. */
    static int stepsFor(int n) {
        if (n <= 500) {
            return 400;
        }
        if (n <= 3_000) {
            return 300;
        }
        return 220;
    }

    /** Start positions from the people's ids alone (a hash each): a person's start never depends on the others. */
    public static void startPositions(long[] hashes, double[] x, double[] y) {
        int n = hashes.length;
        double radius = SPACING * Math.sqrt(Math.max(1, n)) / 2;
        for (int i = 0; i < n; i++) {
            long h = mix(hashes[i]);
            double angle = (h & 0xFFFFFF) / (double) 0x1000000 * 2 * Math.PI;
            double r = radius * Math.sqrt(((h >>> 24) & 0xFFFFFF) / (double) 0x1000000);
            x[i] = r * Math.cos(angle);
            y[i] = r * Math.sin(angle);
        }
    }

    /** A stable 64-bit hash of a text (not String.hashCode, which is only 32 bits and clusters). */
    public static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Whether this layout settles an earlier picture rather than making one anew. */
    public boolean warm() {
        return warm;
    }

    public boolean done() {
        return step >= totalSteps;
    }

    /** Steps taken so far, of {@link #totalSteps()}. */
    public int steps() {
        return step;
    }

    public int totalSteps() {
        return totalSteps;
    }

    /** Runs up to {@code count} more steps; returns whether the layout is done. */
    public boolean run(int count) {
        for (int i = 0; i < count && !done(); i++) {
            step();
        }
        return done();
    }

    /** Runs every remaining step. */
    public void settle() {
        while (!done()) {
            step();
        }
    }

    public double[] xs() {
        return x;
    }

    public double[] ys() {
        return y;
    }

    private void step() {
        Arrays.fill(dx, 0);
        Arrays.fill(dy, 0);
        double k2 = SPACING * SPACING;
        if (n > 1) {
            buildTree();
            for (int i = 0; i < n; i++) {
                repel(i, k2);
            }
        }
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            double ex = x[a] - x[b];
            double ey = y[a] - y[b];
            double d = Math.sqrt(ex * ex + ey * ey);
            if (d < 1e-9) {
                continue;
            }
            double f = d * weight[e] / SPACING; // d²/k, divided by d for the unit vector
            dx[a] -= ex * f;
            dy[a] -= ey * f;
            dx[b] += ex * f;
            dy[b] += ey * f;
        }
        for (int i = 0; i < n; i++) {
            dx[i] -= GRAVITY * x[i];
            dy[i] -= GRAVITY * y[i];
            double d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (d > 1e-9) {
                double move = Math.min(d, temperature) / d;
                x[i] += dx[i] * move;
                y[i] += dy[i] * move;
            }
        }
        temperature *= cooling;
        step++;
    }

    // ---------------------------------------------------------------- Barnes-Hut

    private void buildTree() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double size = Math.max(maxX - minX, maxY - minY) + 1;
        cells = 0;
        newCell(minX, minY, size);
        for (int i = 0; i < n; i++) {
            insert(0, i, 0);
        }
        summarise(0);
    }

    private int newCell(double minX, double minY, double size) {
        if (cells == cellMass.length) {
            int grown = cells * 2;
            cellX = Arrays.copyOf(cellX, grown);
            cellY = Arrays.copyOf(cellY, grown);
            cellMass = Arrays.copyOf(cellMass, grown);
            cellSize = Arrays.copyOf(cellSize, grown);
            cellMinX = Arrays.copyOf(cellMinX, grown);
            cellMinY = Arrays.copyOf(cellMinY, grown);
            cellBody = Arrays.copyOf(cellBody, grown);
            cellChild = Arrays.copyOf(cellChild, grown * 4);
        }
        int c = cells++;
        cellMinX[c] = minX;
        cellMinY[c] = minY;
        cellSize[c] = size;
        cellMass[c] = 0;
        cellX[c] = 0;
        cellY[c] = 0;
        cellBody[c] = -1;
        Arrays.fill(cellChild, c * 4, c * 4 + 4, -1);
        return c;
    }

    private void insert(int cell, int body, int depth) {
        while (true) {
            boolean leaf = cellChild[cell * 4] < 0 && cellChild[cell * 4 + 1] < 0
                    && cellChild[cell * 4 + 2] < 0 && cellChild[cell * 4 + 3] < 0;
            if (leaf && cellBody[cell] < 0 && cellMass[cell] == 0) {
                cellBody[cell] = body;
                cellMass[cell] = 1;
                return;
            }
            if (leaf && depth > 40) {
                // People on the same spot: the cell holds them together.
                cellMass[cell] += 1;
                return;
            }
            if (leaf && cellBody[cell] >= 0) {
                int other = cellBody[cell];
                cellBody[cell] = -1;
                cellMass[cell] = 0;
                pushDown(cell, other, depth);
            }
            cellMass[cell] += 0; // mass is summed afterwards
            cell = childFor(cell, body);
            depth++;
        }
    }

    private void pushDown(int cell, int body, int depth) {
        int child = childFor(cell, body);
        cellBody[child] = body;
        cellMass[child] = 1;
    }

    private int childFor(int cell, int body) {
        double half = cellSize[cell] / 2;
        int qx = x[body] >= cellMinX[cell] + half ? 1 : 0;
        int qy = y[body] >= cellMinY[cell] + half ? 1 : 0;
        int slot = cell * 4 + qx + 2 * qy;
        if (cellChild[slot] < 0) {
            int c = newCell(cellMinX[cell] + qx * half, cellMinY[cell] + qy * half, half);
            cellChild[slot] = c;
        }
        return cellChild[slot];
    }

    /** Sums mass and centre of mass bottom-up. */
    private void summarise(int cell) {
        int body = cellBody[cell];
        boolean leaf = true;
        double mass = 0;
        double sx = 0;
        double sy = 0;
        for (int q = 0; q < 4; q++) {
            int c = cellChild[cell * 4 + q];
            if (c >= 0) {
                leaf = false;
                summarise(c);
                mass += cellMass[c];
                sx += cellX[c] * cellMass[c];
                sy += cellY[c] * cellMass[c];
            }
        }
        if (leaf) {
            if (body >= 0) {
                cellX[cell] = x[body];
                cellY[cell] = y[body];
            }
            return;
        }
        cellMass[cell] = mass;
        cellX[cell] = sx / mass;
        cellY[cell] = sy / mass;
    }

    private final int[] stack = new int[4 * 64 + 8];

    private void repel(int i, double k2) {
        int[] todo = stack;
        int top = 0;
        todo[top++] = 0;
        double xi = x[i];
        double yi = y[i];
        double fx = 0;
        double fy = 0;
        while (top > 0) {
            int c = todo[--top];
            double mass = cellMass[c];
            if (mass == 0) {
                continue;
            }
            boolean leaf = cellChild[c * 4] < 0 && cellChild[c * 4 + 1] < 0
                    && cellChild[c * 4 + 2] < 0 && cellChild[c * 4 + 3] < 0;
            if (leaf && cellBody[c] == i) {
                continue;
            }
            double ex = xi - cellX[c];
            double ey = yi - cellY[c];
            double d2 = ex * ex + ey * ey;
            if (leaf || cellSize[c] * cellSize[c] < THETA * THETA * d2) {
                if (d2 < 1e-6) {
                    // Same spot: a push in a direction fixed by the person's number.
                    ex = ((i * 2654435761L) & 0xFF) / 255.0 - 0.5;
                    ey = ((i * 40503L) & 0xFF) / 255.0 - 0.5;
                    d2 = ex * ex + ey * ey + 1e-6;
                }
                double f = k2 * mass / d2; // k²/d, divided by d for the unit vector
                fx += ex * f;
                fy += ey * f;
            } else {
                for (int q = 0; q < 4; q++) {
                    int child = cellChild[c * 4 + q];
                    if (child >= 0) {
                        todo[top++] = child;
                    }
                }
            }
        }
        dx[i] += fx;
        dy[i] += fy;
    }
}
