package app.rapport.store;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterStamp;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.Introduction;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalChanges;
import app.rapport.journal.JournalOpenException;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Progress;
import app.rapport.journal.TagCadence;
import app.rapport.journal.Tie;
import app.rapport.journal.TrashItem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal in one SQLite file, behind the {@link Journal} port. Every public method is one
 * transaction. The work is done by package-private pieces: {@link Database} (connections,
 * transactions, statements), one store per record ({@link ContactStore}, {@link TieStore},
 * {@link EncounterStore}, {@link EventStore}, {@link IntroductionStore}, {@link ExchangeStore},
 * {@link KeepInTouchStore}, {@link TrashStore}), the {@link SearchIndex}, {@link Merging},
 * {@link Importing}, {@link Snapshots}, {@link Integrity} and {@link JournalBackups}.
 */
public final class SqliteJournal implements Journal {

    private final Clock clock;
    private final Database db;
    private final ContactStore contacts;
    private final TieStore ties;
    private final EncounterStore encounters;
    private final EventStore events;
    private final IntroductionStore introductions;
    private final ExchangeStore exchanges;
    private final KeepInTouchStore keepInTouch;
    private final NotSamePersonStore notSamePerson;
    private final TeachingsStore teachings;
    private final TrashStore trash;
    private final Snapshots snapshots;
    private final JournalBackups backups;
    private final Importing importing;
    private final Merging merging;

    private SqliteJournal(Path file, Clock clock, Connection writer, Connection reader) throws SQLException {
        this.clock = clock;
        this.db = new Database(file, writer, reader);
        SearchIndex index = new SearchIndex(db);
        this.contacts = new ContactStore(db, index);
        this.ties = new TieStore(db);
        this.encounters = new EncounterStore(db, index);
        this.events = new EventStore(db);
        this.introductions = new IntroductionStore(db);
        this.exchanges = new ExchangeStore(db);
        this.keepInTouch = new KeepInTouchStore(db, clock);
        this.notSamePerson = new NotSamePersonStore(db);
        this.teachings = new TeachingsStore(db);
        this.trash = new TrashStore(db, clock);
        this.snapshots = new Snapshots(db);
        this.backups = new JournalBackups(db, clock);
        this.importing = new Importing(db, clock, contacts, ties, encounters, events, introductions, exchanges,
                index, backups);
        this.merging = new Merging(db, clock, contacts, ties, index, backups);
    }

    /** Opens (creating if needed) the journal in {@code dataDir}; {@code clock} is the app's one clock. */
    public static SqliteJournal open(Path dataDir, Clock clock) {
        Path file = DataFolder.journalFile(dataDir.toAbsolutePath());
        Connection writer = JournalFile.open(file, clock);
        try {
            Connection reader = JournalFile.connect(file, false);
            return new SqliteJournal(file, clock, writer, reader);
        } catch (SQLException e) {
            Sql.closeQuietly(writer);
            throw new JournalOpenException(file, JournalOpenException.Reason.IO, e.getMessage(), e);
        }
    }

    /**
     * Opens the journal as the command line does: {@link #open(Path, Clock)}, then today's
     * daily backup if it is due. A backup that fails (a full disk) does not stop the opening;
     * it is logged, and the next opening tries again.
     */
    public static SqliteJournal openTakingDailyBackup(Path dataDir, Clock clock) {
        SqliteJournal journal = open(dataDir, clock);
        journal.dailyBackupQuietly();
        return journal;
    }

    /**
     * Opens the journal in {@code dataDir} for reading only, leaving no file beside it: for
     * checking and exporting a journal that cannot be written. Every change is refused.
     */
    public static SqliteJournal openReadOnly(Path dataDir, Clock clock) {
        Path file = DataFolder.journalFile(dataDir.toAbsolutePath());
        Connection writer = JournalFile.openReadOnly(file);
        try {
            Connection reader = JournalFile.openReadOnly(file);
            return new SqliteJournal(file, clock, writer, reader);
        } catch (SQLException e) {
            Sql.closeQuietly(writer);
            throw new JournalOpenException(file, JournalOpenException.Reason.IO, e.getMessage(), e);
        } catch (RuntimeException e) {
            Sql.closeQuietly(writer);
            throw e;
        }
    }

