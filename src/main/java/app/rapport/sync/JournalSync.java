package app.rapport.sync;

import app.rapport.interchange.ImportException;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.Introduction;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import app.rapport.journal.TrashItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * One sync of a journal with a shared folder: its changes since the last sync go out, the other
 * devices' come in, and the journal is made to hold the merged state. The device's state is kept
 * in {@code stateFile} beside the journal and saved only after the journal holds the result, so
 * a sync cut off at any moment is redone by the next one (its changes are then written again,
 * with a newer clock: harmless).
 */
public final class JournalSync {

    /** What a sync did, for the status line. */
    public record Report(String device, int filesRead, int changesWritten, int recordsChanged,
                         List<SyncEngine.Conflict> conflicts, List<String> keptOverDeletion,
                         List<String> unreadable, int waiting, Map<String, Long> devicesSeen) {
    }

    private JournalSync() {
    }

    public static Report run(Journal journal, Path stateFile, LogFolder folder, Clock clock)
            throws IOException, ImportException {
        return run(journal, stateFile, folder, clock, phase -> { });
    }

    /** As {@link #run(Journal, Path, LogFolder, Clock)}, saying when each phase ends (the bench times them). */
    public static Report run(Journal journal, Path stateFile, LogFolder folder, Clock clock,
                             java.util.function.Consumer<String> phases) throws IOException, ImportException {
        return run(journal, stateFile, folder, clock, Map.of(), phases);
    }

