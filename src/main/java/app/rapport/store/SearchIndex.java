package app.rapport.store;

import app.rapport.journal.Contact;
import app.rapport.journal.FollowUp;
import app.rapport.journal.TextFolding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The full-text indexes (FTS5 tables {@code contact_search} and {@code encounter_search}, keyed
 * by the record's row key): what is searchable of each record, folded as the query will be.
 */
final class SearchIndex {

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Database db;

    SearchIndex(Database db) {
        this.db = db;
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

    void indexContact(Connection c, long pk, Contact k, boolean isNew) throws SQLException {
        StringBuilder body = new StringBuilder();
        append(body, k.name());
        append(body, k.organization());
        append(body, k.role());
        append(body, k.city());
        k.addresses().forEach(a -> append(body, a.oneLine()));
        k.emails().forEach(e -> append(body, e));
        k.interests().forEach(t -> append(body, t));
        k.offers().forEach(t -> append(body, t));
        k.seeks().forEach(t -> append(body, t));
        append(body, k.howWeMet());
        append(body, k.notes());
        replace(c, "contact_search", pk, body.toString(), isNew);
    }

    /**
     * The encounter's searchable text from what an import has in memory: the same text
     * {@link #indexEncounter} reads back from the rows just written.
     */
    void indexEncounter(Connection c, long pk, String title, String place, String notes, List<Contact> participants,
                        List<FollowUp> followUps, boolean isNew) throws SQLException {
        StringBuilder body = new StringBuilder();
        append(body, title);
        append(body, place);
        append(body, notes);
        for (Contact p : participants) {
            append(body, p.name());
            append(body, p.organization());
        }
        for (FollowUp f : followUps) {
            append(body, f.what().strip());
        }
        replace(c, "encounter_search", pk, body.toString(), isNew);
    }

    /** The encounter's searchable text includes its participants' names, so it is rebuilt on renames. */
    void indexEncounter(Connection c, long pk, boolean isNew) throws SQLException {
        StringBuilder body = new StringBuilder();
        try (PreparedStatement ps = db.prepared(c, "SELECT title, place, notes FROM encounter WHERE pk = ?")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    append(body, rs.getString(1));
                    append(body, rs.getString(2));
                    append(body, rs.getString(3));
                }
            }
        }
        try (PreparedStatement ps = db.prepared(c, """
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
        try (PreparedStatement ps = db.prepared(c, "SELECT what FROM follow_up WHERE encounter_pk = ?")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    append(body, rs.getString(1));
                }
            }
        }
        replace(c, "encounter_search", pk, body.toString(), isNew);
    }

    void reindexEncountersOf(Connection c, long contactPk) throws SQLException {
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

    void removeContact(Connection c, long pk) throws SQLException {
        try (PreparedStatement fts = db.prepared(c, "DELETE FROM contact_search WHERE rowid = ?")) {
            fts.setLong(1, pk);
            fts.executeUpdate();
        }
    }

    /** {@code isNew}: the row was just inserted, so it has no index entry to delete yet. */
    private void replace(Connection c, String table, long pk, String text, boolean isNew) throws SQLException {
        try (PreparedStatement del = db.prepared(c, "DELETE FROM " + table + " WHERE rowid = ?");
             PreparedStatement ins = db.prepared(c, "INSERT INTO " + table + " (rowid, body) VALUES (?, ?)")) {
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
}