    public Path file() {
        return db.file();
    }

    /** The folder of this journal: the file, its backups and the settings live here. */
    public Path dataDir() {
        return backups.dataDir();
    }

    /** The file and its connections, for the store's own tests (a full disk is made on the writer). */
    Database database() {
        return db;
    }

    /**
     * How long a write waits for another program that holds the journal's write lock (5 seconds
     * unless changed here) before it gives up with {@link app.rapport.journal.JournalBusyException}.
     */
    public void busyTimeout(java.time.Duration wait) {
        db.busyTimeout(wait);
    }

    // ---------------------------------------------------------------- contacts

    @Override
    public Contact saveContact(Contact contact) {
        return saveContact(contact, null);
    }

    @Override
    public Contact saveContact(Contact contact, Contact loaded) {
        Contact cleaned = contact.cleaned();
        ContactValidator.check(cleaned);
        return contacts.save(cleaned, loaded, Instant.now(clock));
    }

    @Override
    public Optional<Contact> contact(String id) {
        return contacts.contact(id);
    }

    @Override
    public List<ContactSummary> contacts(ContactFilter filter) {
        return contacts.contacts(filter);
    }

    @Override
    public Map<String, String> contactNames(Collection<String> ids) {
        return contacts.names(ids);
    }

    @Override
    public List<String> tags() {
        return contacts.tags();
    }

    @Override
    public List<String> organizations() {
        return contacts.organizations();
    }

    @Override
    public void trashContact(String id) {
        trash.trash("contact", id);
    }

    @Override
    public void restoreContact(String id) {
        trash.restore("contact", id);
    }

    @Override
    public List<Contact> allContacts() {
        return contacts.allContacts();
    }

    // ---------------------------------------------------------------- ties

    @Override
    public void saveTie(Tie tie) {
        ties.save(tie);
        // A tie says they know each other: what was said before to the contrary no longer holds.
        if (teachings.teachings().areStrangers(tie.a(), tie.b())) {
            teachings.unmarkStrangers(ContactPair.of(tie.a(), tie.b()));
        }
    }

    @Override
    public void removeTie(String a, String b) {
        ties.remove(a, b);
    }

    @Override
    public List<Tie> tiesOf(String contactId) {
        return ties.tiesOf(contactId);
    }

    // ---------------------------------------------------------------- encounters

    @Override
    public Encounter saveEncounter(Encounter encounter) {
        return saveEncounter(encounter, null);
    }

    @Override
    public Encounter saveEncounter(Encounter encounter, Encounter loaded) {
        return encounters.save(encounter, loaded);
    }

    @Override
    public Optional<Encounter> encounter(String id) {
        return encounters.encounter(id);
    }

    @Override
    public List<Encounter> encounters(EncounterFilter filter) {
        return encounters.encounters(filter);
    }

    @Override
    public List<EncounterStamp> encounterStamps() {
        return encounters.stamps();
    }

    @Override
    public void trashEncounter(String id) {
        trash.trash("encounter", id);
    }

    @Override
    public void restoreEncounter(String id) {
        trash.restore("encounter", id);
    }

    // ---------------------------------------------------------------- events

    @Override
    public List<Event> events() {
        return events.events();
    }

    @Override
    public Optional<Event> event(String id) {
        return events.event(id);
    }

    @Override
    public Event saveEvent(Event event) {
        return saveEvent(event, null);
    }

    @Override
    public Event saveEvent(Event event, Event loaded) {
        return events.save(event, loaded);
    }

    @Override
    public void trashEvent(String id) {
        trash.trash("event", id);
    }

    @Override
    public void restoreEvent(String id) {
        trash.restore("event", id);
    }

    // ---------------------------------------------------------------- give and take

    @Override
    public List<Exchange> exchangesOf(String contactId) {
        return exchanges.exchangesOf(contactId);
    }

