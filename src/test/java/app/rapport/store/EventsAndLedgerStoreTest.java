package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.Session;
import app.rapport.journal.TrashItem;
import app.rapport.journal.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events and the give-and-take ledger, one at a time as the screens change them. */
class EventsAndLedgerStoreTest {

    static final OffsetDateTime START = OffsetDateTime.parse("2026-12-03T18:30:00+01:00");

    @TempDir
    Path dir;
    SqliteJournal journal;
    Contact anna;
    Contact ben;

    @BeforeEach
    void open() {
        journal = TestJournals.open(dir);
        anna = journal.saveContact(Contact.builder("Anna Schmidt").build());
        ben = journal.saveContact(Contact.builder("Ben Müller").build());
    }

    @AfterEach
    void close() {
        assertEquals(List.of(), journal.integrityProblems());
        journal.close();
    }

    Event stammtisch() {
        return new Event(null, "Stammtisch #12", "Social Media Stammtisch Ruhr", START, START.plusHours(3), "Dortmund",
                "Community", List.of(ben.id(), anna.id()),
                List.of(new Session(START.plusMinutes(30), START.plusMinutes(60), "Dialogue", ben.id())),
                "Goal: meet two agency people.");
    }

    @Test
    void anEventIsSavedWithAnIdAndReadBackWhole() {
        Event saved = journal.saveEvent(stammtisch());
        assertTrue(saved.id() != null && !saved.id().isBlank());
        assertEquals(saved, journal.event(saved.id()).orElseThrow());

        Event later = journal.saveEvent(new Event(null, "Barcamp", null, START.plusDays(30), null, null, null,
                List.of(), List.of(), null));
        Event undated = journal.saveEvent(new Event(null, "Someday", null, null, null, null, null, List.of(), List.of(), null));
        assertEquals(List.of(saved.id(), later.id(), undated.id()), journal.events().stream().map(Event::id).toList(),
                "by start, undated last");

        Event moved = journal.saveEvent(new Event(saved.id(), "Stammtisch #12", saved.series(), START.plusDays(1),
                null, "Essen", null, List.of(anna.id()), List.of(), null));
        assertEquals("Essen", journal.event(saved.id()).orElseThrow().place());
        assertEquals(List.of(anna.id()), journal.event(saved.id()).orElseThrow().attendees());
        assertEquals(moved, journal.event(saved.id()).orElseThrow());
    }

    @Test
    void attendeesMustBeContacts() {
        Event e = new Event(null, "X", null, START, null, null, null, List.of("nobody"), List.of(), null);
        assertThrows(ValidationException.class, () -> journal.saveEvent(e));
        assertEquals(List.of(), journal.events());
    }

    @Test
    void aTrashedEventCanBeRestoredAndEmptyingTheTrashUnlinksItsEncounters() {
        Event saved = journal.saveEvent(stammtisch());
        Encounter there = journal.saveEncounter(new Encounter(null, START.plusHours(1), EncounterKind.EVENT, "Chat",
                null, saved.id(), List.of(anna.id()), null, 4, List.of()));
        journal.trashEvent(saved.id());
        assertTrue(journal.event(saved.id()).isEmpty());
        assertEquals(List.of(TrashItem.Kind.EVENT), journal.trash().stream().map(TrashItem::kind).toList());
        assertEquals("Stammtisch #12", journal.trash().getFirst().label());
        assertEquals(java.time.LocalDate.of(2026, 12, 3), journal.trash().getFirst().date());

        journal.restoreEvent(saved.id());
        assertEquals(saved.id(), journal.event(saved.id()).orElseThrow().id());

        journal.trashEvent(saved.id());
        journal.emptyTrash();
        assertTrue(journal.trash().isEmpty());
        assertNull(journal.encounter(there.id()).orElseThrow().eventId(), "the encounter stays, without the link");
    }

    @Test
    void theLedgerIsNewestFirstAndEntriesCanBeEditedAndRemoved() {
        Exchange lawyer = new Exchange(anna.id(), ExchangeDirection.GIVEN, LocalDate.of(2026, 10, 5), "Recommended a lawyer");
        Exchange coffee = new Exchange(anna.id(), ExchangeDirection.RECEIVED, LocalDate.of(2026, 10, 9), "Coffee");
        Exchange undated = new Exchange(anna.id(), ExchangeDirection.RECEIVED, null, "Book tip");
        journal.saveExchange(lawyer);
        journal.saveExchange(undated);
        journal.saveExchange(coffee);
        journal.saveExchange(coffee); // twice that day: both kept
        journal.saveExchange(new Exchange(ben.id(), ExchangeDirection.GIVEN, LocalDate.of(2026, 1, 1), "Intro"));

        assertEquals(List.of(coffee, coffee, lawyer, undated), journal.exchangesOf(anna.id()));

        Exchange dinner = new Exchange(anna.id(), ExchangeDirection.RECEIVED, LocalDate.of(2026, 10, 9), "Dinner");
        journal.replaceExchange(coffee, dinner);
        assertEquals(List.of(dinner, coffee, lawyer, undated), journal.exchangesOf(anna.id()),
                "one of the two equal entries was replaced");

        journal.removeExchange(undated);
        assertEquals(3, journal.exchangesOf(anna.id()).size());
        assertThrows(StoreException.class, () -> journal.removeExchange(undated));
        assertEquals(1, journal.exchangesOf(ben.id()).size());
    }
}
