package app.rapport.suggest;

import java.util.Arrays;

/** A growable set of small ints (contact slots) for posting lists; order is not meaningful. */
final class IntBag {

    private int[] items = new int[4];
    private int size;

    void add(int v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = v;
    }

    /** Removes one occurrence; posting lists are short enough for a linear scan. */
    boolean remove(int v) {
        for (int i = 0; i < size; i++) {
            if (items[i] == v) {
                items[i] = items[--size];
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return items[i];
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
