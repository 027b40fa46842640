package app.rapport.sync;

import java.util.List;
import java.util.Map;

/**
 * One sealed file of a device's log: its changes, and {@code seen}, how far the device had read
 * every device's log (its own included) when the user made them. A change {@code x} of device d,
 * file s, happened before this file's changes exactly when {@code seen.get(d) >= s}.
 */
public record ChangeFile(String device, long seq, Map<String, Long> seen, List<Change> changes) {

    public ChangeFile {
        seen = Map.copyOf(seen);
        changes = List.copyOf(changes);
    }

    /**
     * One key set to a value, or removed ({@code value} null). Keys name a record, a field of it or
     * an element of a set field ({@link JournalFlattening}); values are JSON text.
     */
    public record Change(String key, String value, Hlc hlc) {
    }

    /** Whether this file's device had read file {@code seq} of {@code device} when it wrote this one. */
    public boolean saw(String device, long seq) {
        return seen.getOrDefault(device, 0L) >= seq;
    }
}
