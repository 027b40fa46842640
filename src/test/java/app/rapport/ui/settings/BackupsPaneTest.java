package app.rapport.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.StoreBackupService;
import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings, Backups: back up now, see what a backup holds, restore it. */
@ExtendWith(ApplicationExtension.class)
class BackupsPaneTest {

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    BackupsPane pane;
    final AtomicInteger changes = new AtomicInteger();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.ENGLISH);
        Tasks.setDefaultErrorHandler(errors::add);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        journal = SqliteJournal.open(dataDir);
        journal.saveContact(Contact.builder("Anna Schmidt").build());
        pane = new BackupsPane(new StoreBackupService(journal), changes::incrementAndGet);
        stage.setScene(new Scene(pane, 700, 500));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        waitUntil(() -> Tasks.runningProperty().get() == 0);
        journal.close();
        assertEquals(List.of(), errors);
    }

    @Test
    void backUpNowShowContentsAndRestore(FxRobot robot) {
        assertTrue(pane.list.getItems().isEmpty());
        assertTrue(pane.restore.isDisabled());
        robot.clickOn(pane.backupNow);
        waitUntil(() -> pane.list.getItems().size() == 1);
        BackupService.Entry entry = pane.list.getItems().getFirst();
        assertTrue(BackupsViewModel.label(entry).contains(" · Manual backup · "), BackupsViewModel.label(entry));
        assertTrue(BackupsViewModel.label(entry).endsWith(" KB"), BackupsViewModel.label(entry));

        journal.saveContact(Contact.builder("Ben Weber").build());
        robot.interact(() -> pane.list.getSelectionModel().select(0));
        waitUntil(() -> !pane.restore.isDisabled());
        assertTrue(pane.preview.getText().startsWith("Holds 1 contact and no encounters, last changed "),
                pane.preview.getText());

        robot.clickOn(pane.restore);
        waitUntil(() -> changes.get() == 1);
        assertEquals(1, journal.stats().contacts(), "Ben, added after the backup, is gone");
        waitUntil(() -> pane.list.getItems().size() == 2);
        assertTrue(pane.list.getItems().stream().anyMatch(e -> e.kindKey().equals("backup.kind.before-restore")),
                "the state before the restore was kept");

        // A switch of language rewrites the list in place.
        robot.interact(() -> I18n.setLocale(I18n.GERMAN));
        try {
            waitUntil(() -> robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                    .anyMatch(c -> c.getText() != null && c.getText().contains(" · Manuelle Sicherung · ")));
        } finally {
            robot.interact(() -> I18n.setLocale(I18n.ENGLISH));
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
