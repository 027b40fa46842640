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
import java.util.Objects;
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
        SyncState state = Files.exists(stateFile) ? SyncState.fromBytes(Files.readAllBytes(stateFile))
                : SyncState.newDevice();
        SyncEngine engine = new SyncEngine(state, JournalFlattening::references);
        JournalSnapshot before = journal.snapshot();
        NavigableMap<String, String> current = JournalFlattening.flatten(before);
        SyncEngine.Result result = engine.sync(current, folder, clock.millis());
        int changed = 0;
        if (!current.equals(result.merged())) {
            changed = apply(journal, before, current, result.merged());
        }
        engine.commit(result);
        Files.createDirectories(stateFile.toAbsolutePath().getParent());
        SyncFolder.writeAtomically(stateFile.toAbsolutePath().getParent(), stateFile, state.toBytes());
        List<SyncEngine.Conflict> conflicts = result.conflicts().stream()
                .filter(c -> !JournalFlattening.isSetOrder(c.key())).toList();
        return new Report(state.device(), result.filesRead(), result.changesWritten(), changed, conflicts,
                result.keptOverDeletion(), result.unreadable(), result.waiting(), Map.copyOf(state.devicesSeen()));
    }

    /** Makes the journal hold {@code merged}; returns how many records changed. */
    static int apply(Journal journal, JournalSnapshot before, Map<String, String> current, Map<String, String> merged)
            throws ImportException {
        JournalSnapshot after = JournalFlattening.unflatten(merged);
        Set<String> changed = new HashSet<>();
        Set<String> gone = new HashSet<>();
        Map<String, NavigableMap<String, String>> cur = byRecord(current);
        Map<String, NavigableMap<String, String>> mer = byRecord(merged);
        for (var e : mer.entrySet()) {
            if (!Objects.equals(cur.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        for (String r : cur.keySet()) {
            if (!mer.containsKey(r)) {
                gone.add(r);
            }
        }
        String s = JournalFlattening.SEP;
        Set<String> trashed = new HashSet<>();
        for (TrashItem t : journal.trash()) {
            trashed.add(t.kind() + s + t.id());
        }
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
        if (!(contacts.isEmpty() && ties.isEmpty() && events.isEmpty() && encounters.isEmpty() && intros.isEmpty())) {
            journal.importSnapshot(new JournalSnapshot(contacts, ties, encounters, events, intros, List.of()));
        }
        List<Exchange> remove = new ArrayList<>(before.exchanges());
        List<Exchange> add = new ArrayList<>();
        for (Exchange x : after.exchanges()) {
            if (!remove.remove(x)) {
                add.add(x);
            }
        }
        for (Exchange x : remove) {
            journal.removeExchange(x);
        }
        for (Exchange x : add) {
            journal.saveExchange(x);
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
        return changed.size() + gone.size();
    }

    /** The flat state grouped by record (exchanges left out: they are compared as entries). */
    private static Map<String, NavigableMap<String, String>> byRecord(Map<String, String> flat) {
        Map<String, NavigableMap<String, String>> out = new TreeMap<>();
        for (var e : flat.entrySet()) {
            String r = SyncEngine.recordKey(e.getKey());
            if (r.startsWith("exchanges" + JournalFlattening.SEP)) {
                continue;
            }
            out.computeIfAbsent(r, k -> new TreeMap<>()).put(e.getKey(), e.getValue());
        }
        // A record is there only with its presence key; fields of deleted records are not.
        out.keySet().removeIf(r -> !flat.containsKey(r));
        return out;
    }
}
