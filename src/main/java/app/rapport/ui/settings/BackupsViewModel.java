package app.rapport.ui.settings;

import app.rapport.journal.BackupService;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.LatestTask;
import app.rapport.ui.common.Tasks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Backups section of Settings: the list with date and size, what the selected backup holds,
 * a backup now, and a restore (which backs up the current state first). Work runs through Tasks.
 */
public final class BackupsViewModel {

    private final BackupService service;
    private final ObservableList<BackupService.Entry> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupService.Entry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<BackupService.Contents> contents = new SimpleObjectProperty<>();
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty policy = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Refreshes come from several sides (a change to the journal, the screen shown again): only the newest list counts. */
    private final LatestTask<List<BackupService.Entry>> lister = new LatestTask<>(this::listed);

    /** Where an encrypted backup is opened before it is restored, and sealed from: beside the journal. */
    private final java.nio.file.Path dataFolder;

    public BackupsViewModel(BackupService service) {
        this(service, null);
    }

    public BackupsViewModel(BackupService service, java.nio.file.Path dataFolder) {
        this.service = service;
        // Without a data folder (a window of tests), the user's temporary folder; files are the user's alone there too.
        this.dataFolder = dataFolder != null ? dataFolder : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        selected.addListener((obs, old, now) -> describe(now));
    }

    public ObservableList<BackupService.Entry> backups() {
        return backups;
    }

    public ObjectProperty<BackupService.Entry> selectedProperty() {
        return selected;
    }

