package app.rapport.store;

import app.rapport.journal.TrashItem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The trash: contacts, encounters and events marked deleted ({@code deleted_at}), listed,
 * restored, or destroyed for good.
 */
final class TrashStore {

    private final Database db;
    private final Clock clock;

    TrashStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Moves the record of {@code table} ({@code contact}, {@code encounter}, {@code event}) to the trash. */
    void trash(String table, String id) {
        setDeleted(table, id, Instant.now(clock).toString());
    }

    void restore(String table, String id) {
        setDeleted(table, id, null);
    }

    private void setDeleted(String table, String id, String when) {
        db.write(c -> {
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

    List<TrashItem> items() {
        return db.read(c -> {
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
                            rs.getString(3), day == null ? null : LocalDate.parse(day),
                            Instant.parse(rs.getString(5))));
                }
            }
            return out;
        });
    }

    void empty() {
        db.write(c -> {
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
}
