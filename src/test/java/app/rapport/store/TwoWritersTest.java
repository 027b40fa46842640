package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.ChangedMeanwhileException;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalBusyException;
import app.rapport.journal.RecordFields;
import app.rapport.journal.ThreeWayMerge;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two programs writing one journal file: the window and an import on the command line. */
class TwoWritersTest {

    @TempDir
    Path dir;
    SqliteJournal journal;
    Contact anna;

    @BeforeEach
    void open() {
        journal = TestJournals.open(dir);
        anna = journal.saveContact(Contact.builder("Anna Schmidt").city("Köln").notes("Met at the barcamp.")
                .phones(List.of("+49 221 1111")).build());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    /** What an import on the command line does meanwhile: another journal on the same file changes the record. */
    private void elsewhere(java.util.function.Consumer<SqliteJournal> change) {
        try (SqliteJournal other = TestJournals.open(dir)) {
            change.accept(other);
        }
    }

    @Test
    void aContactChangedElsewhereAfterTheEditorLoadedItIsNotOverwritten() {
        Contact loaded = journal.contact(anna.id()).orElseThrow();
        elsewhere(other -> other.saveContact(loaded.toBuilder().notes("Met at the barcamp.\nNew job at Stadtwerke.")
                .phones(List.of("+49 221 2222")).build()));

        Contact mine = loaded.toBuilder().city("Bonn").build();
        ChangedMeanwhileException refused = assertThrows(ChangedMeanwhileException.class,
                () -> journal.saveContact(mine, loaded));
        Contact theirs = refused.current(RecordFields.CONTACT);
        assertEquals(List.of("+49 221 2222"), theirs.phones(), "the refusal carries the stored contact");
        Contact stored = journal.contact(anna.id()).orElseThrow();
        assertEquals("Köln", stored.city(), "nothing was saved");
        assertEquals(List.of("+49 221 2222"), stored.phones());

        // Merging keeps both: the user's city and the other program's notes and phone.
        journal.saveContact(ThreeWayMerge.merge(RecordFields.CONTACT, loaded, mine, theirs), theirs);
        Contact merged = journal.contact(anna.id()).orElseThrow();
        assertEquals("Bonn", merged.city());
        assertEquals("Met at the barcamp.\nNew job at Stadtwerke.", merged.notes());
        assertEquals(List.of("+49 221 2222"), merged.phones());
    }

    @Test
    void anotherProgramsCommitMovesTheOutsideChangesAndRenewsTheKeptSnapshotButOwnWritesDoNot() {
        assertEquals(1, journal.snapshot().contacts().size());
        long before = journal.outsideChanges();
        assertEquals(0, before, "nothing from outside since the journal was opened");
        journal.saveContact(Contact.builder("Jürgen Müller").build());
        assertEquals(before, journal.outsideChanges(), "our own write is no outside change");
        assertEquals(2, journal.snapshot().contacts().size());

        elsewhere(other -> other.saveContact(Contact.builder("Lena Hoffmann").build()));

        assertTrue(journal.outsideChanges() != before, "another program's write is");
        assertEquals(3, journal.snapshot().contacts().size(), "the kept snapshot is not served after it");
    }

    @Test
    void aContactNobodyElseChangedIsSavedAsEdited() {
        Contact loaded = journal.contact(anna.id()).orElseThrow();
        journal.saveContact(loaded.toBuilder().city("Bonn").build(), loaded);
        assertEquals("Bonn", journal.contact(anna.id()).orElseThrow().city());
    }

    @Test
    void aContactDeletedElsewhereIsReportedAsGone() {
        Contact loaded = journal.contact(anna.id()).orElseThrow();
        elsewhere(other -> {
            other.trashContact(anna.id());
            other.emptyTrash();
        });
        ChangedMeanwhileException refused = assertThrows(ChangedMeanwhileException.class,
                () -> journal.saveContact(loaded.toBuilder().city("Bonn").build(), loaded));
        assertTrue(refused.deleted());
    }

    @Test
    void encountersEventsAndIntroductionsChangedElsewhereAreNotOverwrittenEither() {
        Contact juergen = journal.saveContact(Contact.builder("Jürgen Müller").build());
        Encounter lunch = journal.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-01-15T12:30:00+01:00"),
                EncounterKind.MEAL, "Lunch", "Köln", null, List.of(anna.id(), juergen.id()), "Seed funding.", 4,
                List.of()));
        Event barcamp = journal.saveEvent(new Event(null, "Barcamp", null,
                OffsetDateTime.parse("2026-03-07T09:00:00+01:00"), null, "Köln", null, List.of(anna.id()), List.of(),
                null));
        Introduction intro = journal.saveIntroduction(new Introduction(null, anna.id(), juergen.id(),
                IntroductionStatus.SUGGESTED, java.time.Instant.parse("2026-01-02T10:00:00Z"), "energy", null)
                .reached(IntroductionStatus.PLANNED, LocalDate.of(2026, 1, 5)));

