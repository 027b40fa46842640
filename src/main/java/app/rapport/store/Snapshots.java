package app.rapport.store;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Event;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole journal, kept between changes: Today, the introduction engine and the warmth of the
 * contact list all start from it, and on a large journal reading it takes seconds.
 */
final class Snapshots {

    private record Cached(long generation, long dataVersion, JournalSnapshot snapshot) {
    }

    private final Database db;
    private volatile Cached cached;

    Snapshots(Database db) {
        this.db = db;
    }

    JournalSnapshot snapshot() {
        long before = db.generation();
        // Another program's commit (an import on the command line) makes a kept snapshot stale too.
        long version = db.read(Database::dataVersion);
        Cached kept = cached;
        if (kept != null && kept.generation() == before && kept.dataVersion() == version) {
            return kept.snapshot();
        }
        JournalSnapshot fresh = read();
        fresh.timeline(); // part of loading: the screens that pass over every encounter start from it
        if (db.generation() == before) { // no write began or ended while it was read
            cached = new Cached(before, version, fresh);
        }
        return fresh;
    }

    /** Forgets the kept snapshot (the journal's content was replaced). */
    void forget() {
        cached = null;
    }

    private JournalSnapshot read() {
        return db.read(c -> {
            List<Contact> contacts = new ArrayList<>(ContactStore.load(c, "c.deleted_at IS NULL").values());
            List<Tie> ties = TieStore.load(c, "1 = 1");
            List<Encounter> encounters = new ArrayList<>();
            for (Encounter e : EncounterStore.load(c, "e.deleted_at IS NULL", List.of(), "", true)) {
                if (!e.participants().isEmpty()) {
                    encounters.add(e);
                }
            }
            Collections.reverse(encounters); // oldest first reads naturally in an export
            List<Event> events = EventStore.load(c, "ev.deleted_at IS NULL");
            // An encounter at an event that is in the trash (or was never stored) keeps no dangling link.
            Set<String> eventIds = new HashSet<>();
            events.forEach(ev -> eventIds.add(ev.id()));
            encounters.replaceAll(e -> e.eventId() == null || eventIds.contains(e.eventId()) ? e
                    : new Encounter(e.id(), e.date(), e.kind(), e.title(), e.place(), null, e.participants(),
                    e.notes(), e.rating(), e.followUps()));
            return new JournalSnapshot(contacts, ties, encounters, events, IntroductionStore.load(c, "1 = 1"),
                    ExchangeStore.loadAll(c), TeachingsStore.load(c));
        });
    }
}
