package app.rapport.bench;

import app.rapport.interchange.demo.DemoJournal;
import app.rapport.journal.Contact;
import app.rapport.journal.JournalSnapshot;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.sync.JournalSync;
import app.rapport.sync.SyncFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Issue 15: a first sync of a 10,000-contact journal to a new device under 5 s, syncing 1,000
 * changes under 1 s, and the size of the shared folder. Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.args=sync}.
 */
final class SyncBench {

    private SyncBench() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("rapport-sync-bench");
        Path shared = Files.createDirectory(dir.resolve("shared"));
        JournalSnapshot demo = DemoJournal.generate(10_000, 1, LocalDate.of(2026, 11, 23));
        char[] pass = "bench passphrase".toCharArray();
        long t = System.nanoTime();
        SyncFolder folder = SyncFolder.open(shared, pass);
        System.out.printf(Locale.ROOT, "key derivation (PBKDF2, 600,000 iterations): %.2f s%n", secs(t));
        Clock clock = Clock.systemUTC();
        try (SqliteJournal a = TestJournals.open(dir.resolve("a")); SqliteJournal b = TestJournals.open(dir.resolve("b"))) {
            a.importSnapshot(demo);
            t = System.nanoTime();
            long c = cpu();
            JournalSync.Report up = JournalSync.run(a, dir.resolve("a/sync-state.bin"), folder, clock, phases());
            System.out.printf(Locale.ROOT, "first sync out of 10,000 contacts (%,d changes): %.2f s (%s)%n",
                    up.changesWritten(), secs(t), cpuSince(c));
            t = System.nanoTime();
            c = cpu();
            JournalSync.Report down = JournalSync.run(b, dir.resolve("b/sync-state.bin"), folder, clock, phases());
            System.out.printf(Locale.ROOT, "first sync to a new device (%,d records): %.2f s (%s) (target < 5 s)%n",
                    down.recordsChanged(), secs(t), cpuSince(c));

            List<Contact> edited = new ArrayList<>();
            for (Contact k : a.allContacts().subList(0, 1000)) {
                edited.add(k.toBuilder().notes("edited for the bench").build());
            }
            a.importContacts(edited, app.rapport.journal.Progress.NONE);
            t = System.nanoTime();
            c = cpu();
            JournalSync.Report out = JournalSync.run(a, dir.resolve("a/sync-state.bin"), folder, clock, phases());
            System.out.printf(Locale.ROOT, "1,000 changes out: %,d written in %.2f s (%s) (target < 1 s)%n",
                    out.changesWritten(), secs(t), cpuSince(c));
            t = System.nanoTime();
            c = cpu();
            JournalSync.Report in = JournalSync.run(b, dir.resolve("b/sync-state.bin"), folder, clock, phases());
            System.out.printf(Locale.ROOT, "1,000 changes in: %,d records changed in %.2f s (%s) (target < 1 s)%n",
                    in.recordsChanged(), secs(t), cpuSince(c));
            t = System.nanoTime();
            c = cpu();
            JournalSync.Report idle = JournalSync.run(b, dir.resolve("b/sync-state.bin"), folder, clock, phases());
            System.out.printf(Locale.ROOT, "a sync with nothing new: %d files read in %.2f s (%s)%n",
                    idle.filesRead(), secs(t), cpuSince(c));
        }
        try (SqliteJournal a = TestJournals.open(dir.resolve("a"))) {
            t = System.nanoTime();
            JournalSnapshot snap = a.snapshot();
            System.out.printf(Locale.ROOT, "  phase: snapshot %.2f s%n", secs(t));
            t = System.nanoTime();
            var flat = app.rapport.sync.JournalFlattening.flatten(snap);
            System.out.printf(Locale.ROOT, "  phase: flatten everything %.2f s (%,d keys)%n", secs(t), flat.size());
            t = System.nanoTime();
            var st = app.rapport.sync.SyncState.load(dir.resolve("a/sync-state.bin"));
            System.out.printf(Locale.ROOT, "  phase: state read %.2f s%n", secs(t));
            t = System.nanoTime();
            st.save(dir.resolve("a/sync-state-copy.bin"));
            System.out.printf(Locale.ROOT, "  phase: state write %.2f s%n", secs(t));
        }
        long size;
        try (Stream<Path> files = Files.walk(shared)) {
            size = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "shared folder: %.1f MB; sync-state.bin: %.1f MB%n", size / 1e6,
                Files.size(dir.resolve("a/sync-state.bin")) / 1e6);
    }

    /** With -Dbench.phases=true, where each sync's time goes (printed before its total). */
    private static java.util.function.Consumer<String> phases() {
        if (!Boolean.getBoolean("bench.phases")) {
            return phase -> { };
        }
        long[] last = {System.nanoTime(), cpu()};
        return phase -> {
            long now = System.nanoTime();
            long cpu = cpu();
            System.out.printf(Locale.ROOT, "    %-24s %.2f s (CPU %.2f s)%n", phase, (now - last[0]) / 1e9, (cpu - last[1]) / 1e9);
            last[0] = now;
            last[1] = cpu;
        };
    }

    /** This thread's CPU time: on a machine shared with other work, wall time includes waiting for a core. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static String cpuSince(long c) {
        return String.format(Locale.ROOT, "CPU %.2f s", (cpu() - c) / 1e9);
    }

    private static double secs(long t) {
        return (System.nanoTime() - t) / 1e9;
    }
}
