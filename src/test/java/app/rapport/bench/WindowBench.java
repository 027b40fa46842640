package app.rapport.bench;

import app.rapport.journal.JournalSnapshot;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.MainWindow;
import app.rapport.ui.common.UiSettings;
import app.rapport.ui.contacts.ContactsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The same two figures as {@link Bench#journal}, measured through the window: from the keystroke
 * (the search text changing on the JavaFX thread) to the list showing the answer, and from
 * choosing the contact with 300 encounters to its detail pane laid out on screen. Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.args=window}.
 */
final class WindowBench {

    private WindowBench() {
    }

    static void run() throws Exception {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path dir = Files.createTempDirectory("rapport-window-bench");
        JournalSnapshot data = SyntheticJournal.generate(10_000, 100_000, 30_000, 42);
        try (SqliteJournal journal = TestJournals.open(dir)) {
            journal.importSnapshot(data);
            CompletableFuture<MainWindow> started = new CompletableFuture<>();
            Platform.startup(() -> {
                MainWindow window = new MainWindow(new Stage(), UiSettings.inMemory(), dir, java.time.Clock.systemDefaultZone());
                window.show();
                window.journalOpened(journal);
                started.complete(window);
            });
            MainWindow window = started.get(60, TimeUnit.SECONDS);
            ContactsViewModel model = onFx(() -> window.contactsScreen().model());
            waitUntil(() -> onFx(() -> model.contacts().size() == data.contacts().size()));

            Random r = new Random(7);
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String name = data.contacts().get(r.nextInt(data.contacts().size())).name();
                String typed = i % 3 == 0 ? name.toLowerCase(Locale.ROOT).replace("ü", "ue").replace("ö", "oe") : name;
                for (int k = 1; k <= Math.min(typed.length(), 12); k++) {
                    queries.add(typed.substring(0, k));
                }
            }
            for (int i = 0; i < 150; i++) { // warm-up
                keystroke(model, queries.get(i % queries.size()) + " ");
            }
            double[] keystrokes = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                keystrokes[i] = keystroke(model, queries.get(i));
            }
            Bench.report("window: keystroke to list updated (" + queries.size() + " keystrokes)", keystrokes, 30);

            Scene scene = onFx(() -> window.stage().getScene());
            double[] opens = new double[40];
            for (int i = -15; i < opens.length; i++) {
                // Alternate with another contact so that each round really loads the busy one again.
                open(model, scene, "c1");
                double ms = open(model, scene, "c0");
                if (i >= 0) {
                    opens[i] = ms;
                }
            }
            Bench.report("window: choose contact with 300 encounters to detail pane filled and laid out", opens, 50);
            double[] loads = new double[40];
            for (int i = -15; i < loads.length; i++) {
                long s0 = System.nanoTime();
                var d = app.rapport.ui.contacts.ContactDetail.load(journal, "c0", Locale.ENGLISH).orElseThrow();
                if (i >= 0) {
                    loads[i] = (System.nanoTime() - s0) / 1e6;
                }
                if (i == 0) {
                    System.out.println("c0: " + d.encounters().size() + " encounters, " + d.ties().size() + " ties, "
                            + d.names().size() + " names");
                }
            }
            Bench.report("  of which loading the detail (background thread)", loads, 50);
            Platform.exit();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Milliseconds from setting the search text to the list holding the answer. */
    private static double keystroke(ContactsViewModel model, String text) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long[] start = new long[1];
        Platform.runLater(() -> {
            ListChangeListener<Object> l = new ListChangeListener<>() {
                @Override
                public void onChanged(Change<?> c) {
                    model.contacts().removeListener(this);
                    done.complete(System.nanoTime());
                }
            };
            model.contacts().addListener(l);
            start[0] = System.nanoTime();
            model.queryProperty().set(text);
        });
        long end = done.get(10, TimeUnit.SECONDS);
        return (end - start[0]) / 1e6;
    }

    /**
     * Milliseconds from selecting a contact to its detail pane built, styled and laid out on the
     * JavaFX thread. Drawing happens afterwards on the render thread and is not included: on the
     * headless software renderer it measures the machine, not the app.
     */
    private static double open(ContactsViewModel model, Scene scene, String id) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long[] start = new long[1];
        Platform.runLater(() -> {
            InvalidationListener arrived = new InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    model.detailProperty().removeListener(this);
                    // The detail view's own listener ran first and built the pane; style and lay
                    // it out now, as the next pulse would, before the render thread draws it.
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    done.complete(System.nanoTime());
                }
            };
            model.detailProperty().addListener(arrived);
            start[0] = System.nanoTime();
            model.select(id);
        });
        long end = done.get(10, TimeUnit.SECONDS);
        return (end - start[0]) / 1e6;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }
}
