package app.rapport.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.StoreBackupService;
import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.sync.JournalSync;
import app.rapport.sync.SyncFolder;
import app.rapport.ui.common.JournalChangeFeed;
import app.rapport.ui.testing.ScreenTestExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings, Sync as a user goes through it: sync set up to a folder with a passphrase, an edit
 * synced by itself, and one side of a change to review picked, which the other device then holds.
 * The other device is {@code rapport sync}'s engine on a second journal.
 */
@ExtendWith(ScreenTestExtension.class)
class SyncPaneTest {

    static final String PASS = "correct horse battery";

    @TempDir
    Path tmp;
    SqliteJournal journal;
    SqliteJournal other;
    JournalChangeFeed feed;
    SyncPane pane;
    Path shared;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("laptop"));
        shared = Files.createDirectories(tmp.resolve("Sync"));
        journal = app.rapport.store.TestJournals.open(dataDir);
        other = app.rapport.store.TestJournals.open(Files.createDirectories(tmp.resolve("desktop")));
        journal.saveContact(Contact.builder("Anna Schmidt").city("Köln").build());
        // Real threads and timers; a change syncs after 100 ms instead of 5 s.
        SyncViewModel model = new SyncViewModel(journal, dataDir, new StoreBackupService(journal), Clock.systemUTC(),
                SyncScheduler.fx(), SyncViewModel.Background.tasks(),
                new SyncViewModel.Timing(Duration.ofMillis(100), Duration.ofHours(1)), 1000);
        feed = JournalChangeFeed.follow(journal, model::journalChanged);
        pane = new SyncPane(model);
        javafx.scene.control.Label title = new javafx.scene.control.Label("Sync");
        title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        javafx.scene.layout.VBox section = new javafx.scene.layout.VBox(12, title, pane);
        section.getStyleClass().add("settings-section");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(section);
        box.getStyleClass().addAll("settings-screen", "screen-area");
        box.setPadding(new javafx.geometry.Insets(20, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Scene scene = new Scene(scroll, 760, 600);
        app.rapport.ui.common.Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        feed.close();
    }

    @Test
    void setUpSyncAnEditAndPickASideOfAChangeToReview(FxRobot robot) throws Exception {
        assertTrue(pane.status.getText().startsWith("Sync is off."), pane.status.getText());
        assertTrue(pane.passphrase.getParent().getParent().isManaged() == false, "no passphrase before a folder");
        // The folder chooser is the system's: the folder it gives goes to the model.
        robot.interact(() -> pane.model.chooseFolder(shared));
        waitUntil(() -> pane.passphrase.isVisible() && pane.confirmation.isVisible());
        assertEquals("Set passphrase", pane.submit.getText());
        robot.interact(() -> {
            pane.passphrase.setText(PASS);
            pane.confirmation.setText("something else");
        });
        robot.clickOn(pane.submit);
        waitUntil(() -> pane.message.isVisible());
        assertEquals("The two passphrases differ. Type the same one twice.", pane.message.getText());
        assertTrue(pane.passphrase.getText().isEmpty(), "what was typed is not kept in the field");
        robot.interact(() -> {
            pane.passphrase.setText(PASS);
            pane.confirmation.setText(PASS);
        });
        robot.clickOn(pane.submit);
        waitUntil(() -> pane.status.getText().startsWith("Last sync "));
        assertTrue(pane.syncNow.isVisible());
        assertEquals("Devices seen: this one and no other yet.", pane.devices.getText());

        // The other device joins and gets Anna.
        SyncFolder folder = SyncFolder.open(shared, PASS.toCharArray());
        Path otherState = tmp.resolve("desktop").resolve(SyncViewModel.STATE_FILE);
        JournalSync.run(other, otherState, folder, Clock.systemUTC());
        assertEquals(1, other.stats().contacts());

        // An edit here syncs by itself a moment later; one there at the same time.
        Contact here = journal.snapshot().contacts().getFirst();
        journal.saveContact(here.toBuilder().city("Berlin").build());
        Contact there = other.snapshot().contacts().getFirst();
        other.saveContact(there.toBuilder().city("Hamburg").build());
        waitUntil(() -> pane.status.getText().contains("1 change written"));
        JournalSync.Report theirs = JournalSync.run(other, otherState, folder, Clock.systemUTC());
        assertEquals(1, theirs.conflicts().size(), "the other device sees the two values too");

        robot.clickOn(pane.syncNow);
        waitUntil(() -> pane.toReview.getText().startsWith("1 change to review"));
        assertEquals("Anna Schmidt · City", ((javafx.scene.control.Label) ((javafx.scene.layout.VBox)
                pane.reviews.getChildren().getFirst()).getChildren().getFirst()).getText());
        Button hamburg = robot.lookup(".sync-review-choice").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().contains("“Hamburg”")).findFirst().orElseThrow();
        assertEquals(2, robot.lookup(".sync-review-choice").queryAll().size());
        robot.clickOn(hamburg);
        waitUntil(() -> pane.toReview.getText().equals("Nothing to review."));
        assertEquals("Hamburg", journal.snapshot().contacts().getFirst().city());

        JournalSync.Report after = JournalSync.run(other, otherState, folder, Clock.systemUTC());
        assertTrue(after.conflicts().isEmpty(), "the pick settled it on the other device too");
        assertEquals("Hamburg", other.snapshot().contacts().getFirst().city());
        assertTrue(pane.error.getText().isEmpty(), pane.error.getText());
    }

    /**
     * The pane with a change to review, light and dark, into the folder the system property
     * {@code screenshots} names: {@code mvn -q test -Dtest=SyncPaneTest -Dscreenshots=target/shots}.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "screenshots", matches = ".+")
    void screenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("screenshots")).toAbsolutePath();
        Files.createDirectories(out);
        robot.interact(() -> pane.model.chooseFolder(shared));
        waitUntil(() -> pane.passphrase.isVisible());
        robot.interact(() -> pane.model.submitPassphrase("short".toCharArray(), "short".toCharArray()));
        snap(robot, out, "settings-sync-setup");
        robot.interact(() -> pane.model.submitPassphrase(PASS.toCharArray(), PASS.toCharArray()));
        waitUntil(() -> pane.status.getText().startsWith("Last sync "));
        SyncFolder folder = SyncFolder.open(shared, PASS.toCharArray());
        Path otherState = tmp.resolve("desktop").resolve(SyncViewModel.STATE_FILE);
        JournalSync.run(other, otherState, folder, Clock.systemUTC());
        journal.saveContact(journal.snapshot().contacts().getFirst().toBuilder().city("Berlin").build());
        other.saveContact(other.snapshot().contacts().getFirst().toBuilder().city("Hamburg").build());
        waitUntil(() -> pane.status.getText().contains("1 change written"));
        JournalSync.run(other, otherState, folder, Clock.systemUTC());
        robot.interact(pane.model::syncNow);
        waitUntil(() -> pane.toReview.getText().startsWith("1 change to review"));
        snap(robot, out, "settings-sync");
    }

    private void snap(FxRobot robot, Path out, String name) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> app.rapport.ui.common.Themes.apply(dark));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                    () -> pane.getScene().snapshot(null)).get();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    out.resolve(name + "-" + (dark ? "dark" : "light") + ".png").toFile());
        }
        robot.interact(() -> app.rapport.ui.common.Themes.apply(false));
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }
}
