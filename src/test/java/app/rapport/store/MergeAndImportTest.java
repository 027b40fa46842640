package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Session;
import java.time.Instant;
import java.time.LocalDate;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Photo;
import app.rapport.journal.Progress;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeAndImportTest {

    @TempDir
    Path dir;
    SqliteJournal journal;

    @BeforeEach
    void open() {
        journal = TestJournals.open(dir);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private static Encounter meeting(String id, int day, String... participants) {
        return new Encounter(id, OffsetDateTime.of(2026, 3, day, 12, 0, 0, 0, ZoneOffset.UTC), EncounterKind.MEETING,
                "Lunch " + id, null, null, List.of(participants), null, null, List.of());
    }

    /** Two records of Anna (one from an import) and the people around them. */
    private void annaTwice() {
        journal.importSnapshot(new JournalSnapshot(List.of(
                Contact.builder("Anna Schmidt").id("a1").organization("Kreislauf GmbH").emails(List.of("anna@kreislauf.de"))
                        .interests(List.of("circular economy")).notes("Founder.").build(),
                Contact.builder("Anna Schmidt").id("a2").role("CEO").emails(List.of("anna.schmidt@gmail.com"))
                        .phones(List.of("+49 221 555 0101")).birthday(Birthday.of(1985, 4, 12))
                        .interests(List.of("Circular Economy", "wordpress")).notes("Met at the barcamp.").build(),
                Contact.builder("Ben Weber").id("b").build(),
                Contact.builder("Clara Klein").id("c").build(),
                Contact.builder("David Wolf").id("d").build()),
                List.of(new Tie("a1", "b", 2, "school"), new Tie("a2", "b", 4, "work"), new Tie("a2", "c", 3, null),
                        new Tie("a1", "a2", null, null)),
                List.of(meeting("x1", 1, "a1", "d"), meeting("x2", 2, "a2", "c"), meeting("x3", 3, "d", "a2", "a1")),
                List.of(new Event("e1", "Barcamp", null, OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC), null,
                        null, null, List.of("a2", "b", "a1"), List.of(new Session(null, null, "Keynote", "a2")), null)),
                List.of(new Introduction("i1", "a2", "b", IntroductionStatus.PLANNED,
                                Instant.parse("2026-05-02T10:00:00Z"), "both into WordPress", null),
                        new Introduction("i2", "a1", "a2", IntroductionStatus.SUGGESTED,
                                Instant.parse("2026-05-03T10:00:00Z"), null, null)),
                List.of(new Exchange("a2", ExchangeDirection.GIVEN, LocalDate.of(2026, 5, 4), "Recommended a lawyer"))));
    }

    /** Contacts of the same name are listed in storage order, which an undo may change. */
    private static JournalSnapshot byId(JournalSnapshot s) {
        List<Contact> contacts = new ArrayList<>(s.contacts());
        contacts.sort(java.util.Comparator.comparing(Contact::id));
        return new JournalSnapshot(contacts, s.ties(), s.encounters(), s.events(), s.introductions(), s.exchanges());
    }

    @Test
    void mergeKeepsEverythingOfBothAndUndoRestoresBothExactly() {
        annaTwice();
        JournalSnapshot before = journal.snapshot();

        Journal.Merge merge = journal.mergeContacts("a1", "a2");

        Contact anna = journal.contact("a1").orElseThrow();
        assertTrue(journal.contact("a2").isEmpty());
        assertEquals("Kreislauf GmbH", anna.organization());
        assertEquals("CEO", anna.role());
        assertEquals(List.of("anna@kreislauf.de", "anna.schmidt@gmail.com"), anna.emails());
        assertEquals(List.of("+49 221 555 0101"), anna.phones());
        assertEquals(Birthday.of(1985, 4, 12), anna.birthday());
        assertEquals(List.of("circular economy", "wordpress"), anna.interests());
        assertEquals("Founder.\n\nMet at the barcamp.", anna.notes());
        // Every encounter of both, each once; no tie of Anna to herself; Ben's ties combined.
        assertEquals(List.of("x3", "x2", "x1"),
                journal.encounters(EncounterFilter.all().withContact("a1")).stream().map(Encounter::id).toList());
        assertEquals(List.of("d", "a1"), journal.encounter("x3").orElseThrow().participants());
        List<Tie> ties = journal.tiesOf("a1");
        assertEquals(2, ties.size());
        Tie withBen = ties.stream().filter(t -> t.involves("b")).findFirst().orElseThrow();
        assertEquals(4, withBen.strength());
        assertEquals("school\nwork", withBen.note());
        assertEquals(1, journal.contacts(ContactFilter.all().withText("barcamp")).size(), "search finds the merged notes");
        assertEquals(List.of(merge), journal.merges());
        JournalSnapshot merged = journal.snapshot();
        Event barcamp = merged.events().getFirst();
        assertEquals(List.of("b", "a1"), barcamp.attendees(), "Anna attends once");
        assertEquals("a1", barcamp.sessions().getFirst().speaker());
        assertEquals(List.of("i1"), merged.introductions().stream().map(Introduction::id).toList(),
                "an introduction of Anna to herself goes");
        assertEquals("a1", merged.introductions().getFirst().a());
        assertEquals("a1", merged.exchanges().getFirst().contact());
        assertTrue(Backups.list(dir).stream().anyMatch(b -> b.kind() == Backups.Kind.BEFORE_MERGE));

        journal.undoMerge(merge.id());

        assertEquals(byId(before), byId(journal.snapshot()));
        assertTrue(journal.merges().isEmpty());
        assertEquals(List.of("x3", "x2"),
                journal.encounters(EncounterFilter.all().withContact("a2")).stream().map(Encounter::id).toList());
        assertEquals(1, journal.contacts(ContactFilter.all().withText("barcamp")).size());
        assertTrue(journal.integrityProblems().isEmpty(), journal.integrityProblems().toString());
        assertThrows(StoreException.class, () -> journal.undoMerge(merge.id()));
    }

    @Test
    void aMergeBuiltOnByALaterMergeIsUndoneLastFirst() {
        annaTwice();
        JournalSnapshot before = journal.snapshot();
        Journal.Merge first = journal.mergeContacts("a2", "a1");
        Journal.Merge second = journal.mergeContacts("b", "a2");
        assertThrows(StoreException.class, () -> journal.undoMerge(first.id()));
        journal.undoMerge(second.id());
        journal.undoMerge(first.id());
        assertEquals(byId(before), byId(journal.snapshot()));
    }

    @Test
    void photosAreStoredAndMergedAndSurviveUndo() {
        Photo photo = new Photo("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Contact a = journal.saveContact(Contact.builder("Anna").build());
        Contact b = journal.saveContact(Contact.builder("Anna S.").photo(photo).build());
        assertEquals(photo, journal.contact(b.id()).orElseThrow().photo());
        Journal.Merge m = journal.mergeContacts(a.id(), b.id());
        assertEquals(photo, journal.contact(a.id()).orElseThrow().photo());
        journal.undoMerge(m.id());
        assertEquals(null, journal.contact(a.id()).orElseThrow().photo());
        assertEquals(photo, journal.contact(b.id()).orElseThrow().photo());
        journal.saveContact(journal.contact(b.id()).orElseThrow().toBuilder().photo(null).build());
        assertEquals(null, journal.contact(b.id()).orElseThrow().photo());
    }

    @Test
    void importAddsAndUpdatesInOneTransactionAfterABackup() {
        Contact existing = journal.saveContact(Contact.builder("Anna Schmidt").build());
        List<Contact> batch = List.of(
                existing.toBuilder().emails(List.of("anna@example.org")).build(),
                Contact.builder("Ben Weber").build());
        journal.importContacts(batch, Progress.NONE);
        assertEquals(2, journal.stats().contacts());
        assertEquals(List.of("anna@example.org"), journal.contact(existing.id()).orElseThrow().emails());
        assertEquals(1, Backups.list(dir).stream().filter(b -> b.kind() == Backups.Kind.BEFORE_IMPORT).count());
    }

    @Test
    void anInvalidContactOrCancellationLeavesNothingWritten() {
        List<Contact> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(Contact.builder("Person " + i).build());
        }
        List<Contact> withBad = new ArrayList<>(batch);
        withBad.add(Contact.builder("Broken").emails(List.of("not an address")).build());
        ValidationException e = assertThrows(ValidationException.class, () -> journal.importContacts(withBad, Progress.NONE));
        assertEquals("contacts[1000].emails", e.problems().getFirst().field());
        assertEquals(0, journal.stats().contacts());

        // Cancel half-way through saving: the transaction is rolled back.
        Progress cancelHalfWay = new Progress() {
            long seen;

            @Override
            public void update(String step, long done, long total) {
                seen = done;
            }

            @Override
            public boolean cancelled() {
                return seen >= 600;
            }
        };
        assertThrows(CancellationException.class, () -> journal.importContacts(batch, cancelHalfWay));
        assertEquals(0, journal.stats().contacts());
        assertNotNull(journal.snapshot());
        assertTrue(journal.integrityProblems().isEmpty());
    }
}
