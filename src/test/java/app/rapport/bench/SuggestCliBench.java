package app.rapport.bench;

import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code rapport suggest --top 50} as a user runs it, a whole process of the built launcher, on a
 * journal of 200 contacts and one of 20,000 contacts with 60,000 ties, shaped like the engine's
 * JMH benchmark journal (interests and needs with a long tail; issue 11: at most 0.5 s longer on
 * the large one). Build the image first ({@code mvn -q -DskipTests package}), then
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.args=suggest-cli}.
 */
final class SuggestCliBench {

    private static final int RUNS = 5;
    private static final double TARGET_S = 0.5;

    private SuggestCliBench() {
    }

    static void run() throws Exception {
        Path launcher = Path.of("target/image/bin/rapport").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            System.out.println("suggest-cli: no launcher at " + launcher + "; build it first with mvn -q -DskipTests package");
            return;
        }
        System.out.println("rapport suggest --top 50 as a whole process (launcher " + launcher + ", median of " + RUNS
                + " runs after one unmeasured):");
        double small = time(launcher, 200, 600);
        double large = time(launcher, 20_000, 60_000);
        double more = large - small;
        System.out.printf(Locale.ROOT, "  20,000 contacts take %.2f s longer than 200 (target <= %.1f s: %s)%n", more,
                TARGET_S, more <= TARGET_S ? "met" : "MISSED");
    }

    private static double time(Path launcher, int contacts, int ties) throws Exception {
        Path dir = Files.createTempDirectory("rapport-suggest-bench");
        try {
            try (SqliteJournal journal = TestJournals.open(dir)) {
                journal.importSnapshot(app.rapport.suggest.SampleJournal.generate(contacts, ties, 42));
            }
            List<Double> seconds = new ArrayList<>();
            for (int run = 0; run <= RUNS; run++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(launcher.toString(), "--data-dir", dir.toString(), "suggest", "--top", "50")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                int code = p.waitFor();
                double s = (System.nanoTime() - t0) / 1e9;
                if (code != 0) {
                    throw new IllegalStateException("rapport suggest exited with " + code);
                }
                if (run > 0) {
                    seconds.add(s);
                }
            }
            seconds.sort(Comparator.naturalOrder());
            double median = seconds.get(seconds.size() / 2);
            System.out.printf(Locale.ROOT, "  %,7d contacts, %,7d ties: %.2f s (runs %s)%n", contacts, ties, median,
                    seconds.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
            return median;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
