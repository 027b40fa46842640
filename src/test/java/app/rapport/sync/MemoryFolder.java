package app.rapport.sync;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every file any device wrote, and per device the files its sync tool has delivered so far. */
final class MemoryFolder {

    final Map<String, ChangeFile> all = new TreeMap<>();

    static String id(String device, long seq) {
        return device + "/" + seq;
    }

    /** A device's view: its own files at once, others' once delivered. */
    LogFolder view(String self, Set<String> delivered) {
        return new LogFolder() {
            @Override
            public Map<String, SortedSet<Long>> list() {
                Map<String, SortedSet<Long>> out = new TreeMap<>();
                for (ChangeFile f : all.values()) {
                    if (f.device().equals(self) || delivered.contains(id(f.device(), f.seq()))) {
                        out.computeIfAbsent(f.device(), d -> new TreeSet<>()).add(f.seq());
                    }
                }
                return out;
            }

            @Override
            public ChangeFile read(String device, long seq) {
                return all.get(id(device, seq));
            }

            @Override
            public void write(ChangeFile file) {
                if (all.putIfAbsent(id(file.device(), file.seq()), file) != null) {
                    throw new IllegalStateException("two writers of " + id(file.device(), file.seq()));
                }
            }
        };
    }
}
