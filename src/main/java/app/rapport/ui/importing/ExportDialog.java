package app.rapport.ui.importing;

import app.rapport.interchange.ExportRefusedException;
import app.rapport.interchange.Exports;
import app.rapport.journal.Contact;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalSnapshot;
import app.rapport.sync.SealedFile;
import app.rapport.sync.SyncCrypto;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.EncryptionFields;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * Export from the window: the complete journal, or the contacts (all of them, or those the
 * contact list shows) as vCard, as CSV for Excel, or as plain CSV. The user picks what, then
 * where; the file is written in the background and only moved into place once complete.
 */
public final class ExportDialog {

    final Stage stage = new Stage();
    final ToggleGroup formats = new ToggleGroup();
    final ToggleGroup which = new ToggleGroup();
    final RadioButton allContacts = new RadioButton();
    final RadioButton shownContacts = new RadioButton();
    final Label error = new Label();
    final Button save = new Button();
    final Button cancel = new Button();
    /** Only the complete journal can be encrypted: other programs read contacts and could not open them. */
    final EncryptionFields encryption = new EncryptionFields("export");

    /** Where and how the user exported last in this session: the next export starts there. */
    private static java.io.File lastFolder;
    private static Exports.Format lastFormat;

    /** For tests: as if nothing had been exported in this session. */
    static void forgetLastExport() {
        lastFolder = null;
        lastFormat = null;
    }

    private final AppContext app;
    private final Clock clock;
    /** The ids the contact list shows, in its order; null when not opened from the list. */
    private final List<String> shown;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private List<Contact> everyone;

    /**
     * @param shownIds    the contacts the contact list shows now, or null
     * @param preferShown whether to start with only those (the user has narrowed the list)
     */
    public ExportDialog(AppContext app, List<String> shownIds, boolean preferShown) {
        this(app, shownIds, preferShown, app.clock());
    }

    ExportDialog(AppContext app, List<String> shownIds, boolean preferShown, Clock clock) {
        this.app = app;
        this.clock = clock;
        this.shown = shownIds == null ? null : List.copyOf(shownIds);
        stage.initOwner(app.window());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(I18n.bind("export.title"));

        VBox formatBox = new VBox(10);
        for (Exports.Format f : List.of(Exports.Format.JOURNAL, Exports.Format.VCARD, Exports.Format.CSV_EXCEL,
                Exports.Format.CSV)) {
            RadioButton r = new RadioButton();
            r.textProperty().bind(I18n.bind(f.messageKey()));
            r.setUserData(f);
            r.setToggleGroup(formats);
            r.setId("export-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            Label hint = new Label();
            hint.textProperty().bind(I18n.bind(f.messageKey() + ".hint"));
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            hint.setPadding(new Insets(0, 0, 0, 26));
            formatBox.getChildren().add(new VBox(2, r, hint));
        }
        // The format chosen last time in this session; from the contact list, contacts rather than the journal.
        Exports.Format start = lastFormat != null ? lastFormat
                : shownIds != null ? Exports.Format.VCARD : Exports.Format.JOURNAL;
        formats.getToggles().stream().filter(t -> t.getUserData() == start).findFirst()
                .ifPresent(formats::selectToggle);

        allContacts.setId("export-all");
        allContacts.setToggleGroup(which);
        shownContacts.setId("export-shown");
        shownContacts.setToggleGroup(which);
        which.selectToggle(preferShown && shown != null ? shownContacts : allContacts);
        counts();
        I18n.onChange(allContacts, this::counts);
        VBox whichBox = new VBox(8, heading("export.which"), allContacts, shownContacts);
        whichBox.setPadding(new Insets(6, 0, 0, 0));
        // Opened from the contact list: the choice is there, and off for the complete journal.
        whichBox.setVisible(shown != null);
        whichBox.setManaged(shown != null);
        whichBox.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !format().contactsOnly(), formats.selectedToggleProperty()));

