package app.rapport.suggest;

/** An open-addressing hash set of longs (pair keys), to score each touched pair once. */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] table;
    private int size;
    private int mask;

    LongSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        table = new long[capacity];
        java.util.Arrays.fill(table, EMPTY);
        mask = capacity - 1;
    }

    /** Adds {@code key}; returns false if it was there already. Keys must not be Long.MIN_VALUE. */
    boolean add(long key) {
        int i = mix(key) & mask;
        while (true) {
            long k = table[i];
            if (k == EMPTY) {
                table[i] = key;
                if (++size * 2 > table.length) {
                    grow();
                }
                return true;
            }
            if (k == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        java.util.Arrays.fill(table, EMPTY);
        mask = table.length - 1;
        size = 0;
        for (long k : old) {
            if (k != EMPTY) {
                add(k);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
