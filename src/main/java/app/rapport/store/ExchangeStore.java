package app.rapport.store;

import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.TextRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Give and take: what the user gave to and received from a contact. Entries have no id of their
 * own; equal entries are interchangeable.
 */
final class ExchangeStore {

    private static final String SEP = "\u001f";

    private final Database db;

    ExchangeStore(Database db) {
        this.db = db;
    }

    List<Exchange> exchangesOf(String contactId) {
        return db.read(c -> {
            List<Exchange> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepared(c, """
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

    void save(Exchange exchange) {
        TextRules.check(TextRules.problems(exchange));
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c,
                    "INSERT INTO exchange (contact_pk, direction, date, what) VALUES (?, ?, ?, ?)")) {
                bind(ps, db.pkOfContact(c, exchange.contact()), exchange);
                ps.executeUpdate();
            }
            return null;
        });
    }

    void replace(Exchange old, Exchange updated) {
        TextRules.check(TextRules.problems(updated));
        db.write(c -> {
            long pk = pkOf(c, old);
            try (PreparedStatement ps = db.prepared(c,
                    "UPDATE exchange SET contact_pk = ?, direction = ?, date = ?, what = ? WHERE pk = ?")) {
                bind(ps, db.pkOfContact(c, updated.contact()), updated);
                ps.setLong(5, pk);
                ps.executeUpdate();
            }
            return null;
        });
    }

    void remove(Exchange exchange) {
        db.write(c -> {
            long pk = pkOf(c, exchange);
            try (PreparedStatement ps = db.prepared(c, "DELETE FROM exchange WHERE pk = ?")) {
                ps.setLong(1, pk);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, long contactPk, Exchange x) throws SQLException {
        ps.setLong(1, contactPk);
        ps.setString(2, x.direction().wireName());
        ps.setString(3, Sql.textOrNull(x.date()));
        ps.setString(4, Sql.blankToNull(x.what()));
    }

    /** The newest stored row equal to the entry; equal entries are interchangeable. */
    private long pkOf(Connection c, Exchange x) throws SQLException {
        try (PreparedStatement ps = db.prepared(c, """
                SELECT x.pk FROM exchange x JOIN contact ct ON ct.pk = x.contact_pk
                WHERE ct.id = ? AND x.direction = ? AND x.date IS ? AND x.what IS ? ORDER BY x.pk DESC LIMIT 1""")) {
            ps.setString(1, x.contact());
            ps.setString(2, x.direction().wireName());
            ps.setString(3, Sql.textOrNull(x.date()));
            ps.setString(4, Sql.blankToNull(x.what()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no such give-and-take entry: " + x, null);
                }
                return rs.getLong(1);
            }
        }
    }

    /**
     * Adds an import's entries. An entry equal to one already stored counts as the same:
     * importing a file twice does not double the ledger, while two equal entries within one file
     * (coffee twice that day) are both kept.
     */
    void insertAll(Connection c, List<Exchange> exchanges, Function<String, Long> pkOf) throws SQLException {
        if (exchanges.isEmpty()) {
            return;
        }
        Map<String, Integer> stored = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT contact_pk, direction, date, what FROM exchange")) {
            while (rs.next()) {
                stored.merge(key(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), 1, Integer::sum);
            }
        }
        try (PreparedStatement ps = db.prepared(c,
                "INSERT INTO exchange (contact_pk, direction, date, what) VALUES (?, ?, ?, ?)")) {
            for (Exchange x : exchanges) {
                long contactPk = pkOf.apply(x.contact());
                String key = key(contactPk, x.direction().wireName(), Sql.textOrNull(x.date()), Sql.blankToNull(x.what()));
                Integer already = stored.get(key);
                if (already != null && already > 0) {
                    stored.put(key, already - 1);
                    continue;
                }
                bind(ps, contactPk, x);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String key(long contactPk, String direction, String date, String what) {
        return contactPk + SEP + direction + SEP + date + SEP + what;
    }

    /** The give-and-take ledger of contacts not in the trash, oldest first. */
    static List<Exchange> loadAll(Connection c) throws SQLException {
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
}
