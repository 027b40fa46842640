package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.journal.JournalSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import into an empty journal skips look-ups and builds search text from memory; it must
 * store exactly what saving the same records one by one stores.
 */
class ImportSpeedPathsTest {

    @TempDir
    Path dir;

    static JournalSnapshot sample() {
        List<Contact> people = List.of(
                Contact.builder(" Anna Schmidt ").id("c1").organization(" Kreislauf GmbH ").build(),
                Contact.builder("Ben Müller").id("c2").build());
        OffsetDateTime t = OffsetDateTime.parse("2026-10-01T12:30:00+02:00");
        List<Encounter> encounters = List.of(
                new Encounter("x1", t, EncounterKind.MEAL, " Lunch ", "Café Central", null, List.of("c2", "c1", "c2"),
                        "Talked about funding.", 4, List.of(new FollowUp(" Send intro deck ", LocalDate.of(2026, 10, 8), false),
                        new FollowUp("Call back", null, true))),
                new Encounter("x2", t.plusDays(1), EncounterKind.CALL, null, "  ", null, List.of("c1"), null, null,
                        List.of()));
        return new JournalSnapshot(people, List.of(), encounters);
    }

    static Map<Long, String> searchText(SqliteJournal journal) throws Exception {
        Map<Long, String> bodies = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal.file());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rowid, body FROM encounter_search")) {
            while (rs.next()) {
                bodies.put(rs.getLong(1), rs.getString(2));
            }
        }
        return bodies;
    }

    @Test
    void theImportIndexesEncountersAsSavingThemDoes() throws Exception {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            journal.importSnapshot(sample());
            Map<Long, String> imported = searchText(journal);
            for (Encounter e : journal.encounters(EncounterFilter.all())) {
                journal.saveEncounter(e); // the general path reads the rows back to build the text
            }
            assertEquals(imported, searchText(journal));
            assertEquals(List.of("x1"), journal.encounters(EncounterFilter.all().withText("intro deck"))
                    .stream().map(Encounter::id).toList());
            assertEquals(List.of("x1"), journal.encounters(EncounterFilter.all().withText("mueller"))
                    .stream().map(Encounter::id).toList());
            assertEquals(List.of("x1", "x2"), journal.encounters(EncounterFilter.all().withText("kreislauf"))
                    .stream().map(Encounter::id).sorted().toList());
        }
    }

    @Test
    void importingIntoAJournalWithRecordsReplacesThemAndKeepsTheSearchInStep() throws Exception {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            journal.importSnapshot(sample());
            JournalSnapshot renamed = new JournalSnapshot(
                    List.of(Contact.builder("Anna Schmidt-Weber").id("c1").build()), List.of(), List.of());
            journal.importSnapshot(renamed);
            assertEquals("Anna Schmidt-Weber", journal.contact("c1").orElseThrow().name());
            assertEquals(2, journal.snapshot().contacts().size());
            assertEquals(List.of(), journal.integrityProblems());
            journal.importSnapshot(sample());
            assertEquals(sample().encounters().size(), journal.snapshot().encounters().size());
            assertEquals(List.of(), journal.integrityProblems());
        }
    }
}
