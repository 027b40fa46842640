package app.rapport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Issue 16, item 6: {@code rapport import} of very large vCard files, as a user runs it: the
 * command in a fresh JVM with the launcher's options for commands (quick JIT tier, serial
 * collector) and the JVM's default heap, once with {@code --dry-run} and once for real into an
 * empty journal. Prints the wall time and the peak resident memory of that process (VmHWM,
 * sampled from {@code /proc}; Linux only). The files are generated: cards as phones export them
 * (name, organisation, e-mail, phone, sometimes a note), one in fifty repeating an earlier card's
 * address, so that the comparison within the file has duplicates to find.
 * {@code -Dbench.cards=100000,1000000} (the default) chooses the sizes.
 * Run with {@code mvn -q -Pbench test-compile exec:exec -Dbench.args=vcards}.
 */
final class VCardImportBench {

    private VCardImportBench() {
    }

    static void run() throws Exception {
        String sizes = System.getProperty("bench.cards", "100000,1000000");
        Path dir = Files.createTempDirectory("rapport-vcard-bench");
        try {
            for (String size : sizes.split(",")) {
                int cards = Integer.parseInt(size.strip());
                Path file = dir.resolve("cards-" + cards + ".vcf");
                generate(file, cards, 16);
                System.out.printf(Locale.ROOT, "vCard file: %,d cards, %.1f MB%n", cards, Files.size(file) / 1048576.0);
                Path data = dir.resolve("journal-" + cards);
                Files.createDirectories(data);
                run("dry run", data, "import", file.toString(), "--dry-run");
                run("import ", data, "import", file.toString());
                Files.delete(file);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs the command in its own JVM and prints its time, peak resident memory and last line of output. */
    private static void run(String what, Path data, String... command) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> line = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED"));
        String options = System.getenv().getOrDefault("BENCH_JAVA_OPTIONS", "");
        if (!options.isBlank()) {
            line.addAll(List.of(options.trim().split("\\s+")));
        }
        line.addAll(List.of("-cp", System.getProperty("java.class.path"), "app.rapport.Main", "--data-dir", data.toString()));
        line.addAll(Arrays.asList(command));
        Path output = Files.createTempFile("rapport-vcard-bench", ".out");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            long peakKb = 0;
            while (p.isAlive()) {
                peakKb = Math.max(peakKb, highWaterMark(p.pid()));
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<String> out = Files.readAllLines(output);
            String last = out.isEmpty() ? "" : out.getLast();
            System.out.printf(Locale.ROOT, "  %s: %.1f s, peak resident %.0f MB, exit %d, %,d lines of output; last: %s%n",
                    what, seconds, peakKb / 1024.0, p.exitValue(), out.size(),
                    last.length() > 160 ? last.substring(0, 160) + "…" : last);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The process's peak resident set so far, in kB (0 once it is gone). */
    private static long highWaterMark(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the check and the read
        }
        return 0;
    }

    /**
     * Writes {@code n} cards. Names combine a first name, an initial and one or two last names
     * (about 1.7 million different names), so that a large file is many people rather than the
     * same forty names again and again.
     */
    static void generate(Path file, int n, long seed) throws IOException {
        Random r = new Random(seed);
        String[] first = SyntheticJournal.FIRST;
        String[] last = SyntheticJournal.LAST;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < n; i++) {
                String given = first[r.nextInt(first.length)];
                String family = last[r.nextInt(last.length)] + (r.nextInt(4) == 0 ? "-" + last[r.nextInt(last.length)] : "");
                String name = given + " " + (char) ('A' + r.nextInt(26)) + ". " + family;
                String email = i > 0 && r.nextInt(50) == 0 ? "p" + r.nextInt(i) + "@mail.example" : "p" + i + "@mail.example";
                w.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:");
                w.write(name);
                w.write("\r\nORG:");
                w.write(SyntheticJournal.ORGS[r.nextInt(SyntheticJournal.ORGS.length)]);
                w.write("\r\nEMAIL:");
                w.write(email);
                w.write("\r\nTEL:+49 30 ");
                w.write(Integer.toString(1_000_000 + i));
                if (r.nextInt(8) == 0) {
                    w.write("\r\nNOTE:Met at ");
                    w.write(SyntheticJournal.CITIES[r.nextInt(SyntheticJournal.CITIES.length)]);
                }
                w.write("\r\nEND:VCARD\r\n");
            }
        }
    }
}
