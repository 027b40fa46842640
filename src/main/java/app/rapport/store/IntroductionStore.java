package app.rapport.store;

import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.RecordFields;
import app.rapport.journal.TextRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Introductions: two contacts, the steps reached with their days, drafts and a dismissal's fingerprint. */
final class IntroductionStore {

    /** Step columns of the introduction table, in the order of {@link IntroductionStatus}. */
    static final Map<IntroductionStatus, String> STEP_COLUMNS = stepColumns();

    /** The columns schema 5 added to the introduction table. */
    static final List<String> MORE_COLUMNS = Stream.concat(STEP_COLUMNS.values().stream(),
            Stream.of("draft_language", "draft_to_a", "draft_to_b", "draft_introduction", "dismissal_fingerprint")).toList();

    private static final String COLUMNS = "id, a_pk, b_pk, status, created_at, reason, outcome, "
            + String.join(", ", MORE_COLUMNS);

    private static final String SELECT = "SELECT i.id, ca.id, cb.id, i.status, i.created_at, i.reason, "
            + "i.outcome, " + String.join(", ", MORE_COLUMNS.stream().map(col -> "i." + col).toList())
            + " FROM introduction i"
            + " JOIN contact ca ON ca.pk = i.a_pk AND ca.deleted_at IS NULL"
            + " JOIN contact cb ON cb.pk = i.b_pk AND cb.deleted_at IS NULL";

    private static Map<IntroductionStatus, String> stepColumns() {
        Map<IntroductionStatus, String> m = new EnumMap<>(IntroductionStatus.class);
        m.put(IntroductionStatus.PLANNED, "planned_on");
        m.put(IntroductionStatus.ASKED_A, "asked_a_on");
        m.put(IntroductionStatus.ASKED_B, "asked_b_on");
        m.put(IntroductionStatus.INTRODUCED, "introduced_on");
        m.put(IntroductionStatus.MET, "met_on");
        m.put(IntroductionStatus.WORKING_TOGETHER, "working_together_on");
        m.put(IntroductionStatus.DID_NOT_WORK_OUT, "did_not_work_out_on");
        return Collections.unmodifiableMap(m);
    }

    private final Database db;

    IntroductionStore(Database db) {
        this.db = db;
    }

    List<Introduction> introductions() {
        return db.read(c -> load(c, "1 = 1"));
    }

    List<Introduction> introductionsOf(String contactId) {
        return db.read(c -> {
            Long pk = db.pkOfContactOrNull(c, contactId);
            return pk == null ? List.of() : load(c, "(i.a_pk = " + pk + " OR i.b_pk = " + pk + ")");
        });
    }

    Introduction save(Introduction introduction, Introduction loaded) {
        TextRules.check(TextRules.problems(introduction));
        return db.write(c -> {
            if (loaded != null && loaded.id() != null) {
                Long pk = db.pkOfOrNull(c, "introduction", loaded.id());
                Sql.requireUnchanged(RecordFields.INTRODUCTION, loaded.id(), loaded,
                        pk == null ? List.of() : load(c, "i.pk = " + pk));
            }
            Introduction in = introduction;
            if (in.status() == IntroductionStatus.DISMISSED && (in.id() == null || in.id().isBlank())) {
                in = earlierDismissal(c, in);
            }
            String id = upsert(c, in, contactId -> db.pkOfContactUnchecked(c, contactId));
            return in.withId(id);
        });
    }

    /** Dismissing a pair again replaces the earlier dismissal, so one pair has one. */
    private Introduction earlierDismissal(Connection c, Introduction in) throws SQLException {
        long a = db.pkOfContact(c, in.a());
        long b = db.pkOfContact(c, in.b());
        try (PreparedStatement ps = db.prepared(c, """
                SELECT id FROM introduction WHERE status = 'dismissed'
                AND ((a_pk = ?1 AND b_pk = ?2) OR (a_pk = ?2 AND b_pk = ?1)) ORDER BY pk LIMIT 1""")) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? in.withId(rs.getString(1)) : in;
            }
        }
    }

    void remove(String id) {
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c, "DELETE FROM introduction WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Inserts or updates the introduction by id; returns the id it is stored under. */
    String upsert(Connection c, Introduction in, Function<String, Long> pkOf) throws SQLException {
        String id = in.id() == null || in.id().isBlank() ? Sql.newId() : in.id();
        Long pk = db.pkOfOrNull(c, "introduction", id);
        int columns = COLUMNS.split(",").length;
        String sql = pk == null
                ? "INSERT INTO introduction (" + COLUMNS + ", pk) VALUES (" + "?, ".repeat(columns) + "?)"
                : "UPDATE introduction SET " + String.join(", ", Arrays.stream(COLUMNS.split(","))
                        .map(col -> col.strip() + " = ?").toList()) + " WHERE pk = ?";
        try (PreparedStatement ps = db.prepared(c, sql)) {
            int n = 1;
            ps.setString(n++, id);
            ps.setLong(n++, pkOf.apply(in.a()));
            ps.setLong(n++, pkOf.apply(in.b()));
            ps.setString(n++, in.status().wireName());
            ps.setString(n++, Sql.textOrNull(in.createdAt()));
            ps.setString(n++, Sql.blankToNull(in.reason()));
            ps.setString(n++, Sql.blankToNull(in.outcome()));
            for (IntroductionStatus step : STEP_COLUMNS.keySet()) {
                ps.setString(n++, Sql.textOrNull(in.reachedOn(step)));
            }
            Introduction.Drafts d = in.drafts();
            ps.setString(n++, d == null ? null : Sql.blankToNull(d.language()));
            ps.setString(n++, d == null ? null : Sql.blankToNull(d.toA()));
            ps.setString(n++, d == null ? null : Sql.blankToNull(d.toB()));
            ps.setString(n++, d == null ? null : Sql.blankToNull(d.introduction()));
            ps.setString(n++, in.dismissalFingerprint());
            if (pk == null) {
                ps.setNull(n, Types.INTEGER);
            } else {
                ps.setLong(n, pk);
            }
            ps.executeUpdate();
        }
        return id;
    }

    /** Introductions between contacts not in the trash matching a trusted condition on alias {@code i}, oldest first. */
    static List<Introduction> load(Connection c, String where) throws SQLException {
        List<Introduction> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                SELECT + " WHERE " + where + " ORDER BY i.created_at, i.pk")) {
            while (rs.next()) {
                String created = rs.getString(5);
                int n = 8;
                Map<IntroductionStatus, LocalDate> steps = new EnumMap<>(IntroductionStatus.class);
                for (IntroductionStatus step : STEP_COLUMNS.keySet()) {
                    String day = rs.getString(n++);
                    if (day != null) {
                        steps.put(step, LocalDate.parse(day));
                    }
                }
                Introduction.Drafts drafts = new Introduction.Drafts(rs.getString(n), rs.getString(n + 1),
                        rs.getString(n + 2), rs.getString(n + 3));
                out.add(new Introduction(rs.getString(1), rs.getString(2), rs.getString(3),
                        IntroductionStatus.fromWireName(rs.getString(4)), created == null ? null : Instant.parse(created),
                        rs.getString(6), rs.getString(7), steps, drafts, rs.getString(n + 4)));
            }
        }
        return out;
    }
}
