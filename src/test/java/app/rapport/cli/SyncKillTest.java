package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static app.rapport.cli.CommandLineTest.withoutExportTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.sync.SyncFolder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport sync} killed (kill -9) at random moments, while both devices keep editing: the
 * syncs after it carry every edit, and the two journals end equal. And a shared folder mounted
 * read-only is said so, and nothing is lost.
 */
class SyncKillTest {

    @TempDir
    Path tmp;

    Path shared;
    Path pass;

    CommandLineTest.Run sync(String data) {
        return run("--data-dir", tmp.resolve(data).toString(), "sync", "--folder", shared.toString(),
                "--passphrase-file", pass.toString());
    }

    void setUp(int contacts) throws Exception {
        shared = Files.createDirectory(tmp.resolve("shared"));
        pass = tmp.resolve("pass.txt");
        Files.writeString(pass, "a long passphrase\n");
        // Fewer key derivation rounds than a real folder gets, for a fast test; the folder keeps them.
        SyncFolder.open(shared, "a long passphrase".toCharArray(), 1000);
        Path demo = tmp.resolve("demo.json");
        assertEquals(0, run("demo", "--contacts", String.valueOf(contacts), "--seed", "5", "--as-of", "2026-11-23",
                "-o", demo.toString()).code());
        assertEquals(0, run("--data-dir", tmp.resolve("a").toString(), "import", demo.toString()).code());
    }

    void assertExportsEqual() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertEquals(0, run("--data-dir", tmp.resolve("a").toString(), "export", "-o", a.toString()).code());
        assertEquals(0, run("--data-dir", tmp.resolve("b").toString(), "export", "-o", b.toString()).code());
        assertEquals(withoutExportTime(a), withoutExportTime(b));
    }

    @Test
    void syncsKilledAtRandomMomentsLoseNothing() throws Exception {
        setUp(80);
        assertEquals(0, sync("a").code());
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(File.pathSeparator));
        Random random = new Random(15);
        // One whole sync as a process, timed: the kills fall within as long as that took on this machine.
        long start = System.nanoTime();
        Process whole = syncProcess(java, classPath, "b");
        assertTrue(whole.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, whole.exitValue());
        long took = (System.nanoTime() - start) / 1_000_000;
        List<String> edits = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            String device = round % 2 == 0 ? "b" : "a";
            try (SqliteJournal j = TestJournals.open(tmp.resolve(device))) {
                List<Contact> people = new ArrayList<>(j.allContacts());
                people.sort(Comparator.comparing(Contact::id));
                Contact c = people.get(round * 7);
                j.saveContact(c.toBuilder().notes("edited in round " + round).build());
                j.saveContact(Contact.builder("Met in round " + round).build());
                edits.add("edited in round " + round);
                edits.add("Met in round " + round);
            }
            Process p = syncProcess(java, classPath, device);
            if (!p.waitFor(took / 4 + random.nextLong(took), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no close
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
        }
        for (String device : List.of("a", "b", "a", "b")) {
            CommandLineTest.Run r = sync(device);
            assertEquals(0, r.code(), r.out() + r.err());
        }
        assertExportsEqual();
        String exported = Files.readString(tmp.resolve("a.json"));
        for (String edit : edits) {
            assertTrue(exported.contains(edit), edit);
        }
        CommandLineTest.Run quiet = sync("a");
        assertTrue(quiet.out().contains("0 changes written"), quiet.out());
    }

    Process syncProcess(String java, String classPath, String device) throws java.io.IOException {
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
                "app.rapport.Main", "--data-dir", tmp.resolve(device).toString(), "sync", "--folder",
                shared.toString(), "--passphrase-file", pass.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** A real read-only folder: a read-only bind mount (needs root; elsewhere this is skipped). */
    @Test
    void aReadOnlyFolderIsSaidSoAndNothingIsLost() throws Exception {
        setUp(20);
        assertEquals(0, sync("a").code());
        assertEquals(0, sync("b").code());
        try (SqliteJournal a = TestJournals.open(tmp.resolve("a"))) {
            a.saveContact(Contact.builder("Met While Read Only").build());
        }
        assumeTrue(new ProcessBuilder("mount", "--bind", shared.toString(), shared.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0,
                "cannot mount here");
        try {
            assumeTrue(new ProcessBuilder("mount", "-o", "remount,ro,bind", shared.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0,
                    "cannot remount read-only here");
            CommandLineTest.Run refused = sync("a");
            assertEquals(1, refused.code(), refused.out());
            assertTrue(refused.err().contains("cannot write to the sync folder"), refused.err());
        } finally {
            new ProcessBuilder("umount", shared.toString()).start().waitFor();
        }
        assertEquals(0, sync("a").code());
        CommandLineTest.Run b = sync("b");
        assertEquals(0, b.code(), b.err());
        assertExportsEqual();
        assertTrue(Files.readString(tmp.resolve("b.json")).contains("Met While Read Only"));
    }
}
