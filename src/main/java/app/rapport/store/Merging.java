package app.rapport.store;

import app.rapport.journal.Contact;
import app.rapport.journal.Journal.Merge;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

/**
 * Two records of one person made one, and undone: the merge moves everything of the removed
 * contact to the kept one and keeps what it changed as a {@link MergeRecord}, from which
 * {@link #undo} puts both back as they were.
 */
final class Merging {

    private final Database db;
    private final Clock clock;
    private final ContactStore contacts;
    private final TieStore ties;
    private final SearchIndex index;
    private final JournalBackups backups;

    Merging(Database db, Clock clock, ContactStore contacts, TieStore ties, SearchIndex index, JournalBackups backups) {
        this.db = db;
        this.clock = clock;
        this.contacts = contacts;
        this.ties = ties;
        this.index = index;
        this.backups = backups;
    }

    Merge merge(String keepId, String removeId) {
        return merge(keepId, removeId, app.rapport.journal.MergeChoice.keepAll());
    }

    Merge merge(String keepId, String removeId, app.rapport.journal.MergeChoice choice) {
        if (keepId.equals(removeId)) {
            throw new IllegalArgumentException("a contact cannot be merged with itself: " + keepId);
        }
        db.read(c -> {
            // Refuse before taking a backup for nothing.
            for (String id : List.of(keepId, removeId)) {
                Long pk = db.pkOfContactOrNull(c, id);
                if (pk == null || isDeleted(c, pk)) {
                    throw new ValidationException(List.of(new ValidationException.Problem(
                            "contact", "validation.contact.unknown", id)));
                }
            }
            return null;
        });
        backups.take(Backups.Kind.BEFORE_MERGE);
        Instant now = Instant.now(clock);
        Merge merged = db.write(c -> {
            long keepPk = db.pkOfContact(c, keepId);
            long removePk = db.pkOfContact(c, removeId);
            MergeRecord record = recordBefore(c, keepPk, removePk);
            contacts.upsert(c, choice.apply(record.kept(), record.removed()), now, false);
            moveOver(c, record, keepId, removeId, keepPk, removePk);
            contacts.deleteRow(c, removePk);
            index.reindexEncountersOf(c, keepPk);
            return insertRecord(c, record, now);
        });
        backups.prune(List.of());
        return merged;
    }

