package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.MergeChoice;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 7: a contact's postal addresses, and its photo set, changed and removed, on a real SQLite file. */
class AddressesAndPhotoStoreTest {

    private static final PostalAddress HOME = new PostalAddress("Venloer Str. 12\nHinterhaus", "50672", "Köln",
            null, "Germany");
    private static final PostalAddress WORK = new PostalAddress("Rheinallee 3", "53173", "Bonn", "NRW", null);
    private static final Photo PHOTO = new Photo("image/png", new byte[] {1, 2, 3});

    @TempDir
    Path dir;

    /** A journal written by the version before (schema 6) opens, keeps its contact and photo, and takes addresses. */
    @Test
    void aVersionSixJournalIsUpgradedAndKeepsItsContactsAndPhotos() throws Exception {
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.sqlite"));
             Statement s = c.createStatement()) {
            Migrations.migrate(c, 6);
            s.executeUpdate("INSERT INTO contact (id, name, sort_key, city, created_at, updated_at) VALUES"
                    + " ('c1', 'Anna Schmidt', 'anna schmidt', 'Köln', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            s.executeUpdate("INSERT INTO contact_value (contact_pk, kind, position, value)"
                    + " SELECT pk, 'email', 0, 'anna@example.org' FROM contact");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO contact_photo (contact_pk, media_type, bytes) SELECT pk, 'image/png', ? FROM contact")) {
                ps.setBytes(1, PHOTO.bytes());
                ps.executeUpdate();
            }
        }
        try (SqliteJournal j = TestJournals.open(dir)) {
            Contact anna = j.contact("c1").orElseThrow();
            assertEquals(List.of("anna@example.org"), anna.emails());
            assertEquals(PHOTO, anna.photo());
            assertEquals(List.of(), anna.addresses());
            j.saveContact(anna.toBuilder().addresses(List.of(HOME)).build());
        }
        assertEquals(Backups.Kind.BEFORE_MIGRATION, Backups.list(dir).getFirst().kind());
        try (SqliteJournal j = TestJournals.open(dir)) {
            Contact anna = j.contact("c1").orElseThrow();
            assertEquals(List.of(HOME), anna.addresses());
            assertEquals(PHOTO, anna.photo());
        }
    }

    @Test
    void addressesAndThePhotoAreSetChangedAndRemoved() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            Contact anna = j.saveContact(Contact.builder("Anna").addresses(List.of(HOME, WORK)).photo(PHOTO).build());
            assertEquals(List.of(HOME, WORK), j.contact(anna.id()).orElseThrow().addresses());

            Photo other = new Photo("image/jpeg", new byte[] {9, 8});
            anna = j.saveContact(anna.toBuilder().addresses(List.of(WORK, HOME.withCity("Köln-Ehrenfeld"))).photo(other).build());
            Contact read = j.contact(anna.id()).orElseThrow();
            assertEquals(List.of(WORK, HOME.withCity("Köln-Ehrenfeld")), read.addresses(), "order and change kept");
            assertEquals(other, read.photo());

            j.saveContact(read.toBuilder().addresses(List.of()).photo(null).build());
            read = j.contact(anna.id()).orElseThrow();
            assertEquals(List.of(), read.addresses());
            assertNull(read.photo());
        }
    }

    @Test
    void anEmptyAddressIsNotKept() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            Contact anna = j.saveContact(Contact.builder("Anna")
                    .addresses(List.of(new PostalAddress(" ", "", null, "\n", null), WORK)).build());
            assertEquals(List.of(WORK), j.contact(anna.id()).orElseThrow().addresses());
        }
    }

    @Test
    void theSearchFindsAContactByTheStreetOfAnAddress() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            j.saveContact(Contact.builder("Anna").addresses(List.of(HOME)).build());
            j.saveContact(Contact.builder("Ben").build());
            assertEquals(List.of("Anna"), j.contacts(ContactFilter.all().withText("venloer")).stream()
                    .map(s -> s.name()).toList());
        }
    }

    /** The same address written twice is kept once; the review can leave one out; undo brings back each person's. */
    @Test
    void aMergeKeepsTheAddressesOfBothAndItsUndoGivesEachBackItsOwn() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            Contact anna = j.saveContact(Contact.builder("Anna").addresses(List.of(HOME)).build());
            PostalAddress homeAgain = new PostalAddress("venloer str 12,  Hinterhaus", "50672", "KÖLN", null, "germany");
            Contact annaToo = j.saveContact(Contact.builder("Anna S.").addresses(List.of(homeAgain, WORK)).photo(PHOTO).build());
            var merge = j.mergeContacts(anna.id(), annaToo.id());
            Contact merged = j.contact(anna.id()).orElseThrow();
            assertEquals(List.of(HOME, WORK), merged.addresses());
            assertEquals(PHOTO, merged.photo(), "the only photo of the two");
            j.undoMerge(merge.id());
            assertEquals(List.of(HOME), j.contact(anna.id()).orElseThrow().addresses());
            assertEquals(List.of(homeAgain, WORK), j.contact(annaToo.id()).orElseThrow().addresses());

            j.mergeContacts(anna.id(), annaToo.id(), MergeChoice.keepAll()
                    .drop(MergeChoice.ListField.ADDRESSES, WORK.oneLine())
                    .take(MergeChoice.Field.PHOTO, MergeChoice.Side.KEPT));
            merged = j.contact(anna.id()).orElseThrow();
            assertEquals(List.of(HOME), merged.addresses());
            assertNull(merged.photo(), "the kept contact had none, as chosen");
        }
    }
}
