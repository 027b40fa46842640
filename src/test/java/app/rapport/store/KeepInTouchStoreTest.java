package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.TagCadence;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag cadences and snoozes are kept in the journal file, so that every window and the CLI see them. */
class KeepInTouchStoreTest {

    @TempDir
    Path dir;

    @Test
    void tagCadencesSurviveReopeningAndMatchNormalised() {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            journal.saveTagCadence(new TagCadence("Kunde", 60));
            journal.saveTagCadence(new TagCadence("Partner-Firma", 30));
            journal.saveTagCadence(new TagCadence("kunde ", 45)); // the same tag: replaces, keeps one row
        }
        try (SqliteJournal journal = TestJournals.open(dir)) {
            assertEquals(List.of(new TagCadence("kunde", 45), new TagCadence("Partner-Firma", 30)),
                    journal.tagCadences());
            journal.removeTagCadence("partner firma");
            assertEquals(List.of(new TagCadence("kunde", 45)), journal.tagCadences());
        }
    }

    @Test
    void aTagCadenceNeedsATagAndSensibleDays() {
        assertThrows(IllegalArgumentException.class, () -> new TagCadence(" ", 30));
        assertThrows(IllegalArgumentException.class, () -> new TagCadence("Kunde", 0));
    }

    @Test
    void snoozesSurviveReopeningAndLongPastOnesAreDropped() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-10T10:00:00Z"), ZoneOffset.UTC);
        try (SqliteJournal journal = SqliteJournal.open(dir, clock)) {
            journal.snooze("keep-in-touch:old", LocalDate.of(2026, 5, 1));
            journal.snooze("keep-in-touch:c1", LocalDate.of(2026, 6, 17));
            journal.snooze("follow-up:x1:0", LocalDate.of(2026, 6, 11));
            journal.snooze("follow-up:x1:0", LocalDate.of(2026, 6, 12)); // snoozed again: moves the day
        }
        try (SqliteJournal journal = SqliteJournal.open(dir, clock)) {
            assertEquals(Map.of("keep-in-touch:c1", LocalDate.of(2026, 6, 17),
                    "follow-up:x1:0", LocalDate.of(2026, 6, 12)), journal.snoozes());
            journal.removeSnooze("keep-in-touch:c1");
            assertEquals(Map.of("follow-up:x1:0", LocalDate.of(2026, 6, 12)), journal.snoozes());
            assertTrue(journal.integrityProblems().isEmpty());
        }
    }
}
