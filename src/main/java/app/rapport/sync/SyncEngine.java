package app.rapport.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Merges the devices' logs into one state and finds this device's own changes, over flat maps of
 * key to JSON text ({@link JournalFlattening}); it knows nothing of contacts.
 *
 * <p>Keys have two to four parts separated by {@link #SEP}: {@code kind,id} says a record exists
 * (deleting it removes only this key, so a restore or a concurrent edit finds its fields);
 * {@code kind,id,field} is a single value, last writer wins by clock; {@code kind,id,field,element}
 * is an element of a set (add wins over a concurrent remove).
 *
 * <p>Every key keeps the values no later change has superseded (a multi-value register): one when
 * the devices agree, more when two devices changed it concurrently. The newest clock decides what
 * the journal shows, and the others are listed as changes to review. Since what is kept depends only
 * on which files were read, never in which order, devices that read the same files agree.
 */
public final class SyncEngine {

    public static final char SEP = '\u001f';

    private final SyncState state;
    private final java.util.function.BiFunction<String, String, Set<String>> references;

    public SyncEngine(SyncState state) {
        this(state, (key, value) -> Set.of());
    }

    /**
     * @param references the record keys a key with its value refers to (an encounter's participant,
     *                   say). A record deleted on one device that another device referred to
     *                   meanwhile is kept, as an edit of it would keep it. And the links a store
     *                   hides with a deleted record are not taken for removals the user made.
     */
    public SyncEngine(SyncState state, java.util.function.BiFunction<String, String, Set<String>> references) {
        this.state = state;
        this.references = references;
    }

    public SyncState state() {
        return state;
    }

    /** What a sync did. */
    public record Result(Map<String, String> merged, int filesRead, int changesWritten, List<Conflict> conflicts,
                         List<String> keptOverDeletion, List<String> unreadable, int waiting) {
    }

    /** A key two devices changed differently: {@code kept} is in the journal, {@code others} are not. */
    public record Conflict(String key, String kept, List<String> others) {
    }

    /**
     * Reads what is new in the folder, writes this device's changes (local against the last synced
     * state) and returns the merged state the journal should now hold; the caller stores it, then
     * {@link #commit}s.
     *
     * @param now wall time in milliseconds, for the clock
     */
    public Result sync(Map<String, String> local, LogFolder folder, long now) throws IOException {
        Map<String, Long> seenAtStart = new TreeMap<>(state.read);
        List<String> unreadable = new ArrayList<>();
        int read = ingestReady(folder, unreadable);

        List<ChangeFile.Change> changes = new ArrayList<>();
        Hlc clock = state.clock;
        for (String key : diffKeys(state.base, local, references)) {
            clock = clock.tick(now, state.device);
            changes.add(new ChangeFile.Change(key, local.get(key), clock));
        }
        if (!changes.isEmpty()) {
            long seq = state.read.getOrDefault(state.device, 0L) + 1;
            // What the user had seen when making these changes: the state of the last sync. A
            // remote change read only now is concurrent with them, and so reported, not overwritten.
            seenAtStart.put(state.device, seq - 1);
            ChangeFile file = new ChangeFile(state.device, seq, seenAtStart, changes);
            folder.write(file);
            ingest(file);
        }
        Materialized m = materialize();
        reviveReferenced(m);
        return new Result(m.state, read, changes.size(), m.conflicts, m.keptOverDeletion, unreadable,
                countWaiting(folder));
    }

    /** Remembers {@code merged} as synced, once the journal holds it. */
    public void commit(Result result) {
        state.base = new TreeMap<>(result.merged());
    }

    /** Keys whose values differ; fields of a record deleted locally are left alone (see class comment). */
    static List<String> diffKeys(Map<String, String> base, Map<String, String> local) {
        return diffKeys(base, local, (k, v) -> Set.of());
    }

    static List<String> diffKeys(Map<String, String> base, Map<String, String> local,
                                 java.util.function.BiFunction<String, String, Set<String>> references) {
        Set<String> keys = new java.util.TreeSet<>(base.keySet());
        keys.addAll(local.keySet());
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            String b = base.get(key);
            String l = local.get(key);
            if (Objects.equals(b, l)) {
                continue;
            }
            String record = recordKey(key);
            if (l == null && !record.equals(key) && !local.containsKey(record)) {
                continue;
            }
            if (l == null && refersToAbsent(base, local, key, record, references)) {
                // Hidden with a person in the trash, not removed by the user.
                continue;
            }
            out.add(key);
        }
        return out;
    }

    private static boolean refersToAbsent(Map<String, String> base, Map<String, String> local, String key,
                                          String record, java.util.function.BiFunction<String, String, Set<String>> references) {
        Map<String, String> scope = record.equals(key) && base instanceof NavigableMap<String, String> nav
                ? nav.subMap(record, true, record + SEP + '\uffff', true) : Map.of(key, base.get(key));
        for (var e : scope.entrySet()) {
            for (String r : references.apply(e.getKey(), e.getValue())) {
                if (!local.containsKey(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int ingestReady(LogFolder folder, List<String> unreadable) throws IOException {
        Map<String, SortedSet<Long>> present = folder.list();
        Set<String> bad = new LinkedHashSet<>();
        int read = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (var e : new TreeMap<>(present).entrySet()) {
                String device = e.getKey();
                long next = state.read.getOrDefault(device, 0L) + 1;
                if (!e.getValue().contains(next) || bad.contains(device)) {
                    continue;
                }
                ChangeFile file;
                try {
                    file = folder.read(device, next);
                } catch (LogFolder.UnreadableFileException ex) {
                    bad.add(device);
                    unreadable.add(ex.getMessage());
                    continue;
                }
                if (!ready(file)) {
                    continue;
                }
                ingest(file);
                read++;
                progress = true;
            }
        }
        return read;
    }

    private int countWaiting(LogFolder folder) throws IOException {
        int waiting = 0;
        for (var e : folder.list().entrySet()) {
            long done = state.read.getOrDefault(e.getKey(), 0L);
            waiting += e.getValue().tailSet(done + 1).size();
        }
        return waiting;
    }

    /** Causal order: every file this one's device had read is read here too. */
    private boolean ready(ChangeFile file) {
        for (var s : file.seen().entrySet()) {
            if (state.read.getOrDefault(s.getKey(), 0L) < s.getValue()) {
                return false;
            }
        }
        return true;
    }

    void ingest(ChangeFile file) {
        state.seen.put(fileId(file.device(), file.seq()), new TreeMap<>(file.seen()));
        for (ChangeFile.Change c : file.changes()) {
            Entry e = new Entry(c.value(), c.hlc(), file.device(), file.seq());
            List<Entry> kept = state.registers.computeIfAbsent(c.key(), k -> new ArrayList<>());
            boolean superseded = false;
            for (Entry x : kept) {
                if (before(e, x)) {
                    superseded = true;
                    break;
                }
            }
            if (!superseded && !kept.contains(e)) {
                kept.removeIf(x -> before(x, e));
                kept.add(e);
                kept.sort(Comparator.comparing(Entry::hlc));
            }
            state.clock = state.clock.observe(c.hlc());
        }
        state.read.merge(file.device(), file.seq(), Math::max);
    }

    /** Whether {@code a} happened before {@code b}: b's device had read a's file when it wrote b. */
    boolean before(Entry a, Entry b) {
        if (a.device().equals(b.device())) {
            return a.seq() < b.seq() || a.seq() == b.seq() && a.hlc().compareTo(b.hlc()) < 0;
        }
        Map<String, Long> seen = state.seen.get(fileId(b.device(), b.seq()));
        return seen != null && seen.getOrDefault(a.device(), 0L) >= a.seq();
    }

    private record Materialized(NavigableMap<String, String> state, List<Conflict> conflicts,
                                List<String> keptOverDeletion) {
    }

    private Materialized materialize() {
        NavigableMap<String, String> out = new TreeMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Map<String, Boolean> present = new HashMap<>();
        for (var e : state.registers.entrySet()) {
            String key = e.getKey();
            List<Entry> values = e.getValue();
            if (values.isEmpty()) {
                continue;
            }
            String record = recordKey(key);
            if (record.equals(key)) {
                boolean alive = values.stream().anyMatch(v -> v.value() != null);
                if (!alive && editedConcurrently(key, values)) {
                    alive = true;
                    kept.add(key);
                }
                present.put(key, alive);
                if (alive) {
                    out.put(key, "1");
                }
            }
        }
        for (var e : state.registers.entrySet()) {
            String key = e.getKey();
            List<Entry> values = e.getValue();
            String record = recordKey(key);
            if (record.equals(key) || values.isEmpty() || !present.getOrDefault(record, false)) {
                continue;
            }
            boolean element = parts(key) == 4;
            Entry winner = values.get(values.size() - 1);
            if (element) {
                Entry added = null;
                for (Entry v : values) {
                    if (v.value() != null) {
                        added = v;
                    }
                }
                winner = added == null ? winner : added;
            }
            if (winner.value() != null) {
                out.put(key, winner.value());
            }
            if (values.size() > 1) {
                List<String> others = new ArrayList<>();
                for (Entry v : values) {
                    if (!Objects.equals(v.value(), winner.value()) && !others.contains(v.value())
                            && !(element && v.value() == null)) {
                        others.add(v.value());
                    }
                }
                if (!others.isEmpty()) {
                    conflicts.add(new Conflict(key, winner.value(), others));
                }
            }
        }
        return new Materialized(out, conflicts, kept);
    }

    /**
     * Deleted records that a change none of the deleting devices had seen refers to come back with
     * their last values (a tie made on one device to someone deleted on another keeps the person).
     */
    private void reviveReferenced(Materialized m) {
        boolean again = true;
        while (again) {
            again = false;
            for (var e : new ArrayList<>(m.state.entrySet())) {
                for (String record : references.apply(e.getKey(), e.getValue())) {
                    List<Entry> deletions = state.registers.get(record);
                    if (m.state.containsKey(record) || deletions == null || deletions.isEmpty()) {
                        continue;
                    }
                    List<Entry> linking = state.registers.get(e.getKey());
                    Entry link = linking == null || linking.isEmpty() ? null : linking.get(linking.size() - 1);
                    if (link == null || deletions.stream().anyMatch(d -> before(link, d))) {
                        continue;
                    }
                    revive(m, record);
                    again = true;
                }
            }
        }
    }

    private void revive(Materialized m, String record) {
        m.state.put(record, "1");
        for (var e : state.registers.subMap(record + SEP, true, record + SEP + '\uffff', true).entrySet()) {
            List<Entry> values = e.getValue();
            if (values.isEmpty()) {
                continue;
            }
            Entry winner = values.get(values.size() - 1);
            if (parts(e.getKey()) == 4) {
                for (Entry v : values) {
                    if (v.value() != null) {
                        winner = v;
                    }
                }
            }
            if (winner.value() != null) {
                m.state.put(e.getKey(), winner.value());
            }
        }
        m.keptOverDeletion.add(record);
    }

    /** A deleted record with a change of one of its fields that none of the deleting devices had seen. */
    private boolean editedConcurrently(String record, List<Entry> deletions) {
        NavigableMap<String, List<Entry>> fields = state.registers.subMap(record + SEP, true, record + SEP + '\uffff', true);
        for (List<Entry> values : fields.values()) {
            for (Entry edit : values) {
                if (deletions.stream().noneMatch(d -> before(edit, d))) {
                    return true;
                }
            }
        }
        return false;
    }

    static String recordKey(String key) {
        int a = key.indexOf(SEP);
        int b = a < 0 ? -1 : key.indexOf(SEP, a + 1);
        return b < 0 ? key : key.substring(0, b);
    }

    static int parts(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == SEP) {
                n++;
            }
        }
        return n;
    }

    static String fileId(String device, long seq) {
        return device + "/" + seq;
    }

    /** A value a device gave a key, from its file {@code seq}. */
    public record Entry(String value, Hlc hlc, String device, long seq) {
    }
}
