package app.rapport.store;

import app.rapport.journal.Event;
import app.rapport.journal.RecordFields;
import app.rapport.journal.Session;
import app.rapport.journal.TextRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Events: the {@code event} row, its attendees and sessions (with their speakers). */
final class EventStore {

    private final Database db;

    EventStore(Database db) {
        this.db = db;
    }

    List<Event> events() {
        return db.read(c -> load(c, "ev.deleted_at IS NULL"));
    }

    Optional<Event> event(String id) {
        return db.read(c -> {
            Long pk = db.pkOfOrNull(c, "event", id);
            if (pk == null) {
                return Optional.<Event>empty();
            }
            return load(c, "ev.pk = " + pk + " AND ev.deleted_at IS NULL").stream().findFirst();
        });
    }

    Event save(Event event, Event loaded) {
        TextRules.check(TextRules.problems(event));
        return db.write(c -> {
            if (loaded != null) {
                Long pk = db.pkOfOrNull(c, "event", loaded.id());
                Sql.requireUnchanged(RecordFields.EVENT, loaded.id(), loaded,
                        pk == null ? List.of() : load(c, "ev.pk = " + pk));
            }
            Event stored = event.id() == null || event.id().isBlank() ? event.withId(Sql.newId()) : event;
            upsert(c, stored, id -> db.pkOfContactUnchecked(c, id));
            return stored;
        });
    }

    void upsert(Connection c, Event e, Function<String, Long> pkOf) throws SQLException {
        String id = e.id() == null || e.id().isBlank() ? Sql.newId() : e.id();
        Long pk = db.pkOfOrNull(c, "event", id);
        if (pk == null) {
            try (PreparedStatement ps = db.prepared(c, """
                    INSERT INTO event (id, name, series, start_at, start_millis, end_at, place, topic, notes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                bind(ps, id, e);
                ps.executeUpdate();
                pk = db.lastInsertRowid(c);
            }
        } else {
            try (PreparedStatement ps = db.prepared(c, """
                    UPDATE event SET id = ?, name = ?, series = ?, start_at = ?, start_millis = ?, end_at = ?,
                        place = ?, topic = ?, notes = ? WHERE pk = ?""")) {
                bind(ps, id, e);
                ps.setLong(10, pk);
                ps.executeUpdate();
            }
            for (String table : List.of("event_attendee", "event_session")) {
                try (PreparedStatement ps = db.prepared(c, "DELETE FROM " + table + " WHERE event_pk = ?")) {
                    ps.setLong(1, pk);
                    ps.executeUpdate();
                }
            }
        }
        insertAttendeesAndSessions(c, pk, e, pkOf);
    }

    private void insertAttendeesAndSessions(Connection c, long pk, Event e, Function<String, Long> pkOf)
            throws SQLException {
        try (PreparedStatement ps = db.prepared(c,
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
        try (PreparedStatement ps = db.prepared(c, """
                INSERT INTO event_session (event_pk, position, start_at, end_at, topic, speaker_pk)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < e.sessions().size(); i++) {
                Session session = e.sessions().get(i);
                ps.setLong(1, pk);
                ps.setInt(2, i);
                ps.setString(3, Sql.textOrNull(session.start()));
                ps.setString(4, Sql.textOrNull(session.end()));
                ps.setString(5, Sql.blankToNull(session.topic()));
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

    private static void bind(PreparedStatement ps, String id, Event e) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, Sql.blankToNull(e.name()));
        ps.setString(3, Sql.blankToNull(e.series()));
        ps.setString(4, Sql.textOrNull(e.start()));
        if (e.start() == null) {
            ps.setNull(5, Types.INTEGER);
        } else {
            ps.setLong(5, e.start().toInstant().toEpochMilli());
        }
        ps.setString(6, Sql.textOrNull(e.end()));
        ps.setString(7, Sql.blankToNull(e.place()));
        ps.setString(8, Sql.blankToNull(e.topic()));
        ps.setString(9, Sql.blankToNull(e.notes()));
    }

    /**
     * Events matching a trusted SQL condition on alias {@code ev}, by start (undated ones last);
     * attendees and speakers not in the trash.
     */
    static List<Event> load(Connection c, String where) throws SQLException {
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
                        Sql.dateTimeOrNull(rs.getString(2)), Sql.dateTimeOrNull(rs.getString(3)), rs.getString(4),
                        rs.getString(5)));
            }
        }
        List<Event> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT ev.pk, ev.id, ev.name, ev.series, ev.start_at, ev.end_at, ev.place, ev.topic, ev.notes
                FROM event ev WHERE\s""" + where + " ORDER BY ev.start_millis IS NULL, ev.start_millis, ev.pk")) {
            while (rs.next()) {
                long pk = rs.getLong(1);
                out.add(new Event(rs.getString(2), rs.getString(3), rs.getString(4), Sql.dateTimeOrNull(rs.getString(5)),
                        Sql.dateTimeOrNull(rs.getString(6)), rs.getString(7), rs.getString(8),
                        attendees.getOrDefault(pk, List.of()), sessions.getOrDefault(pk, List.of()), rs.getString(9)));
            }
        }
        return out;
    }
}