        encryption.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> format() != Exports.Format.JOURNAL, formats.selectedToggleProperty()));
        encryption.checkBox().selectedProperty().addListener((o, was, now) -> stage.sizeToScene());

        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        save.setId("export-save");
        save.textProperty().bind(I18n.bind("export.save"));
        save.setDefaultButton(true);
        save.disableProperty().bind(busy);
        save.setOnAction(e -> chooseFile());
        cancel.textProperty().bind(I18n.bind("export.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, heading("export.what"), formatBox, whichBox, encryption, error, buttons);
        root.setId("export-dialog");
        root.setPadding(new Insets(18));
        root.setPrefWidth(520);
        stage.setScene(new Scene(root));
    }

    /**
     * The file with the format's ending, added when the name has another or none: a vCard export
     * named contacts is saved as contacts.vcf. A JSON journal named .pdf would open in no program.
     */
    static Path withEnding(Path file, Exports.Format f) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + f.extension()) ? file
                : file.resolveSibling(name + "." + f.extension());
    }

    private static Label heading(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    /** The contacts are counted in the background; the choices name the counts once known. */
    public void show() {
        Journal journal = app.journal();
        Tasks.run(journal::allContacts).onSuccess(all -> {
            everyone = all;
            counts();
        }).start();
        stage.show();
    }

    private void counts() {
        allContacts.setText(I18n.text("export.which.all", everyone == null ? "…" : everyone.size()));
        shownContacts.setText(I18n.text("export.which.shown", shown == null ? 0 : shown.size()));
    }

    Exports.Format format() {
        return (Exports.Format) formats.getSelectedToggle().getUserData();
    }

    /** Asks where to save, offering a name with today's date and the format's ending. */
    private void chooseFile() {
        String unfit = encryption.problem();
        error.setText(unfit == null ? "" : unfit);
        if (unfit != null) {
            return;
        }
        Exports.Format f = format();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("export.title"));
        chooser.setInitialFileName(I18n.text(f == Exports.Format.JOURNAL ? "export.fileName.journal"
                : "export.fileName.contacts", LocalDate.now(clock)) + "." + f.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text(f.messageKey()),
                "*." + f.extension()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /**
     * Why an export to {@code file} failed, for the user: the file system's reason, or the texts
     * (the first few, by record and field) that no file Rapport reads again can hold.
     */
    public static String failure(Path file, Throwable e) {
        if (e instanceof ExportRefusedException refused) {
            StringBuilder text = new StringBuilder(I18n.text("export.unfit", refused.found().size()));
            refused.found().stream().limit(3).forEach(f -> text.append('\n')
                    .append(ExportRefusedException.describe(f, I18n::text)));
            if (refused.found().size() > 3) {
                text.append('\n').append(I18n.text("cli.import.moreProblems", refused.found().size() - 3));
            }
            return text.toString();
        }
        return I18n.text("export.failed", file, Exports.failureReason(e, I18n.text("export.accessDenied")));
    }

    /** Writes the chosen export to the file in the background; closes and says so when done. */
    public void saveTo(Path chosen) {
        Exports.Format f = format();
        Path file = withEnding(chosen, f);
        boolean onlyShown = f.contactsOnly() && shown != null && which.getSelectedToggle() == shownContacts;
        Set<String> ids = onlyShown ? new HashSet<>(shown) : null;
        Journal journal = app.journal();
        Path dataFolder = app.dataFolder();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String unfit = encryption.problem();
        if (unfit != null) {
            error.setText(unfit);
            return;
        }
        char[] passphrase = f == Exports.Format.JOURNAL ? encryption.passphrase() : null;
        busy.set(true);
        error.setText("");
        Tasks.run(() -> {
            if (journal.isJournalFile(file)) {
                throw new java.io.IOException(I18n.text("export.journalFile"));
            }
            JournalSnapshot snapshot = f == Exports.Format.JOURNAL ? journal.snapshot() : null;
            List<Contact> contacts = f == Exports.Format.JOURNAL ? snapshot.contacts()
                    : ids == null ? journal.allContacts()
                    : journal.allContacts().stream().filter(c -> ids.contains(c.id())).toList();
            if (passphrase != null) {
                Exports.writeAtomically(file, dataFolder, out -> SealedFile.write(out, passphrase,
                        SyncCrypto.DEFAULT_ITERATIONS,
                        sealed -> Exports.write(f, snapshot, contacts, now, sealed)));
                return I18n.text("export.done.journalEncrypted", file, contacts.size(), snapshot.encounters().size());
            }
            Exports.writeAtomically(file, dataFolder, out -> Exports.write(f, snapshot, contacts, now, out));
            return f == Exports.Format.JOURNAL
                    ? I18n.text("export.done.journal", file, contacts.size(), snapshot.encounters().size())
                    : I18n.text("export.done.contacts", contacts.size(), file);
        }).onSuccess(done -> {
            lastFolder = file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent().toFile();
            lastFormat = f;
            encryption.clear();
            stage.close();
            app.notify(done, null);
        }).onError(e -> {
                    error.setText(failure(file, e));
                    // Room for the whole message: the window kept its size and cut it and the buttons off.
                    stage.sizeToScene();
                })
                .onFinally(() -> {
                    busy.set(false);
                    if (passphrase != null) {
                        java.util.Arrays.fill(passphrase, '\0');
                    }
                })
                .start();
    }

}
