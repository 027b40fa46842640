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

    public BackupsPane(BackupService service, AppContext app) {
        super(8);
        model = new BackupsViewModel(service);
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
        backupNow.setOnAction(e -> model.backupNow());
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
        getChildren().addAll(list, preview, new HBox(8, backupNow, restore), status, policy);
        setPadding(new Insets(8, 0, 8, 0));
        model.refresh();
    }

    /** Reads the list of backups again, in the background; Settings calls it each time it is shown. */
    public void refresh() {
        model.refresh();
    }
}