        elsewhere(other -> {
            other.saveEncounter(new Encounter(lunch.id(), lunch.date(), lunch.kind(), lunch.title(), lunch.place(),
                    null, lunch.participants(), "Seed funding. Call back in May.", 4, List.of()));
            other.saveEvent(new Event(barcamp.id(), barcamp.name(), null, barcamp.start(), null, "Bonn", null,
                    barcamp.attendees(), List.of(), null));
            other.saveIntroduction(intro.withOutcome(true, "They meet for lunch.", LocalDate.of(2026, 1, 20)));
        });

        assertThrows(ChangedMeanwhileException.class, () -> journal.saveEncounter(new Encounter(lunch.id(),
                lunch.date(), lunch.kind(), "Lunch at Früh", lunch.place(), null, lunch.participants(), lunch.notes(),
                5, List.of()), lunch));
        assertThrows(ChangedMeanwhileException.class, () -> journal.saveEvent(new Event(barcamp.id(), "Barcamp Köln",
                null, barcamp.start(), null, barcamp.place(), null, barcamp.attendees(), List.of(), null), barcamp));
        assertThrows(ChangedMeanwhileException.class, () -> journal.saveIntroduction(
                intro.reached(IntroductionStatus.ASKED_A, LocalDate.of(2026, 1, 6)), intro));

        assertEquals("Seed funding. Call back in May.", journal.encounter(lunch.id()).orElseThrow().notes());
        assertEquals("Bonn", journal.event(barcamp.id()).orElseThrow().place());
        assertEquals("They meet for lunch.", journal.introductions().getFirst().outcome());
    }

    @Test
    void anEncounterShownWithoutAPersonInTheTrashIsNoChangeMeanwhile() {
        Contact juergen = journal.saveContact(Contact.builder("Jürgen Müller").build());
        journal.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-01-15T12:30:00+01:00"),
                EncounterKind.MEAL, "Lunch", "Köln", null, List.of(anna.id(), juergen.id()), null, null, List.of()));
        journal.trashContact(juergen.id());
        Encounter listed = journal.encounters(EncounterFilter.all()).getFirst();

        journal.saveEncounter(new Encounter(listed.id(), listed.date(), listed.kind(), "Lunch at Früh",
                listed.place(), listed.eventId(), listed.participants(), null, null, List.of()), listed);
        assertEquals("Lunch at Früh", journal.encounter(listed.id()).orElseThrow().title());
    }

    /** Another connection to the file that takes the write lock and keeps it for {@code holdMillis}. */
    private CompletableFuture<Void> holdWriteLock(long holdMillis) throws Exception {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + journal.file());
        Statement s = other.createStatement();
        s.execute("BEGIN IMMEDIATE");
        s.executeUpdate("UPDATE contact SET notes = 'written by the other program'");
        return CompletableFuture.runAsync(() -> {
            try (other; s) {
                Thread.sleep(holdMillis);
                s.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aSaveWaitsForAnotherProgramsThreeSecondLockAndThenSucceeds() throws Exception {
        CompletableFuture<Void> other = holdWriteLock(3000);
        long start = System.nanoTime();
        Contact lena = journal.saveContact(Contact.builder("Lena Hoffmann").city("Bonn").build());
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        other.get(10, TimeUnit.SECONDS);

        assertTrue(waited >= 2000, "the save waited for the lock (" + waited + " ms)");
        assertEquals("Bonn", journal.contact(lena.id()).orElseThrow().city());
        assertEquals(2, journal.contacts(ContactFilter.all()).size());
        assertEquals("written by the other program",
                journal.contacts(ContactFilter.all()).stream().filter(c -> c.name().equals("Anna Schmidt"))
                        .findFirst().flatMap(c -> journal.contact(c.id())).orElseThrow().notes(),
                "the other program's change is kept");
    }

    @Test
    void aLockHeldLongerThanTheBusyTimeoutIsReportedAsBusyAndNothingIsHalfWritten() throws Exception {
        journal.busyTimeout(Duration.ofMillis(300));
        CompletableFuture<Void> other = holdWriteLock(2000);
        JournalBusyException busy = assertThrows(JournalBusyException.class,
                () -> journal.saveContact(Contact.builder("Lena Hoffmann").build()));
        assertTrue(busy.getMessage().contains(journal.file().toString()), busy.getMessage());
        other.get(10, TimeUnit.SECONDS);

        assertEquals(1, journal.contacts(ContactFilter.all()).size(), "Lena was not stored");
        // Once the other program is done, the same save goes through.
        journal.saveContact(Contact.builder("Lena Hoffmann").build());
        assertEquals(2, journal.contacts(ContactFilter.all()).size());
    }
}
