package app.rapport.ui.settings;

import app.rapport.journal.BackupService;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Dialogs;
import app.rapport.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Settings, Backups: every backup with date, reason and size; what the selected one holds;
 * "Back up now" and "Restore". Restoring shows the contents first and backs up the current state.
 * The list is read again after every change to the journal (an import takes a backup first) and
 * each time Settings is shown ({@link #refresh()}), so a backup taken elsewhere is never missing.
 */
public final class BackupsPane extends VBox {

    final BackupsViewModel model;
    final ListView<BackupService.Entry> list = new ListView<>();
    final Label preview = new Label();
    final Label status = new Label();
    /** Which backups Rapport keeps, and what they take now. */
    final Label policy = new Label();
    final Button backupNow = new Button();
    final Button restore = new Button();
    /** A backup kept elsewhere (an encrypted one, say), chosen as a file. */
    final Button restoreFile = new Button();
    /** "Encrypt with a passphrase": "Back up now" then asks where the encrypted backup goes. */
    final app.rapport.ui.common.EncryptionFields encryption = new app.rapport.ui.common.EncryptionFields("backups",
            "encrypt.hint.backup");

    public BackupsPane(BackupService service, AppContext app) {
        super(8);
        model = new BackupsViewModel(service, app.dataFolder());
        // A change listener, not an invalidation listener: that would fire once and then only
        // again after someone read the revision.
        app.journalRevision().addListener((o, was, now) -> model.refresh());
        // Settings gives the section its heading.
        list.setId("backups-list");
        list.setItems(model.backups());
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupService.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : BackupsViewModel.label(e));
            }
        });
        // Dates and kinds are written in the language of the moment: a switch rewrites them.
        I18n.onChange(list, list::refresh);
        Label none = new Label();
        none.textProperty().bind(I18n.bind("backups.none"));
        list.setPlaceholder(none);
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        preview.textProperty().bind(model.previewProperty());
        preview.setWrapText(true);
        // What the backup holds is written in the language of the moment: a switch rewrites it.
        I18n.onChange(preview, model::describeSelected);
        policy.textProperty().bind(model.policyProperty());
        policy.setWrapText(true);
        policy.getStyleClass().add("text-muted");
        I18n.onChange(policy, model::describePolicy);
        status.textProperty().bind(model.statusProperty());
        // What just happened, said in the language of that moment: a language switch retires it.
        I18n.onChange(status, () -> model.statusProperty().set(""));
        backupNow.textProperty().bind(I18n.bind("backups.now"));
        backupNow.disableProperty().bind(model.busyProperty());
        backupNow.setOnAction(e -> backUp());
        restore.textProperty().bind(I18n.bind("backups.restore"));
        restore.disableProperty().bind(model.busyProperty().or(model.contentsProperty().isNull()));
        restore.setId("backups-restore");
        // Restoring replaces the journal: asked first, naming the backup and what happens to today's state.
        restore.setOnAction(e -> {
            BackupService.Entry entry = model.selectedProperty().get();
            if (entry != null && Dialogs.confirm(getScene().getWindow(),
                    I18n.text("backups.restore.title"),
                    I18n.text("backups.restore.header", BackupsViewModel.label(entry)),
                    I18n.text("backups.restore.text"), I18n.text("backups.restore.confirm"))) {
                model.restoreSelected();
            }
        });
        restoreFile.textProperty().bind(I18n.bind("backups.restoreFile"));
        restoreFile.disableProperty().bind(model.busyProperty());
        restoreFile.setOnAction(e -> chooseFileToRestore());
        status.setWrapText(true);
        getChildren().addAll(list, preview, new HBox(8, backupNow, restore, restoreFile), encryption, status, policy);
        setPadding(new Insets(8, 0, 8, 0));
        model.refresh();
    }

    /** A backup into the backups folder, or, encrypted, into a file the user chooses. */
    private void backUp() {
        if (!encryption.selected()) {
            model.backupNow();
            return;
        }
        String unfit = encryption.problem();
        if (unfit != null) {
            model.statusProperty().set(unfit);
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(I18n.text("backups.encryptedChoose"));
        chooser.setInitialFileName(I18n.text("backups.encryptedFileName",
                java.time.LocalDate.now(java.time.ZoneId.systemDefault())));
        java.io.File target = chooser.showSaveDialog(getScene().getWindow());
        if (target != null) {
            backUpEncrypted(target.toPath());
        }
    }

    /** Seals a backup into {@code target} with the passphrase typed, which is then forgotten. */
    void backUpEncrypted(java.nio.file.Path target) {
        char[] passphrase = encryption.passphrase();
        encryption.clear();
        model.backupEncrypted(target, passphrase);
    }

    private void chooseFileToRestore() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(I18n.text("backups.restoreFile.title"));
        java.io.File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            restoreFile(file.toPath());
        }
    }

    /**
     * Restores a backup file from anywhere: an encrypted one asks for its passphrase; what it holds
     * is shown and confirmed before the journal is replaced.
     */
    void restoreFile(java.nio.file.Path file) {
        app.rapport.ui.common.Tasks.run(() -> app.rapport.sync.SealedFile.isSealed(file)).onSuccess(sealed -> {
            char[] passphrase = null;
            if (sealed) {
                var typed = app.rapport.ui.common.PassphraseDialog.ask(getScene().getWindow(), file);
                if (typed.isEmpty()) {
                    return;
                }
                passphrase = typed.get();
            }
            model.openFile(file, passphrase, opened -> model.restoreOpened(opened, Dialogs.confirm(getScene().getWindow(),
                    I18n.text("backups.restore.title"),
                    I18n.text("backups.restore.header", file.getFileName()),
                    BackupsViewModel.holds(opened.contents()),
                    I18n.text("backups.restore.confirm"))));
        }).start();
    }

    /** Reads the list of backups again, in the background; Settings calls it each time it is shown. */
    public void refresh() {
        model.refresh();
    }
}
