package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rapport.journal.Contact;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file Rapport writes is the user's alone, and what a killed process leaves is removed at the next start. */
class PrivateFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "no file modes here");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** Watches the backups folder while backups are written; every temporary seen must be rw-------. */
    @Test
    void backupTemporariesAreTheUsersAloneFromTheFirstByte() throws Exception {
        Set<String> seen = new ConcurrentSkipListSet<>();
        try (SqliteJournal j = TestJournals.open(dir)) {
            j.importContacts(java.util.stream.IntStream.range(0, 3000).mapToObj(i -> Contact.builder("Person " + i)
                    .notes("n".repeat(1500)).build()).toList(), app.rapport.journal.Progress.NONE);
            Path backups = DataFolder.backupFolder(dir);
            Thread watcher = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try (Stream<Path> files = Files.list(backups)) {
                        for (Path f : files.toList()) {
                            if (f.getFileName().toString().contains(".part")) {
                                try {
                                    seen.add(f.getFileName().toString().replaceAll(".*\\.part", ".part") + " " + mode(f));
                                } catch (NoSuchFileException gone) {
                                    // moved into place or removed meanwhile
                                }
                            }
                        }
                    } catch (Exception e) {
                        // the folder is being changed; look again
                    }
                }
            });
            for (int i = 0; i < 40 && seen.size() < 2; i++) {
                j.backup(Backups.Kind.MANUAL);
            }
            watcher.interrupt();
            watcher.join();
        }
        assumeTrue(!seen.isEmpty(), "no temporary caught while being written");
        assertEquals(Set.of(), seen.stream().filter(s -> !s.endsWith(" rw-------")).collect(Collectors.toSet()), "seen: " + seen);
    }

    /** What a backup or restore killed half-way left is gone at the next start; a living process's stays. */
    @Test
    void leftoversOfKilledProcessesAreRemovedAtTheNextStart() throws Exception {
        TestJournals.open(dir).close();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        long dead = ended.pid();
        long alive = ProcessHandle.current().pid();
        Path backups = DataFolder.backupFolder(dir);
        Files.createDirectories(backups);
        List<Path> leftovers = List.of(
                backups.resolve("journal-20261123-090000-000-manual.sqlite." + dead + ".part"),
                backups.resolve("journal-20261123-090000-000-manual.sqlite." + dead + ".part-journal"),
                backups.resolve("journal-20261123-090001-000-daily.sqlite.part"), // as versions before left it
                backups.resolve("journal-20261123-090001-000-daily.sqlite.part-wal"),
                dir.resolve(DataFolder.JOURNAL_FILE + "." + dead + ".part"));
        Path living = backups.resolve("journal-20261123-090002-000-manual.sqlite." + alive + ".part");
        Path unrelated = dir.resolve("notes.part");
        for (Path p : Stream.concat(leftovers.stream(), Stream.of(living, unrelated)).toList()) {
            Files.writeString(p, "e-mail addresses");
        }

        TestJournals.open(dir).close();

        for (Path p : leftovers) {
            assertFalse(Files.exists(p), p + " is left");
        }
        assertTrue(Files.exists(living), "a backup still being written is not removed");
        assertTrue(Files.exists(unrelated), "only Rapport's own temporaries are removed");
    }

    @Test
    void theSqliteLibraryIsWrittenOncePrivatelyAndReused() throws Exception {
        Path cache = dir.resolve("cache");
        Path folder = NativeLibrary.extractOnce(cache);
        assumeTrue(folder != null, "no native library for this platform in the jar");
        Path library;
        try (Stream<Path> files = Files.list(folder)) {
            library = files.filter(f -> !f.getFileName().toString().endsWith(".part")).findFirst().orElseThrow();
        }
        assertEquals("rwx------", mode(cache));
        assertEquals("rwx------", mode(folder));
        assertEquals("rwx------", mode(library));
        Object inode = Files.readAttributes(library, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertEquals(folder, NativeLibrary.extractOnce(cache));
        assertEquals(inode, Files.readAttributes(library, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "an identical copy is not written again");
        Files.write(library, new byte[] {1, 2, 3});
        NativeLibrary.extractOnce(cache);
        assertTrue(Files.size(library) > 100_000, "a damaged copy is replaced");
    }

    /** The child: opens a journal, says so, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        try (SqliteJournal j = TestJournals.open(Path.of(args[0]))) {
            j.saveContact(Contact.builder("Anna").build());
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    /** sqlite-jdbc left a 1.1 MB library in the shared temporary folder after every kill; now nothing is there. */
    @Test
    void aKilledProcessLeavesNothingInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(File.pathSeparator));
        for (int round = 0; round < 2; round++) {
            Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + tmp,
                    "-Drapport.cacheDir=" + cache, "-cp", classPath, PrivateFilesTest.class.getName(),
                    dir.resolve("data").toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("open", out.readLine());
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("sqlite-")).toList());
        }
        try (Stream<Path> files = Files.walk(cache)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "one library for both runs");
        }
    }
}
