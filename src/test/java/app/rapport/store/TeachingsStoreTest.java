package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Journal.ContactPair;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Teachings;
import app.rapport.journal.Teachings.WordPair;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strangers, words and a reset of learning stay in the journal file (schema 8). */
class TeachingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aJournalOfSchemaSevenGainsTheTablesAndKeepsItsContacts() throws Exception {
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.sqlite"));
             Statement s = c.createStatement()) {
            Migrations.migrate(c, 7);
            s.executeUpdate("INSERT INTO contact (id, name, sort_key, created_at, updated_at) VALUES"
                    + " ('c1', 'Anna Schmidt', 'anna schmidt', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        }
        try (SqliteJournal j = TestJournals.open(dir)) {
            assertEquals("Anna Schmidt", j.contact("c1").orElseThrow().name());
            assertEquals(Teachings.NONE, j.teachings());
            j.markStrangers(ContactPair.of("c1", "c2"));
        }
        try (SqliteJournal j = TestJournals.open(dir)) {
            assertEquals(Set.of(ContactPair.of("c1", "c2")), j.teachings().strangers());
        }
    }

    @Test
    void everythingTaughtIsThereAfterReopeningAndInTheSnapshot() {
        Instant reset = Instant.parse("2026-11-20T08:30:00Z");
        try (SqliteJournal j = TestJournals.open(dir)) {
            j.markStrangers(ContactPair.of("c-b", "c-a"));
            j.markStrangers(ContactPair.of("c-a", "c-b"));
            j.saveWordPair(new WordPair("Vertrieb", "Akquise", true));
            j.saveWordPair(new WordPair("Machine Learning", "Machine Vision", false));
            j.learnFrom(reset);
        }
        try (SqliteJournal j = TestJournals.open(dir)) {
            Teachings t = j.teachings();
            assertEquals(Set.of(ContactPair.of("c-a", "c-b")), t.strangers());
            assertEquals(List.of(new WordPair("Akquise", "Vertrieb", true)), t.sameWords());
            assertEquals(List.of(new WordPair("Machine Learning", "Machine Vision", false)), t.differentWords());
            assertEquals(reset, t.learnFrom());
            assertEquals(t, j.snapshot().teachings());

            // Said again the other way round, a pair is one pair: the later word wins.
            j.saveWordPair(new WordPair("akquise", "VERTRIEB", false));
            assertEquals(List.of(), j.teachings().sameWords());
            assertEquals(2, j.teachings().differentWords().size());
            j.removeWordPair(new WordPair("Vertrieb", "Akquise", true));
            j.unmarkStrangers(ContactPair.of("c-b", "c-a"));
            j.learnFrom(null);
            assertEquals(new Teachings(Set.of(), List.of(new WordPair("Machine Learning", "Machine Vision", false)), null),
                    j.teachings());
        }
    }

    @Test
    void aTieSavedBetweenStrangersSaysTheyKnowEachOtherNow() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            Contact anna = j.saveContact(Contact.builder("Anna").organization("Acme").build());
            Contact ben = j.saveContact(Contact.builder("Ben").organization("Acme").build());
            j.markStrangers(ContactPair.of(anna.id(), ben.id()));
            assertTrue(j.teachings().areStrangers(anna.id(), ben.id()));
            j.saveTie(Tie.of(ben.id(), anna.id()));
            assertFalse(j.teachings().areStrangers(anna.id(), ben.id()));
        }
    }

    @Test
    void anImportAddsWhatTheFileTaughtAndKeepsTheLaterReset() {
        Instant early = Instant.parse("2026-01-01T00:00:00Z");
        Instant late = Instant.parse("2026-06-01T00:00:00Z");
        try (SqliteJournal j = TestJournals.open(dir)) {
            j.saveWordPair(new WordPair("Vertrieb", "Sales", true));
            j.learnFrom(late);
            Contact anna = Contact.builder("Anna").id("a").build();
            Contact ben = Contact.builder("Ben").id("b").build();
            j.importSnapshot(new JournalSnapshot(List.of(anna, ben), List.of(), List.of(), List.of(), List.of(),
                    List.of(), new Teachings(Set.of(ContactPair.of("a", "b")),
                    List.of(new WordPair("Recruiting", "Hiring", true)), early)));
            Teachings t = j.teachings();
            assertEquals(Set.of(ContactPair.of("a", "b")), t.strangers());
            assertEquals(List.of(List.of("Hiring", "Recruiting"), List.of("Sales", "Vertrieb")), t.sameMeaningGroups());
            assertEquals(late, t.learnFrom(), "an older file does not undo a reset");
        }
    }

    @Test
    void aWordTooLongForTheJournalIsRefusedNamingTheField() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> j.saveWordPair(new WordPair("a".repeat(2000), "Sales", true)));
            assertEquals("first", e.problems().getFirst().field());
            assertNull(j.teachings().learnFrom());
            assertEquals(List.of(), j.teachings().words());
        }
    }
}
