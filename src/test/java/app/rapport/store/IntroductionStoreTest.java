package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 5: the steps, drafts and dismissals of introductions, on a real SQLite file. */
class IntroductionStoreTest {

    @TempDir
    Path dir;

    static final LocalDate DAY = LocalDate.of(2026, 10, 2);

    @Test
    void aPlannedIntroductionKeepsItsStepsDraftsAndOutcomeAcrossReopening() {
        String id;
        String anna;
        String ben;
        try (SqliteJournal j = TestJournals.open(dir)) {
            anna = j.saveContact(Contact.builder("Anna Schmidt").build()).id();
            ben = j.saveContact(Contact.builder("Ben Müller").build()).id();
            Introduction planned = new Introduction(null, anna, ben, IntroductionStatus.SUGGESTED,
                    Instant.parse("2026-10-02T09:00:00Z"), "Anna seeks funding; Ben invests.", null)
                    .reached(IntroductionStatus.PLANNED, DAY)
                    .withDrafts(new Introduction.Drafts("de", "Hallo Anna", "Hallo Ben", "Anna, darf ich vorstellen: Ben"));
            Introduction saved = j.saveIntroduction(planned);
            id = saved.id();
            assertNotNull(id);
            j.saveIntroduction(saved.reached(IntroductionStatus.ASKED_A, DAY.plusDays(1))
                    .reached(IntroductionStatus.ASKED_B, DAY.plusDays(3))
                    .withOutcome(true, "They share an office now", DAY.plusDays(40)));
        }
        try (SqliteJournal j = TestJournals.open(dir)) {
            Introduction back = j.introductions().getFirst();
            assertEquals(id, back.id());
            assertEquals(IntroductionStatus.WORKING_TOGETHER, back.status());
            assertEquals("They share an office now", back.outcome());
            assertEquals(Map.of(IntroductionStatus.PLANNED, DAY, IntroductionStatus.ASKED_A, DAY.plusDays(1),
                    IntroductionStatus.ASKED_B, DAY.plusDays(3), IntroductionStatus.WORKING_TOGETHER, DAY.plusDays(40)),
                    back.steps());
            assertEquals(new Introduction.Drafts("de", "Hallo Anna", "Hallo Ben", "Anna, darf ich vorstellen: Ben"),
                    back.drafts());
            assertEquals(List.of(back), j.introductionsOf(ben));
            assertEquals(List.of(back), j.snapshot().introductions(), "export sees the same");
        }
    }

