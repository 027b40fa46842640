package app.rapport.store;

import app.rapport.journal.Journal.ContactPair;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/** Pairs of contacts the user said are two people, not one: Possible duplicates leaves them out. */
final class NotSamePersonStore {

    private final Database db;

    NotSamePersonStore(Database db) {
        this.db = db;
    }

    Set<ContactPair> pairs() {
        return db.read(c -> {
            Set<ContactPair> out = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a, b FROM not_same_person")) {
                while (rs.next()) {
                    out.add(ContactPair.of(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    void mark(ContactPair pair) {
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c,
                    "INSERT INTO not_same_person (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, pair.first());
                ps.setString(2, pair.second());
                ps.executeUpdate();
            }
            return null;
        });
    }

    void unmark(ContactPair pair) {
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c, "DELETE FROM not_same_person WHERE a = ? AND b = ?")) {
                ps.setString(1, pair.first());
                ps.setString(2, pair.second());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
