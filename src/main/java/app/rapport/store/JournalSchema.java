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

    /** "table contact" → its columns, "index contact_sort" → nothing, and so on. */
    private static Map<String, Set<String>> objects(Connection c) throws SQLException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'index', 'trigger',"
                     + " 'view') AND name NOT LIKE 'sqlite_%' ORDER BY type, name")) {
            while (rs.next()) {
                out.put(rs.getString(1) + " " + rs.getString(2), new TreeSet<>());
                if ("table".equals(rs.getString(1))) {
                    tables.add(rs.getString(2));
                }
            }
        }
        try (var ps = c.prepareStatement("SELECT name FROM pragma_table_xinfo(?)")) {
            for (String table : tables) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.get("table " + table).add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }
}
