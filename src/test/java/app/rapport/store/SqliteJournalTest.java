package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import app.rapport.journal.TrashItem;
import app.rapport.journal.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteJournalTest {

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

    private Contact save(String name, String... interests) {
        return journal.saveContact(Contact.builder(name).interests(List.of(interests)).build());
    }

    private static List<String> names(List<ContactSummary> list) {
        return list.stream().map(ContactSummary::name).toList();
    }

    @Test
    void newJournalIsPrivateWalWithForeignKeys() throws Exception {
        Path file = dir.resolve("journal.sqlite");
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
        Contact a = save("Anna");
        // Foreign keys are enforced: a tie to a contact that does not exist is refused.
        assertThrows(ValidationException.class, () -> journal.saveTie(Tie.of(a.id(), "nobody")));
    }

    @Test
    void contactRoundTripsEveryField() {
        Contact saved = journal.saveContact(Contact.builder("  Anna Schmidt ")
                .organization("Kreislauf GmbH").role("Founder").city("Köln")
                .emails(List.of("anna@example.org", " a.schmidt@example.com ")).phones(List.of("+49 221 555 0101"))
                .links(List.of("https://example.org/anna")).birthday(Birthday.of(4, 12))
                .howWeMet("WordPress meetup, 2025").notes("Building a marketplace.")
                .interests(List.of("Circular Economy", "wordpress", "circular-economy"))
                .offers(List.of("marketplace design")).seeks(List.of("seed funding"))
                .keepInTouchDays(90).doNotIntroduce(true).archived(false).build());
        Contact loaded = journal.contact(saved.id()).orElseThrow();
        assertEquals("Anna Schmidt", loaded.name());
        assertEquals(List.of("anna@example.org", "a.schmidt@example.com"), loaded.emails());
        assertEquals(List.of("+49 221 555 0101"), loaded.phones());
        assertEquals("--04-12", loaded.birthday().toString());
        // Tags that normalise alike are one tag, in the spelling written first.
        assertEquals(List.of("Circular Economy", "wordpress"), loaded.interests());
        assertEquals(List.of("seed funding"), loaded.seeks());
        assertEquals(90, loaded.keepInTouchDays());
        assertTrue(loaded.doNotIntroduce());
        assertEquals(saved.createdAt(), loaded.createdAt());
    }

    @Test
    void invalidContactIsNeverSaved() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> journal.saveContact(Contact.builder(" ").emails(List.of("not-an-address")).build()));
        assertEquals(List.of("name", "emails"), e.problems().stream().map(ValidationException.Problem::field).toList());
        assertEquals(0, journal.stats().contacts());
    }

    @Test
    void searchFoldsUmlautsAndTranscriptionsAndMatchesPrefixes() {
        save("Jürgen Müller");
        journal.saveContact(Contact.builder("Eva Becker").city("Koeln").build());
        journal.saveContact(Contact.builder("Otto Brandt").city("Köln").build());
        save("Mila Roth", "Müsli");
        for (String query : List.of("muller", "Müller", "mueller", "MUELL", "jurg", "juergen mul")) {
            assertEquals(List.of("Jürgen Müller"), names(journal.contacts(ContactFilter.all().withText(query))), query);
        }
        assertEquals(List.of("Eva Becker", "Otto Brandt"), names(journal.contacts(ContactFilter.all().withText("köln"))));
        assertEquals(List.of("Eva Becker", "Otto Brandt"), names(journal.contacts(ContactFilter.all().withText("koeln"))));
        assertEquals(List.of("Mila Roth"), names(journal.contacts(ContactFilter.all().withText("muesli"))));
        assertEquals(List.of(), journal.contacts(ContactFilter.all().withText("\"*(")));
    }

    @Test
    void filtersByTagOrganisationAndArchived() {
        journal.saveContact(Contact.builder("A").organization("Acme").interests(List.of("Start-ups")).build());
        journal.saveContact(Contact.builder("B").organization("Beta").interests(List.of("start ups")).archived(true).build());
        journal.saveContact(Contact.builder("C").organization("Acme").build());
        assertEquals(List.of("A"), names(journal.contacts(ContactFilter.all().withTag("START-UPS"))));
        assertEquals(List.of("A", "B"), names(journal.contacts(ContactFilter.all().withTag("start-ups").withArchived(true))));
        assertEquals(List.of("A", "C"), names(journal.contacts(ContactFilter.all().withOrganization("Acme"))));
        assertEquals(List.of("Acme", "Beta"), journal.organizations());
        assertEquals(List.of("Start-ups"), journal.tags());
    }

    @Test
    void encounterWithTwoParticipantsIsOnBothTimelinesNewestFirst() {
        Contact anna = save("Anna");
        Contact ben = save("Ben");
        OffsetDateTime t = OffsetDateTime.of(2026, 10, 1, 12, 30, 0, 0, ZoneOffset.ofHours(2));
        journal.saveEncounter(new Encounter(null, t.minusDays(30), EncounterKind.CALL, "First call", null, null,
                List.of(anna.id()), null, 3, List.of()));
        Encounter lunch = journal.saveEncounter(new Encounter(null, t, EncounterKind.MEAL, "Lunch", "Café Central",
                null, List.of(anna.id(), ben.id()), "Talked about her funding round.", 4,
                List.of(new FollowUp("Send intro deck", LocalDate.of(2026, 10, 8), false))));
        List<Encounter> annas = journal.encounters(EncounterFilter.all().withContact(anna.id()));
        assertEquals(List.of("Lunch", "First call"), annas.stream().map(Encounter::title).toList());
        assertEquals(List.of(anna.id(), ben.id()), annas.get(0).participants());
        assertEquals(List.of("Lunch"), journal.encounters(EncounterFilter.all().withContact(ben.id()))
                .stream().map(Encounter::title).toList());
        Encounter loaded = journal.encounter(lunch.id()).orElseThrow();
        assertEquals(t, loaded.date());
        assertEquals(List.of(new FollowUp("Send intro deck", LocalDate.of(2026, 10, 8), false)), loaded.followUps());
        // Encounters are found by their participants' names and their notes.
        assertEquals(1, journal.encounters(EncounterFilter.all().withText("ben funding")).size());
        assertEquals(1, journal.encounters(EncounterFilter.all().withKind(EncounterKind.CALL)).size());
    }

    @Test
    void renamingAContactMakesTheirEncountersFindableByTheNewName() {
        Contact anna = save("Anna");
        journal.saveEncounter(new Encounter(null, OffsetDateTime.now(), EncounterKind.CALL, "Call", null, null,
                List.of(anna.id()), null, null, List.of()));
        journal.saveContact(anna.toBuilder().name("Annabelle Krüger").build());
        assertEquals(1, journal.encounters(EncounterFilter.all().withText("krueger")).size());
    }

    @Test
    void trashHidesRestoresAndEmptyingDestroys() {
        Contact anna = save("Anna");
        Contact ben = save("Ben");
        journal.saveTie(Tie.of(anna.id(), ben.id()));
        Encounter e = journal.saveEncounter(new Encounter(null, OffsetDateTime.now(), EncounterKind.CALL, "Call",
                null, null, List.of(ben.id()), null, null, List.of()));

        journal.trashContact(ben.id());
        assertEquals(List.of("Anna"), names(journal.contacts(ContactFilter.all())));
        assertEquals(List.of(), journal.tiesOf(anna.id()));
        assertEquals(List.of(TrashItem.Kind.CONTACT), journal.trash().stream().map(TrashItem::kind).toList());

        journal.restoreContact(ben.id());
        assertEquals(List.of("Anna", "Ben"), names(journal.contacts(ContactFilter.all())));
        assertEquals(1, journal.tiesOf(anna.id()).size());

        journal.trashEncounter(e.id());
        assertTrue(journal.encounters(EncounterFilter.all()).isEmpty());
        journal.restoreEncounter(e.id());
        assertEquals(1, journal.encounters(EncounterFilter.all()).size());

        journal.trashContact(ben.id());
        journal.emptyTrash();
        assertTrue(journal.trash().isEmpty());
        assertTrue(journal.contact(ben.id()).isEmpty());
        // Ben's only encounter had no one else in it, so it went with him.
        assertTrue(journal.encounter(e.id()).isEmpty());
        assertEquals(new SqliteJournal.Stats(1, 0, 0, 0), journal.stats());
        assertTrue(journal.integrityProblems().isEmpty());
    }

    @Test
    void textOfAnyLengthAndScriptRoundTrips() {
        String notes = "🤝 مرحبا بالعالم — שלום — 你好 ".repeat(400) + "x".repeat(10_000);
        Contact c = journal.saveContact(Contact.builder("Zoë 👩‍💻 عائشة").notes(notes).build());
        assertEquals(notes.strip(), journal.contact(c.id()).orElseThrow().notes());
        assertEquals(List.of("Zoë 👩‍💻 عائشة"), names(journal.contacts(ContactFilter.all().withText("عائشة"))));
        assertEquals(1, journal.contacts(ContactFilter.all().withText("zoe")).size());
    }

    @Test
    void importSnapshotIsAllOrNothing() {
        Contact existing = save("Existing");
        JournalSnapshot bad = new JournalSnapshot(
                List.of(Contact.builder("Good").id("c1").build(), Contact.builder("Bad").id("c2").emails(List.of("x@")).build()),
                List.of(), List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> journal.importSnapshot(bad));
        assertEquals("contacts[1].emails", e.problems().get(0).field());
        JournalSnapshot dangling = new JournalSnapshot(List.of(Contact.builder("Good").id("c1").build()),
                List.of(Tie.of("c1", "c9")), List.of());
        assertThrows(ValidationException.class, () -> journal.importSnapshot(dangling));
        assertEquals(List.of("Existing"), names(journal.contacts(ContactFilter.all())));

        JournalSnapshot good = new JournalSnapshot(
                List.of(Contact.builder("Anna").id("c1").build(), Contact.builder("Ben").id("c2").build()),
                List.of(new Tie("c1", "c2", 3, "studied together"), Tie.of("c1", existing.id())),
                List.of(new Encounter("x1", OffsetDateTime.parse("2026-10-01T12:30:00+02:00"), EncounterKind.MEETING,
                        "Lunch", null, null, List.of("c1", "c2"), null, null, List.of())));
        journal.importSnapshot(good);
        JournalSnapshot after = journal.snapshot();
        assertEquals(List.of("Anna", "Ben", "Existing"), after.contacts().stream().map(Contact::name).toList());
        assertTrue(after.ties().contains(new Tie("c1", "c2", 3, "studied together")));
        assertEquals("x1", after.encounters().get(0).id());
    }

    @Test
    void reopeningKeepsEverything() {
        Contact anna = save("Anna", "climate");
        journal.close();
        journal = TestJournals.open(dir);
        assertEquals(List.of("climate"), journal.contact(anna.id()).orElseThrow().interests());
        assertFalse(journal.contacts(ContactFilter.all().withText("anna")).isEmpty());
    }

    @Test
    void theWholeJournalIsReadAgainOnlyAfterAChangeAndAlwaysShowsTheLatest() {
        Contact anna = save("Anna Müller", "kreislaufwirtschaft");
        JournalSnapshot first = journal.snapshot();
        assertSame(first, journal.snapshot(), "kept while nothing changed");

        journal.saveContact(anna.toBuilder().name("Anna Schmidt").build());
        JournalSnapshot second = journal.snapshot();
        assertEquals(List.of("Anna Schmidt"), second.contacts().stream().map(Contact::name).toList());

        journal.trashContact(anna.id());
        assertEquals(List.of(), journal.snapshot().contacts());
        journal.restoreContact(anna.id());
        assertEquals(1, journal.snapshot().contacts().size());

        Backups.Backup backup = journal.backup(Backups.Kind.DAILY);
        save("Ben Schulz");
        assertEquals(2, journal.snapshot().contacts().size());
        journal.restoreFrom(backup.file());
        assertEquals(List.of("Anna Schmidt"), journal.snapshot().contacts().stream().map(Contact::name).toList());
    }
}
