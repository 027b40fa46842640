package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process at random moments, again and again, and checks after each kill that the
 * journal opens, passes integrity_check and holds every transaction the writer acknowledged.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    /** The writer: saves contacts (and takes backups now and then), printing each committed one. */
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        String prefix = args[1];
        try (SqliteJournal j = TestJournals.open(data)) {
            for (int i = 0; ; i++) {
                j.saveContact(Contact.builder(prefix + "-" + i).notes("x".repeat(2000))
                        .interests(List.of("crash", "test " + i)).build());
                System.out.println("ack " + prefix + "-" + i);
                System.out.flush();
                if (i % 25 == 24) {
                    j.backup(Backups.Kind.MANUAL);
                }
            }
        }
    }

    @Test
    void acknowledgedTransactionsSurviveKillNine() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(File.pathSeparator));
        Set<String> acknowledged = new HashSet<>();
        Random random = new Random(1234);
        for (int round = 0; round < 6; round++) {
            Process writer = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
                    CrashSafetyTest.class.getName(), dir.toString(), "r" + round)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // Timed from the first commit, so a slow JVM start on a loaded machine does not matter.
            long killAfter = 20 + random.nextInt(400);
            long firstAck = 0;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ack ")) {
                        acknowledged.add(line.substring(4));
                        firstAck = firstAck == 0 ? System.nanoTime() : firstAck;
                    }
                    if (firstAck != 0 && (System.nanoTime() - firstAck) / 1_000_000 > killAfter) {
                        writer.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no close
                        break;
                    }
                }
            }
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));

            try (SqliteJournal j = TestJournals.open(dir)) {
                assertEquals(List.of(), j.integrityProblems(), "round " + round);
                Set<String> stored = j.contacts(ContactFilter.all()).stream()
                        .map(c -> c.name()).collect(Collectors.toSet());
                Set<String> missing = new HashSet<>(acknowledged);
                missing.removeAll(stored);
                assertEquals(Set.of(), missing, "acknowledged but lost in round " + round);
            }
            for (Backups.Backup b : Backups.list(dir)) {
                assertTrue(SqliteJournal.describe(b.file()).contacts() > 0, "backup " + b.file() + " opens");
            }
        }
        assertTrue(acknowledged.size() >= 6, "every round committed something");
    }
}
