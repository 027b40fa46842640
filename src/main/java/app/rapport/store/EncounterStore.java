package app.rapport.store;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.EncounterStamp;
import app.rapport.journal.EncounterValidator;
import app.rapport.journal.FollowUp;
import app.rapport.journal.RecordFields;
import app.rapport.journal.ValidationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Encounters: the {@code encounter} row, its participants and follow-ups, and its search entry. */
final class EncounterStore {

    /** Finds the row key of a contact id, or null; an import answers from what it just stored. */
    @FunctionalInterface
    interface ContactKeys {
        Long pkOf(String contactId) throws SQLException;
    }

    private final Database db;
    private final SearchIndex index;

    EncounterStore(Database db, SearchIndex index) {
        this.db = db;
        this.index = index;
    }

    Encounter save(Encounter encounter, Encounter loaded) {
        EncounterValidator.check(encounter);
        return db.write(c -> {
            if (loaded != null) {
                Long pk = db.pkOfOrNull(c, "encounter", loaded.id());
                // Lists show an encounter without the people in the trash, the editor with them: either is no change.
                Sql.requireUnchanged(RecordFields.ENCOUNTER, loaded.id(), loaded, pk == null ? List.of()
                        : Sql.concat(load(c, "e.pk = ?", List.of(pk), "", false),
                        load(c, "e.pk = ?", List.of(pk), "", true)));
            }
            return upsert(c, encounter, id -> db.pkOfContactOrNull(c, id), false, id -> null);
        });
    }

    /**
     * @param knownNew        the caller knows no encounter has this id yet
     * @param contactInMemory a participant as just stored by the same import, or null: then the
     *                        search text is built without reading back what was just written
     */
    Encounter upsert(Connection c, Encounter e, ContactKeys contactKeys, boolean knownNew,
                     Function<String, Contact> contactInMemory) throws SQLException {
        String id = e.id() == null || e.id().isBlank() ? Sql.newId() : e.id();
        List<String> participants = new ArrayList<>(new java.util.LinkedHashSet<>(e.participants()));
        List<Long> participantPks = new ArrayList<>();
        for (String p : participants) {
            Long pk = contactKeys.pkOf(p);
            if (pk == null) {
                throw new ValidationException(List.of(new ValidationException.Problem(
                        "participants", "validation.participant.unknown", p)));
            }
            participantPks.add(pk);
        }
        Long pk = knownNew ? null : db.pkOfOrNull(c, "encounter", id);
        boolean isNew = pk == null;
        if (isNew) {
            try (PreparedStatement ps = db.prepared(c, """
                    INSERT INTO encounter (id, date, epoch_millis, kind, title, place, event_id, notes, rating)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                bind(ps, id, e);
                ps.executeUpdate();
                pk = db.lastInsertRowid(c);
            }
        } else {
            try (PreparedStatement ps = db.prepared(c, """
                    UPDATE encounter SET id = ?, date = ?, epoch_millis = ?, kind = ?, title = ?, place = ?,
                        event_id = ?, notes = ?, rating = ? WHERE pk = ?""")) {
                bind(ps, id, e);
                ps.setLong(10, pk);
                ps.executeUpdate();
            }
            for (String table : List.of("encounter_participant", "follow_up")) {
                try (PreparedStatement ps = db.prepared(c, "DELETE FROM " + table + " WHERE encounter_pk = ?")) {
                    ps.setLong(1, pk);
                    ps.executeUpdate();
                }
            }
        }
        insertParticipantsAndFollowUps(c, pk, participantPks, e.followUps());
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
            index.indexEncounter(c, pk, Sql.blankToNull(e.title()), Sql.blankToNull(e.place()),
                    Sql.blankToNull(e.notes()), inMemory, e.followUps(), isNew);
        } else {
            index.indexEncounter(c, pk, isNew);
        }
        return new Encounter(id, e.date(), e.kind(), Sql.blankToNull(e.title()), Sql.blankToNull(e.place()), e.eventId(),
                participants, Sql.blankToNull(e.notes()), e.rating(), e.followUps());
    }

    private void insertParticipantsAndFollowUps(Connection c, long pk, List<Long> participantPks,
                                                List<FollowUp> followUps) throws SQLException {
        try (PreparedStatement ps = db.prepared(c,
                "INSERT INTO encounter_participant (encounter_pk, contact_pk, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < participantPks.size(); i++) {
                ps.setLong(1, pk);
                ps.setLong(2, participantPks.get(i));
                ps.setInt(3, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepared(c,
                "INSERT INTO follow_up (encounter_pk, position, what, due, done) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < followUps.size(); i++) {
                FollowUp f = followUps.get(i);
                ps.setLong(1, pk);
                ps.setInt(2, i);
                ps.setString(3, f.what().strip());
                ps.setString(4, f.due() == null ? null : f.due().toString());
                ps.setInt(5, f.done() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, String id, Encounter e) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, e.date().toString());
        ps.setLong(3, e.date().toInstant().toEpochMilli());
        ps.setString(4, e.kind().wireName());
        ps.setString(5, Sql.blankToNull(e.title()));
        ps.setString(6, Sql.blankToNull(e.place()));
        ps.setString(7, Sql.blankToNull(e.eventId()));
        ps.setString(8, Sql.blankToNull(e.notes()));
        Sql.setInteger(ps, 9, e.rating());
    }

    // ---------------------------------------------------------------- reading

    Optional<Encounter> encounter(String id) {
        return db.read(c -> {
            Long pk = db.pkOfOrNull(c, "encounter", id);
            if (pk == null) {
                return Optional.empty();
            }
            return load(c, "e.pk = ?", List.of(pk), "", false).stream().findFirst();
        });
    }

    List<Encounter> encounters(EncounterFilter filter) {
        StringBuilder where = new StringBuilder("e.deleted_at IS NULL");
        List<Object> params = new ArrayList<>();
        String match = SearchIndex.matchExpression(filter.text());
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
        return db.read(c -> load(c, where.toString(), params, limit, true));
    }

    /** Encounters matching a trusted condition on alias {@code e}, newest first. */
    static List<Encounter> load(Connection c, String where, List<?> params, String limit,
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
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Encounter(rs.getString(1), OffsetDateTime.parse(rs.getString(2)),
                            EncounterKind.fromWireName(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), StoredJson.strings(rs.getString(9)),
                            rs.getString(7), Sql.integerOrNull(rs, 8), StoredJson.followUps(rs.getString(10))));
                }
            }
        }
        return out;
    }

    List<EncounterStamp> stamps() {
        return db.read(c -> {
            List<EncounterStamp> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT ct.id, e.id, e.date, e.rating, coalesce(nullif(trim(e.title), ''), substr(e.notes, 1, 200))
                    FROM encounter_participant p
                    JOIN encounter e ON e.pk = p.encounter_pk AND e.deleted_at IS NULL
                    JOIN contact ct ON ct.pk = p.contact_pk AND ct.deleted_at IS NULL""")) {
                while (rs.next()) {
                    out.add(new EncounterStamp(rs.getString(1), rs.getString(2), OffsetDateTime.parse(rs.getString(3)),
                            Sql.integerOrNull(rs, 4), rs.getString(5)));
                }
            }
            return out;
        });
    }
}
