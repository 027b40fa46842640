package app.rapport.store;

import app.rapport.journal.Birthday;
import app.rapport.journal.ChangedMeanwhileException;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.EncounterStamp;
import app.rapport.journal.EncounterValidator;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalBusyException;
import app.rapport.journal.JournalOpenException;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.ContactMerge;
import app.rapport.journal.Photo;
import app.rapport.journal.RecordFields;
import app.rapport.journal.Progress;
import app.rapport.journal.Session;
import app.rapport.journal.TagCadence;
import app.rapport.journal.Tags;
import app.rapport.journal.TextRules;
import app.rapport.journal.TextFolding;
import app.rapport.journal.Tie;
import app.rapport.journal.TrashItem;
import app.rapport.journal.ValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The journal in one SQLite file. Writes go through one connection, reads through another, so a
 * long import does not stall the contact list (WAL lets readers see the last committed state).
 * Every public method is one transaction.
 */
public final class SqliteJournal implements Journal {

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String SEP = "\u001f";

    private final Path file;
    private final Clock clock;
    // Replaced only by restoreFrom, under both locks.
    private Connection writer;
    /** Counts writes (up at the start and at the end of each), so a kept snapshot knows when it is stale. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile CachedSnapshot cachedSnapshot;
    private Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();

    private SqliteJournal(Path file, Clock clock, Connection writer, Connection reader) throws SQLException {
        this.file = file;
        this.clock = clock;
        this.writer = writer;
        this.reader = reader;
        this.writerVersionAtOpen = dataVersion(writer);
    }

    /** Opens (creating if needed) the journal in {@code dataDir}. */
    public static SqliteJournal open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    public static SqliteJournal open(Path dataDir, Clock clock) {
        Path file = DataFolder.journalFile(dataDir.toAbsolutePath());
        Connection writer = JournalFile.open(file, clock);
        try {
            Connection reader = JournalFile.connect(file, false);
            return new SqliteJournal(file, clock, writer, reader);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new JournalOpenException(file, JournalOpenException.Reason.IO, e.getMessage(), e);
        }
    }

    /**
     * Opens the journal in {@code dataDir} for reading only, leaving no file beside it: for
     * checking and exporting a journal that cannot be written. Every change is refused.
     */
    public static SqliteJournal openReadOnly(Path dataDir) {
        Path file = DataFolder.journalFile(dataDir.toAbsolutePath());
        Connection writer = JournalFile.openReadOnly(file);
        try {
            Connection reader = JournalFile.openReadOnly(file);
            return new SqliteJournal(file, Clock.systemDefaultZone(), writer, reader);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new JournalOpenException(file, JournalOpenException.Reason.IO, e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version this build writes; older journals are migrated on open. */
    public static int schemaVersion() {
        return Migrations.latestVersion();
    }

    // ---------------------------------------------------------------- transactions

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * One write transaction. It begins IMMEDIATE, taking the file's write lock before it reads
     * anything: a deferred transaction that has read cannot wait for another writer (SQLite
     * refuses at once with SQLITE_BUSY), an immediate one waits up to the busy timeout. JDBC's own
     * transactions are not used on this connection: its commit() begins the next transaction at
     * once, which in IMMEDIATE mode would hold the lock between writes.
     */
    private <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            generation.incrementAndGet(); // before and after: a snapshot read meanwhile is not kept
            execute(writer, "BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                execute(writer, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(writer);
                // sqlite-jdbc closes a statement that failed on a full disk: a cached one would fail every later write.
                dropCachedStatements(writer);
                throw e;
            }
        } catch (SQLException e) {
            if (isBusy(e)) {
                throw new JournalBusyException("the journal " + file + " is locked by another program: "
                        + e.getMessage(), e);
            }
            throw StorageFailures.saving(file, e);
        } finally {
            generation.incrementAndGet();
            writeLock.unlock();
        }
    }

    /**
     * How long a write waits for another program that holds the journal's write lock (5 seconds
     * unless changed here) before it gives up with {@link JournalBusyException}.
     */
    public void busyTimeout(java.time.Duration wait) {
        writeLock.lock();
        try {
            execute(writer, "PRAGMA busy_timeout = " + Math.max(0, wait.toMillis()));
        } catch (SQLException e) {
            throw new StoreException("could not set the busy timeout of " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** SQLite rolls some failures back by itself (a full disk, for one): then there is nothing left to undo. */
    private static void rollbackQuietly(Connection c) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction is active any more.
        }
    }

    /** SQLITE_BUSY and its extended codes: another connection holds the lock longer than the busy timeout. */
    static boolean isBusy(SQLException e) {
        return (e.getErrorCode() & 0xff) == 5 || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
    }

    private <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            // One read transaction, so multi-query reads see one consistent state.
            reader.setAutoCommit(false);
            try {
                return work.run(reader);
            } finally {
                reader.rollback();
                reader.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read " + file + ": " + e.getMessage(), e);
        } finally {
            readLock.unlock();
        }
    }

    // ---------------------------------------------------------------- contacts

    @Override
    public Contact saveContact(Contact contact) {
        return saveContact(contact, null);
    }

    @Override
    public Contact saveContact(Contact contact, Contact loaded) {
        Contact cleaned = clean(contact);
        ContactValidator.check(cleaned);
        return write(c -> {
            if (loaded != null) {
                Long pk = pkOfContactOrNull(c, loaded.id());
                requireUnchanged(RecordFields.CONTACT, loaded.id(), loaded,
                        pk == null ? List.of() : List.copyOf(loadContacts(c, "c.pk = " + pk).values()));
            }
            StoredContact stored = upsertContact(c, cleaned, Instant.now(clock), false);
            reindexEncountersOf(c, stored.pk());
            return stored.contact();
        });
    }

    private static Contact clean(Contact contact) {
        return contact.toBuilder()
                // A name is one line: tabs, line breaks and runs of spaces become one space, as
                // every importer reads them, so that a name comes back from an export as it went out.
                .name(contact.name() == null ? null : contact.name().strip().replaceAll("\\s+", " "))
                .organization(blankToNull(contact.organization()))
                .role(blankToNull(contact.role()))
                .city(blankToNull(contact.city()))
                .howWeMet(blankToNull(contact.howWeMet()))
                .notes(blankToNull(contact.notes()))
                .emails(stripAll(contact.emails()))
                .phones(stripAll(contact.phones()))
                .links(stripAll(contact.links()))
                .interests(Tags.clean(contact.interests()))
                .offers(Tags.clean(contact.offers()))
                .seeks(Tags.clean(contact.seeks()))
                .build();
    }

    /** A contact as stored, with its row key. */
    private record StoredContact(Contact contact, long pk) {
    }

    /** {@code knownNew}: the caller knows no contact has this id yet, which saves a query per contact on import. */
    private StoredContact upsertContact(Connection c, Contact contact, Instant now, boolean knownNew)
            throws SQLException {
        String id = contact.id() == null || contact.id().isBlank() ? newId() : contact.id();
        Long pk = knownNew ? null : pkOfContactOrNull(c, id);
        Instant created = contact.createdAt() != null ? contact.createdAt() : now;
        Instant updated = contact.updatedAt() != null && pk == null ? contact.updatedAt() : now;
        boolean isNew = pk == null;
        if (pk == null) {
            try (PreparedStatement ps = prepared(c, """
                    INSERT INTO contact (id, name, sort_key, organization, role, city, birthday, how_we_met,
                        notes, keep_in_touch_days, do_not_introduce, archived, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                bindContact(ps, id, contact, created, updated);
                ps.executeUpdate();
                pk = lastInsertRowid(c);
            }
        } else {
            try (PreparedStatement ps = prepared(c, """
                    UPDATE contact SET id = ?, name = ?, sort_key = ?, organization = ?, role = ?, city = ?,
                        birthday = ?, how_we_met = ?, notes = ?, keep_in_touch_days = ?, do_not_introduce = ?,
                        archived = ?, created_at = ?, updated_at = ?
                    WHERE pk = ?""")) {
                bindContact(ps, id, contact, created, updated);
                ps.setLong(15, pk);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = prepared(c, "DELETE FROM contact_value WHERE contact_pk = ?");
                 PreparedStatement ps2 = prepared(c, "DELETE FROM contact_tag WHERE contact_pk = ?")) {
                ps.setLong(1, pk);
                ps.executeUpdate();
                ps2.setLong(1, pk);
                ps2.executeUpdate();
            }
        }
        try (PreparedStatement ps = prepared(c,
                "INSERT INTO contact_value (contact_pk, kind, position, value) VALUES (?, ?, ?, ?)")) {
            addValues(ps, pk, "email", contact.emails());
            addValues(ps, pk, "phone", contact.phones());
            addValues(ps, pk, "link", contact.links());
            ps.executeBatch();
        }
        try (PreparedStatement ps = prepared(c,
                "INSERT INTO contact_tag (contact_pk, kind, position, tag, normalized) VALUES (?, ?, ?, ?, ?)")) {
            addTags(ps, pk, "interest", contact.interests());
            addTags(ps, pk, "offer", contact.offers());
            addTags(ps, pk, "seek", contact.seeks());
            ps.executeBatch();
        }
        if (!isNew) {
            try (PreparedStatement del = prepared(c, "DELETE FROM contact_photo WHERE contact_pk = ?")) {
                del.setLong(1, pk);
                del.executeUpdate();
            }
        }
        if (contact.photo() != null) {
            try (PreparedStatement ps = prepared(c,
                    "INSERT INTO contact_photo (contact_pk, media_type, bytes) VALUES (?, ?, ?)")) {
                ps.setLong(1, pk);
                ps.setString(2, contact.photo().mediaType());
                ps.setBytes(3, contact.photo().bytes());
                ps.executeUpdate();
            }
        }
        indexContact(c, pk, contact, isNew);
        return new StoredContact(contact.toBuilder().id(id).createdAt(created).updatedAt(updated).build(), pk);
    }

    private static void bindContact(PreparedStatement ps, String id, Contact k, Instant created, Instant updated)
            throws SQLException {
        ps.setString(1, id);
        ps.setString(2, k.name());
        ps.setString(3, sortKey(k.name()));
        ps.setString(4, k.organization());
        ps.setString(5, k.role());
        ps.setString(6, k.city());
        ps.setString(7, k.birthday() == null ? null : k.birthday().toString());
        ps.setString(8, k.howWeMet());
        ps.setString(9, k.notes());
        setInteger(ps, 10, k.keepInTouchDays());
        ps.setInt(11, k.doNotIntroduce() ? 1 : 0);
        ps.setInt(12, k.archived() ? 1 : 0);
        ps.setString(13, created.toString());
        ps.setString(14, updated.toString());
    }

    private static void addValues(PreparedStatement ps, long pk, String kind, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setLong(1, pk);
            ps.setString(2, kind);
            ps.setInt(3, i);
            ps.setString(4, values.get(i));
            ps.addBatch();
        }
    }

    private static void addTags(PreparedStatement ps, long pk, String kind, List<String> tags) throws SQLException {
        for (int i = 0; i < tags.size(); i++) {
            ps.setLong(1, pk);
            ps.setString(2, kind);
            ps.setInt(3, i);
            ps.setString(4, tags.get(i));
            ps.setString(5, Tags.normalize(tags.get(i)));
            ps.addBatch();
        }
    }

    private void indexContact(Connection c, long pk, Contact k, boolean isNew) throws SQLException {
        StringBuilder body = new StringBuilder();
        append(body, k.name());
        append(body, k.organization());
        append(body, k.role());
        append(body, k.city());
        k.emails().forEach(e -> append(body, e));
        k.interests().forEach(t -> append(body, t));
        k.offers().forEach(t -> append(body, t));
        k.seeks().forEach(t -> append(body, t));
        append(body, k.howWeMet());
        append(body, k.notes());
        replaceIndex(c, "contact_search", pk, body.toString(), isNew);
    }

    /** {@code isNew}: the row was just inserted, so it has no index entry to delete yet. */
    private void replaceIndex(Connection c, String table, long pk, String text, boolean isNew) throws SQLException {
        try (PreparedStatement del = prepared(c, "DELETE FROM " + table + " WHERE rowid = ?");
             PreparedStatement ins = prepared(c, "INSERT INTO " + table + " (rowid, body) VALUES (?, ?)")) {
            if (!isNew) {
                del.setLong(1, pk);
                del.executeUpdate();
            }
            ins.setLong(1, pk);
            ins.setString(2, TextFolding.fold(text));
            ins.executeUpdate();
        }
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            sb.append(s).append('\n');
        }
    }

    @Override
    public Optional<Contact> contact(String id) {
        return read(c -> {
            Long pk = pkOfContactOrNull(c, id);
            if (pk == null) {
                return Optional.empty();
            }
            Map<Long, Contact> loaded = loadContacts(c, "c.pk = " + pk);
            return Optional.ofNullable(loaded.get(pk));
        });
    }

    /** Loads full contacts matching a trusted SQL condition on alias {@code c}, keyed by pk, in name order. */
    private static Map<Long, Contact> loadContacts(Connection c, String where) throws SQLException {
        Map<Long, Contact.Builder> builders = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT pk, id, name, organization, role, city, birthday, how_we_met, notes, keep_in_touch_days,"
                        + " do_not_introduce, archived, created_at, updated_at FROM contact c WHERE " + where
                        + " ORDER BY sort_key, pk")) {
            while (rs.next()) {
                String birthday = rs.getString(7);
                int days = rs.getInt(10);
                Integer keep = rs.wasNull() ? null : days;
                builders.put(rs.getLong(1), Contact.builder(rs.getString(3))
                        .id(rs.getString(2)).organization(rs.getString(4)).role(rs.getString(5))
                        .city(rs.getString(6)).birthday(birthday == null ? null : Birthday.parse(birthday))
                        .howWeMet(rs.getString(8)).notes(rs.getString(9)).keepInTouchDays(keep)
                        .doNotIntroduce(rs.getInt(11) != 0).archived(rs.getInt(12) != 0)
                        .createdAt(Instant.parse(rs.getString(13))).updatedAt(Instant.parse(rs.getString(14))));
            }
        }
        if (builders.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, List<String>>> values = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT contact_pk, kind, value FROM contact_value WHERE contact_pk IN (SELECT pk FROM contact c WHERE "
                        + where + ") ORDER BY contact_pk, kind, position")) {
            while (rs.next()) {
                values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT contact_pk, kind, tag FROM contact_tag WHERE contact_pk IN (SELECT pk FROM contact c WHERE "
                        + where + ") ORDER BY contact_pk, kind, position")) {
            while (rs.next()) {
                values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT contact_pk, media_type, bytes FROM contact_photo WHERE contact_pk IN (SELECT pk FROM contact c WHERE "
                        + where + ")")) {
            while (rs.next()) {
                Contact.Builder b = builders.get(rs.getLong(1));
                if (b != null) {
                    b.photo(new Photo(rs.getString(2), rs.getBytes(3)));
                }
            }
        }
        Map<Long, Contact> result = new LinkedHashMap<>();
        builders.forEach((pk, b) -> {
            Map<String, List<String>> v = values.getOrDefault(pk, Map.of());
            result.put(pk, b.emails(v.get("email")).phones(v.get("phone")).links(v.get("link"))
                    .interests(v.get("interest")).offers(v.get("offer")).seeks(v.get("seek")).build());
        });
        return result;
    }

    @Override
    public List<ContactSummary> contacts(ContactFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT c.id, c.name, c.organization, c.city, c.archived FROM contact c");
        List<Object> params = new ArrayList<>();
        String match = matchExpression(filter.text());
        if (match != null) {
            sql.append(" JOIN contact_search s ON s.rowid = c.pk AND contact_search MATCH ?");
            params.add(match);
        }
        sql.append(" WHERE c.deleted_at IS NULL");
        if (!filter.includeArchived()) {
            sql.append(" AND c.archived = 0");
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM contact_tag t WHERE t.contact_pk = c.pk AND t.normalized = ?)");
            params.add(Tags.normalize(filter.tag()));
        }
        if (filter.organization() != null && !filter.organization().isBlank()) {
            sql.append(" AND c.organization = ?");
            params.add(filter.organization().strip());
        }
        sql.append(" ORDER BY c.sort_key, c.pk");
        if (filter.limit() > 0 && filter.limit() < ContactFilter.NO_LIMIT) {
            sql.append(" LIMIT ").append(filter.limit());
        }
        if (match == null && filter.text() != null && !filter.text().isBlank()) {
            return List.of(); // only punctuation typed: nothing can match
        }
        return read(c -> {
            List<ContactSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ContactSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getInt(5) != 0));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The FTS5 query for what the user typed: every word must occur as a word prefix, after the
     * same folding the index got. Null when nothing searchable was typed.
     */
    static String matchExpression(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String token : TOKEN_SPLIT.split(TextFolding.fold(text))) {
            if (!token.isEmpty()) {
                terms.add("\"" + token.replace("\"", "\"\"") + "\"*");
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }

    @Override
    public List<String> tags() {
        return read(c -> {
            // One spelling per normalised form: the most used one, then the alphabetically first.
            Map<String, String> byNormal = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT t.normalized, t.tag, count(*) AS uses FROM contact_tag t
                    JOIN contact c ON c.pk = t.contact_pk AND c.deleted_at IS NULL
                    GROUP BY t.normalized, t.tag ORDER BY t.normalized, uses DESC, t.tag""")) {
                while (rs.next()) {
                    byNormal.putIfAbsent(rs.getString(1), rs.getString(2));
                }
            }
            return byNormal.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        });
    }

