package app.rapport.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random edits on two and three simulated devices, with files delivered in any order, late or
 * again: once every device has read every file, all hold the same state, the same as a new device
 * reading the files from scratch, and the newest value of every field is the one kept.
 */
class ConvergenceProperties {

    static final char S = SyncEngine.SEP;

    static final class Device {
        SyncEngine engine;
        Map<String, String> local = new TreeMap<>();
        final Set<String> delivered = new HashSet<>();
        /** Records edited since the last sync; with {@code incremental}, only these are compared. */
        final Set<String> dirty = new HashSet<>();
        final boolean incremental;

        Device(String id, boolean incremental) {
            engine = new SyncEngine(new SyncState(id));
            this.incremental = incremental;
        }

        void sync(MemoryFolder folder, long now) throws Exception {
            SyncEngine.Local all = SyncEngine.Local.of(local);
            SyncEngine.Local l = all;
            if (incremental) {
                Map<String, java.util.NavigableMap<String, String>> changed = new TreeMap<>(all.changed());
                changed.keySet().retainAll(dirty);
                l = new SyncEngine.Local(all.present(), changed);
            }
            SyncEngine.Result r = engine.sync(l, folder.view(engine.state().device(), delivered), now);
            // As a journal fingerprints its records: one not stored again keeps its fingerprint.
            engine.commit(r, record -> r.records().containsKey(record) ? 0L : 1L);
            dirty.clear();
            if (incremental) {
                // As between two runs of the command: the state written and read back.
                engine = new SyncEngine(SyncState.fromBytes(engine.state().toBytes()));
            }
            local = new TreeMap<>(engine.merged());
        }
    }

    @Property(tries = 300)
    void devicesThatReadTheSameFilesHoldTheSameJournal(@ForAll long seed,
                                                      @ForAll @IntRange(min = 2, max = 3) int count,
                                                      @ForAll boolean incremental) throws Exception {
        Random random = new Random(seed);
        MemoryFolder folder = new MemoryFolder();
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            devices.add(new Device("d" + i, incremental));
        }
        long now = 1_000;
        int steps = 10 + random.nextInt(60);
        for (int step = 0; step < steps; step++) {
            now += random.nextInt(3);
            Device d = devices.get(random.nextInt(count));
            switch (random.nextInt(7)) {
                case 0, 1 -> d.dirty.add(edit(d.local, random));
                case 2 -> d.sync(folder, now);
                default -> deliverOne(folder, d, random);
            }
        }
        for (Device d : devices) {
            d.sync(folder, ++now);
        }
        for (Device d : devices) {
            d.delivered.addAll(folder.all.keySet());
        }
        for (Device d : devices) {
            d.sync(folder, ++now);
        }
        for (Device d : devices) {
            assertEquals(devices.get(0).local, d.local, "device " + d.engine.state().device());
        }
        // Nothing was left unwritten: a further round changes nothing.
        int files = folder.all.size();
        for (Device d : devices) {
            d.sync(folder, ++now);
        }
        assertEquals(files, folder.all.size());

        Device fresh = new Device("fresh", false);
        fresh.delivered.addAll(folder.all.keySet());
        fresh.sync(folder, ++now);
        assertEquals(devices.get(0).local, fresh.local, "a new device reading every file");
        assertNewestValuesKept(folder, devices.get(0).local);
    }

    /** Every field of a record that exists holds the value of the change with the newest clock. */
    private static void assertNewestValuesKept(MemoryFolder folder, Map<String, String> state) {
        Map<String, ChangeFile.Change> newest = new TreeMap<>();
        for (ChangeFile f : folder.all.values()) {
            for (ChangeFile.Change c : f.changes()) {
                newest.merge(c.key(), c, (a, b) -> a.hlc().compareTo(b.hlc()) >= 0 ? a : b);
            }
        }
        for (var e : newest.entrySet()) {
            String key = e.getKey();
            if (SyncEngine.parts(key) == 3 && state.containsKey(SyncEngine.recordKey(key))) {
                assertEquals(e.getValue().value(), state.get(key), key);
            }
        }
    }

    private static void deliverOne(MemoryFolder folder, Device d, Random random) {
        List<String> ids = new ArrayList<>(folder.all.keySet());
        if (!ids.isEmpty()) {
            d.delivered.add(ids.get(random.nextInt(ids.size())));
        }
    }

    /** One edit as a user makes it: a record created, a field set or cleared, a tag added or removed, a deletion. */
    private static String edit(Map<String, String> local, Random random) {
        String record = "c" + S + "r" + random.nextInt(4);
        boolean exists = local.containsKey(record);
        int what = random.nextInt(6);
        if (!exists || what == 0) {
            if (!exists) {
                local.put(record, "1");
                local.put(record + S + "name", "\"n" + random.nextInt(5) + "\"");
            } else {
                local.keySet().removeIf(k -> k.equals(record) || k.startsWith(record + S));
            }
            return record;
        }
        switch (what) {
            case 1, 2 -> local.put(record + S + "f" + random.nextInt(2), "\"v" + random.nextInt(5) + "\"");
            case 3 -> local.remove(record + S + "f" + random.nextInt(2));
            case 4 -> local.put(record + S + "tags" + S + "t" + random.nextInt(3), "1");
            default -> local.remove(record + S + "tags" + S + "t" + random.nextInt(3));
        }
        return record;
    }
}
