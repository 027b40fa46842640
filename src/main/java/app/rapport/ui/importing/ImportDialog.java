package app.rapport.ui.importing;

import app.rapport.interchange.contacts.ImportPreview;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * Import of an address book: choose a file, see what it holds (new contacts, likely duplicates
 * with the choice to merge them, invalid records with their reasons), confirm, watch progress,
 * cancel if need be. Built in code; the logic lives in {@link ImportViewModel}.
 */
public final class ImportDialog {

    final ImportViewModel model;
    final Stage stage = new Stage();
    final Label summary = new Label();
    final Label error = new Label();
    final ListView<String> invalid = new ListView<>();
    final ListView<ImportPreview.Duplicate> duplicates = new ListView<>();
    final ComboBox<ImportPreview.DuplicateChoice> choice = new ComboBox<>();
    final CheckBox skipInvalid = new CheckBox();
    final ListView<ImportPreview.FileDuplicate> withinFile = new ListView<>();
    final CheckBox mergeWithinFile = new CheckBox();
    final ProgressBar progress = new ProgressBar();
    final Button choose = new Button();
    final Button importButton = new Button();
    final Button cancel = new Button();

    public ImportDialog(AppContext app) {
        model = new ImportViewModel(app.journal(), app.clock());
        stage.initOwner(app.window());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(I18n.bind("import.title"));

        choose.textProperty().bind(I18n.bind("import.choose"));
        choose.setOnAction(e -> chooseFile());
        model.passphraseNeededProperty().addListener((o, was, now) -> askPassphrase(now));
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        error.getStyleClass().add("danger");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.managedProperty().bind(progress.visibleProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        progress.visibleProperty().bind(model.stageProperty().isEqualTo(ImportViewModel.Stage.READING)
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.IMPORTING)));
        model.stageProperty().addListener((obs, old, now) -> {
            if (now == ImportViewModel.Stage.DONE) {
                app.notify(model.summaryProperty().get(), null);
            }
        });

