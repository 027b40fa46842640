package app.rapport.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

    /**
     * The journal on this device as far as a sync needs it: every record there ({@code kind␟id}),
     * and the flat keys of those that may have changed since the last sync (a record in neither,
     * but synced, was deleted here). A record not in {@code changed} is taken to hold what the
     * last sync left it, so only the records a device touched are flattened and compared.
     */
    public record Local(Set<String> present, Map<String, NavigableMap<String, String>> changed) {

        /** Every record of a whole flat state as possibly changed (tests, small journals). */
        public static Local of(Map<String, String> flat) {
            Map<String, NavigableMap<String, String>> byRecord = new HashMap<>();
            for (var e : flat.entrySet()) {
                byRecord.computeIfAbsent(recordKey(e.getKey()), k -> new TreeMap<>()).put(e.getKey(), e.getValue());
            }
            byRecord.keySet().removeIf(r -> !flat.containsKey(r));
            return new Local(new HashSet<>(byRecord.keySet()), byRecord);
        }
    }

    /**
     * What a sync did. {@code records}: every record whose merged state differs from what this
     * device holds, with its keys (an empty map: the record is no longer there); {@code local} the
     * same records as this device holds them.
     */
    public record Result(Map<String, NavigableMap<String, String>> records,
                         Map<String, NavigableMap<String, String>> local, Set<String> revived,
                         Map<String, NavigableMap<String, String>> mergedAffected,
                         Set<String> compared, int filesRead, int changesWritten, List<Conflict> conflicts,
                         List<String> keptOverDeletion, List<String> unreadable, int waiting) {
    }

    /** A key two devices changed differently: {@code kept} is in the journal, {@code others} are not. */
    public record Conflict(String key, String kept, List<String> others) {
    }

    /**
     * Reads what is new in the folder, writes this device's changes (local against the last synced
     * state) and returns what of the journal must change to hold the merged state; the caller
     * stores it, then {@link #commit}s.
     *
     * @param now wall time in milliseconds, for the clock
     */
    public Result sync(Local local, LogFolder folder, long now) throws IOException {
        return sync(local, folder, now, phase -> { });
    }

    /** As {@link #sync(Local, LogFolder, long)}, saying when each phase ends. */
    public Result sync(Local local, LogFolder folder, long now, java.util.function.Consumer<String> phases)
            throws IOException {
        Map<String, Long> seenAtStart = new TreeMap<>(state.read);
        // Local changes against the last synced state, before anything new changes the registers.
        List<String> candidates = new ArrayList<>(local.changed().keySet());
        for (String r : state.synced.keySet()) {
            if (!local.present().contains(r) && !local.changed().containsKey(r)) {
                candidates.add(r);
            }
        }
        java.util.Collections.sort(candidates);
        List<ChangeFile.Change> changes = new ArrayList<>();
        Map<String, NavigableMap<String, String>> before = new HashMap<>();
        Hlc clock = state.clock;
        for (String r : candidates) {
            NavigableMap<String, String> base = baseOf(r);
            NavigableMap<String, String> mine = local.changed().getOrDefault(r, EMPTY);
            before.put(r, mine);
            for (String key : diffKeys(base, mine, local.present(), references)) {
                clock = clock.tick(now, state.device);
                changes.add(new ChangeFile.Change(key, mine.get(key), clock));
            }
        }
        phases.accept("local changes");
        // What this device holds of the records the files touch: as last synced, unless changed here.
        java.util.function.Consumer<String> firstTouch = r -> before.computeIfAbsent(r,
                x -> local.present().contains(x) ? baseOf(x) : EMPTY);
        Set<String> affected = new HashSet<>();
        List<String> unreadable = new ArrayList<>();
        int read = ingestReady(folder, unreadable, affected, firstTouch);
        phases.accept("files read");
        if (!changes.isEmpty()) {
            long seq = state.read.getOrDefault(state.device, 0L) + 1;
            // What the user had seen when making these changes: the state of the last sync. A
            // remote change read only now is concurrent with them, and so reported, not overwritten.
            seenAtStart.put(state.device, seq - 1);
            ChangeFile file = new ChangeFile(state.device, seq, seenAtStart, changes);
            folder.write(file);
            phases.accept("file written");
            ingest(file, affected, firstTouch);
        }
        // Records kept only because something referred to them are looked at again: the link may be gone.
        for (String r : state.revived) {
            if (affected.add(r)) {
                firstTouch.accept(r);
            }
        }
        List<String> kept = new ArrayList<>();
        Set<String> revived = new HashSet<>();
        Map<String, NavigableMap<String, String>> merged = materialize(affected, kept, revived);
        pending = merged;
        phases.accept("merged");
        java.util.Collections.sort(kept);
        Map<String, NavigableMap<String, String>> records = new TreeMap<>();
        Map<String, NavigableMap<String, String>> mine = new TreeMap<>();
        for (var e : merged.entrySet()) {
            NavigableMap<String, String> held = before.getOrDefault(e.getKey(),
                    local.present().contains(e.getKey()) ? baseOf(e.getKey()) : EMPTY);
            if (!held.equals(e.getValue())) {
                records.put(e.getKey(), e.getValue());
                mine.put(e.getKey(), held);
            }
        }
        return new Result(records, mine, revived, merged, local.changed().keySet(), read, changes.size(), conflicts(merged), kept, unreadable,
                countWaiting(folder) - unreadable.size());
    }

    private static final NavigableMap<String, String> EMPTY = java.util.Collections.emptyNavigableMap();

    /**
     * Remembers the merged state as synced, once the journal holds it.
     *
     * @param digest what the journal holds of a record now, as {@link JournalFlattening} fingerprints
     *               it, or 0 when not known (the next sync then compares the record field by field);
     *               for a record this sync changed, its fingerprint as stored
     * @return whether the state changed (else it need not be written again)
     */
    public boolean commit(Result result, java.util.function.ToLongFunction<String> digest) {
        pending = null;
        boolean changed = result.filesRead() > 0 || result.changesWritten() > 0;
        Set<String> revivedBefore = new HashSet<>(state.revived);
        state.revived.removeAll(result.mergedAffected().keySet());
        state.revived.addAll(result.revived());
        changed |= !revivedBefore.equals(state.revived);
        for (var e : result.mergedAffected().entrySet()) {
            if (e.getValue().isEmpty()) {
                changed |= state.synced.remove(e.getKey()) != null;
            } else {
                changed |= !Long.valueOf(digest.applyAsLong(e.getKey())).equals(state.synced.put(e.getKey(),
                        digest.applyAsLong(e.getKey())));
            }
        }
        // Records compared and found as synced (changed back, or stored by a sync cut off): their new fingerprint.
        for (String r : result.compared()) {
            Long before = state.synced.get(r);
            if (before != null && !result.mergedAffected().containsKey(r)) {
                long now = digest.applyAsLong(r);
                if (before != now) {
                    state.synced.put(r, now);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Whether a record is there after the sync in progress (before {@link #commit}) or the last one. */
    public boolean isThere(String record) {
        NavigableMap<String, String> m = pending == null ? null : pending.get(record);
        return m != null ? !m.isEmpty() : state.synced.containsKey(record);
    }

    private Map<String, NavigableMap<String, String>> pending;

    /**
     * The records there that refer to one of {@code targets}, with their merged keys: when a
     * person comes back out of the trash, what the store hid with them is stored again.
     */
    public Map<String, NavigableMap<String, String>> referrers(Set<String> targets) {
        Set<String> records = new java.util.TreeSet<>(state.synced.keySet());
        if (pending != null) {
            records.addAll(pending.keySet());
        }
        Map<String, NavigableMap<String, String>> out = new TreeMap<>();
        for (String r : records) {
            if (!isThere(r) || targets.contains(r)) {
                continue;
            }
            NavigableMap<String, String> m = pending != null && pending.containsKey(r) ? pending.get(r) : baseOf(r);
            for (var e : m.entrySet()) {
                if (!java.util.Collections.disjoint(references.apply(e.getKey(), e.getValue()), targets)) {
                    out.put(r, m);
                    break;
                }
            }
        }
        return out;
    }

    /** The whole merged state as last synced (tests; a whole journal is large). */
    public NavigableMap<String, String> merged() {
        NavigableMap<String, String> out = new TreeMap<>();
        for (String r : state.synced.keySet()) {
            out.putAll(baseOf(r));
        }
        return out;
    }

    /** A record as last synced: its keys when it is there, nothing when not. */
    private NavigableMap<String, String> baseOf(String record) {
        if (!state.synced.containsKey(record)) {
            return EMPTY;
        }
        NavigableMap<String, String> out = new TreeMap<>();
        out.put(record, "1");
        winners(record, out);
        return out;
    }

    /** The value every field and element of a record shows. */
    private void winners(String record, Map<String, String> out) {
        Map<String, List<Entry>> keys = state.registersOf(record);
        if (keys == null) {
            return;
        }
        for (var e : keys.entrySet()) {
            if (e.getKey().equals(record) || e.getValue().isEmpty()) {
                continue;
            }
            Entry winner = winner(e.getKey(), e.getValue());
            if (winner.value() != null) {
                out.put(e.getKey(), winner.value());
            }
        }
    }

    private static Entry winner(String key, List<Entry> values) {
        Entry winner = values.get(values.size() - 1);
        if (parts(key) == 4) {
            for (Entry v : values) {
                if (v.value() != null) {
                    winner = v;
                }
            }
        }
        return winner;
    }

    /** Keys whose values differ; fields of a record deleted locally are left alone (see class comment). */
    static List<String> diffKeys(Map<String, String> base, Map<String, String> local) {
        Set<String> present = new HashSet<>();
        for (String k : base.keySet()) {
            present.add(recordKey(k));
        }
        present.removeIf(r -> !local.containsKey(r));
        for (String k : local.keySet()) {
            if (recordKey(k).equals(k)) {
                present.add(k);
            }
        }
        return diffKeys(base, local, present, (k, v) -> Set.of());
    }

    static List<String> diffKeys(Map<String, String> base, Map<String, String> local, Set<String> present,
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
            if (l == null && !record.equals(key) && !present.contains(record)) {
                continue;
            }
            if (l == null && refersToAbsent(base, present, key, record, references)) {
                // Hidden with a person in the trash, not removed by the user.
                continue;
            }
            out.add(key);
        }
        return out;
    }

    private static boolean refersToAbsent(Map<String, String> base, Set<String> present, String key,
                                          String record, java.util.function.BiFunction<String, String, Set<String>> references) {
        Map<String, String> scope = record.equals(key) && base instanceof NavigableMap<String, String> nav
                ? nav.subMap(record, true, record + SEP + '\uffff', true) : Map.of(key, base.get(key));
        for (var e : scope.entrySet()) {
            for (String r : references.apply(e.getKey(), e.getValue())) {
                if (!present.contains(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int ingestReady(LogFolder folder, List<String> unreadable, Set<String> affected,
                            java.util.function.Consumer<String> firstTouch) throws IOException {
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
                ingest(file, affected, firstTouch);
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
        ingest(file, new HashSet<>(), r -> { });
    }

    private void ingest(ChangeFile file, Set<String> affected, java.util.function.Consumer<String> firstTouch) {
        state.seen.put(fileId(file.device(), file.seq()), new TreeMap<>(file.seen()));
        String device = state.intern(file.device());
        for (ChangeFile.Change c : file.changes()) {
            String record = recordKey(c.key());
            if (affected.add(record)) {
                firstTouch.accept(record);
            }
            Entry e = new Entry(c.value(), c.hlc(), device, file.seq());
            List<Entry> kept = state.registersFor(record)
                    .computeIfAbsent(c.key(), k -> new ArrayList<>(1));
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
                if (kept.size() > 1) {
                    kept.sort(Comparator.comparing(Entry::hlc));
                }
            }
            if (kept.size() > 1) {
                state.multi.add(c.key());
            } else {
                state.multi.remove(c.key());
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

    /**
     * The merged state of the records the files touched, and of those brought back because
     * something refers to them (an empty map: the record is not there). Records no file touched
     * keep their state, which is why what is kept depends only on which files were read.
     */
    private Map<String, NavigableMap<String, String>> materialize(Set<String> affected, List<String> kept,
                                                                  Set<String> revived) {
        Map<String, NavigableMap<String, String>> out = new HashMap<>();
        boolean deletions = false;
        for (String record : affected) {
            Map<String, List<Entry>> keys = state.registersOf(record);
            List<Entry> values = keys == null ? null : keys.get(record);
            boolean alive = values != null && values.stream().anyMatch(v -> v.value() != null);
            if (!alive && values != null && !values.isEmpty() && editedConcurrently(record, values)) {
                alive = true;
                kept.add(record);
            }
            NavigableMap<String, String> m = new TreeMap<>();
            if (alive) {
                m.put(record, "1");
                winners(record, m);
            } else {
                deletions = true;
            }
            out.put(record, m);
        }
        reviveReferenced(out, deletions, kept, revived);
        return out;
    }

    private boolean alive(String record, Map<String, NavigableMap<String, String>> merged) {
        NavigableMap<String, String> m = merged.get(record);
        return m != null ? !m.isEmpty() : state.synced.containsKey(record);
    }

    /**
     * Deleted records that a change none of the deleting devices had seen refers to come back with
     * their last values (a tie made on one device to someone deleted on another keeps the person).
     * The links to look at: those of the records this sync touched, and when it deleted anything,
     * those of every record.
     */
    private void reviveReferenced(Map<String, NavigableMap<String, String>> merged, boolean deletions, List<String> kept,
                                  Set<String> revived) {
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        if (deletions) {
            todo.addAll(new java.util.TreeSet<>(state.synced.keySet()));
        }
        todo.addAll(new java.util.TreeSet<>(merged.keySet()));
        Set<String> done = new HashSet<>();
        while (!todo.isEmpty()) {
            String r = todo.poll();
            if (!alive(r, merged) || !done.add(r)) {
                continue;
            }
            Map<String, List<Entry>> keys = state.registersOf(r);
            if (keys == null) {
                continue;
            }
            for (var e : keys.entrySet()) {
                List<Entry> linking = e.getValue();
                if (linking.isEmpty()) {
                    continue;
                }
                Entry w = e.getKey().equals(r) ? null : winner(e.getKey(), linking);
                if (w != null && w.value() == null) {
                    continue;
                }
                for (String record : references.apply(e.getKey(), w == null ? "1" : w.value())) {
                    if (alive(record, merged)) {
                        continue;
                    }
                    Map<String, List<Entry>> target = state.registersOf(record);
                    List<Entry> deletionsOf = target == null ? null : target.get(record);
                    if (deletionsOf == null || deletionsOf.isEmpty()) {
                        continue;
                    }
                    Entry link = linking.get(linking.size() - 1);
                    if (deletionsOf.stream().anyMatch(d -> before(link, d))) {
                        continue;
                    }
                    NavigableMap<String, String> m = new TreeMap<>();
                    m.put(record, "1");
                    winners(record, m);
                    merged.put(record, m);
                    kept.add(record);
                    revived.add(record);
                    todo.add(record);
                }
            }
        }
    }

    /** Keys two devices changed concurrently, of records that are there. */
    private List<Conflict> conflicts(Map<String, NavigableMap<String, String>> merged) {
        List<Conflict> conflicts = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(state.multi)) {
            String record = recordKey(key);
            if (record.equals(key) || !alive(record, merged)) {
                continue;
            }
            List<Entry> values = state.registersOf(record).get(key);
            boolean element = parts(key) == 4;
            Entry winner = winner(key, values);
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
        return conflicts;
    }

    /** A deleted record with a change of one of its fields that none of the deleting devices had seen. */
    private boolean editedConcurrently(String record, List<Entry> deletions) {
        for (var e : state.registersOf(record).entrySet()) {
            if (e.getKey().equals(record)) {
                continue;
            }
            for (Entry edit : e.getValue()) {
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
