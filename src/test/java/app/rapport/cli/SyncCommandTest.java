package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static app.rapport.cli.CommandLineTest.withoutExportTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two journals in two data folders and one shared folder, driven through {@code rapport sync}. */
class SyncCommandTest {

    @TempDir
    Path tmp;

    Path shared;
    Path pass;

    CommandLineTest.Run sync(String data) {
        return run("--data-dir", tmp.resolve(data).toString(), "sync", "--folder", shared.toString(),
                "--passphrase-file", pass.toString());
    }

    void assertExportsEqual() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertEquals(0, run("--data-dir", tmp.resolve("a").toString(), "export", "-o", a.toString()).code());
        assertEquals(0, run("--data-dir", tmp.resolve("b").toString(), "export", "-o", b.toString()).code());
        assertEquals(withoutExportTime(a), withoutExportTime(b));
    }

    void setUp() throws Exception {
        shared = Files.createDirectory(tmp.resolve("shared"));
        pass = tmp.resolve("pass.txt");
        Files.writeString(pass, "a long passphrase\n");
        // Fewer key derivation rounds than a real folder gets, for a fast test; the folder keeps them.
        app.rapport.sync.SyncFolder.open(shared, "a long passphrase".toCharArray(), 1000);
        Path demo = tmp.resolve("demo.json");
        assertEquals(0, run("demo", "--contacts", "60", "--seed", "3", "--as-of", "2026-11-23", "-o", demo.toString()).code());
        assertEquals(0, run("--data-dir", tmp.resolve("a").toString(), "import", demo.toString()).code());
    }

    @Test
    void editsOnBothDevicesMeetAndTheExportsAreEqual() throws Exception {
        setUp();
        CommandLineTest.Run first = sync("a");
        assertEquals(0, first.code(), first.err());
        CommandLineTest.Run second = sync("b");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("1 files read"), second.out());
        assertExportsEqual();
        assertFalse(new String(Files.readAllBytes(tmp.resolve("b/sync-state.bin")),
                java.nio.charset.StandardCharsets.ISO_8859_1).contains("a long passphrase"));

        List<Contact> people;
        try (SqliteJournal a = TestJournals.open(tmp.resolve("a"))) {
            people = new ArrayList<>(a.allContacts());
            people.sort(java.util.Comparator.comparing(Contact::id));
            a.saveContact(people.get(0).toBuilder().city("Bonn").build());
            List<String> interests = new ArrayList<>(people.get(1).interests());
            interests.add("sailing");
            a.saveContact(people.get(1).toBuilder().interests(interests).build());
            a.saveContact(people.get(3).toBuilder().role("Role from A").build());
        }
        try (SqliteJournal b = TestJournals.open(tmp.resolve("b"))) {
            b.saveContact(b.contact(people.get(0).id()).orElseThrow().toBuilder().notes("noted on B").build());
            b.trashContact(people.get(2).id());
            b.saveContact(Contact.builder("Newly Met Person").build());
            b.saveContact(b.contact(people.get(3).id()).orElseThrow().toBuilder().role("Role from B").build());
        }
        CommandLineTest.Run a1 = sync("a");
        CommandLineTest.Run b1 = sync("b");
        CommandLineTest.Run a2 = sync("a");
        assertEquals(0, a1.code(), a1.err());
        assertEquals(0, b1.code(), b1.err());
        assertEquals(0, a2.code(), a2.err());
        assertTrue(b1.out().contains("Changes to review (1)"), b1.out());
        assertTrue(b1.out().contains("Role from A") && b1.out().contains("Role from B"), b1.out());
        assertExportsEqual();
        try (SqliteJournal a = TestJournals.open(tmp.resolve("a"))) {
            Contact first0 = a.contact(people.get(0).id()).orElseThrow();
            assertEquals("Bonn", first0.city());
            assertEquals("noted on B", first0.notes());
            assertTrue(a.contact(people.get(1).id()).orElseThrow().interests().contains("sailing"));
            assertTrue(a.allContacts().stream().noneMatch(c -> c.id().equals(people.get(2).id())));
            assertTrue(a.allContacts().stream().anyMatch(c -> c.name().equals("Newly Met Person")));
        }
        // Nothing more to say: a further sync writes nothing.
        CommandLineTest.Run quiet = sync("b");
        assertTrue(quiet.out().contains("0 changes written"), quiet.out());
    }

    @Test
    void aPersonDeletedOnOneDeviceWhileTiedOnTheOtherIsKept() throws Exception {
        setUp();
        assertEquals(0, sync("a").code());
        assertEquals(0, sync("b").code());
        String x;
        String y;
        try (SqliteJournal a = TestJournals.open(tmp.resolve("a"))) {
            List<Contact> people = new ArrayList<>(a.allContacts());
            people.sort(java.util.Comparator.comparing(Contact::id));
            x = people.get(5).id();
            y = people.get(6).id();
            a.trashContact(x);
        }
        try (SqliteJournal b = TestJournals.open(tmp.resolve("b"))) {
            b.saveTie(new app.rapport.journal.Tie(x, y, 4, "met at the sync test"));
        }
        assertEquals(0, sync("a").code());
        CommandLineTest.Run b = sync("b");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("contacts/" + x + " was deleted"), b.out());
        assertEquals(0, sync("a").code());
        assertEquals(0, sync("b").code());
        assertExportsEqual();
        try (SqliteJournal a = TestJournals.open(tmp.resolve("a"))) {
            assertTrue(a.contact(x).isPresent());
            assertTrue(a.tiesOf(x).stream().anyMatch(t -> "met at the sync test".equals(t.note())));
        }
    }

    @Test
    void faultsAreNamedAndTheRestStillSyncs() throws Exception {
        setUp();
        assertEquals(0, sync("a").code());

        Files.writeString(pass, "not the passphrase\n");
        CommandLineTest.Run wrong = sync("b");
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("Wrong passphrase"), wrong.err());
        assertFalse(Files.exists(tmp.resolve("b/sync-state.bin")));
        Files.writeString(pass, "a long passphrase\n");

        CommandLineTest.Run missing = run("--data-dir", tmp.resolve("b").toString(), "sync", "--folder",
                tmp.resolve("unplugged").toString(), "--passphrase-file", pass.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());

        // A file in flight, as a sync tool shows it, and one of a device whose first file is not there yet.
        Path devices = shared.resolve("devices");
        Path deviceA = Files.list(devices).findFirst().orElseThrow();
        Files.write(deviceA.resolve(".2.rapport-sync.syncthing.tmp"), new byte[] {1, 2, 3});
        Files.createDirectories(devices.resolve("cafe0123"));
        Files.write(devices.resolve("cafe0123/2.rapport-sync"), new byte[] {1, 2, 3});
        CommandLineTest.Run b = sync("b");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("1 files of other devices wait"), b.out());
        assertExportsEqual();

        // A tampered file is refused by name; the other device's files still arrive.
        try (SqliteJournal a = TestJournals.open(tmp.resolve("a"))) {
            a.saveContact(Contact.builder("Someone From A").build());
        }
        assertEquals(0, sync("a").code());
        Files.write(devices.resolve("cafe0123/1.rapport-sync"), new byte[] {9, 9, 9, 9});
        CommandLineTest.Run tampered = sync("b");
        assertEquals(1, tampered.code());
        assertTrue(tampered.err().contains("cafe0123") && tampered.err().contains("1.rapport-sync"), tampered.err());
        assertExportsEqual();
    }
}
