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
        SyncState state = SyncState.load(stateFile);
        phases.accept("state read");
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

    /** Makes the journal hold the merged state of the records a sync changed; returns how many changed. */
    static int apply(Journal journal, JournalSnapshot before, SyncEngine.Result result, SyncEngine engine,
                     java.util.function.Consumer<String> phases, Map<String, Long> stored) throws ImportException {
        String s = JournalFlattening.SEP;
        Map<String, String> mergedFlat = new TreeMap<>();
        Map<String, String> localFlat = new TreeMap<>();
        Set<String> changed = new HashSet<>();
        Set<String> gone = new HashSet<>();
        for (var e : result.records().entrySet()) {
            String r = e.getKey();
            mergedFlat.putAll(e.getValue());
            NavigableMap<String, String> mine = result.local().get(r);
            if (r.startsWith("exchanges" + s)) {
                localFlat.putAll(mine);
            } else if (e.getValue().isEmpty()) {
                if (!mine.isEmpty()) {
                    gone.add(r);
                }
            } else {
                changed.add(r);
            }
        }
        java.util.function.Predicate<String> there = engine::isThere;
        Set<String> trashed = new HashSet<>();
        for (TrashItem t : journal.trash()) {
            trashed.add(t.kind() + s + t.id());
        }
        Set<String> restored = new HashSet<>();
        for (String r : changed) {
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
            // What the store hid with them (their places in encounters, events, ties) is stored again as merged.
            for (var e : engine.referrers(restored).entrySet()) {
                if (!e.getKey().startsWith("exchanges" + s) && changed.add(e.getKey())) {
                    mergedFlat.putAll(e.getValue());
                }
            }
        }
        JournalSnapshot after = JournalFlattening.unflatten(mergedFlat, there);
        phases.accept("merged records read");
        List<Contact> contacts = after.contacts().stream().filter(c -> changed.contains("contacts" + s + c.id())).toList();
        List<Tie> ties = after.ties().stream().filter(t -> changed.contains("ties" + s + t.a() + "\u001e" + t.b())).toList();
        List<Event> events = after.events().stream().filter(x -> changed.contains("events" + s + x.id())).toList();
        List<Encounter> encounters = after.encounters().stream().filter(x -> changed.contains("encounters" + s + x.id())).toList();
        List<Introduction> intros = after.introductions().stream()
                .filter(x -> changed.contains("introductions" + s + x.id())).toList();
        // Records the user had deleted here come back out of the trash (an edit elsewhere won).
        for (Contact c : contacts) {
            if (trashed.contains(TrashItem.Kind.CONTACT + s + c.id())) {
                journal.restoreContact(c.id());
            }
        }
        for (Event x : events) {
            if (trashed.contains(TrashItem.Kind.EVENT + s + x.id())) {
                journal.restoreEvent(x.id());
            }
        }
        for (Encounter x : encounters) {
            if (trashed.contains(TrashItem.Kind.ENCOUNTER + s + x.id())) {
                journal.restoreEncounter(x.id());
            }
        }
        // Give and take: entries have no id, equal ones are interchangeable; removals one by one (rare).
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
        // Everything new or changed in one import, one transaction.
        if (!(contacts.isEmpty() && ties.isEmpty() && events.isEmpty() && encounters.isEmpty() && intros.isEmpty()
                && add.isEmpty())) {
            journal.importSnapshot(new JournalSnapshot(contacts, ties, encounters, events, intros, add));
            phases.accept("imported");
            stored.putAll(JournalFlattening.digests(new JournalSnapshot(contacts, ties, encounters, events, intros,
                    List.of())));
        }
        // Deletions last, ties and encounters before the people in them.
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
        return result.records().size();
    }
}
