package app.rapport.sync;

/**
 * A hybrid logical clock reading: wall time in milliseconds, a counter for readings within one
 * millisecond (or behind a clock read from another device), and the device as the final tie
 * breaker, so that any two readings of different devices are ordered, the same way everywhere.
 */
public record Hlc(long wall, int counter, String device) implements Comparable<Hlc> {

    public static final Hlc ZERO = new Hlc(0, 0, "");

    /** The next reading on {@code device} at wall time {@code now}, after this one. */
    public Hlc tick(long now, String device) {
        return now > wall ? new Hlc(now, 0, device) : new Hlc(wall, counter + 1, device);
    }

    /** This clock after seeing {@code other}: never behind it. */
    public Hlc observe(Hlc other) {
        return other.compareTo(this) > 0 ? new Hlc(other.wall, other.counter, device) : this;
    }

    @Override
    public int compareTo(Hlc o) {
        int c = Long.compare(wall, o.wall);
        if (c == 0) {
            c = Integer.compare(counter, o.counter);
        }
        return c != 0 ? c : device.compareTo(o.device);
    }

    @Override
    public String toString() {
        return wall + "." + counter + "." + device;
    }

    public static Hlc parse(String s) {
        int a = s.indexOf('.');
        int b = s.indexOf('.', a + 1);
        return new Hlc(Long.parseLong(s.substring(0, a)), Integer.parseInt(s.substring(a + 1, b)), s.substring(b + 1));
    }
}
