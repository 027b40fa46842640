package app.rapport.bench;

import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Resident memory of the app as users run it: the launcher of the runtime image
 * ({@code target/image/bin/rapport}, built by {@code mvn -q -DskipTests package}) opens a journal
 * of 10,000 contacts and 100,000 encounters on its start screen, and the process's resident set
 * is read from {@code /proc} while it loads and settles. The target: below 400 MB resident once
 * the journal is open (the peak while loading is printed beside it). Linux only. Run with {@code mvn -q -Pbench test-compile exec:exec -Dbench.args=memory}.
 */
final class MemoryBench {

    private static final long SETTLE_MILLIS = 40_000;

    private MemoryBench() {
    }

    static void run() throws Exception {
        Path launcher = Path.of("target/image/bin/rapport").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            System.out.println("memory: no launcher at " + launcher + "; build it first with mvn -q -DskipTests package");
            return;
        }
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            System.out.println("memory: needs /proc (Linux)");
            return;
        }
        Path dir = Files.createTempDirectory("rapport-memory-bench");
        try {
            try (SqliteJournal journal = TestJournals.open(dir)) {
                journal.importSnapshot(SyntheticJournal.generate(10_000, 100_000, 30_000, 42));
            }
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--data-dir", dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            // Extra JVM options to try (BENCH_JAVA_OPTIONS), and the headless platform without a display.
            String options = System.getenv().getOrDefault("BENCH_JAVA_OPTIONS", "");
            if (System.getenv("DISPLAY") == null) {
                options += " -Dglass.platform=Headless -Dprism.order=sw";
            }
            pb.environment().put("JDK_JAVA_OPTIONS", options.strip());
            Process app = pb.start();
            long start = System.nanoTime();
            long rss = 0;
            long hwm = 0;
            while ((System.nanoTime() - start) / 1_000_000 < SETTLE_MILLIS && app.isAlive()) {
                long[] now = status(jvm(app));
                rss = now[0] > 0 ? now[0] : rss;
                hwm = Math.max(hwm, now[1]);
                Thread.sleep(250);
            }
            boolean survived = app.isAlive();
            app.toHandle().descendants().forEach(ProcessHandle::destroy);
            app.destroy();
            app.waitFor(10, TimeUnit.SECONDS);
            if (!survived) {
                System.out.println("memory: the app exited early with code " + app.exitValue());
                return;
            }
            System.out.printf(Locale.ROOT, "memory of the app on 10,000 contacts and 100,000 encounters, %d s after start:"
                    + " resident %.0f MB (target < 400 MB: %s); peak while loading %.0f MB%n", SETTLE_MILLIS / 1000,
                    rss / 1024.0, rss / 1024.0 < 400 ? "met" : "MISSED", hwm / 1024.0);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The JVM: the launcher is a shell script that starts {@code java} as its child. */
    private static long jvm(Process launcher) {
        return launcher.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(launcher.pid());
    }

    /** VmRSS and VmHWM in kB, 0 where not readable (yet). */
    private static long[] status(long pid) {
        long[] out = new long[2];
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    out[0] = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    out[1] = kilobytes(line);
                }
            }
        } catch (IOException e) {
            // the process is gone or not yet there
        }
        return out;
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