    @Override
    public void saveExchange(Exchange exchange) {
        exchanges.save(exchange);
    }

    @Override
    public void replaceExchange(Exchange old, Exchange updated) {
        exchanges.replace(old, updated);
    }

    @Override
    public void removeExchange(Exchange exchange) {
        exchanges.remove(exchange);
    }

    // ---------------------------------------------------------------- introductions

    @Override
    public List<Introduction> introductions() {
        return introductions.introductions();
    }

    @Override
    public List<Introduction> introductionsOf(String contactId) {
        return introductions.introductionsOf(contactId);
    }

    @Override
    public Introduction saveIntroduction(Introduction introduction) {
        return saveIntroduction(introduction, null);
    }

    @Override
    public Introduction saveIntroduction(Introduction introduction, Introduction loaded) {
        return introductions.save(introduction, loaded);
    }

    @Override
    public void removeIntroduction(String id) {
        introductions.remove(id);
    }

    // ---------------------------------------------------------------- keeping in touch

    @Override
    public List<TagCadence> tagCadences() {
        return keepInTouch.tagCadences();
    }

    @Override
    public void saveTagCadence(TagCadence cadence) {
        keepInTouch.saveTagCadence(cadence);
    }

    @Override
    public void removeTagCadence(String tag) {
        keepInTouch.removeTagCadence(tag);
    }

    @Override
    public Map<String, LocalDate> snoozes() {
        return keepInTouch.snoozes();
    }

    @Override
    public void snooze(String item, LocalDate until) {
        keepInTouch.snooze(item, until);
    }

    @Override
    public void removeSnooze(String item) {
        keepInTouch.removeSnooze(item);
    }

    // ---------------------------------------------------------------- trash

    @Override
    public List<TrashItem> trash() {
        return trash.items();
    }

    @Override
    public void emptyTrash() {
        trash.empty();
    }

    // ---------------------------------------------------------------- whole journal

    @Override
    public JournalSnapshot snapshot() {
        return snapshots.snapshot();
    }

    @Override
    public long outsideChanges() {
        return db.outsideChanges();
    }

    @Override
    public void importSnapshot(JournalSnapshot snapshot) {
        importing.importSnapshot(snapshot);
    }

    @Override
    public void importContacts(List<Contact> contactsToImport, Progress progress) {
        importing.importContacts(contactsToImport, progress);
    }

    @Override
    public Merge mergeContacts(String keepId, String removeId) {
        return merging.merge(keepId, removeId);
    }

    @Override
    public Merge mergeContacts(String keepId, String removeId, app.rapport.journal.MergeChoice choice) {
        return merging.merge(keepId, removeId, choice);
    }

    @Override
    public void markNotSamePerson(ContactPair pair) {
        notSamePerson.mark(pair);
    }

    @Override
    public void unmarkNotSamePerson(ContactPair pair) {
        notSamePerson.unmark(pair);
    }

    @Override
    public java.util.Set<ContactPair> notSamePersonPairs() {
        return notSamePerson.pairs();
    }

    @Override
    public app.rapport.journal.Teachings teachings() {
        return teachings.teachings();
    }

    @Override
    public void markStrangers(ContactPair pair) {
        teachings.markStrangers(pair);
    }

    @Override
    public void unmarkStrangers(ContactPair pair) {
        teachings.unmarkStrangers(pair);
    }

    @Override
    public void saveWordPair(app.rapport.journal.Teachings.WordPair pair) {
        teachings.saveWordPair(pair);
    }

    @Override
    public void removeWordPair(app.rapport.journal.Teachings.WordPair pair) {
        teachings.removeWordPair(pair);
    }

    @Override
    public void learnFrom(java.time.Instant from) {
        teachings.learnFrom(from);
    }

    @Override
    public void undoMerge(String mergeId) {
        merging.undo(mergeId);
    }

    @Override
    public List<Merge> merges() {
        return merging.merges();
    }