    /** Set once the selected backup has been read and found intact: only then can it be restored. */
    public ObjectProperty<BackupService.Contents> contentsProperty() {
        return contents;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Which backups are kept, and how many there are now with their size; empty if the store keeps no policy. */
    public StringProperty policyProperty() {
        return policy;
    }

    /** Says the policy again (the list changed, or the language). */
    void describePolicy() {
        BackupService.Policy p = service.policy();
        if (p == null) {
            policy.set("");
            return;
        }
        long total = backups.stream().mapToLong(BackupService.Entry::size).sum();
        policy.set(I18n.text("backups.policy", p.lastBeforeOperations(), p.days(), size(p.budgetBytes()),
                I18n.text("backups.usage", backups.size(), size(total))));
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the list of backups again in the background (backups are taken behind this screen's back too). */
    public void refresh() {
        lister.submit(service::list);
    }

    /**
     * Takes the new list in as removals and insertions, not as a replacement: a list view clears
     * its selection when its items are replaced, and a refresh must not take away the backup the
     * user is looking at (a new backup comes first and only moves it down).
     */
    private void listed(List<BackupService.Entry> now) {
        try {
            merge(now);
        } finally {
            describePolicy();
        }
    }

    private void merge(List<BackupService.Entry> now) {
        backups.removeIf(e -> !now.contains(e));
        for (int i = 0; i < now.size(); i++) {
            BackupService.Entry e = now.get(i);
            if (i < backups.size() && backups.get(i).equals(e)) {
                continue;
            }
            if (backups.contains(e)) { // in another order than before: nothing to keep
                backups.setAll(now);
                return;
            }
            backups.add(i, e);
        }
    }

    public void backupNow() {
        busy.set(true);
        Tasks.run(service::backupNow).onSuccess(file -> {
            status.set(I18n.text("backups.done", file.getFileName()));
            refresh();
        }).onFinally(() -> busy.set(false)).start();
    }

    /**
     * An encrypted backup for keeping elsewhere, sealed with {@code passphrase} (cleared once
     * used) into {@code target}; said in the status line.
     */
    public void backupEncrypted(java.nio.file.Path target, char[] passphrase) {
        backupEncrypted(target, passphrase, app.rapport.sync.SyncCrypto.DEFAULT_ITERATIONS);
    }

    void backupEncrypted(java.nio.file.Path target, char[] passphrase, int iterations) {
        busy.set(true);
        status.set("");
        Tasks.run(() -> {
            app.rapport.sync.EncryptedBackups.write(service, dataFolder, target, passphrase, iterations);
            return target;
        }).onSuccess(file -> status.set(I18n.text("backups.encryptedDone", file)))
                .onError(e -> status.set(I18n.text("backups.encryptFailed", target,
                        app.rapport.interchange.Exports.failureReason(e, I18n.text("export.accessDenied")))))
                .onFinally(() -> {
                    java.util.Arrays.fill(passphrase, '\0');
                    busy.set(false);
                }).start();
    }

    /** A backup file from outside the backups folder, opened (if encrypted) and checked, ready to restore. */
    public record Opened(java.nio.file.Path file, java.nio.file.Path plain, BackupService.Contents contents) {

        boolean encrypted() {
            return !plain.equals(file);
        }
    }

    /**
     * Opens a backup chosen outside the backups folder in the background: an encrypted one with
     * {@code passphrase} (null for a plain file; cleared once used) into the data folder, then checks
     * it. A wrong passphrase or a damaged file is said in the status line, naming the file.
     */
    public void openFile(java.nio.file.Path file, char[] passphrase, java.util.function.Consumer<Opened> then) {
        busy.set(true);
        status.set("");
        Tasks.run(() -> {
            java.nio.file.Path plain = passphrase == null ? file
                    : app.rapport.sync.EncryptedBackups.open(file, passphrase, dataFolder);
            try {
                return new Opened(file, plain, service.describe(plain));
            } catch (RuntimeException e) {
                if (!plain.equals(file)) {
                    java.nio.file.Files.deleteIfExists(plain);
                }
                throw e;
            }
        }).onSuccess(then::accept).onError(e -> status.set(
                e instanceof app.rapport.sync.SealedFile.WrongPassphraseException
                        ? I18n.text("encrypt.wrongPassphrase", file.getFileName())
                        : e instanceof app.rapport.sync.SealedFile.DamagedException
                        ? I18n.text("encrypt.damaged", file.getFileName())
                        : I18n.text("backups.unreadable", file.getFileName())))
                .onFinally(() -> {
                    if (passphrase != null) {
                        java.util.Arrays.fill(passphrase, '\0');
                    }
                    busy.set(false);
                }).start();
    }

    /** Restores a file opened with {@link #openFile}, or only removes its opened copy when {@code restore} is false. */
    public void restoreOpened(Opened opened, boolean restore) {
        busy.set(true);
        Tasks.run(() -> {
            try {
                if (restore) {
                    service.restore(opened.plain());
                }
            } finally {
                if (opened.encrypted()) {
                    java.nio.file.Files.deleteIfExists(opened.plain());
                }
            }
            return restore;
        }).onSuccess(done -> {
            if (done) {
                status.set(I18n.text("backups.restoredFile", opened.file().getFileName()));
                refresh();
            }
        }).onFinally(() -> busy.set(false)).start();
    }

    /** Says what the selected backup holds again (in the language of now). */
    public void describeSelected() {
        describe(selected.get());
    }

    private void describe(BackupService.Entry entry) {
        contents.set(null);
        preview.set("");
        if (entry == null) {
            return;
        }
        Tasks.run(() -> service.describe(entry.file())).onSuccess(c -> {
            if (entry.equals(selected.get())) {
                contents.set(c);
                preview.set(holds(c));
            }
        }).onError(e -> preview.set(I18n.text("backups.unreadable", entry.file().getFileName()))).start();
    }

    /** Restores the selected backup, if it was read and found intact. */
    public void restoreSelected() {
        BackupService.Entry entry = selected.get();
        if (entry == null || contents.get() == null) {
            return;
        }
        busy.set(true);
        Tasks.run(() -> service.restore(entry.file())).onSuccess(v -> {
            status.set(I18n.text("backups.restored", label(entry)));
            refresh();
        }).onFinally(() -> busy.set(false)).start();
    }

    /** "Holds 3 contacts and 2 encounters, last changed …" in the user's language. */
    static String holds(BackupService.Contents c) {
        return I18n.text("backups.contents", c.contacts(), c.encounters(), c.lastChange() == null ? "–"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(I18n.locale())
                        .format(c.lastChange().atZone(ZoneId.systemDefault())));
    }

    /** "24 Nov 2026, 00:18 · Before import · 1.2 MB" in the user's language. */
    public static String label(BackupService.Entry e) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(I18n.locale()).format(e.takenAt());
        return I18n.text("backups.entry", when, I18n.text(e.kindKey()), size(e.size()));
    }

    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0 && bytes > 0) {
            return I18n.text("backups.size.mb", bytes / (1024 * 1024)); // a budget: "500 MB", not "500.0 MB"
        }
        if (bytes < 1024 * 1024) {
            return I18n.text("backups.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return I18n.text("backups.size.mb", String.format(I18n.locale(), "%.1f", bytes / 1048576.0));
    }
}
