package app.rapport.ui.settings;

import app.rapport.journal.BackupService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.StoreBackupService;
import app.rapport.journal.Contact;
import app.rapport.journal.Progress;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.common.UiSettings;
import app.rapport.ui.testing.TestAppContext;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import app.rapport.ui.testing.ScreenTestExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings, Backups: back up now, see what a backup holds, restore it; the list stays current. */
@ExtendWith(ScreenTestExtension.class)
class BackupsPaneTest {

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    TestAppContext ctx;
    Stage stage;
    BackupsPane pane;

    @Start
    void start(Stage stage) {
        journal = TestJournals.open(dataDir);
        journal.saveContact(Contact.builder("Anna Schmidt").build());
        this.stage = stage;
        ctx = new TestAppContext(journal, stage);
        pane = new BackupsPane(new StoreBackupService(journal), ctx);
        stage.setScene(new Scene(pane, 700, 500));
        stage.show();
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
        waitUntil(() -> ctx.journalRevision().get() == 1); // the journal announced Ben
        robot.interact(() -> pane.list.getSelectionModel().select(0));
        waitUntil(() -> !pane.restore.isDisabled());
        assertTrue(pane.preview.getText().startsWith("Holds 1 contact and no encounters, last changed "),
                pane.preview.getText());

        // Restoring replaces the journal: it asks first, and Cancel leaves everything as it is.
        robot.clickOn(pane.restore);
        waitUntil(() -> robot.lookup("Replace with backup").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane .header-panel .label").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("Replace the journal with the backup “"));
        robot.clickOn("Cancel");
        waitUntil(() -> Tasks.runningProperty().get() == 0);
        assertEquals(2, journal.stats().contacts(), "nothing restored");
        assertEquals(1, ctx.journalRevision().get(), "no change announced");

        robot.clickOn(pane.restore);
        waitUntil(() -> robot.lookup("Replace with backup").tryQuery().isPresent());
        robot.clickOn("Replace with backup");
        waitUntil(() -> ctx.journalRevision().get() == 2); // the restore is announced as a change
        assertEquals(1, journal.stats().contacts(), "Ben, added after the backup, is gone");
        waitUntil(() -> pane.list.getItems().size() == 2);
        assertTrue(pane.list.getItems().stream().anyMatch(e -> e.kindKey().equals("backup.kind.before-restore")),
                "the state before the restore was kept");

        // A switch of language rewrites the list and what the selected backup holds in place.
        robot.interact(() -> pane.list.getSelectionModel().select(0));
        waitUntil(() -> pane.preview.getText().startsWith("Holds "));
        robot.interact(() -> I18n.setLocale(I18n.GERMAN));
        try {
            waitUntil(() -> pane.preview.getText().startsWith("Enthält "));
            waitUntil(() -> robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                    .anyMatch(c -> c.getText() != null && c.getText().contains(" · Manuelle Sicherung · ")));
        } finally {
            robot.interact(() -> I18n.setLocale(I18n.ENGLISH));
        }
    }

    @Test
    void anEncryptedBackupGoesToAFileAndComesBackWithItsPassphraseOnly(FxRobot robot) throws Exception {
        Path target = dataDir.resolveSibling(dataDir.getFileName() + "-elsewhere.sealed");
        // Ticked with passphrases that differ: said, and nothing is written.
        robot.interact(() -> pane.encryption.set(true, "river stone", "river stones"));
        robot.clickOn(pane.backupNow);
        assertEquals("The two passphrases differ. Type the same passphrase twice.", pane.status.getText());
        robot.interact(() -> pane.model.backupEncrypted(target, "river stone".toCharArray(), 1000));
        waitUntil(() -> pane.status.getText().startsWith("Encrypted backup written to "));
        assertTrue(app.rapport.sync.SealedFile.isSealed(target));
        assertTrue(pane.list.getItems().isEmpty(), "not in the backups folder beside the journal");

        journal.saveContact(Contact.builder("Ben Weber").build());
        robot.interact(() -> pane.restoreFile(target));
        waitUntil(() -> robot.lookup("#open-passphrase").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#open-passphrase").queryAs(javafx.scene.control.PasswordField.class).setText("wrong"));
        robot.clickOn("Open");
        waitUntil(() -> pane.status.getText().startsWith("Wrong passphrase for "));
        assertEquals(2, journal.stats().contacts(), "nothing restored");

        robot.interact(() -> pane.restoreFile(target));
        waitUntil(() -> robot.lookup("#open-passphrase").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#open-passphrase").queryAs(javafx.scene.control.PasswordField.class).setText("river stone"));
        robot.clickOn("Open");
        waitUntil(() -> robot.lookup("Replace with backup").tryQuery().isPresent());
        robot.clickOn("Replace with backup");
        waitUntil(() -> pane.status.getText().startsWith("Restored the backup "));
        assertEquals(1, journal.stats().contacts(), "Ben, added after the backup, is gone");
        try (var left = java.nio.file.Files.list(dataDir)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".restore-")), "opened copy removed");
        }
        java.nio.file.Files.deleteIfExists(target);
    }

