package app.rapport.store;

import app.rapport.journal.Birthday;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Tags;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What is wrong with a journal file: damage SQLite finds, and broken rules of the journal that
 * SQL constraints cannot express.
 */
final class Integrity {

    private Integrity() {
    }

    /**
     * Problems SQLite finds in the file ({@code PRAGMA integrity_check}, foreign keys) and broken
     * rules of the journal itself (see {@link #journalProblems}); empty when sound. Runs on a
     * connection of its own: FTS5's integrity check trusts a connection's cached index structure
     * and reports a false mismatch after another connection has written.
     */
    static List<String> problems(Path file) {
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
            linkProblems(s, problems);
            valueProblems(s, problems);
        }
        return problems;
    }

    private static void linkProblems(Statement s, List<String> problems) throws SQLException {
        Sql.query(s, """
                SELECT id FROM encounter e WHERE deleted_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM encounter_participant p WHERE p.encounter_pk = e.pk)""",
                rs -> problems.add("encounter " + rs.getString(1) + " has no participants"));
        Sql.query(s, """
                SELECT e.id, e.event_id FROM encounter e WHERE e.event_id IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM event ev WHERE ev.id = e.event_id)""",
                rs -> problems.add("encounter " + rs.getString(1) + " refers to event " + rs.getString(2)
                        + ", which does not exist"));
        for (String[] index : new String[][] {{"contact", "contact_search"}, {"encounter", "encounter_search"}}) {
            Sql.query(s, "SELECT id FROM " + index[0] + " r WHERE NOT EXISTS (SELECT 1 FROM " + index[1]
                            + " x WHERE x.rowid = r.pk)",
                    rs -> problems.add(index[0] + " " + rs.getString(1) + " is missing from the search index"));
            Sql.query(s, "SELECT rowid FROM " + index[1] + " x WHERE NOT EXISTS (SELECT 1 FROM " + index[0]
                            + " r WHERE r.pk = x.rowid)",
                    rs -> problems.add("search index " + index[1] + " has a row " + rs.getLong(1)
                            + " for a deleted " + index[0]));
        }
        Sql.query(s, """
                SELECT ca.id, cb.id FROM tie t JOIN contact ca ON ca.pk = t.a_pk JOIN contact cb ON cb.pk = t.b_pk
                WHERE t.a_pk > t.b_pk""",
                rs -> problems.add("tie " + rs.getString(1) + " - " + rs.getString(2) + " is stored in reverse order"));
    }

    private static void valueProblems(Statement s, List<String> problems) throws SQLException {
        Sql.query(s, "SELECT id, birthday, created_at, updated_at FROM contact", rs -> {
            String id = rs.getString(1);
            check(problems, "birthday of contact " + id, rs.getString(2), Birthday::parse);
            check(problems, "creation time of contact " + id, rs.getString(3), Instant::parse);
            check(problems, "change time of contact " + id, rs.getString(4), Instant::parse);
        });
        Sql.query(s, "SELECT id, date, kind FROM encounter", rs -> {
            String id = rs.getString(1);
            check(problems, "date of encounter " + id, rs.getString(2), OffsetDateTime::parse);
            check(problems, "kind of encounter " + id, rs.getString(3), EncounterKind::fromWireName);
        });
        Sql.query(s, "SELECT id, created_at, " + String.join(", ", IntroductionStore.STEP_COLUMNS.values())
                + " FROM introduction", rs -> {
                    String id = rs.getString(1);
                    check(problems, "creation time of introduction " + id, rs.getString(2), Instant::parse);
                    int k = 3;
                    for (IntroductionStatus step : IntroductionStore.STEP_COLUMNS.keySet()) {
                        check(problems, "day of step " + step.wireName() + " of introduction " + id,
                                rs.getString(k++), LocalDate::parse);
                    }
                });
        Sql.query(s, "SELECT id, start_at, end_at FROM event", rs -> {
            check(problems, "start of event " + rs.getString(1), rs.getString(2), OffsetDateTime::parse);
            check(problems, "end of event " + rs.getString(1), rs.getString(3), OffsetDateTime::parse);
        });
        Sql.query(s, """
                SELECT c.id, t.kind, t.tag, t.normalized FROM contact_tag t JOIN contact c ON c.pk = t.contact_pk""",
                rs -> {
                    String expected = Tags.normalize(rs.getString(3));
                    if (!expected.equals(rs.getString(4))) {
                        problems.add(rs.getString(2) + " \"" + rs.getString(3) + "\" of contact " + rs.getString(1)
                                + " is indexed as \"" + rs.getString(4) + "\" instead of \"" + expected + "\"");
                    }
                });
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
}
