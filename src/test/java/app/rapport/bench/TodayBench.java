package app.rapport.bench;

import app.rapport.journal.JournalSnapshot;
import app.rapport.reminders.KeepInTouchRules;
import app.rapport.reminders.Snoozes;
import app.rapport.journal.TagCadence;
import app.rapport.reminders.TodayDigest;
import app.rapport.store.SqliteJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Issue 5: the Today screen on 10,000 contacts and 100,000 encounters. */
final class TodayBench {

    private TodayBench() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench-today");
        JournalSnapshot data = SyntheticJournal.generate(10_000, 100_000, 30_000, 42);
        try (SqliteJournal journal = SqliteJournal.open(dir)) {
            journal.importSnapshot(data);
            double[] loads = new double[5];
            JournalSnapshot loaded = null;
            for (int i = -2; i < loads.length; i++) {
                long s = System.nanoTime();
                loaded = journal.snapshot();
                if (i >= 0) {
                    loads[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            Bench.report("load the journal snapshot (start-up, not part of Today's target)", loads, 5000);
            KeepInTouchRules rules = KeepInTouchRules.of(List.of(new TagCadence("wordpress", 60)));
            ZoneId zone = ZoneId.of("Europe/Berlin");
            Instant now = Instant.parse("2026-11-23T10:00:00Z");
            double[] digests = new double[30];
            TodayDigest d = null;
            for (int i = -10; i < digests.length; i++) {
                long s = System.nanoTime();
                d = TodayDigest.of(loaded, rules, Snoozes.none(), now, zone);
                if (i >= 0) {
                    digests[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "today: %d catch-ups due, %d birthdays, %d follow-ups, health %s%n",
                    d.catchUps().size(), d.birthdays().size(), d.followUps().size(), d.health());
            Bench.report("Today's reminders from the loaded journal", digests, 200);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
