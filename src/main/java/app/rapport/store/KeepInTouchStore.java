package app.rapport.store;

import app.rapport.journal.TagCadence;
import app.rapport.journal.Tags;
import app.rapport.journal.TextRules;
import app.rapport.journal.ValidationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeping in touch: default cadences per tag, and reminders the user put off (snoozes). */
final class KeepInTouchStore {

    private final Database db;
    private final Clock clock;

    KeepInTouchStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    List<TagCadence> tagCadences() {
        return db.read(c -> {
            List<TagCadence> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT tag, days FROM tag_cadence ORDER BY normalized")) {
                while (rs.next()) {
                    out.add(new TagCadence(rs.getString(1), rs.getInt(2)));
                }
            }
            return out;
        });
    }

    void saveTagCadence(TagCadence cadence) {
        TextRules.check(TextRules.problems(cadence));
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c, """
                    INSERT INTO tag_cadence (normalized, tag, days) VALUES (?, ?, ?)
                    ON CONFLICT (normalized) DO UPDATE SET tag = excluded.tag, days = excluded.days""")) {
                ps.setString(1, Tags.normalize(cadence.tag()));
                ps.setString(2, cadence.tag());
                ps.setInt(3, cadence.days());
                ps.executeUpdate();
            }
            return null;
        });
    }

    void removeTagCadence(String tag) {
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c, "DELETE FROM tag_cadence WHERE normalized = ?")) {
                ps.setString(1, Tags.normalize(tag));
                ps.executeUpdate();
            }
            return null;
        });
    }

    Map<String, LocalDate> snoozes() {
        return db.read(c -> {
            Map<String, LocalDate> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT item, until FROM snooze")) {
                while (rs.next()) {
                    out.put(rs.getString(1), LocalDate.parse(rs.getString(2)));
                }
            }
            return out;
        });
    }

    void snooze(String item, LocalDate until) {
        ValidationException.Problem unfit = TextRules.problem("item", item, TextRules.MAX_SHORT_TEXT);
        if (unfit != null) {
            throw new ValidationException(List.of(unfit));
        }
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c, """
                    INSERT INTO snooze (item, until) VALUES (?, ?)
                    ON CONFLICT (item) DO UPDATE SET until = excluded.until""")) {
                ps.setString(1, item);
                ps.setString(2, until.toString());
                ps.executeUpdate();
            }
            // A snooze ends on its day; a week later (any time zone) it hides nothing and can go.
            try (PreparedStatement ps = db.prepared(c, "DELETE FROM snooze WHERE until < ?")) {
                ps.setString(1, LocalDate.now(clock).minusDays(7).toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    void removeSnooze(String item) {
        db.write(c -> {
            try (PreparedStatement ps = db.prepared(c, "DELETE FROM snooze WHERE item = ?")) {
                ps.setString(1, item);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
