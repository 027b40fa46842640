package app.rapport.store;

import app.rapport.journal.TextRules;
import app.rapport.journal.Tie;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Ties between contacts, stored once per pair with the smaller row key first. */
final class TieStore {

    private final Database db;

    TieStore(Database db) {
        this.db = db;
    }

    void save(Tie tie) {
        TextRules.check(TextRules.problems(tie));
        db.write(c -> {
            insert(c, tie, db.pkOfContact(c, tie.a()), db.pkOfContact(c, tie.b()));
            return null;
        });
    }

    /** Stores the tie between the contacts with row keys {@code a} and {@code b}, replacing one between them. */
    void insert(Connection c, Tie tie, long a, long b) throws SQLException {
        try (PreparedStatement ps = db.prepared(c, """
                INSERT INTO tie (a_pk, b_pk, strength, note) VALUES (?, ?, ?, ?)
                ON CONFLICT (a_pk, b_pk) DO UPDATE SET strength = excluded.strength, note = excluded.note""")) {
            ps.setLong(1, Math.min(a, b));
            ps.setLong(2, Math.max(a, b));
            Sql.setInteger(ps, 3, tie.strength());
            ps.setString(4, Sql.blankToNull(tie.note()));
            ps.executeUpdate();
        }
    }

    /**
     * Adds a tie between the contacts with row keys {@code a} and {@code b} or, if the two already
     * know each other, merges it into theirs as {@link Tie#mergedWith} says.
     */
    void merge(Connection c, String aId, long a, String bId, long b, Integer strength, String note) throws SQLException {
        Tie incoming = new Tie(aId, bId, strength, Sql.blankToNull(note));
        Tie merged = incoming;
        try (PreparedStatement ps = db.prepared(c, "SELECT strength, note FROM tie WHERE a_pk = ? AND b_pk = ?")) {
            ps.setLong(1, Math.min(a, b));
            ps.setLong(2, Math.max(a, b));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    merged = new Tie(aId, bId, Sql.integerOrNull(rs, 1), rs.getString(2))
                            .mergedWith(incoming.strength(), incoming.note());
                }
            }
        }
        insert(c, merged, a, b);
    }

    void remove(String a, String b) {
        db.write(c -> {
            long pa = db.pkOfContact(c, a);
            long pb = db.pkOfContact(c, b);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tie WHERE a_pk = ? AND b_pk = ?")) {
                ps.setLong(1, Math.min(pa, pb));
                ps.setLong(2, Math.max(pa, pb));
                ps.executeUpdate();
            }
            return null;
        });
    }

    List<Tie> tiesOf(String contactId) {
        return db.read(c -> {
            Long pk = db.pkOfContactOrNull(c, contactId);
            if (pk == null) {
                return List.of();
            }
            return load(c, "(t.a_pk = " + pk + " OR t.b_pk = " + pk + ")");
        });
    }

    /** Ties between contacts not in the trash matching a trusted condition on alias {@code t}. */
    static List<Tie> load(Connection c, String where) throws SQLException {
        List<Tie> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT ca.id, cb.id, t.strength, t.note FROM tie t
                JOIN contact ca ON ca.pk = t.a_pk AND ca.deleted_at IS NULL
                JOIN contact cb ON cb.pk = t.b_pk AND cb.deleted_at IS NULL
                WHERE\s""" + where + " ORDER BY ca.id, cb.id")) {
            while (rs.next()) {
                out.add(new Tie(rs.getString(1), rs.getString(2), Sql.integerOrNull(rs, 3), rs.getString(4)));
            }
        }
        return out;
    }
}