    @Test
    void aBackupTakenByAnImportIsListedWithoutLeavingTheScreen(FxRobot robot) {
        assertTrue(robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText("No backups yet.")).tryQuery().isPresent(), "the placeholder shows");
        importSomeone("Ben Weber");
        waitUntil(() -> shownEntries(robot).size() == 1);
        assertTrue(shownEntries(robot).getFirst().contains(" · Before import · "), shownEntries(robot).toString());

        // What the user looks at stays selected when the list grows (the new backup comes first).
        robot.clickOn(robot.lookup("#backups-list .list-cell").nth(0).queryAs(ListCell.class));
        waitUntil(() -> !pane.restore.isDisabled());
        BackupService.Entry selected = pane.list.getSelectionModel().getSelectedItem();
        importSomeone("Clara Vogel");
        waitUntil(() -> shownEntries(robot).size() == 2);
        assertEquals(selected, pane.list.getSelectionModel().getSelectedItem(), "the selection was kept");
        assertEquals(1, pane.list.getSelectionModel().getSelectedIndex());
        assertTrue(pane.preview.getText().startsWith("Holds 1 contact"), pane.preview.getText());
    }

    @Test
    void settingsShownAgainListsABackupTakenMeanwhile(FxRobot robot) {
        // The real Settings screen, shown as the window shows it: view() once, then onShow() on every visit.
        SettingsScreen settings = new SettingsScreen(ctx, UiSettings.inMemory(), dataDir, new StoreBackupService(journal));
        robot.interact(() -> {
            stage.getScene().setRoot((Parent) settings.view());
            settings.onShow();
        });
        waitUntil(() -> Tasks.runningProperty().get() == 0);
        assertTrue(robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText("No backups yet.")).tryQuery().isPresent(), "the placeholder shows");

        // Today's daily backup is taken without any change to the journal.
        assertTrue(journal.dailyBackupIfDue().isPresent());
        robot.interact(settings::onShow);
        waitUntil(() -> shownEntries(robot).size() == 1);
        assertTrue(shownEntries(robot).getFirst().contains(" · Daily backup · "), shownEntries(robot).toString());
    }

    /** A backup that is damaged (schema version -3) cannot be restored from here either, and the policy is shown. */
    @Test
    void aDamagedBackupCannotBeRestoredAndThePolicyIsShown(FxRobot robot) throws Exception {
        java.nio.file.Path damaged = app.rapport.store.DataFolder.backupFolder(dataDir)
                .resolve("journal-20261101-090000-000-before-import.sqlite");
        java.nio.file.Files.createDirectories(damaged.getParent());
        journal.backupTo(damaged);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + damaged);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = -3");
        }
        journal.saveContact(Contact.builder("Ben Weber").build());
        robot.interact(pane::refresh);
        waitUntil(() -> pane.list.getItems().size() == 1);
        robot.interact(() -> pane.list.getSelectionModel().select(0));
        waitUntil(() -> pane.preview.getText().contains("cannot be restored"));
        assertTrue(pane.restore.isDisabled());
        // The one way in refuses it too, should anything call it.
        org.junit.jupiter.api.Assertions.assertThrows(app.rapport.journal.JournalOpenException.class,
                () -> new StoreBackupService(journal).restore(damaged));
        assertEquals(2, journal.stats().contacts());

        assertTrue(pane.policy.getText().startsWith("Rapport keeps every backup you make yourself, the last 10 taken before"
                + " an import, merge, upgrade or restore, and one a day for 30 days, together at most 500 MB"), pane.policy.getText());
        assertTrue(pane.policy.getText().endsWith("Now: 1 backup of " + BackupsViewModel.size(
                java.nio.file.Files.size(damaged)) + "."), pane.policy.getText());
    }

    /** An import as the import dialog runs it: the store backs up first, then announces the change. */
    private void importSomeone(String name) {
        journal.importContacts(List.of(Contact.builder(name).build()), Progress.NONE);
    }

    /** The texts of the list's filled cells, as the user reads them. */
    private static List<String> shownEntries(FxRobot robot) {
        return robot.lookup("#backups-list .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
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
