package app.rapport.ui.importing;

import app.rapport.interchange.ImportService;
import app.rapport.interchange.Importer;
import app.rapport.interchange.contacts.ContactFiles;
import app.rapport.interchange.contacts.ImportFailedException;
import app.rapport.interchange.contacts.ImportPreview;
import app.rapport.interchange.contacts.RecordProblem;
import app.rapport.journal.Contact;
import app.rapport.journal.Journal;
import app.rapport.journal.Progress;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state and logic: reading the file and comparing it with the journal in the
 * background, the preview (counts, invalid records, likely duplicates), the user's choices, and
 * the import itself with progress and cancellation. Nothing is written before {@link #confirm()}.
 */
public final class ImportViewModel {

    /** Where the dialog is. */
    public enum Stage { CHOOSE, READING, PREVIEW, IMPORTING, DONE, FAILED }

    private final Journal journal;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.CHOOSE);
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<String> invalid = FXCollections.observableArrayList();
    private final ObservableList<ImportPreview.Duplicate> duplicates = FXCollections.observableArrayList();
    private final ObjectProperty<ImportPreview.DuplicateChoice> duplicateChoice =
            new SimpleObjectProperty<>(ImportPreview.DuplicateChoice.MERGE);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final ObservableList<ImportPreview.FileDuplicate> withinFile = FXCollections.observableArrayList();
    private final BooleanProperty mergeWithinFile = new SimpleBooleanProperty(true);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    /** A complete journal read from a Rapport JSON file (in place of an address book's preview). */
    private final ObjectProperty<JournalFile> journalFile = new SimpleObjectProperty<>();

    /**
     * What a file imported whole holds (Rapport JSON, a Monica export), and how many of its contacts
     * the journal has already (same id).
     */
    public record JournalFile(ImportService.Records read, int contactsAlreadyThere,
                              List<app.rapport.journal.Duplicates.Match> lookalikes, List<String> warnings) {

        public app.rapport.journal.JournalSnapshot snapshot() {
            return read.result().snapshot();
        }

        /** Whether it is another program's account (Monica) rather than a Rapport journal. */
        public boolean fromMonica() {
            return read.importer().kind() == Importer.Kind.ACCOUNT;
        }
    }
    private volatile boolean cancelRequested;
    /** The journal's contacts, loading since the dialog opened; used by the next {@link #load}, then dropped. */
    private java.util.concurrent.CompletableFuture<List<Contact>> prefetched;

    private final ImportService service;

    /** {@code clock}: the zone of days without a time in an account's export. */
    public ImportViewModel(Journal journal, java.time.Clock clock) {
        this.journal = journal;
        this.service = new ImportService(clock);
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<String> invalidRecords() {
        return invalid;
    }

    public ObservableList<ImportPreview.Duplicate> duplicates() {
        return duplicates;
    }

    public ObjectProperty<ImportPreview.DuplicateChoice> duplicateChoiceProperty() {
        return duplicateChoice;
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    /** Records that look like an earlier record of the same file. */
    public ObservableList<ImportPreview.FileDuplicate> withinFile() {
        return withinFile;
    }

    /** Whether records of one person in the file become one contact (otherwise each is kept). */
    public BooleanProperty mergeWithinFileProperty() {
        return mergeWithinFile;
    }

    /** Whether a new file can be read now: not while one is being read or imported. */
    public boolean canLoad() {
        return stage.get() != Stage.READING && stage.get() != Stage.IMPORTING;
    }

    /** 0 to 1, or -1 while the amount of work is unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Import is possible with a preview that has something to import and no invalid record left unacknowledged. */
    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> stage.get() == Stage.PREVIEW && (journalFile.get() != null
                        || preview.get() != null && !toStore().isEmpty()
                        && (!preview.get().hasInvalid() || skipInvalid.get())),
                stage, preview, journalFile, skipInvalid, duplicateChoice, mergeWithinFile);
    }

    /** Set when the file is a complete Rapport journal rather than an address book. */
    public ObjectProperty<JournalFile> journalFileProperty() {
        return journalFile;
    }

    /**
     * Starts loading the journal's contacts while the user is still choosing a file: on the first
     * import of a session that is seconds the preview no longer waits for. The dialog is modal, so
     * the journal cannot change before the file is chosen.
     */
    public void prefetchContacts() {
        if (prefetched == null) {
            prefetched = java.util.concurrent.CompletableFuture.supplyAsync(journal::allContacts, Tasks.executor());
        }
    }

    /**
     * Set to an encrypted file chosen without its passphrase: the dialog asks for it and loads the
     * file again with {@link #load(Path, char[])}.
     */
    public ObjectProperty<Path> passphraseNeededProperty() {
        return passphraseNeeded;
    }

    private final ObjectProperty<Path> passphraseNeeded = new SimpleObjectProperty<>();

    /** An encrypted file read without a passphrase. */
    private record Encrypted(Path file) {
    }

    /** Reads and compares the file in the background; the preview appears when done. */
    public void load(Path file) {
        load(file, null);
    }

    /**
     * As {@link #load(Path)}, opening an encrypted file with {@code passphrase} (cleared once used);
     * a wrong one or a damaged file is said, naming the file.
     */
    public void load(Path file, char[] passphrase) {
        if (!canLoad()) {
            return;
        }
        passphraseNeeded.set(null);
        preview.set(null);
        journalFile.set(null);
        invalid.clear();
        duplicates.clear();
        withinFile.clear();
        summary.set("");
        // Used once: after an import the journal has changed, so a second file loads its own.
        var ready = prefetched;
        prefetched = null;
        cancelRequested = false;
        stage.set(Stage.READING);
        progress.set(-1);
        error.set("");
        Tasks.run(() -> {
            // The journal's contacts load while the file is parsed: on the first import both are slow.
            var existing = ready != null ? ready : java.util.concurrent.CompletableFuture.supplyAsync(journal::allContacts, Tasks.executor());
            byte[] content = ImportService.readBounded(file);
            if (app.rapport.sync.SealedFile.isSealed(content)) {
                if (passphrase == null) {
                    return new Encrypted(file);
                }
                content = opened(file, content, passphrase);
            }
            Importer importer = service.detect(content).orElse(null);
            if (importer != null && importer.kind() == Importer.Kind.CALENDAR) {
                throw new Refused(I18n.text("import.calendarHere")); // calendars are read on the Events screen
            }
            ImportService.Read read;
            try {
                read = service.read(importer, ContactFiles.nameOf(file), content, progressReporter());
            } catch (app.rapport.interchange.ImportException e) {
                List<String> problems = e.problems().stream().map(p -> p.describe(I18n::text)).toList();
                String more = e.omitted() > 0 ? "\n" + I18n.text("cli.import.moreProblems", e.omitted()) : "";
                throw new Refused(I18n.text("import.journal.refused", file.getFileName(),
                        String.join("\n", problems) + more));
            }
            return switch (read) {
                case ImportService.Records records -> journalFile(records, ImportPreview.join(existing));
                case ImportService.Contacts contacts -> (Object) ImportService.preview(contacts.book(),
                        ImportPreview.join(existing), progressReporter(), Tasks.executor());
            };
        }).onSuccess(loaded -> {
            if (loaded instanceof Encrypted e) {
                stage.set(Stage.CHOOSE);
                passphraseNeeded.set(e.file());
            } else if (loaded instanceof JournalFile j) {
                showJournal(j);
            } else {
                showPreview((ImportPreview) loaded);
            }
        }).onError(this::fail).start();
    }

    /** The plain content of an encrypted file; the passphrase is cleared. */
    private static byte[] opened(Path file, byte[] sealed, char[] passphrase) throws Refused {
        try {
            return app.rapport.sync.SealedFile.open(sealed, passphrase, file.toString());
        } catch (app.rapport.sync.SealedFile.WrongPassphraseException e) {
            throw new Refused(I18n.text("encrypt.wrongPassphrase", file.getFileName()));
        } catch (java.io.IOException e) {
            throw new Refused(I18n.text("encrypt.damaged", file.getFileName()));
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    /** A file read whole (Rapport JSON, a Monica export) and how it meets the journal's contacts. */
    private static JournalFile journalFile(ImportService.Records read, List<Contact> inJournal) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        inJournal.forEach(c -> ids.add(c.id()));
        var snapshot = read.result().snapshot();
        int there = (int) snapshot.contacts().stream().filter(c -> ids.contains(c.id())).count();
        return new JournalFile(read, there, app.rapport.interchange.JournalLookalikes.of(snapshot.contacts(), inJournal),
                read.result().warnings().stream().map(p -> p.describe(I18n::text)).toList());
    }

    /** How many of the lookalikes the preview names. */
    static final int LOOKALIKES_NAMED = 5;

    /** A file this dialog does not import, with the sentence that says why. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private void showJournal(JournalFile j) {
        journalFile.set(j);
        var s = j.snapshot();
        String text = j.fromMonica()
                ? I18n.text("import.monica.summary", s.contacts().size(), s.encounters().size(), s.ties().size(),
                        s.exchanges().size(), s.contacts().size() - j.contactsAlreadyThere(), j.contactsAlreadyThere())
                : I18n.text("import.journal.summary", s.contacts().size(), s.encounters().size(), s.events().size(),
                        s.introductions().size(), s.contacts().size() - j.contactsAlreadyThere(), j.contactsAlreadyThere());
        if (!j.lookalikes().isEmpty()) {
            text += "\n" + I18n.text("import.journal.lookalikes", j.lookalikes().size(),
                    String.join(", ", j.lookalikes().stream().limit(LOOKALIKES_NAMED)
                            .map(m -> m.candidate().name()).toList()));
        }
        summary.set(j.warnings().isEmpty() ? text : text + "\n" + String.join("\n", j.warnings()));
        stage.set(Stage.PREVIEW);
    }

    private void showPreview(ImportPreview p) {
        preview.set(p);
        invalid.setAll(p.invalid().stream().map(ImportViewModel::describe).toList());
        duplicates.setAll(p.duplicates());
        withinFile.setAll(p.withinFile());
        String text = I18n.text("import.preview.summary", p.book().format().displayName(), p.newContacts().size(),
                p.duplicates().size(), p.invalidRecords());
        if (!p.withinFile().isEmpty()) {
            text += " " + I18n.text("import.preview.withinFile", p.withinFile().size());
        }
        summary.set(text);
        stage.set(Stage.PREVIEW);
    }

    private List<Contact> toStore() {
        return preview.get() == null ? List.of()
                : preview.get().contactsToStore(duplicateChoice.get(), mergeWithinFile.get());
    }

    /** Stores the previewed contacts in one transaction (after a backup) in the background. */
    public void confirm() {
        if (!canImport().get()) {
            return;
        }
        JournalFile whole = journalFile.get();
        if (whole != null) {
            cancelRequested = false;
            stage.set(Stage.IMPORTING);
            progress.set(-1);
            Tasks.run(() -> ImportService.store(journal, whole.read())).onSuccess(v -> {
                var s = whole.snapshot();
                summary.set(whole.fromMonica()
                        ? I18n.text("import.monica.done", s.contacts().size(), s.encounters().size(), s.ties().size(),
                                s.exchanges().size())
                        : I18n.text("import.journal.done", s.contacts().size(), s.encounters().size()));
                stage.set(Stage.DONE);
            }).onError(this::fail).start();
            return;
        }
        List<Contact> contacts = toStore();
        cancelRequested = false;
        stage.set(Stage.IMPORTING);
        progress.set(0);
        Tasks.run(() -> ImportService.store(journal, contacts, progressReporter())).onSuccess(v -> {
            summary.set(I18n.text("import.done", contacts.size()));
            stage.set(Stage.DONE);
        }).onError(this::fail).start();
    }

    /** Stops reading or importing; an import stopped this way leaves the journal as it was. */
    public void cancel() {
        cancelRequested = true;
    }

    private void fail(Throwable e) {
        if (e instanceof CancellationException) {
            error.set(I18n.text("import.cancelled"));
            stage.set(preview.get() == null ? Stage.CHOOSE : Stage.PREVIEW);
            return;
        }
        error.set(e instanceof ImportFailedException f ? describe(f.problem())
                : e instanceof Refused ? e.getMessage()
                : e instanceof app.rapport.journal.JournalStorageException ? app.rapport.ui.common.Dialogs.describe(e)
                : I18n.text("import.failed", String.valueOf(e.getMessage())));
        stage.set(Stage.FAILED);
    }

    private Progress progressReporter() {
        return new Progress() {
            @Override
            public void update(String step, long done, long total) {
                double value = total > 0 ? (double) done / total : -1;
                Platform.runLater(() -> progress.set(value));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        };
    }

    /** Where a record is in its file, such as "card 3 (line 14)". */
    static String where(app.rapport.interchange.contacts.ImportedContact c) {
        return I18n.text("import.at." + c.recordKind(), String.valueOf(c.record()), String.valueOf(c.line()));
    }

    static String describe(RecordProblem p) {
        return p.describe(I18n::text);
    }
}