    /**
     * As {@link #run(Journal, Path, LogFolder, Clock)}, writing the values the user picked among
     * the changes to review (key to value, as {@link SyncEngine.Conflict} names them) so that every
     * device settles on them.
     */
    public static Report run(Journal journal, Path stateFile, LogFolder folder, Clock clock,
                             Map<String, String> choices, java.util.function.Consumer<String> phases)
            throws IOException, ImportException {
        // The window and `rapport sync` are the same device of a journal: were they to sync at once,
        // both would write the device's next file under the same number. The second waits.
        try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(
                stateFile.resolveSibling(stateFile.getFileName() + ".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = lock.lock()) {
            return runLocked(journal, stateFile, folder, clock, choices, phases);
        }
    }

    private static Report runLocked(Journal journal, Path stateFile, LogFolder folder, Clock clock,
                                    Map<String, String> choices, java.util.function.Consumer<String> phases)
            throws IOException, ImportException {
        SyncState state = SyncState.load(stateFile);
        phases.accept("state read");
        if (!choices.isEmpty()) {
            writeChoices(state, folder, clock.millis(), choices);
        }
        SyncEngine engine = new SyncEngine(state, JournalFlattening::references);
        JournalSnapshot snapshot = journal.snapshot();
        phases.accept("journal read");
        JournalFlattening.Scan scan = JournalFlattening.scan(snapshot, state.synced);
        phases.accept("changed records found");
        SyncEngine.Result result = engine.sync(scan.local(), folder, clock.millis(), phases);
        Map<String, Long> stored = new java.util.HashMap<>();
        int changed = result.records().isEmpty() ? 0 : apply(journal, snapshot, result, engine, phases, stored);
        phases.accept("journal written");
        // Records stored by this sync are fingerprinted as written, so the next sync need not compare them.
        boolean changedState = engine.commit(result, r -> result.records().containsKey(r) ? stored.getOrDefault(r, 0L)
                : scan.digests().getOrDefault(r, 0L));
        if (changedState || !Files.exists(stateFile)) {
            state.save(stateFile);
        }
        phases.accept("state written");
        List<SyncEngine.Conflict> conflicts = result.conflicts().stream()
                .filter(c -> !JournalFlattening.isSetOrder(c.key())).toList();
        return new Report(state.device(), result.filesRead(), result.changesWritten(), changed, conflicts,
                result.keptOverDeletion(), result.unreadable(), result.waiting(), Map.copyOf(state.devicesSeen()));
    }

    /**
     * The values the user picked among the changes to review, as this device's next file: made after
     * every value it has read (its clock is past theirs, its file says it read them), so each pick
     * supersedes the values kept for its key, here and on every device. The sync that follows reads
     * the file as any other and stores the picks in the journal; a sync cut off reads it next time.
     */
    static void writeChoices(SyncState state, LogFolder folder, long now, Map<String, String> choices)
            throws IOException {
        // After this device's files a sync cut off wrote and did not remember: never over one of them.
        java.util.SortedSet<Long> mine = folder.list().get(state.device);
        long seq = Math.max(state.read.getOrDefault(state.device, 0L), mine == null || mine.isEmpty() ? 0 : mine.last()) + 1;
        Map<String, Long> seen = new TreeMap<>(state.read);
        seen.put(state.device, seq - 1);
        Hlc clock = state.clock;
        List<ChangeFile.Change> changes = new ArrayList<>();
        for (var c : new TreeMap<>(choices).entrySet()) {
            clock = clock.tick(now, state.device);
            changes.add(new ChangeFile.Change(c.getKey(), c.getValue(), clock));
        }
        folder.write(new ChangeFile(state.device, seq, seen, changes));
    }

    /**
     * What a sync would change in the journal, found without changing anything (the journal, the
     * device's state and the folder stay as they are): shown before a device's first sync merges
     * a journal it already holds with the one in the folder.
     *
     * @param arrivingContacts people the journal does not hold yet
     * @param arrivingOther    other records (encounters, events, ties, ...) it does not hold yet
     * @param changing         records it holds that change
     * @param removed          records it holds that go
     * @param outgoing         changes of this journal written to the folder
     */
    public record Preview(int arrivingContacts, int arrivingOther, int changing, int removed, int conflicts,
                          int outgoing) {
    }

    public static Preview preview(Journal journal, Path stateFile, LogFolder folder, Clock clock) throws IOException {
        SyncState state = SyncState.load(stateFile);
        SyncEngine engine = new SyncEngine(state, JournalFlattening::references);
        JournalFlattening.Scan scan = JournalFlattening.scan(journal.snapshot(), state.synced);
        LogFolder readOnly = new LogFolder() {
            @Override
            public Map<String, java.util.SortedSet<Long>> list() throws IOException {
                return folder.list();
            }

            @Override
            public ChangeFile read(String device, long seq) throws IOException, UnreadableFileException {
                return folder.read(device, seq);
            }

            @Override
            public void write(ChangeFile file) {
                // a preview writes nothing
            }
        };
        SyncEngine.Result r = engine.sync(scan.local(), readOnly, clock.millis());
        int contacts = 0;
        int other = 0;
        int changing = 0;
        int removed = 0;
        for (var e : r.records().entrySet()) {
            boolean held = !r.local().getOrDefault(e.getKey(), java.util.Collections.emptyNavigableMap()).isEmpty();
            if (e.getValue().isEmpty()) {
                removed += held ? 1 : 0;
            } else if (held) {
                changing++;
            } else if (e.getKey().startsWith("contacts" + JournalFlattening.SEP)) {
                contacts++;
            } else {
                other++;
            }
        }
        int conflicts = (int) r.conflicts().stream().filter(c -> !JournalFlattening.isSetOrder(c.key())).count();
        return new Preview(contacts, other, changing, removed, conflicts, r.changesWritten());
    }

    /** Makes the journal hold the merged state of the records a sync changed; returns how many changed. */
    static int apply(Journal journal, JournalSnapshot before, SyncEngine.Result result, SyncEngine engine,
                     java.util.function.Consumer<String> phases, Map<String, Long> stored) throws ImportException {
        Incoming in = Incoming.of(result);
        java.util.function.Predicate<String> there = engine::isThere;
        Set<String> trashed = trashed(journal);
        storeAgainWhatRestoredOnesHid(in, trashed, engine);
        JournalSnapshot after = JournalFlattening.unflatten(in.mergedFlat, there);
        phases.accept("merged records read");
        Changed changed = Changed.of(after, in.changed);
        restoreFromTrash(journal, changed, trashed);
        List<Exchange> add = exchangesToAdd(journal, before, after, in.localFlat, there);
        // Everything new or changed in one import, one transaction.
        if (!(changed.isEmpty() && add.isEmpty())) {
            journal.importSnapshot(new JournalSnapshot(changed.contacts, changed.ties, changed.encounters,
                    changed.events, changed.intros, add));
            phases.accept("imported");
            stored.putAll(JournalFlattening.digests(new JournalSnapshot(changed.contacts, changed.ties,
                    changed.encounters, changed.events, changed.intros, List.of())));
        }
        removeGone(journal, in.gone);
        return result.records().size();
    }

    /**
     * The records a sync brought, sorted: the merged values of all of them, this device's give and take
     * (compared entry by entry), the records changed or new, and those gone elsewhere but still here.
     */
    private record Incoming(Map<String, String> mergedFlat, Map<String, String> localFlat, Set<String> changed,
                            Set<String> gone) {

        static Incoming of(SyncEngine.Result result) {
            String s = JournalFlattening.SEP;
            Incoming in = new Incoming(new TreeMap<>(), new TreeMap<>(), new HashSet<>(), new HashSet<>());
            for (var e : result.records().entrySet()) {
                String r = e.getKey();
                in.mergedFlat.putAll(e.getValue());
                NavigableMap<String, String> mine = result.local().get(r);
                if (r.startsWith("exchanges" + s)) {
                    in.localFlat.putAll(mine);
                } else if (e.getValue().isEmpty()) {
                    if (!mine.isEmpty()) {
                        in.gone.add(r);
                    }
                } else {
                    in.changed.add(r);
                }
            }
            return in;
        }
    }

    /** The records of the merged state that the sync changed, by kind. */
    private record Changed(List<Contact> contacts, List<Tie> ties, List<Event> events, List<Encounter> encounters,
                           List<Introduction> intros) {

        static Changed of(JournalSnapshot after, Set<String> changed) {
            String s = JournalFlattening.SEP;
            return new Changed(
                    after.contacts().stream().filter(c -> changed.contains("contacts" + s + c.id())).toList(),
                    after.ties().stream().filter(t -> changed.contains("ties" + s + t.a() + "\u001e" + t.b())).toList(),
                    after.events().stream().filter(x -> changed.contains("events" + s + x.id())).toList(),
                    after.encounters().stream().filter(x -> changed.contains("encounters" + s + x.id())).toList(),
                    after.introductions().stream().filter(x -> changed.contains("introductions" + s + x.id())).toList());
        }

        boolean isEmpty() {
            return contacts.isEmpty() && ties.isEmpty() && events.isEmpty() && encounters.isEmpty() && intros.isEmpty();
        }
    }

    /** The keys (kind, separator, id) of what lies in the journal's trash. */
    private static Set<String> trashed(Journal journal) {
        String s = JournalFlattening.SEP;
        Set<String> trashed = new HashSet<>();
        for (TrashItem t : journal.trash()) {
            trashed.add(t.kind() + s + t.id());
        }
        return trashed;
    }

    /** A changed record that lies in the trash here comes back: what the store hid with it (its places in
     * encounters, events, ties) is stored again as merged. */
    private static void storeAgainWhatRestoredOnesHid(Incoming in, Set<String> trashed, SyncEngine engine) {
        String s = JournalFlattening.SEP;
        Set<String> restored = new HashSet<>();
        for (String r : in.changed) {
            String[] p = r.split(s, 2);
            String kind = switch (p[0]) {
                case "contacts" -> TrashItem.Kind.CONTACT.toString();
                case "events" -> TrashItem.Kind.EVENT.toString();
                case "encounters" -> TrashItem.Kind.ENCOUNTER.toString();
                default -> null;
            };
            if (kind != null && trashed.contains(kind + s + p[1])) {
                restored.add(r);
            }
        }
        if (!restored.isEmpty()) {
            for (var e : engine.referrers(restored).entrySet()) {
                if (!e.getKey().startsWith("exchanges" + s) && in.changed.add(e.getKey())) {
                    in.mergedFlat.putAll(e.getValue());
                }
            }
        }
    }

    /** Records the user had deleted here come back out of the trash (an edit elsewhere won). */
    private static void restoreFromTrash(Journal journal, Changed changed, Set<String> trashed) {
        String s = JournalFlattening.SEP;
        for (Contact c : changed.contacts) {
            if (trashed.contains(TrashItem.Kind.CONTACT + s + c.id())) {
                journal.restoreContact(c.id());
            }
        }
        for (Event x : changed.events) {
            if (trashed.contains(TrashItem.Kind.EVENT + s + x.id())) {
                journal.restoreEvent(x.id());
            }
        }
        for (Encounter x : changed.encounters) {
            if (trashed.contains(TrashItem.Kind.ENCOUNTER + s + x.id())) {
                journal.restoreEncounter(x.id());
            }
        }
    }

    /**
     * Give and take: entries have no id, equal ones are interchangeable; removals are made here one by one
     * (rare), and the entries to import are returned.
     */
    private static List<Exchange> exchangesToAdd(Journal journal, JournalSnapshot before, JournalSnapshot after,
                                                 Map<String, String> localFlat,
                                                 java.util.function.Predicate<String> there) throws ImportException {
        List<Exchange> add = new ArrayList<>();
        if (!localFlat.isEmpty() || !after.exchanges().isEmpty()) {
            List<Exchange> remove = new ArrayList<>(JournalFlattening.unflatten(localFlat, there).exchanges());
            for (Exchange x : after.exchanges()) {
                if (!remove.remove(x)) {
                    add.add(x);
                }
            }
            List<Exchange> held = new ArrayList<>(before.exchanges());
            for (Exchange x : remove) {
                journal.removeExchange(x);
                held.remove(x);
            }
            if (!add.isEmpty()) {
                // An import adds an entry only beyond as many equal ones as are stored: those go with it.
                Set<Exchange> kinds = new HashSet<>(add);
                held.removeIf(x -> !kinds.contains(x));
                add.addAll(held);
            }
        }
        return add;
    }

    /** Deletions last, ties and encounters before the people in them. */
    private static void removeGone(Journal journal, Set<String> gone) {
        String s = JournalFlattening.SEP;
        for (String section : List.of("introductions", "ties", "encounters", "events", "contacts")) {
            for (String r : gone) {
                String[] p = r.split(s, 2);
                if (!p[0].equals(section)) {
                    continue;
                }
                switch (section) {
                    case "introductions" -> journal.removeIntroduction(p[1]);
                    case "ties" -> {
                        String[] ab = p[1].split("\u001e", 2);
                        journal.removeTie(ab[0], ab[1]);
                    }
                    case "encounters" -> journal.trashEncounter(p[1]);
                    case "events" -> journal.trashEvent(p[1]);
                    default -> journal.trashContact(p[1]);
                }
            }
        }
    }
}