        // A complete Rapport journal is imported whole: no duplicates to choose about, no records to skip.
        VBox addressBookOnly = new VBox(8, duplicatesSection(), withinFileSection(), invalidSection());
        VBox.setVgrow(addressBookOnly, Priority.ALWAYS);
        addressBookOnly.visibleProperty().bind(model.journalFileProperty().isNull());
        addressBookOnly.managedProperty().bind(addressBookOnly.visibleProperty());
        VBox root = new VBox(8, dropHint(), summary, error, addressBookOnly, progress, buttons());
        root.setPadding(new Insets(16));
        VBox.setVgrow(duplicates, Priority.ALWAYS);
        // A file dropped anywhere on the dialog is read like a chosen one.
        FileDrop.install(root, model::canLoad, this::open);
        root.setPrefWidth(640);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        stage.setScene(new Scene(root));
        // The dialog fits what it shows: a preview with lists is taller than a file chosen a moment ago.
        model.stageProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(stage::sizeToScene));
    }

    /** Each list only takes room when it has something to say. */
    private static VBox shownWhenNotEmpty(javafx.collections.ObservableList<?> list, javafx.scene.Node... children) {
        VBox section = new VBox(8, children);
        section.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(list));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private VBox invalidSection() {
        Label invalidLabel = new Label();
        invalidLabel.textProperty().bind(I18n.bind("import.invalid.title"));
        invalid.setItems(model.invalidRecords());
        invalid.setPrefHeight(120);
        skipInvalid.textProperty().bind(I18n.bind("import.skipInvalid"));
        skipInvalid.selectedProperty().bindBidirectional(model.skipInvalidProperty());
        return shownWhenNotEmpty(model.invalidRecords(), invalidLabel, invalid, skipInvalid);
    }

    private VBox duplicatesSection() {
        Label duplicatesLabel = new Label();
        duplicatesLabel.textProperty().bind(I18n.bind("import.duplicates.title"));
        duplicates.setItems(model.duplicates());
        duplicates.setPrefHeight(160);
        duplicates.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ImportPreview.Duplicate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : I18n.text("import.duplicate", d.imported().contact().name(),
                        d.existing().name(), I18n.text(d.reason().messageKey())));
            }
        });
        choice.getItems().setAll(ImportPreview.DuplicateChoice.values());
        choice.valueProperty().bindBidirectional(model.duplicateChoiceProperty());
        // Cells whose text follows a language switch while the dialog is open.
        choice.setCellFactory(v -> new ChoiceCell());
        choice.setButtonCell(new ChoiceCell());
        return shownWhenNotEmpty(model.duplicates(), duplicatesLabel, duplicates, choice);
    }

    /** Records that appear more than once in the file; most files have none. */
    private VBox withinFileSection() {
        Label withinFileLabel = new Label();
        withinFileLabel.textProperty().bind(I18n.bind("import.withinFile.title"));
        withinFile.setItems(model.withinFile());
        withinFile.setPrefHeight(100);
        withinFile.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ImportPreview.FileDuplicate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : describe(d));
            }
        });
        mergeWithinFile.textProperty().bind(I18n.bind("import.withinFile.merge"));
        mergeWithinFile.selectedProperty().bindBidirectional(model.mergeWithinFileProperty());
        return shownWhenNotEmpty(model.withinFile(), withinFileLabel, withinFile, mergeWithinFile);
    }

    private Label dropHint() {
        Label dropHint = new Label();
        dropHint.textProperty().bind(I18n.bind("import.dropHint"));
        dropHint.getStyleClass().add("text-muted");
        dropHint.setWrapText(true);
        dropHint.setMinHeight(Region.USE_PREF_SIZE);
        dropHint.visibleProperty().bind(model.stageProperty().isEqualTo(ImportViewModel.Stage.CHOOSE)
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.FAILED)));
        dropHint.managedProperty().bind(dropHint.visibleProperty());
        return dropHint;
    }

    private HBox buttons() {
        importButton.textProperty().bind(I18n.bind("import.confirm"));
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.canImport().not());
        importButton.setOnAction(e -> model.confirm());
        cancel.textProperty().bind(javafx.beans.binding.Bindings.when(busy()).then(I18n.bind("import.cancel"))
                .otherwise(I18n.bind("import.close")));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (busy().get()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, choose, spacer, cancel, importButton);
    }

    private static final class ChoiceCell extends ListCell<ImportPreview.DuplicateChoice> {
        ChoiceCell() {
            textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> isEmpty() || getItem() == null
                            ? null : I18n.text("import.choice." + getItem().name().toLowerCase(java.util.Locale.ROOT)),
                    itemProperty(), emptyProperty(), I18n.localeProperty()));
        }
    }

    /** One line of the list of records that appear more than once: which, where, and why. */
    static String describe(ImportPreview.FileDuplicate d) {
        return I18n.text("import.withinFile.duplicate", d.later().contact().name(), ImportViewModel.where(d.later()),
                d.earlier().contact().name(), ImportViewModel.where(d.earlier()), I18n.text(d.reason().messageKey()));
    }

    private javafx.beans.binding.BooleanBinding busy() {
        return model.stageProperty().isEqualTo(ImportViewModel.Stage.READING)
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.IMPORTING));
    }

    /** Asks for the file (vCard, CSV, or anything: the content decides) and reads it. */
    public void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.text("import.filter.addressBooks"),
                        app.rapport.interchange.Importers.filePatterns(java.util.EnumSet.complementOf(
                                java.util.EnumSet.of(app.rapport.interchange.Importer.Kind.CALENDAR)))),
                new FileChooser.ExtensionFilter(I18n.text("import.filter.all"), "*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    /** An encrypted file: its passphrase is asked, and the file read again with it. */
    private void askPassphrase(Path file) {
        if (file == null) {
            return;
        }
        javafx.application.Platform.runLater(() -> app.rapport.ui.common.PassphraseDialog.ask(stage, file)
                .ifPresent(p -> model.load(file, p)));
    }

    /** Reads a file chosen elsewhere (drag and drop, the command line, tests). */
    public void open(Path file) {
        model.load(file);
    }

    /** The dialog's scene (screenshots, tests). */
    public Scene scene() {
        return stage.getScene();
    }

    public void close() {
        stage.close();
    }

    public void show() {
        model.prefetchContacts();
        stage.show();
    }
}
