package app.rapport.store;

import app.rapport.journal.Journal.ContactPair;
import app.rapport.journal.Tags;
import app.rapport.journal.Teachings;
import app.rapport.journal.TextRules;
import app.rapport.journal.ValidationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the user taught the introductions (schema 8): strangers, words, and from when on to learn. */
final class TeachingsStore {

    private final Database db;

    TeachingsStore(Database db) {
        this.db = db;
    }

    Teachings teachings() {
        return db.read(TeachingsStore::load);
    }

    static Teachings load(Connection c) throws SQLException {
        Set<ContactPair> strangers = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a, b FROM strangers")) {
            while (rs.next()) {
                strangers.add(ContactPair.of(rs.getString(1), rs.getString(2)));
            }
        }
        List<Teachings.WordPair> words = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT first, second, same FROM word_pair ORDER BY first_key, second_key")) {
            while (rs.next()) {
                words.add(new Teachings.WordPair(rs.getString(1), rs.getString(2), rs.getInt(3) == 1));
            }
        }
        Instant from = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT learn_from FROM learning WHERE id = 1")) {
            if (rs.next() && rs.getString(1) != null) {
                from = Instant.parse(rs.getString(1));
            }
        }
        return new Teachings(strangers, words, from);
    }

    void markStrangers(ContactPair pair) {
        db.write(c -> {
            markStrangers(c, db, pair);
            return null;
        });
    }

    static void markStrangers(Connection c, Database db, ContactPair pair) throws SQLException {
        try (PreparedStatement ps = db.prepared(c, "INSERT INTO strangers (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, pair.first());
            ps.setString(2, pair.second());
            ps.executeUpdate();
        }
    }

    void unmarkStrangers(ContactPair pair) {
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c, "DELETE FROM strangers WHERE a = ? AND b = ?")) {
                ps.setString(1, pair.first());
                ps.setString(2, pair.second());
                ps.executeUpdate();
            }
            return null;
        });
    }

    void saveWordPair(Teachings.WordPair pair) {
        check(pair);
        db.write(c -> {
            saveWordPair(c, db, pair);
            return null;
        });
    }

    static void check(Teachings.WordPair pair) {
        List<ValidationException.Problem> problems = new ArrayList<>();
        for (String[] w : new String[][] {{"first", pair.first()}, {"second", pair.second()}}) {
            ValidationException.Problem p = TextRules.problem(w[0], w[1], TextRules.MAX_SHORT_TEXT);
            if (p != null) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    static void saveWordPair(Connection c, Database db, Teachings.WordPair pair) throws SQLException {
        try (PreparedStatement ps = db.prepared(c, """
                INSERT INTO word_pair (first_key, second_key, first, second, same) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (first_key, second_key) DO UPDATE SET first = excluded.first,
                    second = excluded.second, same = excluded.same""")) {
            ps.setString(1, Tags.normalize(pair.first()));
            ps.setString(2, Tags.normalize(pair.second()));
            ps.setString(3, pair.first());
            ps.setString(4, pair.second());
            ps.setInt(5, pair.same() ? 1 : 0);
            ps.executeUpdate();
        }
    }

    void removeWordPair(Teachings.WordPair pair) {
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c, "DELETE FROM word_pair WHERE first_key = ? AND second_key = ?")) {
                ps.setString(1, Tags.normalize(pair.first()));
                ps.setString(2, Tags.normalize(pair.second()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    void learnFrom(Instant from) {
        db.write(c -> {
            learnFrom(c, db, from);
            return null;
        });
    }

    static void learnFrom(Connection c, Database db, Instant from) throws SQLException {
        try (PreparedStatement ps = db.prepared(c, """
                INSERT INTO learning (id, learn_from) VALUES (1, ?)
                ON CONFLICT (id) DO UPDATE SET learn_from = excluded.learn_from""")) {
            ps.setString(1, from == null ? null : from.toString());
            ps.executeUpdate();
        }
    }

    /** Adds what a file brought (import): its strangers and words; learning from the later reset. */
    static void importInto(Connection c, Database db, Teachings imported) throws SQLException {
        if (imported.isEmpty()) {
            return;
        }
        for (ContactPair p : imported.strangers()) {
            markStrangers(c, db, p);
        }
        for (Teachings.WordPair w : imported.words()) {
            saveWordPair(c, db, w);
        }
        if (imported.learnFrom() != null) {
            Instant now = load(c).learnFrom();
            if (now == null || imported.learnFrom().isAfter(now)) {
                learnFrom(c, db, imported.learnFrom());
            }
        }
    }
}