    /** Everything the merge will change, as it is now. */
    private MergeRecord recordBefore(Connection c, long keepPk, long removePk) throws SQLException {
        Map<Long, Contact> both = ContactStore.load(c, "c.pk IN (" + keepPk + ", " + removePk + ")");
        List<MergeRecord.ParticipantRow> attendees = rows(c, """
                SELECT ev.id, ct.id, a.position FROM event_attendee a JOIN event ev ON ev.pk = a.event_pk
                JOIN contact ct ON ct.pk = a.contact_pk WHERE a.contact_pk IN (?, ?)""", keepPk, removePk);
        List<MergeRecord.ParticipantRow> speakers = rows(c, """
                SELECT ev.id, ct.id, se.position FROM event_session se JOIN event ev ON ev.pk = se.event_pk
                JOIN contact ct ON ct.pk = se.speaker_pk WHERE se.speaker_pk IN (?, ?)""", keepPk, removePk);
        List<MergeRecord.ParticipantRow> participants = rows(c, """
                SELECT e.id, pc.id, p.position FROM encounter_participant p
                JOIN encounter e ON e.pk = p.encounter_pk JOIN contact pc ON pc.pk = p.contact_pk
                WHERE p.contact_pk IN (?, ?) ORDER BY p.encounter_pk, p.position""", keepPk, removePk);
        List<Long> exchanges = new ArrayList<>();
        try (PreparedStatement ps = db.prepared(c, "SELECT pk FROM exchange WHERE contact_pk = ? ORDER BY pk")) {
            ps.setLong(1, removePk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    exchanges.add(rs.getLong(1));
                }
            }
        }
        return new MergeRecord(both.get(keepPk), both.get(removePk), tieRows(c, keepPk, removePk), participants,
                attendees, speakers, introductionRows(c, removePk), exchanges);
    }

    /** The removed contact's encounters, ties, events, introductions and give and take go to the kept one. */
    private void moveOver(Connection c, MergeRecord record, String keepId, String removeId, long keepPk, long removePk)
            throws SQLException {
        // Encounters: the removed contact's places go to the kept one, once per encounter.
        try (PreparedStatement dup = db.prepared(c, """
                DELETE FROM encounter_participant WHERE contact_pk = ? AND encounter_pk IN
                    (SELECT encounter_pk FROM encounter_participant WHERE contact_pk = ?)""");
             PreparedStatement move = db.prepared(c,
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
        for (MergeRecord.TieRow t : record.ties()) {
            String other = t.a().equals(removeId) ? t.b() : t.b().equals(removeId) ? t.a() : null;
            if (other == null || other.equals(keepId)) {
                continue;
            }
            ties.merge(c, keepId, keepPk, other, db.pkOfContact(c, other), t.strength(), t.note());
        }
        try (PreparedStatement del = db.prepared(c, "DELETE FROM tie WHERE a_pk = ? OR b_pk = ?")) {
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
            try (PreparedStatement ps = db.prepared(c, sql)) {
                ps.setLong(1, keepPk);
                ps.setLong(2, removePk);
                ps.executeUpdate();
            }
        }
    }

    private Merge insertRecord(Connection c, MergeRecord record, Instant now) throws SQLException {
        String id = Sql.newId();
        try (PreparedStatement ps = db.prepared(c, """
                INSERT INTO contact_merge (id, merged_at, kept_id, removed_id, kept_name, removed_name, before)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, id);
            ps.setString(2, now.toString());
            ps.setString(3, record.kept().id());
            ps.setString(4, record.removed().id());
            ps.setString(5, record.kept().name());
            ps.setString(6, record.removed().name());
            ps.setString(7, record.toJson());
            ps.executeUpdate();
        }
        return new Merge(id, record.kept().id(), record.removed().id(), record.kept().name(), record.removed().name(), now);
    }

    private List<MergeRecord.TieRow> tieRows(Connection c, long keepPk, long removePk) throws SQLException {
        List<MergeRecord.TieRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepared(c, """
                SELECT ca.id, cb.id, t.strength, t.note FROM tie t
                JOIN contact ca ON ca.pk = t.a_pk JOIN contact cb ON cb.pk = t.b_pk
                WHERE t.a_pk IN (?, ?) OR t.b_pk IN (?, ?) ORDER BY t.a_pk, t.b_pk""")) {
            ps.setLong(1, keepPk);
            ps.setLong(2, removePk);
            ps.setLong(3, keepPk);
            ps.setLong(4, removePk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MergeRecord.TieRow(rs.getString(1), rs.getString(2), Sql.integerOrNull(rs, 3),
                            rs.getString(4)));
                }
            }
        }
        return out;
    }

    private List<MergeRecord.ParticipantRow> rows(Connection c, String sql, long keepPk, long removePk)
            throws SQLException {
        List<MergeRecord.ParticipantRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepared(c, sql)) {
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
        List<String> more = IntroductionStore.MORE_COLUMNS;
        List<MergeRecord.IntroductionRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepared(c, "SELECT i.id, ca.id, cb.id, i.status, i.created_at, i.reason,"
                + " i.outcome, " + String.join(", ", more.stream().map(col -> "i." + col).toList())
                + " FROM introduction i JOIN contact ca ON ca.pk = i.a_pk JOIN contact cb ON cb.pk = i.b_pk"
                + " WHERE i.a_pk = ? OR i.b_pk = ? ORDER BY i.pk")) {
            ps.setLong(1, removePk);
            ps.setLong(2, removePk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> values = new HashMap<>();
                    for (int k = 0; k < more.size(); k++) {
                        String value = rs.getString(8 + k);
                        if (value != null) {
                            values.put(more.get(k), value);
                        }
                    }
                    out.add(new MergeRecord.IntroductionRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), values));
                }
            }
        }
        return out;
    }

    private boolean isDeleted(Connection c, long pk) throws SQLException {
        try (PreparedStatement ps = db.prepared(c, "SELECT deleted_at IS NOT NULL FROM contact WHERE pk = ?")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) != 0;
            }
        }
    }

    // ---------------------------------------------------------------- undo

    /** Both contacts as they were before the merge, with their own ties, encounters, events, introductions, give and take. */
    void undo(String mergeId) {
        db.write(c -> {
            MergeRecord record = undoableRecord(c, mergeId);
            String keptId = record.kept().id();
            String removedId = record.removed().id();
            Instant now = Instant.now(clock);
            contacts.upsert(c, record.kept(), now, false);
            long keepPk = db.pkOfContact(c, keptId);
            try (PreparedStatement ps = db.prepared(c, "UPDATE contact SET created_at = ?, updated_at = ? WHERE pk = ?")) {
                ps.setString(1, record.kept().createdAt().toString());
                ps.setString(2, record.kept().updatedAt().toString());
                ps.setLong(3, keepPk);
                ps.executeUpdate();
            }
            contacts.upsert(c, record.removed(), now, true);
            long removePk = db.pkOfContact(c, removedId);
            Pks pks = new Pks(keptId, keepPk, removePk);
            restoreRows(c, record.participants(), "encounter", "encounter_participant", "encounter_pk", pks);
            restoreTies(c, record, pks, removedId);
            restoreRows(c, record.attendees(), "event", "event_attendee", "event_pk", pks);
            try (PreparedStatement upd = db.prepared(c, "UPDATE event_session SET speaker_pk = ? WHERE position = ?"
                    + " AND event_pk = (SELECT pk FROM event WHERE id = ?)")) {
                for (MergeRecord.ParticipantRow sp : record.speakers()) {
                    upd.setLong(1, pks.of(sp.contactId()));
                    upd.setInt(2, sp.position());
                    upd.setString(3, sp.encounterId());
                    upd.executeUpdate();
                }
            }
            restoreIntroductions(c, record.introductions());
            try (PreparedStatement upd = db.prepared(c, "UPDATE exchange SET contact_pk = ? WHERE pk = ?")) {
                for (long x : record.exchanges()) {
                    upd.setLong(1, removePk);
                    upd.setLong(2, x);
                    upd.executeUpdate();
                }
            }
            index.reindexEncountersOf(c, keepPk);
            index.reindexEncountersOf(c, removePk);
            try (PreparedStatement ps = db.prepared(c, "UPDATE contact_merge SET undone_at = ? WHERE id = ?")) {
                ps.setString(1, now.toString());
                ps.setString(2, mergeId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The row keys of the two contacts again: a row of the record names either. */
    private record Pks(String keptId, long keepPk, long removePk) {
        long of(String contactId) {
            return contactId.equals(keptId) ? keepPk : removePk;
        }
    }

    /** The merge's record, refused when it is unknown, undone already, or built upon by a later merge. */
    private MergeRecord undoableRecord(Connection c, String mergeId) throws SQLException {
        String json;
        String keptId;
        String removedId;
        try (PreparedStatement ps = db.prepared(c,
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
        if (db.pkOfContactOrNull(c, keptId) == null || db.pkOfContactOrNull(c, removedId) != null) {
            throw new StoreException("merge " + mergeId + " cannot be undone: a later merge or deletion"
                    + " changed " + keptId, null);
        }
        try (PreparedStatement ps = db.prepared(c, """
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
        return MergeRecord.fromJson(json);
    }

    /**
     * Participant lists of the encounters (or attendee lists of the events) either contact was
     * in, as they were; those deleted for good since the merge are left out.
     */
    private void restoreRows(Connection c, List<MergeRecord.ParticipantRow> rows, String table, String rowTable,
                             String key, Pks pks) throws SQLException {
        Set<String> ids = new HashSet<>();
        rows.forEach(p -> ids.add(p.encounterId()));
        for (String id : ids) {
            Long pk = db.pkOfOrNull(c, table, id);
            if (pk != null) {
                try (PreparedStatement del = db.prepared(c,
                        "DELETE FROM " + rowTable + " WHERE " + key + " = ? AND contact_pk IN (?, ?)")) {
                    del.setLong(1, pk);
                    del.setLong(2, pks.keepPk());
                    del.setLong(3, pks.removePk());
                    del.executeUpdate();
                }
            }
        }
        try (PreparedStatement ins = db.prepared(c,
                "INSERT INTO " + rowTable + " (" + key + ", contact_pk, position) VALUES (?, ?, ?)")) {
            for (MergeRecord.ParticipantRow p : rows) {
                Long pk = db.pkOfOrNull(c, table, p.encounterId());
                if (pk != null) {
                    ins.setLong(1, pk);
                    ins.setLong(2, pks.of(p.contactId()));
                    ins.setInt(3, p.position());
                    ins.executeUpdate();
                }
            }
        }
    }

    /** The kept contact's ties to anyone either knew go back to what they were. */
    private void restoreTies(Connection c, MergeRecord record, Pks pks, String removedId) throws SQLException {
        try (PreparedStatement del = db.prepared(c, "DELETE FROM tie WHERE a_pk = ? AND b_pk = ?")) {
            for (MergeRecord.TieRow t : record.ties()) {
                String other = t.a().equals(pks.keptId()) || t.a().equals(removedId) ? t.b() : t.a();
                Long otherPk = db.pkOfContactOrNull(c, other);
                if (otherPk != null) {
                    del.setLong(1, Math.min(pks.keepPk(), otherPk));
                    del.setLong(2, Math.max(pks.keepPk(), otherPk));
                    del.executeUpdate();
                }
            }
        }
        for (MergeRecord.TieRow t : record.ties()) {
            Long a = db.pkOfContactOrNull(c, t.a());
            Long b = db.pkOfContactOrNull(c, t.b());
            if (a != null && b != null) {
                ties.insert(c, new Tie(t.a(), t.b(), t.strength(), t.note()), a, b);
            }
        }
    }

    /** The removed contact's side back to it; one between the two comes back whole. */
    private void restoreIntroductions(Connection c, List<MergeRecord.IntroductionRow> introductions)
            throws SQLException {
        for (MergeRecord.IntroductionRow i : introductions) {
            Long a = db.pkOfContactOrNull(c, i.a());
            Long b = db.pkOfContactOrNull(c, i.b());
            if (a == null || b == null) {
                continue;
            }
            Long iPk = db.pkOfOrNull(c, "introduction", i.id());
            if (iPk == null) {
                try (PreparedStatement ins = db.prepared(c, """
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
                    if (IntroductionStore.MORE_COLUMNS.contains(more.getKey())) {
                        try (PreparedStatement upd = db.prepared(c,
                                "UPDATE introduction SET " + more.getKey() + " = ? WHERE id = ?")) {
                            upd.setString(1, more.getValue());
                            upd.setString(2, i.id());
                            upd.executeUpdate();
                        }
                    }
                }
            } else {
                try (PreparedStatement upd = db.prepared(c, "UPDATE introduction SET a_pk = ?, b_pk = ? WHERE pk = ?")) {
                    upd.setLong(1, a);
                    upd.setLong(2, b);
                    upd.setLong(3, iPk);
                    upd.executeUpdate();
                }
            }
        }
    }

    List<Merge> merges() {
        return db.read(c -> {
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
}
