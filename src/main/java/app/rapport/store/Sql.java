package app.rapport.store;

import app.rapport.journal.ChangedMeanwhileException;
import app.rapport.journal.RecordFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Small helpers the record stores share: binding, reading nullable values, new ids. */
final class Sql {

    private Sql() {
    }

    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void query(Statement s, String sql, RowHandler handler) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    static void bind(PreparedStatement ps, Collection<?> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Long l) {
                ps.setLong(i++, l);
            } else {
                ps.setString(i++, (String) p);
            }
        }
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /** The column's integer, or null when it is NULL. */
    static Integer integerOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static OffsetDateTime dateTimeOrNull(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }

    static String textOrNull(Object value) {
        return value == null ? null : value.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing is best effort; SQLite keeps the file consistent either way.
        }
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * Refuses a save made from {@code loaded} when the record is stored differently now: someone
     * else changed it after the editor loaded it. {@code stored}: the record as the store's
     * readers show it now (one or more ways), empty when it is gone.
     */
    static <T> void requireUnchanged(RecordFields<T> fields, String id, T loaded, List<T> stored) {
        for (T s : stored) {
            if (fields.sameContent(s, loaded)) {
                return;
            }
        }
        throw new ChangedMeanwhileException(fields.what(), id, stored.isEmpty() ? null : stored.getFirst());
    }
}
