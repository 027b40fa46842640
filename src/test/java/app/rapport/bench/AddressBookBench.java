package app.rapport.bench;

import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFiles;
import app.rapport.interchange.contacts.ImportPreview;
import app.rapport.interchange.vcard.VCardContactWriter;
import app.rapport.journal.Contact;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Progress;
import app.rapport.store.Backups;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 4's speed figures: importing a 10,000-card vCard file including the preview (target
 * under 5 s), exporting 10,000 contacts to vCard (under 2 s), and backing up a journal with
 * 100,000 encounters (under 1 s). Each is run a few times; the first run includes JIT warm-up,
 * the best of the rest is what a user sees on the second import of a session.
 */
final class AddressBookBench {

    private AddressBookBench() {
    }

    static void importAndExport() throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench-import");
        try {
            Path vcf = dir.resolve("contacts.vcf");
            List<Contact> cards = cards(10_000, 11);
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(vcf, StandardCharsets.UTF_8))) {
                VCardContactWriter.write(cards, w);
            }
            System.out.printf(Locale.ROOT, "vCard file: %d cards, %.1f MB%n", cards.size(), Files.size(vcf) / 1048576.0);
            // The journal already holds 10,000 other people (and a few of the same, as duplicates).
            JournalSnapshot existing = SyntheticJournal.generate(10_000, 0, 0, 42);
            for (int run = 1; run <= 3; run++) {
                Path data = dir.resolve("journal" + run);
                try (SqliteJournal journal = TestJournals.open(data)) {
                    journal.importSnapshot(existing);
                    long c0 = cpu();
                    long t0 = System.nanoTime();
                    AddressBook book = ContactFiles.read(vcf, Progress.NONE);
                    long t1 = System.nanoTime();
                    List<Contact> inJournal = journal.snapshot().contacts();
                    long tj = System.nanoTime();
                    ImportPreview preview = ImportPreview.of(book, inJournal, Progress.NONE, java.util.concurrent.ForkJoinPool.commonPool());
                    long t2 = System.nanoTime();
                    journal.importContacts(preview.contactsToStore(ImportPreview.DuplicateChoice.MERGE), Progress.NONE);
                    long t3 = System.nanoTime();
                    double total = (t3 - t0) / 1e9;
                    double cpu = (cpu() - c0) / 1e9;
                    System.out.printf(Locale.ROOT, "import run %d: read %.2f s, preview %.2f s (journal %.2f s, compare %.2f s;"
                                    + " %d new, %d duplicates, %d within the file),"
                                    + " store %.2f s incl. backup; total %.2f s wall, %.2f s CPU"
                                    + " (target < 5 s: %s)%n", run,
                            (t1 - t0) / 1e9, (t2 - t1) / 1e9, (tj - t1) / 1e9, (t2 - tj) / 1e9,
                            preview.newContacts().size(), preview.duplicates().size(), preview.withinFile().size(),
                            (t3 - t2) / 1e9, total, cpu, total < 5 ? "met" : "MISSED");
                    if (run == 3) {
                        List<Contact> all = journal.snapshot().contacts().subList(0, 10_000);
                        for (int e = 1; e <= 3; e++) {
                            long s = System.nanoTime();
                            long c = cpu();
                            StringWriter out = new StringWriter(8 << 20);
                            VCardContactWriter.write(all, out);
                            double secs = (System.nanoTime() - s) / 1e9;
                            System.out.printf(Locale.ROOT, "export run %d: 10,000 contacts to vCard 4.0 (%.1f MB) in %.2f s"
                                    + " wall, %.2f s CPU (target < 2 s: %s)%n", e, out.getBuffer().length() / 1048576.0,
                                    secs, (cpu() - c) / 1e9, secs < 2 ? "met" : "MISSED");
                        }
                    }
                }
            }
        } finally {
            delete(dir);
        }
    }

    /**
     * The import a user gets: the first of a session, in a fresh JVM (its own process here) with
     * nothing compiled yet, of the same 10,000 cards into a journal of 10,000 people.
     */
    static void coldImport() throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench-cold");
        try {
            Path vcf = dir.resolve("contacts.vcf");
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(vcf, StandardCharsets.UTF_8))) {
                VCardContactWriter.write(cards(10_000, 11), w);
            }
            try (SqliteJournal journal = TestJournals.open(dir.resolve("template"))) {
                journal.importSnapshot(SyntheticJournal.generate(10_000, 0, 0, 42));
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            for (int run = 1; run <= 3; run++) {
                Path data = dir.resolve("journal" + run);
                Files.createDirectories(data);
                Files.copy(dir.resolve("template/journal.sqlite"), data.resolve("journal.sqlite"));
                // BENCH_JAVA_OPTIONS: JVM options to try, e.g. the launcher's for commands.
                List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx2g", "--enable-native-access=ALL-UNNAMED"));
                String options = System.getenv().getOrDefault("BENCH_JAVA_OPTIONS", "");
                if (!options.isBlank()) {
                    command.addAll(List.of(options.trim().split("\\s+")));
                }
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), AddressBookBench.class.getName(),
                        data.toString(), vcf.toString(), String.valueOf(run)));
                Process p = new ProcessBuilder(command).inheritIO().start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("cold import run failed");
                }
            }
            // What a user runs: the launcher of the runtime image (its own JVM options for commands),
            // from process start to exit, preview (duplicates) and backup included.
            Path launcher = Path.of("target", "image", "bin", "rapport");
            if (!Files.isExecutable(launcher)) {
                System.out.println("launcher import: skipped (run mvn -DskipTests package first)");
                return;
            }
            for (int run = 1; run <= 3; run++) {
                Path data = dir.resolve("launcher" + run);
                Files.createDirectories(data);
                Files.copy(dir.resolve("template/journal.sqlite"), data.resolve("journal.sqlite"));
                long s = System.nanoTime();
                Process p = new ProcessBuilder(launcher.toString(), "--data-dir", data.toString(), "import",
                        vcf.toString(), "--merge-duplicates").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                int exit = p.waitFor();
                double secs = (System.nanoTime() - s) / 1e9;
                if (exit != 0) {
                    throw new IllegalStateException("launcher import failed: " + out);
                }
                System.out.printf(Locale.ROOT, "launcher import %d: rapport import of 10,000 cards into 10,000 people,"
                        + " process start to exit %.2f s (target < 5 s: %s)%n    %s%n", run, secs,
                        secs < 5 ? "met" : "MISSED", out.lines().findFirst().orElse(""));
            }
        } finally {
            delete(dir);
        }
    }

    /** One cold import in this (fresh) process: {@code DATA_DIR FILE RUN}. */
    public static void main(String[] args) throws Exception {
        long c0 = cpu();
        long t0 = System.nanoTime();
        try (SqliteJournal journal = TestJournals.open(Path.of(args[0]))) {
            long t1 = System.nanoTime();
            var existing = java.util.concurrent.CompletableFuture.supplyAsync(journal::allContacts);
            AddressBook book = ContactFiles.read(Path.of(args[1]), Progress.NONE);
            long t2 = System.nanoTime();
            List<Contact> inJournal = ImportPreview.join(existing);
            long t3 = System.nanoTime();
            ImportPreview preview = ImportPreview.of(book, inJournal, Progress.NONE, java.util.concurrent.ForkJoinPool.commonPool());
            long t4 = System.nanoTime();
            journal.importContacts(preview.contactsToStore(ImportPreview.DuplicateChoice.MERGE, true), Progress.NONE);
            long t5 = System.nanoTime();
            double total = (t5 - t1) / 1e9;
            System.out.printf(Locale.ROOT, "cold import %s: open %.2f s; read %.2f s, journal's contacts %.2f s more,"
                            + " compare %.2f s (%d new, %d duplicates, %d within the file), store %.2f s incl. backup;"
                            + " preview %.2f s, total %.2f s wall, %.2f s CPU (target < 5 s: %s)%n", args[2],
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, preview.newContacts().size(),
                    preview.duplicates().size(), preview.withinFile().size(), (t5 - t4) / 1e9, (t4 - t1) / 1e9, total,
                    (cpu() - c0) / 1e9, total < 5 ? "met" : "MISSED");
        }
    }

    static void backup() throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench-backup");
        try {
            try (SqliteJournal journal = TestJournals.open(dir.resolve("data"))) {
                journal.importSnapshot(SyntheticJournal.generate(10_000, 100_000, 30_000, 42));
                for (int run = 1; run <= 3; run++) {
                    long s = System.nanoTime();
                    long c = cpu();
                    Backups.Backup b = journal.backup(Backups.Kind.MANUAL);
                    double secs = (System.nanoTime() - s) / 1e9;
                    System.out.printf(Locale.ROOT, "backup run %d: journal with 10,000 contacts, 100,000 encounters"
                            + " (%.1f MB) in %.2f s wall, %.2f s CPU (target < 1 s: %s)%n", run, b.size() / 1048576.0,
                            secs, (cpu() - c) / 1e9, secs < 1 ? "met" : "MISSED");
                }
            }
        } finally {
            delete(dir);
        }
    }

    /**
     * CPU time of this process (all threads, JIT and GC included): on a machine shared with other
     * builds, wall time mostly measures the others.
     */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** Address book entries as people have them: most with e-mail and phone, some with notes, birthday, tags. */
    static List<Contact> cards(int n, long seed) {
        Random r = new Random(seed);
        List<Contact> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String first = SyntheticJournal.FIRST[r.nextInt(SyntheticJournal.FIRST.length)];
            String last = SyntheticJournal.LAST[r.nextInt(SyntheticJournal.LAST.length)];
            // One in fifty shares an address with someone already in the journal: a duplicate.
            String email = r.nextInt(50) == 0 ? "person" + r.nextInt(10_000) + "@example.org"
                    : first.toLowerCase(Locale.ROOT) + "." + i + "@mail.example";
            Contact.Builder b = Contact.builder(first + " " + last)
                    .organization(SyntheticJournal.ORGS[r.nextInt(SyntheticJournal.ORGS.length)])
                    .role(r.nextBoolean() ? "Consultant" : null)
                    .city(SyntheticJournal.CITIES[r.nextInt(SyntheticJournal.CITIES.length)])
                    .emails(List.of(email)).phones(List.of("+49 30 " + (1_000_000 + i)));
            if (r.nextInt(3) == 0) {
                b.notes("Met at " + SyntheticJournal.CITIES[r.nextInt(SyntheticJournal.CITIES.length)] + " meetup.");
            }
            if (r.nextInt(4) == 0) {
                b.birthday(app.rapport.journal.Birthday.of(1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)));
            }
            b.interests(List.of(SyntheticJournal.TAGS[r.nextInt(SyntheticJournal.TAGS.length)]));
            out.add(b.build());
        }
        return out;
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
