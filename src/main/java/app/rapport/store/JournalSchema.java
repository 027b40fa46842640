package app.rapport.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a journal of each schema version holds: its tables with their columns, its indexes and
 * triggers, as the migrations up to that version create them. A file that lacks any of them
 * (a table dropped by hand, a damaged copy) would open and then fail at the first query that
 * needs it, so it is refused before it is opened or restored.
 */
final class JournalSchema {

    /** Built once per version by running the migrations on an empty database in memory. */
    private static final Map<Integer, Map<String, Set<String>>> EXPECTED = new ConcurrentHashMap<>();

    private JournalSchema() {
    }

    /** What {@code c} lacks of schema {@code version}, one sentence each; empty when nothing. */
    static List<String> missing(Connection c, int version) throws SQLException {
        Map<String, Set<String>> expected = expected(version);
        Map<String, Set<String>> actual = objects(c);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            Set<String> have = actual.get(e.getKey());
            if (have == null) {
                problems.add(e.getKey() + " is missing");
                continue;
            }
            for (String column : e.getValue()) {
                if (!have.contains(column)) {
                    problems.add("column " + column + " of " + e.getKey() + " is missing");
                }
            }
        }
        return problems;
    }

    private static Map<String, Set<String>> expected(int version) throws SQLException {
        Map<String, Set<String>> known = EXPECTED.get(version);
        if (known != null) {
            return known;
        }
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.migrate(memory, version);
            Map<String, Set<String>> built = objects(memory);
            EXPECTED.put(version, built);
            return built;
        }
    }

    /** "table contact" → its columns, "index contact_sort" → nothing, and so on; one query. */
    private static Map<String, Set<String>> objects(Connection c) throws SQLException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT m.type, m.name, p.name FROM sqlite_schema m
                     LEFT JOIN pragma_table_xinfo(m.name) p ON m.type = 'table'
                     WHERE m.type IN ('table', 'index', 'trigger', 'view') AND m.name NOT LIKE 'sqlite_%'""")) {
            while (rs.next()) {
                Set<String> columns = out.computeIfAbsent(rs.getString(1) + " " + rs.getString(2), k -> new TreeSet<>());
                if (rs.getString(3) != null) {
                    columns.add(rs.getString(3));
                }
            }
        }
        return out;
    }
}
