package app.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered schema migrations in {@code migrations/V<n>.sql}; SQLite's {@code user_version} holds
 * the number of the last one applied. Each migration runs in its own transaction.
 */
final class Migrations {

    private static final List<String> SCRIPTS = load();

    private Migrations() {
    }

    /** The schema version this build writes. */
    static int latestVersion() {
        return SCRIPTS.size();
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the schema from its current version up to {@code target}. */
    static void migrate(Connection c, int target) throws SQLException {
        int version = currentVersion(c);
        for (int next = version + 1; next <= target; next++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements(SCRIPTS.get(next - 1))) {
                    s.executeUpdate(statement);
                }
                s.executeUpdate("PRAGMA user_version = " + next);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** Splits a script on semicolons at line ends; our scripts keep one statement per such end. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static List<String> load() {
        List<String> scripts = new ArrayList<>();
        for (int n = 1; ; n++) {
            try (InputStream in = Migrations.class.getResourceAsStream("migrations/V" + n + ".sql")) {
                if (in == null) {
                    break;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (scripts.isEmpty()) {
            throw new IllegalStateException("no schema migrations found");
        }
        return List.copyOf(scripts);
    }
}