    @Override
    public List<String> organizations() {
        return read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT DISTINCT organization FROM contact
                    WHERE deleted_at IS NULL AND organization IS NOT NULL
                    ORDER BY organization COLLATE NOCASE""")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public void trashContact(String id) {
        setDeleted("contact", id, Instant.now(clock).toString());
    }

    @Override
    public void restoreContact(String id) {
        setDeleted("contact", id, null);
    }

    private void setDeleted(String table, String id, String when) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET deleted_at = ? WHERE id = ?")) {
                ps.setString(1, when);
                ps.setString(2, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("no " + table + " with id " + id, null);
                }
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- ties

    @Override
    public void saveTie(Tie tie) {
        TextRules.check(TextRules.problems(tie));
        write(c -> {
            insertTie(c, tie, pkOfContact(c, tie.a()), pkOfContact(c, tie.b()));
            return null;
        });
    }

    private void insertTie(Connection c, Tie tie, long a, long b) throws SQLException {
        try (PreparedStatement ps = prepared(c, """
                INSERT INTO tie (a_pk, b_pk, strength, note) VALUES (?, ?, ?, ?)
                ON CONFLICT (a_pk, b_pk) DO UPDATE SET strength = excluded.strength, note = excluded.note""")) {
            ps.setLong(1, Math.min(a, b));
            ps.setLong(2, Math.max(a, b));
            setInteger(ps, 3, tie.strength());
            ps.setString(4, blankToNull(tie.note()));
            ps.executeUpdate();
        }
    }

    @Override
    public void removeTie(String a, String b) {
        write(c -> {
            long pa = pkOfContact(c, a);
            long pb = pkOfContact(c, b);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tie WHERE a_pk = ? AND b_pk = ?")) {
                ps.setLong(1, Math.min(pa, pb));
                ps.setLong(2, Math.max(pa, pb));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Tie> tiesOf(String contactId) {
        return read(c -> {
            Long pk = pkOfContactOrNull(c, contactId);
            if (pk == null) {
                return List.of();
            }
            return loadTies(c, "(t.a_pk = " + pk + " OR t.b_pk = " + pk + ")");
        });
    }

    private static List<Tie> loadTies(Connection c, String where) throws SQLException {
        List<Tie> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT ca.id, cb.id, t.strength, t.note FROM tie t
                JOIN contact ca ON ca.pk = t.a_pk AND ca.deleted_at IS NULL
                JOIN contact cb ON cb.pk = t.b_pk AND cb.deleted_at IS NULL
                WHERE\s""" + where + " ORDER BY ca.id, cb.id")) {
            while (rs.next()) {
                int value = rs.getInt(3);
                Integer strength = rs.wasNull() ? null : value;
                out.add(new Tie(rs.getString(1), rs.getString(2), strength, rs.getString(4)));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- encounters

    @Override
    public Encounter saveEncounter(Encounter encounter) {
        return saveEncounter(encounter, null);
    }

    @Override
    public Encounter saveEncounter(Encounter encounter, Encounter loaded) {
        EncounterValidator.check(encounter);
        return write(c -> {
            if (loaded != null) {
                Long pk = pkOfOrNull(c, "encounter", loaded.id());
                // Lists show an encounter without the people in the trash, the editor with them: either is no change.
                requireUnchanged(RecordFields.ENCOUNTER, loaded.id(), loaded, pk == null ? List.of()
                        : concat(loadEncounters(c, "e.pk = ?", List.of(pk), "", false),
                        loadEncounters(c, "e.pk = ?", List.of(pk), "", true)));
            }
            return upsertEncounter(c, encounter, id -> pkOfContactOrNull(c, id), false, id -> null);
        });
    }

    /**
     * Refuses a save made from {@code loaded} when the record is stored differently now: someone
     * else changed it after the editor loaded it. {@code stored}: the record as the store's
     * readers show it now (one or more ways), empty when it is gone.
     */
    private static <T> void requireUnchanged(RecordFields<T> fields, String id, T loaded, List<T> stored) {
        for (T s : stored) {
            if (fields.sameContent(s, loaded)) {
                return;
            }
        }
        throw new ChangedMeanwhileException(fields.what(), id, stored.isEmpty() ? null : stored.getFirst());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Finds the row key of a contact id, or null; an import answers from what it just stored. */
    @FunctionalInterface
    private interface ContactKeys {
        Long pkOf(String contactId) throws SQLException;
    }

    /**
     * @param knownNew        the caller knows no encounter has this id yet
     * @param contactInMemory a participant as just stored by the same import, or null: then the
     *                        search text is built without reading back what was just written
     */
    private Encounter upsertEncounter(Connection c, Encounter e, ContactKeys contactKeys, boolean knownNew,
                                      Function<String, Contact> contactInMemory) throws SQLException {
        String id = e.id() == null || e.id().isBlank() ? newId() : e.id();
        List<Long> participantPks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> participants = new ArrayList<>();
        for (String p : e.participants()) {
            if (seen.add(p)) {
                participants.add(p);
                Long pk = contactKeys.pkOf(p);
                if (pk == null) {
                    throw new ValidationException(List.of(new ValidationException.Problem(
                            "participants", "validation.participant.unknown", p)));
                }
                participantPks.add(pk);
            }
        }
        Long pk = knownNew ? null : pkOfOrNull(c, "encounter", id);
        boolean isNew = pk == null;
        if (pk == null) {
            try (PreparedStatement ps = prepared(c, """
                    INSERT INTO encounter (id, date, epoch_millis, kind, title, place, event_id, notes, rating)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                bindEncounter(ps, id, e);
                ps.executeUpdate();
                pk = lastInsertRowid(c);
            }
        } else {
            try (PreparedStatement ps = prepared(c, """
                    UPDATE encounter SET id = ?, date = ?, epoch_millis = ?, kind = ?, title = ?, place = ?,
                        event_id = ?, notes = ?, rating = ? WHERE pk = ?""")) {
                bindEncounter(ps, id, e);
                ps.setLong(10, pk);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = prepared(c, "DELETE FROM encounter_participant WHERE encounter_pk = ?");
                 PreparedStatement ps2 = prepared(c, "DELETE FROM follow_up WHERE encounter_pk = ?")) {
                ps.setLong(1, pk);
                ps.executeUpdate();
                ps2.setLong(1, pk);
                ps2.executeUpdate();
            }
        }
        try (PreparedStatement ps = prepared(c,
                "INSERT INTO encounter_participant (encounter_pk, contact_pk, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < participantPks.size(); i++) {
                ps.setLong(1, pk);
                ps.setLong(2, participantPks.get(i));
                ps.setInt(3, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = prepared(c,
                "INSERT INTO follow_up (encounter_pk, position, what, due, done) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < e.followUps().size(); i++) {
                FollowUp f = e.followUps().get(i);
                ps.setLong(1, pk);
                ps.setInt(2, i);
                ps.setString(3, f.what().strip());
                ps.setString(4, f.due() == null ? null : f.due().toString());
                ps.setInt(5, f.done() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Contact> inMemory = new ArrayList<>(participants.size());
        for (String p : participants) {
            Contact known = contactInMemory.apply(p);
            if (known == null) {
                inMemory = null;
                break;
            }
            inMemory.add(known);
        }
        if (inMemory != null) {
            // The same text indexEncounter reads back from the rows just written.
            StringBuilder body = new StringBuilder();
            append(body, blankToNull(e.title()));
            append(body, blankToNull(e.place()));
            append(body, blankToNull(e.notes()));
            for (Contact p : inMemory) {
                append(body, p.name());
                append(body, p.organization());
            }
            for (FollowUp f : e.followUps()) {
                append(body, f.what().strip());
            }
            replaceIndex(c, "encounter_search", pk, body.toString(), isNew);
        } else {
            indexEncounter(c, pk, isNew);
        }
        return new Encounter(id, e.date(), e.kind(), blankToNull(e.title()), blankToNull(e.place()), e.eventId(),
                participants, blankToNull(e.notes()), e.rating(), e.followUps());
    }

    private static void bindEncounter(PreparedStatement ps, String id, Encounter e) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, e.date().toString());
        ps.setLong(3, e.date().toInstant().toEpochMilli());
        ps.setString(4, e.kind().wireName());
        ps.setString(5, blankToNull(e.title()));
        ps.setString(6, blankToNull(e.place()));
        ps.setString(7, blankToNull(e.eventId()));
        ps.setString(8, blankToNull(e.notes()));
        setInteger(ps, 9, e.rating());
    }

    /** The encounter's searchable text includes its participants' names, so it is rebuilt on renames. */
    private void indexEncounter(Connection c, long pk, boolean isNew) throws SQLException {
        StringBuilder body = new StringBuilder();
        try (PreparedStatement ps = prepared(c, "SELECT title, place, notes FROM encounter WHERE pk = ?")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    append(body, rs.getString(1));
                    append(body, rs.getString(2));
                    append(body, rs.getString(3));
                }
            }
        }
        try (PreparedStatement ps = prepared(c, """
                SELECT c.name, c.organization FROM encounter_participant p JOIN contact c ON c.pk = p.contact_pk
                WHERE p.encounter_pk = ? ORDER BY p.position""")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    append(body, rs.getString(1));
                    append(body, rs.getString(2));
                }
            }
        }
        try (PreparedStatement ps = prepared(c, "SELECT what FROM follow_up WHERE encounter_pk = ?")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    append(body, rs.getString(1));
                }
            }
        }
        replaceIndex(c, "encounter_search", pk, body.toString(), isNew);
    }

    private void reindexEncountersOf(Connection c, long contactPk) throws SQLException {
        List<Long> pks = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT encounter_pk FROM encounter_participant WHERE contact_pk = " + contactPk)) {
            while (rs.next()) {
                pks.add(rs.getLong(1));
            }
        }
        for (long pk : pks) {
            indexEncounter(c, pk, false);
        }
    }

    @Override
    public Optional<Encounter> encounter(String id) {
        return read(c -> {
            Long pk = pkOfOrNull(c, "encounter", id);
            if (pk == null) {
                return Optional.empty();
            }
            List<Encounter> found = loadEncounters(c, "e.pk = ?", List.of(pk), "", false);
            return found.stream().findFirst();
        });
    }

    @Override
    public List<Encounter> encounters(EncounterFilter filter) {
        StringBuilder where = new StringBuilder("e.deleted_at IS NULL");
        List<Object> params = new ArrayList<>();
        String match = matchExpression(filter.text());
        if (filter.text() != null && !filter.text().isBlank() && match == null) {
            return List.of();
        }
        if (match != null) {
            where.append(" AND e.pk IN (SELECT rowid FROM encounter_search WHERE encounter_search MATCH ?)");
            params.add(match);
        }
        if (filter.kind() != null) {
            where.append(" AND e.kind = ?");
            params.add(filter.kind().wireName());
        }
        if (filter.contactId() != null) {
            where.append(" AND e.pk IN (SELECT p.encounter_pk FROM encounter_participant p"
                    + " JOIN contact c ON c.pk = p.contact_pk WHERE c.id = ?)");
            params.add(filter.contactId());
        }
        if (filter.from() != null) {
            where.append(" AND e.epoch_millis >= ?");
            params.add(filter.from().toInstant().toEpochMilli());
        }
        if (filter.to() != null) {
            where.append(" AND e.epoch_millis < ?");
            params.add(filter.to().toInstant().toEpochMilli());
        }
        String limit = filter.limit() > 0 && filter.limit() < ContactFilter.NO_LIMIT ? " LIMIT " + filter.limit() : "";
        return read(c -> loadEncounters(c, where.toString(), params, limit, true));
    }

    private static List<Encounter> loadEncounters(Connection c, String where, List<?> params, String limit,
                                                  boolean liveParticipantsOnly) throws SQLException {
        String participantJoin = liveParticipantsOnly ? " AND pc.deleted_at IS NULL" : "";
        // Participants and follow-ups come as JSON arrays: packing them with separator characters
        // broke every read of an encounter whose text held one (U+001D in a follow-up, U+001F in an id).
        String sql = "SELECT e.id, e.date, e.kind, e.title, e.place, e.event_id, e.notes, e.rating,"
                + " (SELECT json_group_array(pc.id ORDER BY p.position) FROM encounter_participant p"
                + "   JOIN contact pc ON pc.pk = p.contact_pk" + participantJoin + " WHERE p.encounter_pk = e.pk),"
                + " (SELECT json_group_array(json_array(f.what, f.due, f.done) ORDER BY f.position)"
                + "   FROM follow_up f WHERE f.encounter_pk = e.pk)"
                + " FROM encounter e WHERE " + where + " ORDER BY e.epoch_millis DESC, e.pk DESC" + limit;
        List<Encounter> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int rating = rs.getInt(8);
                    Integer r = rs.wasNull() ? null : rating;
                    out.add(new Encounter(rs.getString(1), OffsetDateTime.parse(rs.getString(2)),
                            EncounterKind.fromWireName(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), StoredJson.strings(rs.getString(9)),
                            rs.getString(7), r, StoredJson.followUps(rs.getString(10))));
                }
            }
        }
        return out;
    }

    @Override
    public void trashEncounter(String id) {
        setDeleted("encounter", id, Instant.now(clock).toString());
    }

    @Override
    public void restoreEncounter(String id) {
        setDeleted("encounter", id, null);
    }

    // ---------------------------------------------------------------- trash

    @Override
    public List<TrashItem> trash() {
        return read(c -> {
            List<TrashItem> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT 'CONTACT', id, name, NULL, deleted_at FROM contact WHERE deleted_at IS NOT NULL
                    UNION ALL
                    SELECT 'ENCOUNTER', e.id,
                        coalesce(e.title, (SELECT group_concat(c.name, ', ') FROM encounter_participant p
                            JOIN contact c ON c.pk = p.contact_pk WHERE p.encounter_pk = e.pk), ''),
                        substr(e.date, 1, 10), e.deleted_at FROM encounter e WHERE e.deleted_at IS NOT NULL
                    UNION ALL
                    SELECT 'EVENT', ev.id, coalesce(ev.name, ''), substr(ev.start_at, 1, 10),
                        ev.deleted_at FROM event ev WHERE ev.deleted_at IS NOT NULL
                    ORDER BY 5 DESC""")) {
                while (rs.next()) {
                    String day = rs.getString(4);
                    out.add(new TrashItem(TrashItem.Kind.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getString(3), day == null ? null : java.time.LocalDate.parse(day),
                            Instant.parse(rs.getString(5))));
                }
            }
            return out;
        });
    }

    @Override
    public void emptyTrash() {
        write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM contact_search WHERE rowid IN (SELECT pk FROM contact WHERE deleted_at IS NOT NULL)");
                s.executeUpdate("DELETE FROM contact WHERE deleted_at IS NOT NULL");
                // Encounters whose every participant is gone for good go with them.
                s.executeUpdate("""
                        UPDATE encounter SET deleted_at = coalesce(deleted_at, 'orphaned')
                        WHERE NOT EXISTS (SELECT 1 FROM encounter_participant p WHERE p.encounter_pk = encounter.pk)""");
                s.executeUpdate("DELETE FROM encounter_search WHERE rowid IN (SELECT pk FROM encounter WHERE deleted_at IS NOT NULL)");
                s.executeUpdate("DELETE FROM encounter WHERE deleted_at IS NOT NULL");
                // Encounters at an event gone for good stay, without the link.
                s.executeUpdate("""
                        UPDATE encounter SET event_id = NULL
                        WHERE event_id IN (SELECT id FROM event WHERE deleted_at IS NOT NULL)""");
                s.executeUpdate("DELETE FROM event WHERE deleted_at IS NOT NULL");
            }
            return null;
        });
    }

    @Override
    public List<EncounterStamp> encounterStamps() {
        return read(c -> {
            List<EncounterStamp> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT ct.id, e.id, e.date, e.rating, coalesce(nullif(trim(e.title), ''), substr(e.notes, 1, 200))
                    FROM encounter_participant p
                    JOIN encounter e ON e.pk = p.encounter_pk AND e.deleted_at IS NULL
                    JOIN contact ct ON ct.pk = p.contact_pk AND ct.deleted_at IS NULL""")) {
                while (rs.next()) {
                    int value = rs.getInt(4);
                    Integer rating = rs.wasNull() ? null : value;
                    out.add(new EncounterStamp(rs.getString(1), rs.getString(2), OffsetDateTime.parse(rs.getString(3)),
                            rating, rs.getString(5)));
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- events

    @Override
    public List<Event> events() {
        return read(c -> loadEvents(c, "ev.deleted_at IS NULL"));
    }

    @Override
    public Optional<Event> event(String id) {
        return read(c -> {
            Long pk = pkOfOrNull(c, "event", id);
            if (pk == null) {
                return Optional.<Event>empty();
            }
            return loadEvents(c, "ev.pk = " + pk + " AND ev.deleted_at IS NULL").stream().findFirst();
        });
    }

    @Override
    public Event saveEvent(Event event) {
        return saveEvent(event, null);
    }

    @Override
    public Event saveEvent(Event event, Event loaded) {
        TextRules.check(TextRules.problems(event));
        return write(c -> {
            if (loaded != null) {
                Long pk = pkOfOrNull(c, "event", loaded.id());
                requireUnchanged(RecordFields.EVENT, loaded.id(), loaded,
                        pk == null ? List.of() : loadEvents(c, "ev.pk = " + pk));
            }
            Event stored = event.id() == null || event.id().isBlank() ? event.withId(newId()) : event;
            upsertEvent(c, stored, id -> {
                try {
                    return pkOfContact(c, id);
                } catch (SQLException e) {
                    throw new StoreException(e.getMessage(), e);
                }
            });
            return stored;
        });
    }

    @Override
    public void trashEvent(String id) {
        setDeleted("event", id, Instant.now(clock).toString());
    }

    @Override
    public void restoreEvent(String id) {
        setDeleted("event", id, null);
    }

    // ---------------------------------------------------------------- give and take

    @Override
    public List<Exchange> exchangesOf(String contactId) {
        return read(c -> {
            List<Exchange> out = new ArrayList<>();
            try (PreparedStatement ps = prepared(c, """
                    SELECT x.direction, x.date, x.what FROM exchange x JOIN contact ct ON ct.pk = x.contact_pk
                    WHERE ct.id = ? ORDER BY x.date IS NULL, x.date DESC, x.pk DESC""")) {
                ps.setString(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String date = rs.getString(2);
                        out.add(new Exchange(contactId, ExchangeDirection.fromWireName(rs.getString(1)),
                                date == null ? null : LocalDate.parse(date), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void saveExchange(Exchange exchange) {
        TextRules.check(TextRules.problems(exchange));
        write(c -> {
            try (PreparedStatement ps = prepared(c,
                    "INSERT INTO exchange (contact_pk, direction, date, what) VALUES (?, ?, ?, ?)")) {
                bindExchange(ps, pkOfContact(c, exchange.contact()), exchange);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void replaceExchange(Exchange old, Exchange updated) {
        TextRules.check(TextRules.problems(updated));
        write(c -> {
            long pk = pkOfExchange(c, old);
            try (PreparedStatement ps = prepared(c,
                    "UPDATE exchange SET contact_pk = ?, direction = ?, date = ?, what = ? WHERE pk = ?")) {
                bindExchange(ps, pkOfContact(c, updated.contact()), updated);
                ps.setLong(5, pk);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void removeExchange(Exchange exchange) {
        write(c -> {
            long pk = pkOfExchange(c, exchange);
            try (PreparedStatement ps = prepared(c, "DELETE FROM exchange WHERE pk = ?")) {
                ps.setLong(1, pk);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void bindExchange(PreparedStatement ps, long contactPk, Exchange x) throws SQLException {
        ps.setLong(1, contactPk);
        ps.setString(2, x.direction().wireName());
        ps.setString(3, x.date() == null ? null : x.date().toString());
        ps.setString(4, blankToNull(x.what()));
    }

    /** The newest stored row equal to the entry; equal entries are interchangeable. */
    private long pkOfExchange(Connection c, Exchange x) throws SQLException {
        try (PreparedStatement ps = prepared(c, """
                SELECT x.pk FROM exchange x JOIN contact ct ON ct.pk = x.contact_pk
                WHERE ct.id = ? AND x.direction = ? AND x.date IS ? AND x.what IS ? ORDER BY x.pk DESC LIMIT 1""")) {
            ps.setString(1, x.contact());
            ps.setString(2, x.direction().wireName());
            ps.setString(3, x.date() == null ? null : x.date().toString());
            ps.setString(4, blankToNull(x.what()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no such give-and-take entry: " + x, null);
                }
                return rs.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------- keeping in touch

    @Override
    public List<TagCadence> tagCadences() {
        return read(c -> {
            List<TagCadence> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT tag, days FROM tag_cadence ORDER BY normalized")) {
                while (rs.next()) {
                    out.add(new TagCadence(rs.getString(1), rs.getInt(2)));
                }
            }
            return out;
        });
    }

    @Override
    public void saveTagCadence(TagCadence cadence) {
        TextRules.check(TextRules.problems(cadence));
        write(c -> {
            try (PreparedStatement ps = prepared(c, """
                    INSERT INTO tag_cadence (normalized, tag, days) VALUES (?, ?, ?)
                    ON CONFLICT (normalized) DO UPDATE SET tag = excluded.tag, days = excluded.days""")) {
                ps.setString(1, Tags.normalize(cadence.tag()));
                ps.setString(2, cadence.tag());
                ps.setInt(3, cadence.days());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void removeTagCadence(String tag) {
        write(c -> {
            try (PreparedStatement ps = prepared(c, "DELETE FROM tag_cadence WHERE normalized = ?")) {
                ps.setString(1, Tags.normalize(tag));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<String, LocalDate> snoozes() {
        return read(c -> {
            Map<String, LocalDate> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT item, until FROM snooze")) {
                while (rs.next()) {
                    out.put(rs.getString(1), LocalDate.parse(rs.getString(2)));
                }
            }
            return out;
        });
    }

    @Override
    public void snooze(String item, LocalDate until) {
        ValidationException.Problem unfit = TextRules.problem("item", item, TextRules.MAX_SHORT_TEXT);
        if (unfit != null) {
            throw new ValidationException(List.of(unfit));
        }
        write(c -> {
            try (PreparedStatement ps = prepared(c, """
                    INSERT INTO snooze (item, until) VALUES (?, ?)
                    ON CONFLICT (item) DO UPDATE SET until = excluded.until""")) {
                ps.setString(1, item);
                ps.setString(2, until.toString());
                ps.executeUpdate();
            }
            // A snooze ends on its day; a week later (any time zone) it hides nothing and can go.
            try (PreparedStatement ps = prepared(c, "DELETE FROM snooze WHERE until < ?")) {
                ps.setString(1, LocalDate.now(clock).minusDays(7).toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void removeSnooze(String item) {
        write(c -> {
            try (PreparedStatement ps = prepared(c, "DELETE FROM snooze WHERE item = ?")) {
                ps.setString(1, item);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- whole journal

    /**
     * The whole journal, kept between changes: Today, the introduction engine and the warmth of
     * the contact list all start from it, and on a large journal reading it takes seconds.
     */
    @Override
    public JournalSnapshot snapshot() {
        long before = generation.get();
        // Another program's commit (an import on the command line) makes a kept snapshot stale too.
        long version = read(SqliteJournal::dataVersion);
        CachedSnapshot cached = cachedSnapshot;
        if (cached != null && cached.generation() == before && cached.dataVersion() == version) {
            return cached.snapshot();
        }
        JournalSnapshot fresh = readSnapshot();
        fresh.timeline(); // part of loading: the screens that pass over every encounter start from it
        if (generation.get() == before) { // no write began or ended while it was read
            cachedSnapshot = new CachedSnapshot(before, version, fresh);
        }
        return fresh;
    }

    private record CachedSnapshot(long generation, long dataVersion, JournalSnapshot snapshot) {
    }

    /**
     * SQLite's count of commits to the file by connections other than {@code c}: for the reader,
     * every commit (it never writes); for the writer, the commits of other programs.
     */
    private static long dataVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private volatile long outsideChanges;
    /** The writer's data_version when it was opened: outside changes are counted from there. */
    private long writerVersionAtOpen;

    /**
     * Moves when another program has committed to the file: asked of the writer connection, whose
     * own commits do not count. While a write of ours holds the connection, the last answer stands.
     */
    @Override
    public long outsideChanges() {
        if (!writeLock.tryLock()) {
            return outsideChanges;
        }
        try {
            outsideChanges = dataVersion(writer) - writerVersionAtOpen;
            return outsideChanges;
        } catch (SQLException e) {
            throw new StoreException("could not read " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private JournalSnapshot readSnapshot() {
        return read(c -> {
            List<Contact> contacts = new ArrayList<>(loadContacts(c, "c.deleted_at IS NULL").values());
            List<Tie> ties = loadTies(c, "1 = 1");
            List<Encounter> encounters = new ArrayList<>();
            for (Encounter e : loadEncounters(c, "e.deleted_at IS NULL", List.of(), "", true)) {
                if (!e.participants().isEmpty()) {
                    encounters.add(e);
                }
            }
            java.util.Collections.reverse(encounters); // oldest first reads naturally in an export
            List<Event> events = loadEvents(c, "ev.deleted_at IS NULL");
            // An encounter at an event that is in the trash (or was never stored) keeps no dangling link.
            Set<String> eventIds = new HashSet<>();
            events.forEach(ev -> eventIds.add(ev.id()));
            encounters.replaceAll(e -> e.eventId() == null || eventIds.contains(e.eventId()) ? e
                    : new Encounter(e.id(), e.date(), e.kind(), e.title(), e.place(), null, e.participants(),
                    e.notes(), e.rating(), e.followUps()));
            return new JournalSnapshot(contacts, ties, encounters, events, loadIntroductions(c), loadExchanges(c));
        });
    }

    @Override
    public void importSnapshot(JournalSnapshot snapshot) {
        List<ValidationException.Problem> problems = new ArrayList<>();
        List<Contact> cleaned = new ArrayList<>();
        for (int i = 0; i < snapshot.contacts().size(); i++) {
            Contact k = clean(snapshot.contacts().get(i));
            for (ValidationException.Problem p : ContactValidator.problems(k)) {
                problems.add(new ValidationException.Problem("contacts[" + i + "]." + p.field(), p.messageKey(), p.argument()));
            }
            cleaned.add(k);
        }
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
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant now = Instant.now(clock);
        write(c -> {
            // A large import inserts into indexes in random key order; with SQLite's default 2 MB
            // page cache it spills pages to the WAL over and over. The cache grows only as needed.
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
            }
            try {
                importInto(c, snapshot, cleaned, now);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA cache_size = " + DEFAULT_CACHE_SIZE);
                }
            }
            return null;
        });
        pruneBackups(List.of());
    }

    private static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** SQLite's default page cache (negative: in KiB), and the one for imports. */
    private static final int DEFAULT_CACHE_SIZE = -2000;
    private static final int IMPORT_CACHE_KIB = 256 * 1024;

    private void importInto(Connection c, JournalSnapshot snapshot, List<Contact> cleaned, Instant now)
            throws SQLException {
        {
            // Into an empty table every record is new, and nothing needs looking up first.
            boolean noContactsYet = isEmpty(c, "contact");
            boolean noEncountersYet = isEmpty(c, "encounter");
            Map<String, Long> pks = new HashMap<>();
            Map<String, Contact> stored = new HashMap<>();
            for (Contact k : cleaned) {
                boolean knownNew = noContactsYet && k.id() != null && !pks.containsKey(k.id());
                StoredContact s = upsertContact(c, k, now, knownNew);
                pks.put(s.contact().id(), s.pk());
                stored.put(s.contact().id(), s.contact());
            }
            Function<String, Long> pkOf = id -> {
                Long pk = pks.get(id);
                if (pk != null) {
                    return pk;
                }
                try {
                    return pkOfContact(c, id);
                } catch (SQLException e) {
                    throw new StoreException(e.getMessage(), e);
                }
            };
            for (Tie t : snapshot.ties()) {
                insertTie(c, t, pkOf.apply(t.a()), pkOf.apply(t.b()));
            }
            for (Event ev : snapshot.events()) {
                upsertEvent(c, ev, pkOf);
            }
            Set<String> encounterIds = new HashSet<>();
            for (Encounter e : snapshot.encounters()) {
                boolean knownNew = noEncountersYet && e.id() != null && encounterIds.add(e.id());
                upsertEncounter(c, e, id -> {
                    Long pk = pks.get(id);
                    return pk != null ? pk : pkOfContactOrNull(c, id);
                }, knownNew, stored::get);
            }
            for (Introduction in : snapshot.introductions()) {
                upsertIntroduction(c, in, pkOf);
            }
            insertExchanges(c, snapshot.exchanges(), pkOf);
        }
    }

    // ---------------------------------------------------------------- events, introductions, give and take

    private void upsertEvent(Connection c, Event e, Function<String, Long> pkOf) throws SQLException {
        String id = e.id() == null || e.id().isBlank() ? newId() : e.id();
        Long pk = pkOfOrNull(c, "event", id);
        if (pk == null) {
            try (PreparedStatement ps = prepared(c, """
                    INSERT INTO event (id, name, series, start_at, start_millis, end_at, place, topic, notes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                bindEvent(ps, id, e);
                ps.executeUpdate();
                pk = lastInsertRowid(c);
            }
        } else {
            try (PreparedStatement ps = prepared(c, """
                    UPDATE event SET id = ?, name = ?, series = ?, start_at = ?, start_millis = ?, end_at = ?,
                        place = ?, topic = ?, notes = ? WHERE pk = ?""")) {
                bindEvent(ps, id, e);
                ps.setLong(10, pk);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = prepared(c, "DELETE FROM event_attendee WHERE event_pk = ?");
                 PreparedStatement ps2 = prepared(c, "DELETE FROM event_session WHERE event_pk = ?")) {
                ps.setLong(1, pk);
                ps.executeUpdate();
                ps2.setLong(1, pk);
                ps2.executeUpdate();
            }
        }
        try (PreparedStatement ps = prepared(c,
                "INSERT INTO event_attendee (event_pk, contact_pk, position) VALUES (?, ?, ?)")) {
            Set<String> seen = new HashSet<>();
            int position = 0;
            for (String attendee : e.attendees()) {
                if (seen.add(attendee)) {
                    ps.setLong(1, pk);
                    ps.setLong(2, pkOf.apply(attendee));
                    ps.setInt(3, position++);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = prepared(c, """
                INSERT INTO event_session (event_pk, position, start_at, end_at, topic, speaker_pk)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < e.sessions().size(); i++) {
                Session session = e.sessions().get(i);
                ps.setLong(1, pk);
                ps.setInt(2, i);
                ps.setString(3, session.start() == null ? null : session.start().toString());
                ps.setString(4, session.end() == null ? null : session.end().toString());
                ps.setString(5, blankToNull(session.topic()));
                if (session.speaker() == null) {
                    ps.setNull(6, Types.INTEGER);
                } else {
                    ps.setLong(6, pkOf.apply(session.speaker()));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindEvent(PreparedStatement ps, String id, Event e) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, blankToNull(e.name()));
        ps.setString(3, blankToNull(e.series()));
        ps.setString(4, e.start() == null ? null : e.start().toString());
        if (e.start() == null) {
            ps.setNull(5, Types.INTEGER);
        } else {
            ps.setLong(5, e.start().toInstant().toEpochMilli());
        }
        ps.setString(6, e.end() == null ? null : e.end().toString());
        ps.setString(7, blankToNull(e.place()));
        ps.setString(8, blankToNull(e.topic()));
        ps.setString(9, blankToNull(e.notes()));
    }

    /**
     * Events matching a trusted SQL condition on alias {@code ev}, by start (undated ones last);
     * attendees and speakers not in the trash.
     */
    private static List<Event> loadEvents(Connection c, String where) throws SQLException {
        Map<Long, List<String>> attendees = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT a.event_pk, ct.id FROM event_attendee a
                JOIN contact ct ON ct.pk = a.contact_pk AND ct.deleted_at IS NULL
                JOIN event ev ON ev.pk = a.event_pk WHERE\s""" + where + " ORDER BY a.event_pk, a.position")) {
            while (rs.next()) {
                attendees.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<Long, List<Session>> sessions = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT se.event_pk, se.start_at, se.end_at, se.topic, sp.id FROM event_session se
                LEFT JOIN contact sp ON sp.pk = se.speaker_pk AND sp.deleted_at IS NULL
                JOIN event ev ON ev.pk = se.event_pk WHERE\s""" + where + " ORDER BY se.event_pk, se.position")) {
            while (rs.next()) {
                sessions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Session(
                        dateTimeOrNull(rs.getString(2)), dateTimeOrNull(rs.getString(3)), rs.getString(4),
                        rs.getString(5)));
            }
        }
        List<Event> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT ev.pk, ev.id, ev.name, ev.series, ev.start_at, ev.end_at, ev.place, ev.topic, ev.notes
                FROM event ev WHERE\s""" + where + " ORDER BY ev.start_millis IS NULL, ev.start_millis, ev.pk")) {
            while (rs.next()) {
                long pk = rs.getLong(1);
                out.add(new Event(rs.getString(2), rs.getString(3), rs.getString(4), dateTimeOrNull(rs.getString(5)),
                        dateTimeOrNull(rs.getString(6)), rs.getString(7), rs.getString(8),
                        attendees.getOrDefault(pk, List.of()), sessions.getOrDefault(pk, List.of()), rs.getString(9)));
            }
        }
        return out;
    }

    /** Step columns of the introduction table, in the order of {@link IntroductionStatus}. */
    private static final Map<IntroductionStatus, String> STEP_COLUMNS = stepColumns();

    private static Map<IntroductionStatus, String> stepColumns() {
        Map<IntroductionStatus, String> m = new java.util.EnumMap<>(IntroductionStatus.class);
        m.put(IntroductionStatus.PLANNED, "planned_on");
        m.put(IntroductionStatus.ASKED_A, "asked_a_on");
        m.put(IntroductionStatus.ASKED_B, "asked_b_on");
        m.put(IntroductionStatus.INTRODUCED, "introduced_on");
        m.put(IntroductionStatus.MET, "met_on");
        m.put(IntroductionStatus.WORKING_TOGETHER, "working_together_on");
        m.put(IntroductionStatus.DID_NOT_WORK_OUT, "did_not_work_out_on");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The columns schema 5 added to the introduction table. */
    private static final List<String> MORE_INTRODUCTION_COLUMNS = java.util.stream.Stream.concat(
            STEP_COLUMNS.values().stream(), java.util.stream.Stream.of("draft_language", "draft_to_a", "draft_to_b",
                    "draft_introduction", "dismissal_fingerprint")).toList();

    private static final String INTRODUCTION_COLUMNS = "id, a_pk, b_pk, status, created_at, reason, outcome, "
            + String.join(", ", STEP_COLUMNS.values())
            + ", draft_language, draft_to_a, draft_to_b, draft_introduction, dismissal_fingerprint";

    private static final String INTRODUCTION_SELECT = "SELECT i.id, ca.id, cb.id, i.status, i.created_at, i.reason, "
            + "i.outcome, " + String.join(", ", STEP_COLUMNS.values().stream().map(col -> "i." + col).toList())
            + ", i.draft_language, i.draft_to_a, i.draft_to_b, i.draft_introduction, i.dismissal_fingerprint"
            + " FROM introduction i"
            + " JOIN contact ca ON ca.pk = i.a_pk AND ca.deleted_at IS NULL"
            + " JOIN contact cb ON cb.pk = i.b_pk AND cb.deleted_at IS NULL";

    /** Inserts or updates the introduction by id; returns the id it is stored under. */
    private String upsertIntroduction(Connection c, Introduction in, Function<String, Long> pkOf) throws SQLException {
        String id = in.id() == null || in.id().isBlank() ? newId() : in.id();
        Long pk = pkOfOrNull(c, "introduction", id);
        int columns = INTRODUCTION_COLUMNS.split(",").length;
        String sql = pk == null
                ? "INSERT INTO introduction (" + INTRODUCTION_COLUMNS + ", pk) VALUES (" + "?, ".repeat(columns) + "?)"
                : "UPDATE introduction SET " + String.join(", ", java.util.Arrays.stream(INTRODUCTION_COLUMNS.split(","))
                        .map(col -> col.strip() + " = ?").toList()) + " WHERE pk = ?";
        try (PreparedStatement ps = prepared(c, sql)) {
            int n = 1;
            ps.setString(n++, id);
            ps.setLong(n++, pkOf.apply(in.a()));
            ps.setLong(n++, pkOf.apply(in.b()));
            ps.setString(n++, in.status().wireName());
            ps.setString(n++, in.createdAt() == null ? null : in.createdAt().toString());
            ps.setString(n++, blankToNull(in.reason()));
            ps.setString(n++, blankToNull(in.outcome()));
            for (IntroductionStatus step : STEP_COLUMNS.keySet()) {
                LocalDate day = in.reachedOn(step);
                ps.setString(n++, day == null ? null : day.toString());
            }
            Introduction.Drafts d = in.drafts();
            ps.setString(n++, d == null ? null : blankToNull(d.language()));
            ps.setString(n++, d == null ? null : blankToNull(d.toA()));
            ps.setString(n++, d == null ? null : blankToNull(d.toB()));
            ps.setString(n++, d == null ? null : blankToNull(d.introduction()));
            ps.setString(n++, in.dismissalFingerprint());
            if (pk == null) {
                ps.setNull(n, Types.INTEGER);
            } else {
                ps.setLong(n, pk);
            }
            ps.executeUpdate();
        }
        return id;
    }

    /** Introductions between contacts not in the trash matching a trusted condition on alias {@code i}, oldest first. */
    private static List<Introduction> loadIntroductions(Connection c, String where) throws SQLException {
        List<Introduction> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                INTRODUCTION_SELECT + " WHERE " + where + " ORDER BY i.created_at, i.pk")) {
            while (rs.next()) {
                String created = rs.getString(5);
                int n = 8;
                Map<IntroductionStatus, LocalDate> steps = new java.util.EnumMap<>(IntroductionStatus.class);
                for (IntroductionStatus step : STEP_COLUMNS.keySet()) {
                    String day = rs.getString(n++);
                    if (day != null) {
                        steps.put(step, LocalDate.parse(day));
                    }
                }
                Introduction.Drafts drafts = new Introduction.Drafts(rs.getString(n), rs.getString(n + 1),
                        rs.getString(n + 2), rs.getString(n + 3));
                out.add(new Introduction(rs.getString(1), rs.getString(2), rs.getString(3),
                        IntroductionStatus.fromWireName(rs.getString(4)), created == null ? null : Instant.parse(created),
                        rs.getString(6), rs.getString(7), steps, drafts, rs.getString(n + 4)));
            }
        }
        return out;
    }

    private static List<Introduction> loadIntroductions(Connection c) throws SQLException {
        return loadIntroductions(c, "1 = 1");
    }

    @Override
    public List<Introduction> introductions() {
        return read(c -> loadIntroductions(c));
    }

    @Override
    public List<Introduction> introductionsOf(String contactId) {
        return read(c -> {
            Long pk = pkOfContactOrNull(c, contactId);
            return pk == null ? List.of() : loadIntroductions(c, "(i.a_pk = " + pk + " OR i.b_pk = " + pk + ")");
        });
    }

    @Override
    public Introduction saveIntroduction(Introduction introduction) {
        return saveIntroduction(introduction, null);
    }

    @Override
    public Introduction saveIntroduction(Introduction introduction, Introduction loaded) {
        TextRules.check(TextRules.problems(introduction));
        return write(c -> {
            if (loaded != null && loaded.id() != null) {
                Long pk = pkOfOrNull(c, "introduction", loaded.id());
                requireUnchanged(RecordFields.INTRODUCTION, loaded.id(), loaded,
                        pk == null ? List.of() : loadIntroductions(c, "i.pk = " + pk));
            }
            Introduction in = introduction;
            if (in.status() == IntroductionStatus.DISMISSED && (in.id() == null || in.id().isBlank())) {
                // Dismissing a pair again replaces the earlier dismissal, so one pair has one.
                long a = pkOfContact(c, in.a());
                long b = pkOfContact(c, in.b());
                try (PreparedStatement ps = prepared(c, """
                        SELECT id FROM introduction WHERE status = 'dismissed'
                        AND ((a_pk = ?1 AND b_pk = ?2) OR (a_pk = ?2 AND b_pk = ?1)) ORDER BY pk LIMIT 1""")) {
                    ps.setLong(1, a);
                    ps.setLong(2, b);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            in = in.withId(rs.getString(1));
                        }
                    }
                }
            }
            Function<String, Long> pkOf = contactId -> {
                try {
                    return pkOfContact(c, contactId);
                } catch (SQLException e) {
                    throw new StoreException(e.getMessage(), e);
                }
            };
            String id = upsertIntroduction(c, in, pkOf);
            return in.withId(id);
        });
    }

    @Override
    public void removeIntroduction(String id) {
        write(c -> {
            try (PreparedStatement ps = prepared(c, "DELETE FROM introduction WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Exchanges have no id of their own, so an exchange equal to one already stored counts as the
     * same: importing a file twice does not double the ledger, while two equal entries within one
     * file (coffee twice that day) are both kept.
     */
    private void insertExchanges(Connection c, List<Exchange> exchanges, Function<String, Long> pkOf)
            throws SQLException {
        if (exchanges.isEmpty()) {
            return;
        }
        Map<String, Integer> stored = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT contact_pk, direction, date, what FROM exchange")) {
            while (rs.next()) {
                stored.merge(exchangeKey(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), 1,
                        Integer::sum);
            }
        }
        try (PreparedStatement ps = prepared(c,
                "INSERT INTO exchange (contact_pk, direction, date, what) VALUES (?, ?, ?, ?)")) {
            for (Exchange x : exchanges) {
                long contactPk = pkOf.apply(x.contact());
                String date = x.date() == null ? null : x.date().toString();
                String what = blankToNull(x.what());
                String key = exchangeKey(contactPk, x.direction().wireName(), date, what);
                Integer already = stored.get(key);
                if (already != null && already > 0) {
                    stored.put(key, already - 1);
                    continue;
                }
                ps.setLong(1, contactPk);
                ps.setString(2, x.direction().wireName());
                ps.setString(3, date);
                ps.setString(4, what);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String exchangeKey(long contactPk, String direction, String date, String what) {
        return contactPk + SEP + direction + SEP + date + SEP + what;
    }

    /** The give-and-take ledger of contacts not in the trash, oldest first. */
    private static List<Exchange> loadExchanges(Connection c) throws SQLException {
        List<Exchange> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT ct.id, x.direction, x.date, x.what FROM exchange x
                JOIN contact ct ON ct.pk = x.contact_pk AND ct.deleted_at IS NULL
                ORDER BY x.date, x.pk""")) {
            while (rs.next()) {
                String date = rs.getString(3);
                out.add(new Exchange(rs.getString(1), ExchangeDirection.fromWireName(rs.getString(2)),
                        date == null ? null : LocalDate.parse(date), rs.getString(4)));
            }
        }
        return out;
    }

    private static OffsetDateTime dateTimeOrNull(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }

    // ---------------------------------------------------------------- import and merge

    @Override
    public List<Contact> allContacts() {
        return read(c -> new ArrayList<>(loadContacts(c, "c.deleted_at IS NULL").values()));
    }

    @Override
    public void importContacts(List<Contact> contacts, Progress progress) {
        List<ValidationException.Problem> problems = new ArrayList<>();
        List<Contact> cleaned = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            Contact k = clean(contacts.get(i));
            for (ValidationException.Problem p : ContactValidator.problems(k)) {
                problems.add(new ValidationException.Problem("contacts[" + i + "]." + p.field(), p.messageKey(), p.argument()));
            }
            cleaned.add(k);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (cleaned.isEmpty()) {
            return;
        }
        progress.checkCancelled();
        backup(Backups.Kind.BEFORE_IMPORT);
        Instant now = Instant.now(clock);
        write(c -> {
            for (int i = 0; i < cleaned.size(); i++) {
                if (i % 200 == 0) {
                    progress.checkCancelled();
                    progress.update("save", i, cleaned.size());
                }
                Contact k = cleaned.get(i);
                Long existing = k.id() == null ? null : pkOfContactOrNull(c, k.id());
                upsertContact(c, k, now, existing == null);
                if (existing != null) {
                    // A merged duplicate may have a new name: its encounters are found by it.
                    reindexEncountersOf(c, existing);
                }
            }
            // The last chance to stop: after this the transaction commits.
            progress.checkCancelled();
            progress.update("save", cleaned.size(), cleaned.size());
            return null;
        });
        pruneBackups(List.of());
    }

    @Override
    public Merge mergeContacts(String keepId, String removeId) {
        if (keepId.equals(removeId)) {
            throw new IllegalArgumentException("a contact cannot be merged with itself: " + keepId);
        }
        read(c -> {
            // Refuse before taking a backup for nothing.
            for (String id : List.of(keepId, removeId)) {
                Long pk = pkOfContactOrNull(c, id);
                if (pk == null || isDeleted(c, pk)) {
                    throw new ValidationException(List.of(new ValidationException.Problem(
                            "contact", "validation.contact.unknown", id)));
                }
            }
            return null;
        });
        backup(Backups.Kind.BEFORE_MERGE);
        Instant now = Instant.now(clock);
        Merge merged = write(c -> {
            long keepPk = pkOfContact(c, keepId);
            long removePk = pkOfContact(c, removeId);
            Map<Long, Contact> both = loadContacts(c, "c.pk IN (" + keepPk + ", " + removePk + ")");
            Contact keep = both.get(keepPk);
            Contact remove = both.get(removePk);
            List<MergeRecord.TieRow> ties = tieRows(c, keepPk, removePk);
            List<MergeRecord.ParticipantRow> participants = participantRows(c, keepPk, removePk);
            List<MergeRecord.ParticipantRow> attendees = rows(c, """
                    SELECT ev.id, ct.id, a.position FROM event_attendee a JOIN event ev ON ev.pk = a.event_pk
                    JOIN contact ct ON ct.pk = a.contact_pk WHERE a.contact_pk IN (?, ?)""", keepPk, removePk);
            List<MergeRecord.ParticipantRow> speakers = rows(c, """
                    SELECT ev.id, ct.id, se.position FROM event_session se JOIN event ev ON ev.pk = se.event_pk
                    JOIN contact ct ON ct.pk = se.speaker_pk WHERE se.speaker_pk IN (?, ?)""", keepPk, removePk);
            List<MergeRecord.IntroductionRow> introductions = introductionRows(c, removePk);
            List<Long> exchanges = new ArrayList<>();
            try (PreparedStatement ps = prepared(c, "SELECT pk FROM exchange WHERE contact_pk = ? ORDER BY pk")) {
                ps.setLong(1, removePk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        exchanges.add(rs.getLong(1));
                    }
                }
            }
            MergeRecord record = new MergeRecord(keep, remove, ties, participants, attendees, speakers,
                    introductions, exchanges);

            upsertContact(c, ContactMerge.merge(keep, remove), now, false);
            // Encounters: the removed contact's places go to the kept one, once per encounter.
            try (PreparedStatement dup = prepared(c, """
                    DELETE FROM encounter_participant WHERE contact_pk = ? AND encounter_pk IN
                        (SELECT encounter_pk FROM encounter_participant WHERE contact_pk = ?)""");
                 PreparedStatement move = prepared(c,
                         "UPDATE encounter_participant SET contact_pk = ? WHERE contact_pk = ?")) {
                dup.setLong(1, removePk);
                dup.setLong(2, keepPk);
                dup.executeUpdate();
                move.setLong(1, keepPk);
                move.setLong(2, removePk);
                move.executeUpdate();
            }
            // Ties: the removed contact's acquaintances become the kept one's; the tie between the
            // two would be a tie to oneself and goes.
            for (MergeRecord.TieRow t : ties) {
                String other = t.a().equals(removeId) ? t.b() : t.b().equals(removeId) ? t.a() : null;
                if (other == null || other.equals(keepId)) {
                    continue;
                }
                long otherPk = pkOfContact(c, other);
                mergeTie(c, keepPk, otherPk, t.strength(), t.note());
            }
            try (PreparedStatement del = prepared(c, "DELETE FROM tie WHERE a_pk = ? OR b_pk = ?")) {
                del.setLong(1, removePk);
                del.setLong(2, removePk);
                del.executeUpdate();
            }
            // Events, introductions and give and take move over too; an introduction of the two
            // to each other makes no sense any more and goes (the record keeps it for undo).
            for (String sql : List.of(
                    "DELETE FROM event_attendee WHERE contact_pk = ?2 AND event_pk IN"
                            + " (SELECT event_pk FROM event_attendee WHERE contact_pk = ?1)",
                    "UPDATE event_attendee SET contact_pk = ?1 WHERE contact_pk = ?2",
                    "UPDATE event_session SET speaker_pk = ?1 WHERE speaker_pk = ?2",
                    "DELETE FROM introduction WHERE (a_pk = ?1 AND b_pk = ?2) OR (a_pk = ?2 AND b_pk = ?1)",
                    "UPDATE introduction SET a_pk = ?1 WHERE a_pk = ?2",
                    "UPDATE introduction SET b_pk = ?1 WHERE b_pk = ?2",
                    "UPDATE exchange SET contact_pk = ?1 WHERE contact_pk = ?2")) {
                try (PreparedStatement ps = prepared(c, sql)) {
                    ps.setLong(1, keepPk);
                    ps.setLong(2, removePk);
                    ps.executeUpdate();
                }
            }
            deleteContactRow(c, removePk);
            reindexEncountersOf(c, keepPk);

            String id = newId();
            try (PreparedStatement ps = prepared(c, """
                    INSERT INTO contact_merge (id, merged_at, kept_id, removed_id, kept_name, removed_name, before)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, id);
                ps.setString(2, now.toString());
                ps.setString(3, keepId);
                ps.setString(4, removeId);
                ps.setString(5, keep.name());
                ps.setString(6, remove.name());
                ps.setString(7, record.toJson());
                ps.executeUpdate();
            }
            return new Merge(id, keepId, removeId, keep.name(), remove.name(), now);
        });
        pruneBackups(List.of());
        return merged;
    }

    /** Adds a tie or, if the two already know each other, keeps the stronger strength and both notes. */
    private void mergeTie(Connection c, long a, long b, Integer strength, String note) throws SQLException {
        try (PreparedStatement ps = prepared(c, """
                INSERT INTO tie (a_pk, b_pk, strength, note) VALUES (?, ?, ?, ?)
                ON CONFLICT (a_pk, b_pk) DO UPDATE SET
                    strength = CASE WHEN excluded.strength IS NULL THEN tie.strength
                                    WHEN tie.strength IS NULL THEN excluded.strength
                                    ELSE max(tie.strength, excluded.strength) END,
                    note = CASE WHEN excluded.note IS NULL OR excluded.note = tie.note THEN tie.note
                                WHEN tie.note IS NULL THEN excluded.note
                                ELSE tie.note || char(10) || excluded.note END""")) {
            ps.setLong(1, Math.min(a, b));
            ps.setLong(2, Math.max(a, b));
            setInteger(ps, 3, strength);
            ps.setString(4, blankToNull(note));
            ps.executeUpdate();
        }
    }

    private List<MergeRecord.TieRow> tieRows(Connection c, long keepPk, long removePk) throws SQLException {
        List<MergeRecord.TieRow> out = new ArrayList<>();
        try (PreparedStatement ps = prepared(c, """
                SELECT ca.id, cb.id, t.strength, t.note FROM tie t
                JOIN contact ca ON ca.pk = t.a_pk JOIN contact cb ON cb.pk = t.b_pk
                WHERE t.a_pk IN (?, ?) OR t.b_pk IN (?, ?) ORDER BY t.a_pk, t.b_pk""")) {
            ps.setLong(1, keepPk);
            ps.setLong(2, removePk);
            ps.setLong(3, keepPk);
            ps.setLong(4, removePk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int v = rs.getInt(3);
                    Integer strength = rs.wasNull() ? null : v;
                    out.add(new MergeRecord.TieRow(rs.getString(1), rs.getString(2), strength, rs.getString(4)));
                }
            }
        }
        return out;
    }

    private List<MergeRecord.ParticipantRow> participantRows(Connection c, long keepPk, long removePk)
            throws SQLException {
        List<MergeRecord.ParticipantRow> out = new ArrayList<>();
        try (PreparedStatement ps = prepared(c, """
                SELECT e.id, pc.id, p.position FROM encounter_participant p
                JOIN encounter e ON e.pk = p.encounter_pk JOIN contact pc ON pc.pk = p.contact_pk
                WHERE p.contact_pk IN (?, ?) ORDER BY p.encounter_pk, p.position""")) {
            ps.setLong(1, keepPk);
            ps.setLong(2, removePk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MergeRecord.ParticipantRow(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return out;
    }

    private List<MergeRecord.ParticipantRow> rows(Connection c, String sql, long keepPk, long removePk)
            throws SQLException {
        List<MergeRecord.ParticipantRow> out = new ArrayList<>();
        try (PreparedStatement ps = prepared(c, sql)) {
            ps.setLong(1, keepPk);
            ps.setLong(2, removePk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MergeRecord.ParticipantRow(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return out;
    }

    private List<MergeRecord.IntroductionRow> introductionRows(Connection c, long removePk) throws SQLException {
        List<MergeRecord.IntroductionRow> out = new ArrayList<>();
        try (PreparedStatement ps = prepared(c, "SELECT i.id, ca.id, cb.id, i.status, i.created_at, i.reason,"
                + " i.outcome, " + String.join(", ", MORE_INTRODUCTION_COLUMNS.stream().map(col -> "i." + col).toList())
                + " FROM introduction i JOIN contact ca ON ca.pk = i.a_pk JOIN contact cb ON cb.pk = i.b_pk"
                + " WHERE i.a_pk = ? OR i.b_pk = ? ORDER BY i.pk")) {
            ps.setLong(1, removePk);
            ps.setLong(2, removePk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> more = new HashMap<>();
                    for (int k = 0; k < MORE_INTRODUCTION_COLUMNS.size(); k++) {
                        String value = rs.getString(8 + k);
                        if (value != null) {
                            more.put(MORE_INTRODUCTION_COLUMNS.get(k), value);
                        }
                    }
                    out.add(new MergeRecord.IntroductionRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), more));
                }
            }
        }
        return out;
    }

    private void deleteContactRow(Connection c, long pk) throws SQLException {
        try (PreparedStatement fts = prepared(c, "DELETE FROM contact_search WHERE rowid = ?");
             PreparedStatement row = prepared(c, "DELETE FROM contact WHERE pk = ?")) {
            fts.setLong(1, pk);
            fts.executeUpdate();
            row.setLong(1, pk);
            row.executeUpdate();
        }
    }

    private boolean isDeleted(Connection c, long pk) throws SQLException {
        try (PreparedStatement ps = prepared(c, "SELECT deleted_at IS NOT NULL FROM contact WHERE pk = ?")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) != 0;
            }
        }
    }

    @Override
    public void undoMerge(String mergeId) {
        write(c -> {
            String json;
            String keptId;
            String removedId;
            try (PreparedStatement ps = prepared(c,
                    "SELECT before, kept_id, removed_id, undone_at FROM contact_merge WHERE id = ?")) {
                ps.setString(1, mergeId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no merge with id " + mergeId, null);
                    }
                    if (rs.getString(4) != null) {
                        throw new StoreException("merge " + mergeId + " has already been undone", null);
                    }
                    json = rs.getString(1);
                    keptId = rs.getString(2);
                    removedId = rs.getString(3);
                }
            }
            if (pkOfContactOrNull(c, keptId) == null || pkOfContactOrNull(c, removedId) != null) {
                throw new StoreException("merge " + mergeId + " cannot be undone: a later merge or deletion"
                        + " changed " + keptId, null);
            }
            try (PreparedStatement ps = prepared(c, """
                    SELECT count(*) FROM contact_merge WHERE removed_id = ? AND undone_at IS NULL
                    AND pk > (SELECT pk FROM contact_merge WHERE id = ?)""")) {
                ps.setString(1, keptId);
                ps.setString(2, mergeId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        throw new StoreException("merge " + mergeId + " cannot be undone before the later merge of "
                                + keptId, null);
                    }
                }
            }
            MergeRecord record = MergeRecord.fromJson(json);
            Instant now = Instant.now(clock);
            upsertContact(c, record.kept(), now, false);
            long keepPk = pkOfContact(c, keptId);
            try (PreparedStatement ps = prepared(c, "UPDATE contact SET created_at = ?, updated_at = ? WHERE pk = ?")) {
                ps.setString(1, record.kept().createdAt().toString());
                ps.setString(2, record.kept().updatedAt().toString());
                ps.setLong(3, keepPk);
                ps.executeUpdate();
            }
            upsertContact(c, record.removed(), now, true);
            long removePk = pkOfContact(c, removedId);

            // Participant lists of the encounters either was in, as they were.
            Set<String> encounters = new HashSet<>();
            record.participants().forEach(p -> encounters.add(p.encounterId()));
            for (String encounterId : encounters) {
                Long ePk = pkOfOrNull(c, "encounter", encounterId);
                if (ePk == null) {
                    continue; // deleted for good since the merge
                }
                try (PreparedStatement del = prepared(c,
                        "DELETE FROM encounter_participant WHERE encounter_pk = ? AND contact_pk IN (?, ?)")) {
                    del.setLong(1, ePk);
                    del.setLong(2, keepPk);
                    del.setLong(3, removePk);
                    del.executeUpdate();
                }
            }
            try (PreparedStatement ins = prepared(c,
                    "INSERT INTO encounter_participant (encounter_pk, contact_pk, position) VALUES (?, ?, ?)")) {
                for (MergeRecord.ParticipantRow p : record.participants()) {
                    Long ePk = pkOfOrNull(c, "encounter", p.encounterId());
                    if (ePk != null) {
                        ins.setLong(1, ePk);
                        ins.setLong(2, p.contactId().equals(keptId) ? keepPk : removePk);
                        ins.setInt(3, p.position());
                        ins.executeUpdate();
                    }
                }
            }
            // Ties: the kept contact's ties to anyone either knew go back to what they were.
            try (PreparedStatement del = prepared(c, "DELETE FROM tie WHERE a_pk = ? AND b_pk = ?")) {
                for (MergeRecord.TieRow t : record.ties()) {
                    String other = t.a().equals(keptId) || t.a().equals(removedId) ? t.b() : t.a();
                    Long otherPk = pkOfContactOrNull(c, other);
                    if (otherPk != null) {
                        del.setLong(1, Math.min(keepPk, otherPk));
                        del.setLong(2, Math.max(keepPk, otherPk));
                        del.executeUpdate();
                    }
                }
            }
            for (MergeRecord.TieRow t : record.ties()) {
                Long a = pkOfContactOrNull(c, t.a());
                Long b = pkOfContactOrNull(c, t.b());
                if (a != null && b != null) {
                    insertTie(c, new Tie(t.a(), t.b(), t.strength(), t.note()), a, b);
                }
            }
            // Events: attendee lists as they were; sessions the removed contact spoke at.
            Set<String> events = new HashSet<>();
            record.attendees().forEach(a -> events.add(a.encounterId()));
            for (String eventId : events) {
                Long evPk = pkOfOrNull(c, "event", eventId);
                if (evPk != null) {
                    try (PreparedStatement del = prepared(c,
                            "DELETE FROM event_attendee WHERE event_pk = ? AND contact_pk IN (?, ?)")) {
                        del.setLong(1, evPk);
                        del.setLong(2, keepPk);
                        del.setLong(3, removePk);
                        del.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ins = prepared(c,
                    "INSERT INTO event_attendee (event_pk, contact_pk, position) VALUES (?, ?, ?)")) {
                for (MergeRecord.ParticipantRow a : record.attendees()) {
                    Long evPk = pkOfOrNull(c, "event", a.encounterId());
                    if (evPk != null) {
                        ins.setLong(1, evPk);
                        ins.setLong(2, a.contactId().equals(keptId) ? keepPk : removePk);
                        ins.setInt(3, a.position());
                        ins.executeUpdate();
                    }
                }
            }
            try (PreparedStatement upd = prepared(c, "UPDATE event_session SET speaker_pk = ? WHERE position = ?"
                    + " AND event_pk = (SELECT pk FROM event WHERE id = ?)")) {
                for (MergeRecord.ParticipantRow sp : record.speakers()) {
                    upd.setLong(1, sp.contactId().equals(keptId) ? keepPk : removePk);
                    upd.setInt(2, sp.position());
                    upd.setString(3, sp.encounterId());
                    upd.executeUpdate();
                }
            }
            // Introductions: the removed contact's side back to it; one between the two comes back whole.
            for (MergeRecord.IntroductionRow i : record.introductions()) {
                Long a = pkOfContactOrNull(c, i.a());
                Long b = pkOfContactOrNull(c, i.b());
                if (a == null || b == null) {
                    continue;
                }
                Long iPk = pkOfOrNull(c, "introduction", i.id());
                if (iPk == null) {
                    try (PreparedStatement ins = prepared(c, """
                            INSERT INTO introduction (id, a_pk, b_pk, status, created_at, reason, outcome)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                        ins.setString(1, i.id());
                        ins.setLong(2, a);
                        ins.setLong(3, b);
                        ins.setString(4, i.status());
                        ins.setString(5, i.createdAt());
                        ins.setString(6, i.reason());
                        ins.setString(7, i.outcome());
                        ins.executeUpdate();
                    }
                    // The step days, drafts and fingerprint come back too (only known column names).
                    for (Map.Entry<String, String> more : i.more().entrySet()) {
                        if (MORE_INTRODUCTION_COLUMNS.contains(more.getKey())) {
                            try (PreparedStatement upd = prepared(c,
                                    "UPDATE introduction SET " + more.getKey() + " = ? WHERE id = ?")) {
                                upd.setString(1, more.getValue());
                                upd.setString(2, i.id());
                                upd.executeUpdate();
                            }
                        }
                    }
                } else {
                    try (PreparedStatement upd = prepared(c, "UPDATE introduction SET a_pk = ?, b_pk = ? WHERE pk = ?")) {
                        upd.setLong(1, a);
                        upd.setLong(2, b);
                        upd.setLong(3, iPk);
                        upd.executeUpdate();
                    }
                }
            }
            try (PreparedStatement upd = prepared(c, "UPDATE exchange SET contact_pk = ? WHERE pk = ?")) {
                for (long x : record.exchanges()) {
                    upd.setLong(1, removePk);
                    upd.setLong(2, x);
                    upd.executeUpdate();
                }
            }
            reindexEncountersOf(c, keepPk);
            reindexEncountersOf(c, removePk);
            try (PreparedStatement ps = prepared(c, "UPDATE contact_merge SET undone_at = ? WHERE id = ?")) {
                ps.setString(1, now.toString());
                ps.setString(2, mergeId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Merge> merges() {
        return read(c -> {
            List<Merge> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT id, kept_id, removed_id, kept_name, removed_name, merged_at FROM contact_merge
                    WHERE undone_at IS NULL ORDER BY pk DESC""")) {
                while (rs.next()) {
                    out.add(new Merge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Instant.parse(rs.getString(6))));
                }
            }
            return out;
        });
    }

    @Override
    public Stats stats() {
        return read(c -> {
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

    /**
     * Problems SQLite finds in the file ({@code PRAGMA integrity_check}, foreign keys) and broken
     * rules of the journal itself (see {@link #journalProblems}); empty when sound. Runs on a
     * connection of its own: FTS5's integrity check trusts a connection's cached index structure
     * and reports a false mismatch after another connection has written.
     */
    @Override
    public List<String> integrityProblems() {
        readLock.lock();
        try (Connection c = JournalFile.connectUntouched(file); Statement s = c.createStatement()) {
            List<String> problems = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                        problems.add(rs.getString(1));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("foreign key: table " + rs.getString(1) + " row " + rs.getLong(2)
                            + " refers to missing " + rs.getString(3));
                }
            }
            if (problems.isEmpty()) {
                // Only meaningful on a file SQLite itself finds sound.
                problems.addAll(journalProblems(c));
            }
            return problems;
        } catch (SQLException e) {
            return List.of(e.getMessage());
        } finally {
            readLock.unlock();
        }
    }

    /**
     * What SQL constraints cannot express: every live encounter has a participant and names an
     * event that exists, both search indexes cover exactly their rows, ties are stored in the
     * order the store relies on, stored values parse, and normalised tags match today's rules.
     */
    private static List<String> journalProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            query(s, """
                    SELECT id FROM encounter e WHERE deleted_at IS NULL
                    AND NOT EXISTS (SELECT 1 FROM encounter_participant p WHERE p.encounter_pk = e.pk)""",
                    rs -> problems.add("encounter " + rs.getString(1) + " has no participants"));
            query(s, """
                    SELECT e.id, e.event_id FROM encounter e WHERE e.event_id IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM event ev WHERE ev.id = e.event_id)""",
                    rs -> problems.add("encounter " + rs.getString(1) + " refers to event " + rs.getString(2)
                            + ", which does not exist"));
            for (String[] index : new String[][] {{"contact", "contact_search"}, {"encounter", "encounter_search"}}) {
                query(s, "SELECT id FROM " + index[0] + " r WHERE NOT EXISTS (SELECT 1 FROM " + index[1]
                                + " x WHERE x.rowid = r.pk)",
                        rs -> problems.add(index[0] + " " + rs.getString(1) + " is missing from the search index"));
                query(s, "SELECT rowid FROM " + index[1] + " x WHERE NOT EXISTS (SELECT 1 FROM " + index[0]
                                + " r WHERE r.pk = x.rowid)",
                        rs -> problems.add("search index " + index[1] + " has a row " + rs.getLong(1)
                                + " for a deleted " + index[0]));
            }
            query(s, """
                    SELECT ca.id, cb.id FROM tie t JOIN contact ca ON ca.pk = t.a_pk JOIN contact cb ON cb.pk = t.b_pk
                    WHERE t.a_pk > t.b_pk""",
                    rs -> problems.add("tie " + rs.getString(1) + " - " + rs.getString(2) + " is stored in reverse order"));
            query(s, "SELECT id, birthday, created_at, updated_at FROM contact", rs -> {
                String id = rs.getString(1);
                check(problems, "birthday of contact " + id, rs.getString(2), Birthday::parse);
                check(problems, "creation time of contact " + id, rs.getString(3), Instant::parse);
                check(problems, "change time of contact " + id, rs.getString(4), Instant::parse);
            });
            query(s, "SELECT id, date, kind FROM encounter", rs -> {
                String id = rs.getString(1);
                check(problems, "date of encounter " + id, rs.getString(2), OffsetDateTime::parse);
                check(problems, "kind of encounter " + id, rs.getString(3), EncounterKind::fromWireName);
            });
            query(s, "SELECT id, created_at, " + String.join(", ", STEP_COLUMNS.values()) + " FROM introduction", rs -> {
                String id = rs.getString(1);
                check(problems, "creation time of introduction " + id, rs.getString(2), Instant::parse);
                int k = 3;
                for (IntroductionStatus step : STEP_COLUMNS.keySet()) {
                    check(problems, "day of step " + step.wireName() + " of introduction " + id, rs.getString(k++),
                            LocalDate::parse);
                }
            });
            query(s, "SELECT id, start_at, end_at FROM event", rs -> {
                check(problems, "start of event " + rs.getString(1), rs.getString(2), OffsetDateTime::parse);
                check(problems, "end of event " + rs.getString(1), rs.getString(3), OffsetDateTime::parse);
            });
            query(s, """
                    SELECT c.id, t.kind, t.tag, t.normalized FROM contact_tag t JOIN contact c ON c.pk = t.contact_pk""",
                    rs -> {
                        String expected = Tags.normalize(rs.getString(3));
                        if (!expected.equals(rs.getString(4))) {
                            problems.add(rs.getString(2) + " \"" + rs.getString(3) + "\" of contact " + rs.getString(1)
                                    + " is indexed as \"" + rs.getString(4) + "\" instead of \"" + expected + "\"");
                        }
                    });
        }
        return problems;
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(Statement s, String sql, RowHandler handler) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    private static void check(List<String> problems, String what, String value, Function<String, ?> parse) {
        if (value == null) {
            return;
        }
        try {
            parse.apply(value);
        } catch (RuntimeException e) {
            problems.add(what + " cannot be read: \"" + value + "\"");
        }
    }

    @Override
    public boolean isJournalFile(Path target) {
        return DataFolder.isJournalFile(target);
    }

    /** The folder of this journal: the file, its backups and the settings live here. */
    public Path dataDir() {
        return file.getParent();
    }

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
        Path target = Backups.newBackupFile(dataDir(), kind, clock);
        backupTo(target);
        if (!kind.beforeOperation()) {
            pruneBackups(List.of());
        }
        return Backups.list(dataDir()).stream().filter(b -> b.file().equals(target)).findFirst()
                .orElseThrow(() -> new StoreException("backup " + target + " vanished", null));
    }

    /** After an operation succeeded: deletes the automatic backups the policy no longer keeps. */
    private void pruneBackups(Collection<Path> spare) {
        Backups.prune(dataDir(), clock, Backups.Policy.DEFAULT, spare);
    }

    /**
     * Today's daily backup, if it has not been taken yet and the journal holds anything to keep
     * (a journal never written to is not copied day after day). Pruned as the policy says.
     */
    public Optional<Backups.Backup> dailyBackupIfDue() {
        return Backups.dailyDue(dataDir(), clock) && holdsAnything()
                ? Optional.of(backup(Backups.Kind.DAILY)) : Optional.empty();
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

    /** {@link #dailyBackupIfDue()} for a caller that goes on without it: a failure is only logged. */
    public Optional<Backups.Backup> dailyBackupQuietly() {
        try {
            return dailyBackupIfDue();
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(SqliteJournal.class.getName()).log(java.util.logging.Level.WARNING,
                    "the daily backup of " + file + " could not be taken; the next opening tries again", e);
            return Optional.empty();
        }
    }

    private boolean holdsAnything() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT EXISTS (SELECT 1 FROM contact) OR EXISTS (SELECT 1 FROM encounter)
                        OR EXISTS (SELECT 1 FROM event)""")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
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
        JournalFile.inspectCompletely(journalFile);
        try (Connection c = JournalFile.connectUntouched(journalFile); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT (SELECT count(*) FROM contact WHERE deleted_at IS NULL),
                            (SELECT count(*) FROM encounter WHERE deleted_at IS NULL),
                            (SELECT max(updated_at) FROM contact)""")) {
            rs.next();
            String last = rs.getString(3);
            return new Contents(journalFile, Migrations.currentVersion(c), rs.getInt(1), rs.getInt(2),
                    last == null ? null : Instant.parse(last));
        } catch (SQLException | RuntimeException e) {
            throw new JournalOpenException(journalFile, JournalOpenException.Reason.CORRUPT, e.getMessage(), e);
        }
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
        Path staged = Restore.stage(backupFile, file);
        try {
            Backups.Backup safety = backup(Backups.Kind.BEFORE_RESTORE);
            writeLock.lock();
            readLock.lock();
            generation.incrementAndGet();
            cachedSnapshot = null;
            try {
                closeCachedStatements();
                JournalFile.replace(writer, staged);
                // Connections cache schema and full-text index structure: open fresh ones, or a later
                // write would update the index from stale state.
                closeQuietly(reader);
                closeQuietly(writer);
                writer = JournalFile.connect(file, false);
                reader = JournalFile.connect(file, false);
                writerVersionAtOpen = dataVersion(writer);
            } catch (SQLException e) {
                throw StorageFailures.restoring(file, backupFile, e);
            } finally {
                readLock.unlock();
                writeLock.unlock();
            }
            pruneBackups(List.of(backupFile));
            return safety;
        } finally {
            Restore.discard(staged);
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
    public static Backups.Backup restoreOverUnopenable(Path dataDir, Path backupFile) {
        return Restore.replaceUnopenable(DataFolder.journalFile(dataDir.toAbsolutePath()), backupFile,
                Clock.systemDefaultZone());
    }

    /** One query per 500 ids instead of one contact load per id. */
    @Override
    public Map<String, String> contactNames(Collection<String> ids) {
        List<String> distinct = new ArrayList<>(new HashSet<>(ids));
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return read(c -> {
            Map<String, String> names = new HashMap<>();
            for (int from = 0; from < distinct.size(); from += 500) {
                List<String> chunk = distinct.subList(from, Math.min(from + 500, distinct.size()));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id, name FROM contact WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            names.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            return names;
        });
    }

    /** Writes a consistent copy of the journal to {@code target} (SQLite online backup). */
    public void backupTo(Path target) {
        writeLock.lock();
        try {
            Backups.copyTo(writer, target);
        } catch (SQLException | java.io.IOException e) {
            if (StorageFailures.reason(e) != null) {
                throw new app.rapport.journal.JournalStorageException(target, StorageFailures.reason(e), e);
            }
            throw new StoreException("backup to " + target + " failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            closeCachedStatements();
            closeQuietly(reader);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // Only an optimisation hint.
            }
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Prepared statements are cached per connection: an import prepares each statement once
     * instead of once per row. The returned handle ignores close(); the cache closes them.
     */
    private final Map<Connection, Map<String, PreparedStatement>> statements = new java.util.IdentityHashMap<>();

    private PreparedStatement prepared(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> cache;
        synchronized (statements) {
            cache = statements.computeIfAbsent(c, k -> new HashMap<>());
        }
        PreparedStatement ps = cache.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            cache.put(sql, ps);
        }
        PreparedStatement target = ps;
        return (PreparedStatement) java.lang.reflect.Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        target.clearParameters();
                        return null;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void dropCachedStatements(Connection c) {
        Map<String, PreparedStatement> cache;
        synchronized (statements) {
            cache = statements.remove(c);
        }
        if (cache != null) {
            for (PreparedStatement ps : cache.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // Prepared again when next needed.
                }
            }
        }
    }

    private void closeCachedStatements() {
        synchronized (statements) {
            for (Map<String, PreparedStatement> cache : statements.values()) {
                for (PreparedStatement ps : cache.values()) {
                    try {
                        ps.close();
                    } catch (SQLException ignored) {
                        // Closing the connection frees it anyway.
                    }
                }
            }
            statements.clear();
        }
    }

    private long lastInsertRowid(Connection c) throws SQLException {
        try (PreparedStatement ps = prepared(c, "SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long pkOfContact(Connection c, String id) throws SQLException {
        Long pk = pkOfContactOrNull(c, id);
        if (pk == null) {
            throw new ValidationException(List.of(new ValidationException.Problem("contact", "validation.contact.unknown", id)));
        }
        return pk;
    }

    private Long pkOfContactOrNull(Connection c, String id) throws SQLException {
        return pkOfOrNull(c, "contact", id);
    }

    private Long pkOfOrNull(Connection c, String table, String id) throws SQLException {
        if (id == null) {
            return null;
        }
        try (PreparedStatement ps = prepared(c, "SELECT pk FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void bind(PreparedStatement ps, Collection<?> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Long l) {
                ps.setLong(i++, l);
            } else {
                ps.setString(i++, (String) p);
            }
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static String sortKey(String name) {
        return TextFolding.fold(name).strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> stripAll(List<String> values) {
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing is best effort; SQLite keeps the file consistent either way.
        }
    }
}
