package app.rapport.bench;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.TagCadence;
import app.rapport.reminders.KeepInTouchRules;
import app.rapport.reminders.Relationships;
import app.rapport.reminders.Reminders;
import app.rapport.reminders.Snoozes;
import app.rapport.reminders.TodayDigest;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.today.TodayScreen;
import atlantafx.base.theme.PrimerLight;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Issue 5: the Today screen on 10,000 contacts and 100,000 encounters. Start-up loads the journal
 * (measured, but not part of the target); then Today computes what is due from it and renders:
 * that, from a new Today screen put into the (already open) window to its first frame with
 * content, must take under 200 ms.
 * Rendering runs on the JavaFX headless platform with the software pipeline.
 */
final class TodayBench {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private TodayBench() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench-today");
        int contacts = Integer.getInteger("bench.contacts", 10_000); // smaller for a quick look
        JournalSnapshot data = withReminders(SyntheticJournal.generate(contacts, contacts * 10, contacts * 3, 42));
        try (SqliteJournal journal = TestJournals.open(dir)) {
            journal.importSnapshot(data);
            journal.saveTagCadence(new TagCadence("wordpress", 60));

            double[] loads = new double[3];
            JournalSnapshot loaded = null;
            for (int i = -1; i < loads.length; i++) {
                // The store keeps its snapshot between writes; a write (here an empty one) makes the
                // next read go to the file, as the first read after start-up does.
                journal.removeSnooze("bench-no-such-item");
                long s = System.nanoTime();
                loaded = journal.snapshot();
                if (i >= 0) {
                    loads[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            Bench.report("start-up: load the journal (snapshot of 10,000 contacts, 100,000 encounters)", loads,
                    Double.NaN);

            KeepInTouchRules rules = KeepInTouchRules.of(journal.tagCadences());
            double[] digests = new double[30];
            TodayDigest d = null;
            for (int i = -10; i < digests.length; i++) {
                long s = System.nanoTime();
                d = TodayDigest.of(loaded, rules, Snoozes.none(), NOW, ZONE);
                if (i >= 0) {
                    digests[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "  (%d catch-ups due, %d birthdays, %d follow-ups, %s)%n",
                    d.catchUps().size(), d.birthdays().size(), d.followUps().size(), d.health());
            Bench.report("Today: what is due, computed from the loaded journal", digests, 200);

            if (Boolean.getBoolean("bench.phases")) {
                parts(loaded, rules);
            }
            render(loadedJournal(journal, loaded));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Where the digest's time goes, pass by pass (with -Dbench.phases=true). */
    static void parts(JournalSnapshot s, KeepInTouchRules rules) {
        LocalDate today = NOW.atZone(ZONE).toLocalDate();
        for (int i = 0; i < 5; i++) {
            long s0 = System.nanoTime();
            app.rapport.journal.EncounterTimeline.of(s.encounters()); // what loading the journal adds for it
            System.out.printf(Locale.ROOT, "    timeline of %d encounters built in %.1f ms (part of loading)%n",
                    s.encounters().size(), (System.nanoTime() - s0) / 1e6);
        }
        for (int i = 0; i < 5; i++) {
            long a = System.nanoTime();
            Relationships rel = Relationships.of(s.timeline(), today, ZONE);
            long b = System.nanoTime();
            Reminders.followUps(s.timeline().withOpenFollowUps(), Snoozes.none(), today, Reminders.FOLLOW_UP_DAYS_AHEAD);
            long c = System.nanoTime();
            Reminders.recent(s.timeline(), NOW, TodayDigest.RECENT_ENCOUNTERS);
            long d = System.nanoTime();
            Reminders.keepInTouchDue(s.contacts(), rel, rules, Snoozes.none(), today, ZONE);
            long e = System.nanoTime();
            Reminders.birthdays(s.contacts(), rel, Snoozes.none(), today, Reminders.BIRTHDAY_DAYS_AHEAD);
            Reminders.health(s.contacts(), rel);
            long f = System.nanoTime();
            System.out.printf(Locale.ROOT, "    relationships %.1f ms, follow-ups %.1f ms, recent %.1f ms, catch-ups %.1f ms,"
                    + " birthdays and health %.1f ms%n", (b - a) / 1e6, (c - b) / 1e6, (d - c) / 1e6, (e - d) / 1e6,
                    (f - e) / 1e6);
        }
    }

    private static double uptimeSeconds() {
        return (System.currentTimeMillis()
                - ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli()) / 1e3;
    }

    /** Cadences and birthdays for part of the synthetic contacts, so that every card has work. */
    static JournalSnapshot withReminders(JournalSnapshot s) {
        Random r = new Random(5);
        List<Contact> contacts = new ArrayList<>();
        for (Contact c : s.contacts()) {
            Contact.Builder b = c.toBuilder();
            if (r.nextInt(5) == 0) {
                b.keepInTouchDays(List.of(30, 60, 90, 180).get(r.nextInt(4)));
            }
            if (r.nextInt(3) == 0) {
                b.birthday(r.nextBoolean() ? Birthday.of(1 + r.nextInt(12), 1 + r.nextInt(28))
                        : Birthday.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)));
            }
            contacts.add(b.build());
        }
        return new JournalSnapshot(contacts, s.ties(), s.encounters());
    }

    /** The journal as start-up has loaded it: the snapshot from memory, everything else from the store. */
    static Journal loadedJournal(Journal store, JournalSnapshot snapshot) {
        return (Journal) Proxy.newProxyInstance(Journal.class.getClassLoader(), new Class<?>[] {Journal.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("snapshot")) {
                        return snapshot;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static void render(Journal journal) throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.runLater(() -> {
            I18n.setLocale(I18n.ENGLISH);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
        Clock clock = Clock.fixed(NOW, ZONE);
        // The window exists before the journal is loaded (start-up shows it first); Today then
        // goes into it, as MainWindow puts its first screen into its content pane.
        CompletableFuture<javafx.scene.layout.StackPane> window = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane();
            stage.setScene(new Scene(content, 1000, 800));
            stage.show();
            window.complete(content);
        });
        javafx.scene.layout.StackPane content = window.get(30, TimeUnit.SECONDS);
        double[] renders = new double[20];
        javafx.scene.image.WritableImage[] frame = new javafx.scene.image.WritableImage[1];
        for (int i = -5; i < renders.length; i++) {
            CompletableFuture<Double> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long s = System.nanoTime();
                TodayScreen screen = new TodayScreen(context(journal, content.getScene().getWindow()), clock);
                content.getChildren().setAll(screen.view());
                long shown = System.nanoTime();
                screen.model().loadedProperty().addListener((o, was, now) -> {
                    long loaded = System.nanoTime();
                    // CSS, layout and a rendered frame with the content. Into one image for all rounds: a
                    // new 3 MB image each round made the collector start a marking cycle every round,
                    // on the core the app's own work needs, which the app on screen never does.
                    frame[0] = content.getScene().snapshot(frame[0]);
                    long end = System.nanoTime();
                    if (Boolean.getBoolean("bench.phases")) {
                        // The uptime lines the rounds up with a GC log (-Dbench.jvm=-Xlog:gc:file=...).
                        System.out.printf(Locale.ROOT, "    build %.0f ms, load %.0f ms, render %.0f ms (ended at %.3f s)%n",
                                (shown - s) / 1e6, (loaded - shown) / 1e6, (end - loaded) / 1e6, uptimeSeconds());
                    }
                    double ms = (end - s) / 1e6;
                    // Today then asks the engine for its three suggestions. Start-up loads Today once, so
                    // the next round starts when that is done, as a user's next start would.
                    if (!screen.model().introductions().isEmpty()) {
                        done.complete(ms);
                    } else {
                        screen.model().introductions().addListener(
                                (javafx.collections.ListChangeListener<Object>) c -> done.complete(ms));
                    }
                });
            });
            double ms = done.get(60, TimeUnit.SECONDS);
            if (i >= 0) {
                renders[i] = ms;
            }
        }
        Bench.report("Today: new screen to first frame with content, journal loaded (target)", renders, 200);
        Platform.exit();
    }

    static AppContext context(Journal journal, Window window) {
        return new app.rapport.ui.testing.TestAppContext(journal, window);
    }

}