    @Test
    void introductionsOfAContactAreOnlyTheirs() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            String a = j.saveContact(Contact.builder("A").build()).id();
            String b = j.saveContact(Contact.builder("B").build()).id();
            String c = j.saveContact(Contact.builder("C").build()).id();
            Introduction ab = j.saveIntroduction(new Introduction(null, a, b, IntroductionStatus.PLANNED, null, null, null));
            Introduction bc = j.saveIntroduction(new Introduction(null, c, b, IntroductionStatus.MET, null, null, null));
            assertEquals(List.of(ab), j.introductionsOf(a));
            assertEquals(List.of(ab, bc), j.introductionsOf(b));
            assertEquals(List.of(bc), j.introductionsOf(c));
            assertEquals(List.of(), j.introductionsOf("nobody"));
            j.trashContact(c);
            assertEquals(List.of(ab), j.introductionsOf(b), "an introduction of someone in the trash is not shown");
            j.restoreContact(c);
            assertEquals(2, j.introductions().size());
        }
    }

    @Test
    void dismissingAPairAgainUpdatesTheOneDismissalAndUndoRemovesIt() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            String a = j.saveContact(Contact.builder("A").build()).id();
            String b = j.saveContact(Contact.builder("B").build()).id();
            Introduction first = j.saveIntroduction(Introduction.dismissal(a, b, Instant.now(), "why", "f1"));
            Introduction again = j.saveIntroduction(Introduction.dismissal(b, a, Instant.now(), "why", "f2"));
            assertEquals(first.id(), again.id(), "the same pair in the other order is the same dismissal");
            assertEquals(1, j.introductions().size());
            assertEquals("f2", j.introductions().getFirst().dismissalFingerprint());

            j.removeIntroduction(again.id());
            assertEquals(List.of(), j.introductions());
            j.removeIntroduction("unknown"); // nothing happens
        }
    }

    @Test
    void anIntroductionOfSomeoneUnknownIsRefused() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            String a = j.saveContact(Contact.builder("A").build()).id();
            assertThrows(ValidationException.class, () ->
                    j.saveIntroduction(new Introduction(null, a, "ghost", IntroductionStatus.PLANNED, null, null, null)));
            assertEquals(List.of(), j.introductions());
        }
    }

    @Test
    void correctingAStepBackForgetsTheLaterDays() {
        Introduction i = new Introduction("i", "a", "b", IntroductionStatus.SUGGESTED, null, null, null)
                .reached(IntroductionStatus.PLANNED, DAY)
                .reached(IntroductionStatus.ASKED_A, DAY.plusDays(1))
                .reached(IntroductionStatus.ASKED_B, DAY.plusDays(2))
                .reached(IntroductionStatus.ASKED_A, DAY.plusDays(5));
        assertEquals(IntroductionStatus.ASKED_A, i.status());
        assertEquals(Map.of(IntroductionStatus.PLANNED, DAY, IntroductionStatus.ASKED_A, DAY.plusDays(5)), i.steps());
        assertNull(i.reachedOn(IntroductionStatus.ASKED_B));
    }

    /** Merging two records of one person drops an introduction between them; undoing brings it back whole. */
    @Test
    void undoingAMergeBringsBackTheStepsAndDraftsOfAnIntroduction() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            String a = j.saveContact(Contact.builder("Anna Schmidt").build()).id();
            String a2 = j.saveContact(Contact.builder("Anna Schmidt").emails(List.of("anna@example.org")).build()).id();
            Introduction planned = j.saveIntroduction(new Introduction(null, a, a2, IntroductionStatus.SUGGESTED,
                    null, null, null).reached(IntroductionStatus.ASKED_A, DAY)
                    .withDrafts(new Introduction.Drafts("en", "to a", "to b", "both")));
            var merge = j.mergeContacts(a, a2);
            assertEquals(List.of(), j.introductions());
            j.undoMerge(merge.id());
            assertEquals(List.of(planned), j.introductions());
        }
    }

    @Test
    void checkNamesAnUnreadableStepDay() throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
            String a = j.saveContact(Contact.builder("A").build()).id();
            String b = j.saveContact(Contact.builder("B").build()).id();
            j.saveIntroduction(new Introduction("i1", a, b, IntroductionStatus.SUGGESTED, null, null, null)
                    .reached(IntroductionStatus.PLANNED, DAY));
            assertEquals(List.of(), j.integrityProblems());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.sqlite"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE introduction SET met_on = 'someday'");
        }
        try (SqliteJournal j = TestJournals.open(dir)) {
            assertEquals(List.of("day of step met of introduction i1 cannot be read: \"someday\""), j.integrityProblems());
        }
    }

    /** A journal written by the version before (schema 4) keeps its introductions and gains the new fields. */
    @Test
    void aVersionFourJournalIsUpgraded() throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("journal.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            Migrations.migrate(c, 4);
            for (String id : List.of("c1", "c2")) {
                s.executeUpdate("INSERT INTO contact (id, name, sort_key, created_at, updated_at) VALUES ('" + id
                        + "', 'Person " + id + "', 'person " + id + "', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            }
            s.executeUpdate("INSERT INTO introduction (id, a_pk, b_pk, status, created_at, reason, outcome)"
                    + " SELECT 'i1', a.pk, b.pk, 'introduced', '2026-10-02T09:00:00Z', 'why', NULL"
                    + " FROM contact a, contact b WHERE a.id = 'c1' AND b.id = 'c2'");
        }
        try (SqliteJournal j = TestJournals.open(dir)) {
            Introduction i = j.introductions().getFirst();
            assertEquals(IntroductionStatus.INTRODUCED, i.status());
            assertEquals("why", i.reason());
            assertTrue(i.steps().isEmpty());
            assertNull(i.drafts());
            j.saveIntroduction(i.reached(IntroductionStatus.MET, DAY));
            assertEquals(DAY, j.introductions().getFirst().reachedOn(IntroductionStatus.MET));
        }
    }
}