    @Override
    public Stats stats() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT (SELECT count(*) FROM contact WHERE deleted_at IS NULL),
                           (SELECT count(*) FROM encounter WHERE deleted_at IS NULL),
                           (SELECT count(*) FROM tie t JOIN contact a ON a.pk = t.a_pk AND a.deleted_at IS NULL
                                JOIN contact b ON b.pk = t.b_pk AND b.deleted_at IS NULL),
                           (SELECT count(*) FROM contact WHERE deleted_at IS NOT NULL)
                         + (SELECT count(*) FROM encounter WHERE deleted_at IS NOT NULL)""")) {
                rs.next();
                return new Stats(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
            }
        });
    }

    @Override
    public List<String> integrityProblems() {
        return db.whileNotReading(() -> Integrity.problems(db.file()));
    }

    @Override
    public boolean isJournalFile(Path target) {
        return DataFolder.isJournalFile(target);
    }

    // ---------------------------------------------------------------- backups

    @Override
    public void backupBeforeImport() {
        if (stats().contacts() > 0) {
            backup(Backups.Kind.BEFORE_IMPORT);
        }
    }

    /**
     * Takes a backup of the given kind into the backups folder. A daily or manual backup is an
     * operation of its own, after which old backups are pruned; one taken before an operation is
     * pruned only once that operation has succeeded.
     */
    public Backups.Backup backup(Backups.Kind kind) {
        return backups.take(kind);
    }

    /**
     * Today's daily backup, if it has not been taken yet and the journal holds anything to keep
     * (a journal never written to is not copied day after day). Pruned as the policy says.
     */
    public Optional<Backups.Backup> dailyBackupIfDue() {
        return backups.dailyIfDue();
    }

    /** {@link #dailyBackupIfDue()} for a caller that goes on without it: a failure is only logged. */
    public Optional<Backups.Backup> dailyBackupQuietly() {
        try {
            return dailyBackupIfDue();
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(SqliteJournal.class.getName()).log(java.util.logging.Level.WARNING,
                    "the daily backup of " + file() + " could not be taken; the next opening tries again", e);
            return Optional.empty();
        }
    }

    /** Writes a consistent copy of the journal to {@code target} (SQLite online backup). */
    public void backupTo(Path target) {
        db.backupTo(target);
    }

    /** What a backup (or any journal file) holds, read without changing it. */
    public record Contents(Path file, int schemaVersion, int contacts, int encounters, Instant lastChange) {
    }

    /**
     * Checks {@code journalFile} completely (as a restore does) without changing it, and counts
     * what it holds.
     *
     * @throws JournalOpenException if it is no intact journal this version can read
     */
    public static Contents describe(Path journalFile) {
        return JournalFile.contents(journalFile);
    }

    /**
     * Replaces the journal's content with the backup's. The one way a backup is restored (the
     * command line and Settings both come here): the backup is checked completely and staged as
     * a copy brought to the current schema and checked again, all before the journal is touched;
     * then the current state is backed up, and SQLite's backup API copies the staged journal in
     * one transaction, so a crash leaves either the old or the new journal, never a mix. Old
     * backups are pruned only after that, never the one restored.
     *
     * @return the backup of the state before the restore
     * @throws JournalOpenException if the backup is damaged, of another program or of a newer version
     */
    public Backups.Backup restoreFrom(Path backupFile) {
        try {
            return backups.restoreFrom(backupFile);
        } finally {
            snapshots.forget();
        }
    }

    /**
     * Restores a backup over the journal in {@code dataDir} when that cannot be opened (damaged,
     * or no journal at all): the way out that the message about a damaged journal points to. The
     * backup is checked as by {@link #restoreFrom}; the unopenable file is kept in the backups
     * folder. The caller holds the journal's {@link InstanceLock}.
     *
     * @return the copy of the unopenable journal
     */
    public static Backups.Backup restoreOverUnopenable(Path dataDir, Path backupFile, Clock clock) {
        return Restore.replaceUnopenable(DataFolder.journalFile(dataDir.toAbsolutePath()), backupFile, clock);
    }

    @Override
    public JournalChanges changes() {
        return db.changes();
    }

    @Override
    public void close() {
        db.close();
    }
}
