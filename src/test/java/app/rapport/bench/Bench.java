package app.rapport.bench;

import app.rapport.journal.ContactFilter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.JournalSnapshot;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Sections: {@code journal}, {@code window}, {@code import} (JSON, issue 3), {@code addressbook}
 * (10,000-card vCard import with preview and vCard export, issue 4), {@code backup}, {@code quality}
 * (how good the introductions are, issue 11), {@code network} (the Network screen, issue 12); several may be given, separated by commas.
 * Prints the journal's speed figures (issue 2): search as you type per keystroke and opening a
 * contact with 300 encounters, on 10,000 contacts and 100,000 encounters. Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.args=journal}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        // Maven passes -Dbench.args="import backup" as one argument: split it.
        List<String> which = Arrays.stream(args).flatMap(a -> Arrays.stream(a.split("[\\s,]+")))
                .filter(a -> !a.isBlank()).toList();
        if (which.isEmpty() || which.contains("journal")) {
            journal();
        }
        if (which.contains("window")) {
            WindowBench.run();
        }
        if (which.contains("import")) {
            ImportBench.run();
        }
        if (which.contains("engine")) {
            EngineBench.run();
        }
        if (which.contains("addressbook")) {
            AddressBookBench.coldImport();
            AddressBookBench.importAndExport();
        }
        if (which.contains("backup")) {
            AddressBookBench.backup();
        }
        if (which.contains("today")) {
            TodayBench.run();
        }
        if (which.contains("memory")) {
            MemoryBench.run();
        }
        if (which.contains("vcards")) {
            VCardImportBench.run();
        }
        if (which.contains("network")) {
            NetworkBench.run();
        }
        if (which.contains("sync")) {
            SyncBench.run();
        }
        if (which.contains("quality")) {
            QualityBench.run();
        }
        if (which.contains("suggest-cli")) {
            SuggestCliBench.run();
        }
    }

    static void journal() throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench");
        JournalSnapshot data = SyntheticJournal.generate(10_000, 100_000, 30_000, 42);
        try (SqliteJournal journal = TestJournals.open(dir)) {
            long t0 = System.nanoTime();
            journal.importSnapshot(data);
            System.out.printf(Locale.ROOT, "import of 10,000 contacts, 100,000 encounters: %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);

            // Search as you type: each prefix of a name is one keystroke, as the list would query it.
            Random r = new Random(7);
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String name = data.contacts().get(r.nextInt(data.contacts().size())).name();
                String typed = i % 3 == 0 ? name.toLowerCase(Locale.ROOT).replace("ü", "ue").replace("ö", "oe") : name;
                for (int k = 1; k <= Math.min(typed.length(), 12); k++) {
                    queries.add(typed.substring(0, k));
                }
            }
            for (int i = 0; i < 300; i++) { // warm-up
                journal.contacts(ContactFilter.all().withText(queries.get(i % queries.size())));
            }
            double[] keystrokes = new double[queries.size()];
            int results = 0;
            for (int i = 0; i < queries.size(); i++) {
                long s = System.nanoTime();
                results += journal.contacts(ContactFilter.all().withText(queries.get(i))).size();
                keystrokes[i] = (System.nanoTime() - s) / 1e6;
            }
            report("search as you type, per keystroke (" + queries.size() + " keystrokes, "
                    + results / queries.size() + " rows on average)", keystrokes, 30);

            // Opening the contact with 300 encounters: profile, timeline and ties, as the detail pane loads them.
            double[] opens = new double[60];
            for (int i = -20; i < opens.length; i++) {
                long s = System.nanoTime();
                journal.contact("c0").orElseThrow();
                int n = journal.encounters(EncounterFilter.all().withContact("c0")).size();
                journal.tiesOf("c0");
                if (n != SyntheticJournal.HUB_ENCOUNTERS) {
                    throw new IllegalStateException("expected 300 encounters, got " + n);
                }
                if (i >= 0) {
                    opens[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            report("open a contact with 300 encounters (store part)", opens, 50);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void report(String what, double[] millis, double targetP95) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double p50 = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        if (Double.isNaN(targetP95)) { // a figure for context, with no target of its own
            System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    what, p50, p95, sorted[sorted.length - 1]);
            return;
        }
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms (target p95 < %.0f ms: %s)%n",
                what, p50, p95, sorted[sorted.length - 1], targetP95, p95 < targetP95 ? "met" : "MISSED");
    }
}
