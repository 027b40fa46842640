package app.rapport.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.rapport.reminders.Relationship;
import app.rapport.reminders.Relationships;
import app.rapport.reminders.Reminders;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact, time-ordered form of a journal's encounters that Today and the calendar export pass over. */
class EncounterTimelineTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Encounter met(String id, String date, Integer rating, String... participants) {
        return new Encounter(id, OffsetDateTime.parse(date), EncounterKind.MEETING, "About " + id, null, null,
                List.of(participants), null, rating, List.of());
    }

    static List<String> ids(EncounterTimeline t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.encounter(i).id());
        }
        return out;
    }

    @Test
    void encountersComeInTimeOrderWhateverTheListsOrderAndOffsets() {
        // 10:00 in New York is 16:00 in Berlin: later than 15:00 Berlin time although "10" < "15".
        List<Encounter> list = List.of(
                met("ny", "2026-03-02T10:00-05:00", null, "a"),
                met("early", "2026-03-01T09:00+01:00", 5, "a", "b"),
                met("berlin", "2026-03-02T15:00+01:00", 2, "b"));
        EncounterTimeline t = EncounterTimeline.of(list);
        assertEquals(List.of("early", "berlin", "ny"), ids(t));
        assertEquals(5, t.rating(0));
        assertEquals(0, t.rating(2), "no rating is 0");
        assertEquals(List.of("a", "b"), List.of(t.contactId(t.participantSlot(t.participantsFrom(0))),
                t.contactId(t.participantSlot(t.participantsFrom(0) + 1))));
        assertEquals(2, t.contactSlots(), "each contact has one slot however often they appear");
    }

    @Test
    void atTheSameInstantTheOneLaterInTheListCountsAsTheLatest() {
        // Date-only imports put several encounters on the same midnight; the store lists them in the
        // order they were logged, so the last logged gives the relationship its last topic.
        List<Encounter> list = List.of(
                met("first-logged", "2026-03-01T00:00+01:00", null, "a"),
                met("second-logged", "2026-03-01T00:00+01:00", null, "a"));
        Relationship r = Relationships.of(EncounterTimeline.of(list), LocalDate.of(2026, 3, 10), BERLIN).of("a");
        assertEquals("second-logged", r.lastEncounterId());
        assertEquals("About second-logged", r.lastTopic());
        assertEquals(2, r.encounters());
    }

    @Test
    void recentEncountersStopAtNowAndGoBackFromThere() {
        List<Encounter> list = new ArrayList<>();
        for (int d = 1; d <= 9; d++) {
            list.add(met("d" + d, "2026-03-0" + d + "T12:00+01:00", null, "a"));
        }
        EncounterTimeline t = EncounterTimeline.of(list);
        Instant now = OffsetDateTime.parse("2026-03-05T12:00+01:00").toInstant();
        assertEquals(List.of("d5", "d4", "d3"), Reminders.recent(t, now, 3).stream().map(Encounter::id).toList());
        assertEquals(List.of(), Reminders.recent(t, Instant.parse("2020-01-01T00:00:00Z"), 3));
        assertEquals(-1, t.latestAtOrBefore(0));
        assertEquals(8, t.latestAtOrBefore(Long.MAX_VALUE));
    }

    @Test
    void onlyEncountersWithAFollowUpStillOpenAreKeptForTheFollowUpPass() {
        Encounter open = met("open", "2026-03-01T12:00+01:00", null, "a")
                .withFollowUps(List.of(new FollowUp("Send slides", LocalDate.of(2026, 3, 8), true),
                        new FollowUp("Call back", LocalDate.of(2026, 3, 9), false)));
        Encounter done = met("done", "2026-03-02T12:00+01:00", null, "a")
                .withFollowUps(List.of(new FollowUp("Send slides", LocalDate.of(2026, 3, 8), true)));
        Encounter none = met("none", "2026-03-03T12:00+01:00", null, "a");
        assertEquals(List.of(open), EncounterTimeline.of(List.of(none, done, open)).withOpenFollowUps());
    }

    @Test
    void theStoreBuildsTheTimelineWithTheSnapshotAndKeepsBoth(@TempDir Path dir) {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            Contact anna = journal.saveContact(Contact.builder("Anna").build());
            journal.saveEncounter(met(null, "2026-03-02T10:00+01:00", 4, anna.id()));
            journal.saveEncounter(met(null, "2026-03-01T10:00+01:00", null, anna.id()));
            JournalSnapshot snapshot = journal.snapshot();
            assertSame(snapshot.timeline(), journal.snapshot().timeline(), "kept between reads");
            assertEquals(2, snapshot.timeline().size());
            assertEquals(4, snapshot.timeline().rating(1), "the later encounter comes last");

            journal.saveEncounter(met(null, "2026-03-03T10:00+01:00", null, anna.id()));
            assertEquals(3, journal.snapshot().timeline().size(), "a change gives a new snapshot with its timeline");
        }
    }
}
