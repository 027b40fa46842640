package app.rapport.store;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterValidator;
import app.rapport.journal.Event;
import app.rapport.journal.Introduction;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Progress;
import app.rapport.journal.TextRules;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Whole journals and address books brought in, each in one transaction: all of it is stored, or nothing. */
final class Importing {

    /** SQLite's default page cache (negative: in KiB), and the one for imports. */
    private static final int DEFAULT_CACHE_SIZE = -2000;
    private static final int IMPORT_CACHE_KIB = 256 * 1024;

    private final Database db;
    private final Clock clock;
    private final ContactStore contacts;
    private final TieStore ties;
    private final EncounterStore encounters;
    private final EventStore events;
    private final IntroductionStore introductions;
    private final ExchangeStore exchanges;
    private final SearchIndex index;
    private final JournalBackups backups;

    Importing(Database db, Clock clock, ContactStore contacts, TieStore ties, EncounterStore encounters,
              EventStore events, IntroductionStore introductions, ExchangeStore exchanges, SearchIndex index,
              JournalBackups backups) {
        this.db = db;
        this.clock = clock;
        this.contacts = contacts;
        this.ties = ties;
        this.encounters = encounters;
        this.events = events;
        this.introductions = introductions;
        this.exchanges = exchanges;
        this.index = index;
        this.backups = backups;
    }

    void importSnapshot(JournalSnapshot snapshot) {
        List<ValidationException.Problem> problems = new ArrayList<>();
        List<Contact> cleaned = cleanedContacts(snapshot.contacts(), problems);
        for (int i = 0; i < snapshot.encounters().size(); i++) {
            for (ValidationException.Problem p : EncounterValidator.problems(snapshot.encounters().get(i))) {
                problems.add(new ValidationException.Problem("encounters[" + i + "]." + p.field(), p.messageKey(), p.argument()));
            }
        }
        // The other records' texts: a file of another program may hold what no editor lets through.
        JournalSnapshot others = new JournalSnapshot(List.of(), snapshot.ties(), List.of(), snapshot.events(),
                snapshot.introductions(), snapshot.exchanges());
        for (TextRules.Found f : TextRules.problems(others)) {
            problems.add(new ValidationException.Problem(f.list() + "[" + f.index() + "]." + f.problem().field(),
                    f.problem().messageKey(), f.problem().argument()));
        }
        List<app.rapport.journal.Teachings.WordPair> words = snapshot.teachings().words();
        for (int i = 0; i < words.size(); i++) {
            try {
                TeachingsStore.check(words.get(i));
            } catch (ValidationException e) {
                for (ValidationException.Problem p : e.problems()) {
                    problems.add(new ValidationException.Problem("words[" + i + "]." + p.field(), p.messageKey(),
                            p.argument()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant now = Instant.now(clock);
        db.write(c -> {
            // A large import inserts into indexes in random key order; with SQLite's default 2 MB
            // page cache it spills pages to the WAL over and over. The cache grows only as needed.
            Sql.execute(c, "PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
            try {
                importInto(c, snapshot, cleaned, now);
            } finally {
                Sql.execute(c, "PRAGMA cache_size = " + DEFAULT_CACHE_SIZE);
            }
            return null;
        });
        backups.prune(List.of());
    }

    /** The contacts cleaned as the journal keeps them; what a validator refuses is added to {@code problems}. */
    private static List<Contact> cleanedContacts(List<Contact> contacts, List<ValidationException.Problem> problems) {
        List<Contact> cleaned = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            Contact k = contacts.get(i).cleaned();
            for (ValidationException.Problem p : ContactValidator.problems(k)) {
                problems.add(new ValidationException.Problem("contacts[" + i + "]." + p.field(), p.messageKey(), p.argument()));
            }
            cleaned.add(k);
        }
        return cleaned;
    }

    private static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void importInto(Connection c, JournalSnapshot snapshot, List<Contact> cleaned, Instant now)
            throws SQLException {
        // Into an empty table every record is new, and nothing needs looking up first.
        boolean noContactsYet = isEmpty(c, "contact");
        boolean noEncountersYet = isEmpty(c, "encounter");
        Map<String, Long> pks = new HashMap<>();
        Map<String, Contact> stored = new HashMap<>();
        for (Contact k : cleaned) {
            boolean knownNew = noContactsYet && k.id() != null && !pks.containsKey(k.id());
            ContactStore.Stored s = contacts.upsert(c, k, now, knownNew);
            pks.put(s.contact().id(), s.pk());
            stored.put(s.contact().id(), s.contact());
        }
        Function<String, Long> pkOf = id -> {
            Long pk = pks.get(id);
            return pk != null ? pk : db.pkOfContactUnchecked(c, id);
        };
        for (Tie t : snapshot.ties()) {
            ties.insert(c, t, pkOf.apply(t.a()), pkOf.apply(t.b()));
        }
        for (Event ev : snapshot.events()) {
            events.upsert(c, ev, pkOf);
        }
        Set<String> encounterIds = new HashSet<>();
        for (Encounter e : snapshot.encounters()) {
            boolean knownNew = noEncountersYet && e.id() != null && encounterIds.add(e.id());
            encounters.upsert(c, e, id -> {
                Long pk = pks.get(id);
                return pk != null ? pk : db.pkOfContactOrNull(c, id);
            }, knownNew, stored::get);
        }
        for (Introduction in : snapshot.introductions()) {
            introductions.upsert(c, in, pkOf);
        }
        exchanges.insertAll(c, snapshot.exchanges(), pkOf);
        TeachingsStore.importInto(c, db, snapshot.teachings());
    }

    void importContacts(List<Contact> contactsToImport, Progress progress) {
        List<ValidationException.Problem> problems = new ArrayList<>();
        List<Contact> cleaned = cleanedContacts(contactsToImport, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (cleaned.isEmpty()) {
            return;
        }
        progress.checkCancelled();
        backups.take(Backups.Kind.BEFORE_IMPORT);
        Instant now = Instant.now(clock);
        db.write(c -> {
            for (int i = 0; i < cleaned.size(); i++) {
                if (i % 200 == 0) {
                    progress.checkCancelled();
                    progress.update("save", i, cleaned.size());
                }
                Contact k = cleaned.get(i);
                Long existing = k.id() == null ? null : db.pkOfContactOrNull(c, k.id());
                contacts.upsert(c, k, now, existing == null);
                if (existing != null) {
                    // A merged duplicate may have a new name: its encounters are found by it.
                    index.reindexEncountersOf(c, existing);
                }
            }
            // The last chance to stop: after this the transaction commits.
            progress.checkCancelled();
            progress.update("save", cleaned.size(), cleaned.size());
            return null;
        });
        backups.prune(List.of());
    }
}
