package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Session;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 2: what the interchange format holds beyond contacts, ties and encounters. */
class EventsIntroductionsExchangesTest {

    @TempDir
    Path dir;
    SqliteJournal journal;

    static final OffsetDateTime START = OffsetDateTime.parse("2026-12-03T18:30:00+01:00");

    static final Event STAMMTISCH = new Event("e1", "Social Media Stammtisch Ruhr #12", "Social Media Stammtisch Ruhr",
            START, START.plusHours(3), "Dortmund", "Community building", List.of("c2", "c1"),
            List.of(new Session(START.plusMinutes(30), START.plusMinutes(60), "Dialogue instead of broadcast", "c2"),
                    new Session(START.plusMinutes(70), null, "Open mic", null)),
            "Goal: meet two people from local agencies.");
    static final Introduction INTRO = new Introduction("i1", "c3", "c1", IntroductionStatus.ASKED_A,
            Instant.parse("2026-10-02T09:00:00Z"), "Chioma seeks seed funding; Anna invests.", null);
    static final List<Exchange> LEDGER = List.of(
            new Exchange("c1", ExchangeDirection.GIVEN, LocalDate.of(2026, 10, 5), "Recommended her to a lawyer"),
            new Exchange("c1", ExchangeDirection.RECEIVED, LocalDate.of(2026, 10, 9), "Bought me coffee"),
            new Exchange("c1", ExchangeDirection.RECEIVED, LocalDate.of(2026, 10, 9), "Bought me coffee"),
            new Exchange("c2", ExchangeDirection.RECEIVED, null, null));

    static JournalSnapshot sample() {
        List<Contact> people = List.of(
                Contact.builder("Anna Schmidt").id("c1").build(),
                Contact.builder("Ben Müller").id("c2").build(),
                Contact.builder("Chioma Okafor").id("c3").build());
        Encounter atEvent = new Encounter("x1", START.plusHours(1), EncounterKind.EVENT, "Talked shop", null, "e1",
                List.of("c1"), null, 4, List.of());
        return new JournalSnapshot(people, List.of(Tie.of("c1", "c2")), List.of(atEvent), List.of(STAMMTISCH),
                List.of(INTRO), LEDGER);
    }

    @BeforeEach
    void open() {
        journal = TestJournals.open(dir);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void eventsIntroductionsAndTheLedgerAreStoredWithEveryField() {
        journal.importSnapshot(sample());
        JournalSnapshot back = journal.snapshot();
        assertEquals(List.of(STAMMTISCH), back.events());
        assertEquals(List.of(INTRO), back.introductions());
        assertEquals(LEDGER.stream().sorted(java.util.Comparator.comparing(Exchange::date,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).toList(), back.exchanges());
        assertEquals("e1", back.encounters().getFirst().eventId());
        assertEquals(List.of(), journal.integrityProblems());
    }

    @Test
    void importingTheSameFileAgainReplacesInsteadOfDoubling() {
        journal.importSnapshot(sample());
        Event renamed = new Event("e1", "Stammtisch, moved", STAMMTISCH.series(), START, null, "Essen", null,
                List.of("c3"), List.of(), null);
        JournalSnapshot again = sample();
        journal.importSnapshot(new JournalSnapshot(again.contacts(), again.ties(), again.encounters(),
                List.of(renamed), List.of(new Introduction("i1", "c3", "c1", IntroductionStatus.MET, INTRO.createdAt(),
                INTRO.reason(), "They work together.")), again.exchanges()));
        JournalSnapshot back = journal.snapshot();
        assertEquals(List.of(renamed), back.events());
        assertEquals(IntroductionStatus.MET, back.introductions().getFirst().status());
        assertEquals("They work together.", back.introductions().getFirst().outcome());
        // Both coffees of the file are kept, but none is added a second time.
        assertEquals(4, back.exchanges().size());
    }

    @Test
    void aContactInTheTrashLeavesEventsIntroductionsAndTheLedgerUntilRestored() {
        journal.importSnapshot(sample());
        journal.trashContact("c2");
        JournalSnapshot hidden = journal.snapshot();
        Event event = hidden.events().getFirst();
        assertEquals(List.of("c1"), event.attendees());
        assertEquals(null, event.sessions().getFirst().speaker());
        assertEquals(3, hidden.exchanges().size());
        journal.trashContact("c3");
        assertEquals(List.of(), journal.snapshot().introductions());

        journal.restoreContact("c2");
        journal.restoreContact("c3");
        assertEquals(sample().events(), journal.snapshot().events());
        assertEquals(List.of(INTRO), journal.snapshot().introductions());
    }

    @Test
    void anIntroductionOfSomeoneUnknownStoresNothingAtAll() {
        JournalSnapshot s = sample();
        JournalSnapshot broken = new JournalSnapshot(s.contacts(), s.ties(), s.encounters(), s.events(),
                List.of(new Introduction("i9", "c1", "nobody", IntroductionStatus.PLANNED, null, null, null)),
                s.exchanges());
        assertThrows(ValidationException.class, () -> journal.importSnapshot(broken));
        assertEquals(JournalSnapshot.empty(), journal.snapshot());
    }

    @Test
    void anEncounterAtAnEventInTheTrashDoesNotPointAtIt() throws Exception {
        journal.importSnapshot(sample());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal.file());
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE event SET deleted_at = '2026-12-04T00:00:00Z'");
        }
        JournalSnapshot back = journal.snapshot();
        assertEquals(List.of(), back.events());
        assertEquals(null, back.encounters().getFirst().eventId());
    }

    @Test
    void theCheckFindsBrokenRulesThatSqliteCannotSee() throws Exception {
        journal.importSnapshot(sample());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal.file());
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE encounter SET event_id = 'e404'");
            s.executeUpdate("INSERT INTO contact_tag (contact_pk, kind, position, tag, normalized)"
                    + " SELECT pk, 'interest', 0, 'Circular  Economy', 'Circular Economy' FROM contact WHERE id = 'c1'");
            s.executeUpdate("DELETE FROM contact_search WHERE rowid = (SELECT pk FROM contact WHERE id = 'c3')");
            s.executeUpdate("UPDATE contact SET birthday = '1990-13-01' WHERE id = 'c2'");
        }
        List<String> problems = journal.integrityProblems();
        assertTrue(problems.contains("encounter x1 refers to event e404, which does not exist"), problems.toString());
        assertTrue(problems.contains("interest \"Circular  Economy\" of contact c1 is indexed as \"Circular Economy\""
                + " instead of \"circular economy\""), problems.toString());
        assertTrue(problems.contains("contact c3 is missing from the search index"), problems.toString());
        assertTrue(problems.contains("birthday of contact c2 cannot be read: \"1990-13-01\""), problems.toString());
        assertEquals(4, problems.size(), problems.toString());
    }
}
