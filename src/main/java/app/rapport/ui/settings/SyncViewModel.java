package app.rapport.ui.settings;

import app.rapport.journal.BackupService;
import app.rapport.journal.Journal;
import app.rapport.sync.JournalSync;
import app.rapport.sync.SyncEngine;
import app.rapport.sync.SyncFolder;
import app.rapport.sync.SyncFolderException;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings, Sync (issue 15): the shared folder and the passphrase, the state of the last sync, the
 * changes to review, and sync in the background (after start, a few seconds after the last change,
 * and every few minutes; one at a time, never on the JavaFX thread; a failure shows here, never as
 * a dialog). The sync itself is {@code rapport sync}'s ({@link JournalSync}) with the same state file
 * beside the journal, so the command line and the window sync as the same device.
 *
 * <p>Which folder a journal syncs with is kept beside the journal ({@value #SETTINGS_FILE}): it is
 * the journal's, like its sync state, not the user's (a second journal syncs elsewhere or not at
 * all). The passphrase is never stored: the key made from it is kept in memory while the window is
 * open, and the passphrase is asked again at each start.
 */
public final class SyncViewModel {

    /** Where this journal syncs, beside it. */
    public static final String SETTINGS_FILE = "sync.properties";
    /** The device's state, beside the journal: the same file {@code rapport sync} keeps. */
    public static final String STATE_FILE = "sync-state.bin";
    /** A passphrase for a new folder has at least this many characters. */
    static final int MIN_PASSPHRASE = 8;

    /** Where the user is in setting sync up. */
    public enum Step {
        /** No folder chosen. */
        OFF,
        /** A folder chosen, its passphrase to be set (a new folder) or entered (one holding a journal). */
        CHOSEN,
        /** The passphrase opened the folder, and what merging will change is shown before it is done. */
        PREVIEW,
        /** Set up earlier; the passphrase is needed (asked at start). */
        LOCKED,
        /** Syncing. */
        ON
    }

    /** Runs work off the JavaFX thread and hands the result back to it (the window: {@link Tasks}; tests: at once). */
    public interface Background {
        <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

        static Background tasks() {
            return new Background() {
                @Override
                public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                    Tasks.run(work).onSuccess(done).onError(failed).start();
                }
            };
        }
    }

    /** How long after the last change a sync starts, and how often it runs anyway. */
    public record Timing(Duration afterChange, Duration every) {
        public static final Timing DEFAULT = new Timing(Duration.ofSeconds(5), Duration.ofMinutes(5));
    }

    /**
     * A key two devices changed differently: which record and field, the value shown and the others.
     * Values are as the sync keeps them (JSON); {@link #shown} says them for people.
     */
    public record Review(String key, String kind, String recordName, String field, String kept, List<String> others) {

        /** The value the journal shows first, then the others. */
        public List<String> values() {
            List<String> all = new ArrayList<>();
            all.add(kept);
            all.addAll(others);
            return all;
        }
    }

    private final Journal journal;
    private final Path dataDir;
    private final BackupService backups;
    private final Clock clock;
    private final SyncScheduler scheduler;
    private final Background background;
    private final Timing timing;
    private final int newIterations;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.OFF);
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty joining = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty devices = new SimpleStringProperty("");
    private final StringProperty toReview = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();

    /** The folder chosen and not yet set up. */
    private Path chosen;
    /** Opened with the passphrase, waiting for the user's go after the preview. */
    private SyncFolder candidate;
    private JournalSync.Preview shownPreview;
    /** The folder synced with, opened with the passphrase (holds the key, not the passphrase). */
    private SyncFolder shared;
    private Path configured;
    private boolean running;
    private boolean changedWhileRunning;
    private boolean again;
    private Runnable pendingAfterChange;
    private Runnable pendingPeriodic;
    private final Map<String, String> choices = new TreeMap<>();
    private JournalSync.Report last;
    private Instant lastAt;
    /** What went wrong last, as a message key and its arguments (said again in the language of now). */
    private Object[] lastError;
    private Object[] lastMessage;

    public SyncViewModel(Journal journal, Path dataDir, BackupService backups, Clock clock) {
        this(journal, dataDir, backups, clock, SyncScheduler.fx(), Background.tasks(), Timing.DEFAULT,
                app.rapport.sync.SyncCrypto.DEFAULT_ITERATIONS);
    }

    /** With the time, the threads and the key derivation's cost of a new folder a test chooses. */
    SyncViewModel(Journal journal, Path dataDir, BackupService backups, Clock clock, SyncScheduler scheduler,
                  Background background, Timing timing, int newIterations) {
        this.journal = journal;
        this.dataDir = dataDir;
        this.backups = backups;
        this.clock = clock;
        this.scheduler = scheduler;
        this.background = background;
        this.timing = timing;
        this.newIterations = newIterations;
        describe();
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    /** The folder chosen or synced with, as a path. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** Whether the chosen folder already holds a synced journal: its passphrase is asked, not set. */
    public BooleanProperty joiningProperty() {
        return joining;
    }

    /** Setting up (opening the folder, the preview, the backup): the buttons wait. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A sync is running. */
    public BooleanProperty syncingProperty() {
        return syncing;
    }

    /** What is wrong with what was typed or chosen, or what the folder said. */
    public StringProperty messageProperty() {
        return message;
    }

    /** What merging this journal with the folder's will change (step {@link Step#PREVIEW}). */
    public StringProperty previewProperty() {
        return preview;
    }

    /** Sync off, waiting for the passphrase, or when it last ran and what it did. */
    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty devicesProperty() {
        return devices;
    }

    /** How many changes there are to review. */
    public StringProperty toReviewProperty() {
        return toReview;
    }

    /** What went wrong in the last sync (a folder gone, a file refused by name); empty when nothing. */
    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<Review> reviews() {
        return reviews;
    }

    private Path stateFile() {
        return dataDir.resolve(STATE_FILE);
    }

    // ---------------------------------------------------------------- start and background sync

    /**
     * Reads which folder this journal syncs with (in the background); when there is one, the step
     * is {@link Step#LOCKED} and {@code askPassphrase} runs, for the window to ask. Call once the
     * window is up.
     */
    public void start(Runnable askPassphrase) {
        background.run(() -> SyncTexts.readSettings(dataDir), folderSet -> {
            if (folderSet != null && step.get() == Step.OFF) {
                configured = folderSet;
                folder.set(folderSet.toString());
                step.set(Step.LOCKED);
                describe();
                askPassphrase.run();
            }
        }, e -> say(e));
    }

    /** The journal changed: a sync follows a few seconds after the last change. */
    public void journalChanged() {
        if (shared == null) {
            return;
        }
        if (running) {
            // Most likely the sync's own writes; told apart once it is done (see syncNow).
            changedWhileRunning = true;
            return;
        }
        if (pendingAfterChange != null) {
            pendingAfterChange.run();
        }
        pendingAfterChange = scheduler.after(timing.afterChange(), () -> {
            pendingAfterChange = null;
            syncNow();
        });
    }

    /** Syncs now, or right after the sync running (never two at once). */
    public void syncNow() {
        if (shared == null) {
            return;
        }
        if (running) {
            again = true;
            return;
        }
        running = true;
        syncing.set(true);
        if (pendingPeriodic != null) {
            pendingPeriodic.run();
            pendingPeriodic = null;
        }
        SyncFolder target = shared;
        Map<String, String> picks = new TreeMap<>(choices);
        changedWhileRunning = false;
        background.run(() -> runSync(target, picks), report -> {
            picks.forEach(choices::remove);
            // A sync that stored nothing here did not announce the change heard meanwhile: the user did.
            // (One that stored something takes it for its own; an edit made during it goes with the next.)
            boolean userChanged = changedWhileRunning && report.recordsChanged() == 0;
            last = report;
            lastAt = clock.instant();
            lastError = report.unreadable().isEmpty() ? null
                    : new Object[] {"sync.error.unreadable", String.join("; ", report.unreadable())};
            List<Review> now = reviewsOf(report.conflicts());
            if (!now.equals(reviews)) { // the buttons the user is about to click stay where they are
                reviews.setAll(now);
            }
            finished();
            if (userChanged) {
                journalChanged();
            }
        }, e -> {
            lastError = SyncTexts.failure(e, target.root());
            boolean userChanged = changedWhileRunning;
            finished();
            if (userChanged) {
                journalChanged();
            }
        });
    }

    private void finished() {
        running = false;
        syncing.set(false);
        describe();
        if (shared == null) {
            return;
        }
        pendingPeriodic = scheduler.after(timing.every(), () -> {
            pendingPeriodic = null;
            syncNow();
        });
        if (again) {
            again = false;
            syncNow();
        }
    }

    /** Off the JavaFX thread: one sync, as {@code rapport sync} does it, with the names of the changes to review. */
    private JournalSync.Report runSync(SyncFolder target, Map<String, String> picks) throws Exception {
        if (!Files.isDirectory(target.root()) || !Files.exists(target.root().resolve(SyncFolder.CONFIG))) {
            // A drive unplugged: nothing is written where the folder was.
            throw new SyncFolderException(SyncFolderException.Reason.MISSING, target.root(), null);
        }
        JournalSync.Report r = JournalSync.run(journal, stateFile(), target, clock, picks, phase -> { });
        names.clear();
        for (SyncEngine.Conflict c : r.conflicts()) {
            String[] p = c.key().split(String.valueOf(SyncEngine.SEP), 3);
            if (p[0].equals("contacts") && p.length > 1) {
                journal.contact(p[1]).ifPresent(contact -> names.put(p[1], contact.name()));
            }
        }
        return r;
    }

    /** Contacts' names of the changes to review, read with the sync. */
    private final Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Review> reviewsOf(List<SyncEngine.Conflict> conflicts) {
        List<Review> out = new ArrayList<>();
        for (SyncEngine.Conflict c : conflicts) {
            String[] p = c.key().split(String.valueOf(SyncEngine.SEP), 4);
            if (p.length < 3 || choices.containsKey(c.key())) {
                continue;
            }
            String name = p[0].equals("contacts") ? names.getOrDefault(p[1], "") : "";
            String field = p.length == 4 ? p[2] + SyncEngine.SEP + p[3] : p[2];
            out.add(new Review(c.key(), p[0], name, field, c.kept(), c.others()));
        }
        return out;
    }

    /**
     * The user picked a value of a change to review: the next sync, started now, writes it as a
     * change made after both, so every device settles on it.
     */
    public void pick(Review review, String value) {
        choices.put(review.key(), value);
        reviews.remove(review);
        describe();
        syncNow();
    }

    // ---------------------------------------------------------------- setting up

    /** A folder was chosen: whether it holds a synced journal is read in the background. */
    public void chooseFolder(Path dir) {
        Path abs = dir.toAbsolutePath();
        busy.set(true);
        background.run(() -> Files.exists(abs.resolve(SyncFolder.CONFIG)), holds -> {
            busy.set(false);
            chosen = abs;
            candidate = null;
            folder.set(abs.toString());
            joining.set(holds);
            lastMessage = null;
            step.set(Step.CHOSEN);
            describe();
        }, e -> {
            busy.set(false);
            say(e);
        });
    }

    /**
     * The passphrase for the chosen folder (with its confirmation for a new one), or at start for
     * the folder set up before. Checked here, then the folder is opened in the background; the
     * arrays are cleared once used.
     */
    public void submitPassphrase(char[] passphrase, char[] confirmation) {
        Step now = step.get();
        if (now != Step.CHOSEN && now != Step.LOCKED) {
            return;
        }
        boolean newFolder = now == Step.CHOSEN && !joining.get();
        Object[] problem = null;
        if (passphrase.length == 0) {
            problem = new Object[] {"sync.passphrase.empty"};
        } else if (newFolder && passphrase.length < MIN_PASSPHRASE) {
            problem = new Object[] {"sync.passphrase.short", MIN_PASSPHRASE};
        } else if (newFolder && !Arrays.equals(passphrase, confirmation)) {
            problem = new Object[] {"sync.passphrase.mismatch"};
        }
        if (confirmation != null) {
            Arrays.fill(confirmation, '\0');
        }
        if (problem != null) {
            Arrays.fill(passphrase, '\0');
            lastMessage = problem;
            describe();
            return;
        }
        Path target = now == Step.LOCKED ? configured : chosen;
        // A first sync of a journal that has people into a folder that has a journal: a preview first.
        boolean mayMerge = now == Step.CHOSEN && joining.get();
        busy.set(true);
        lastMessage = null;
        describe();
        background.run(() -> {
            SyncFolder opened;
            try {
                opened = SyncFolder.open(target, passphrase, newIterations);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            JournalSync.Preview p = null;
            if (mayMerge && !Files.exists(stateFile()) && !isEmpty(journal.stats())) {
                p = JournalSync.preview(journal, stateFile(), opened, clock);
            }
            return new Opened(opened, p);
        }, opened -> {
            busy.set(false);
            if (opened.preview() != null) {
                candidate = opened.folder();
                shownPreview = opened.preview();
                step.set(Step.PREVIEW);
                describe();
            } else {
                adopt(opened.folder());
            }
        }, e -> {
            busy.set(false);
            lastMessage = SyncTexts.failure(e, target);
            describe();
        });
    }

    private record Opened(SyncFolder folder, JournalSync.Preview preview) {
    }

    private static boolean isEmpty(Journal.Stats s) {
        return s.contacts() == 0 && s.encounters() == 0 && s.ties() == 0;
    }

    /** After the preview: backs the journal up, then syncs (which merges). */
    public void confirmMerge() {
        if (step.get() != Step.PREVIEW || candidate == null) {
            return;
        }
        SyncFolder f = candidate;
        busy.set(true);
        background.run(() -> backups == null ? null : backups.backupNow(), backup -> {
            busy.set(false);
            adopt(f);
        }, e -> {
            busy.set(false);
            lastMessage = new Object[] {"sync.merge.noBackup", SyncTexts.describeError(e)};
            describe();
        });
    }

    /** After the preview: nothing is merged, sync stays as it was. */
    public void cancelMerge() {
        candidate = null;
        shownPreview = null;
        chosen = null;
        step.set(shared != null ? Step.ON : configured != null ? Step.LOCKED : Step.OFF);
        folder.set(shared != null ? shared.root().toString() : configured != null ? configured.toString() : "");
        describe();
    }

    private void adopt(SyncFolder f) {
        candidate = null;
        shownPreview = null;
        chosen = null;
        shared = f;
        configured = f.root();
        folder.set(f.root().toString());
        step.set(Step.ON);
        lastMessage = null;
        describe();
        Path root = f.root();
        background.run(() -> {
            SyncTexts.writeSettings(dataDir, root);
            return null;
        }, v -> { }, e -> say(e));
        syncNow();
    }

    /** Stops syncing this journal: the folder is forgotten here, the files there stay for the other devices. */
    public void stop() {
        shared = null;
        configured = null;
        chosen = null;
        candidate = null;
        if (pendingAfterChange != null) {
            pendingAfterChange.run();
            pendingAfterChange = null;
        }
        if (pendingPeriodic != null) {
            pendingPeriodic.run();
            pendingPeriodic = null;
        }
        folder.set("");
        step.set(Step.OFF);
        reviews.clear();
        last = null;
        lastError = null;
        lastMessage = null;
        describe();
        background.run(() -> {
            Files.deleteIfExists(dataDir.resolve(SETTINGS_FILE));
            return null;
        }, v -> { }, e -> say(e));
    }

    // ---------------------------------------------------------------- texts

    /** Says the state again (after a change, or in the language of now). */
    public void describe() {
        message.set(lastMessage == null ? "" : I18n.text((String) lastMessage[0], rest(lastMessage)));
        error.set(lastError == null ? "" : I18n.text((String) lastError[0], rest(lastError)));
        preview.set(shownPreview == null ? "" : I18n.text("sync.preview", shownPreview.arrivingContacts(),
                shownPreview.arrivingOther(), shownPreview.changing(), shownPreview.removed(),
                shownPreview.conflicts(), backups == null ? "" : I18n.text("sync.preview.backup")));
        status.set(switch (step.get()) {
            case OFF -> I18n.text("sync.status.off");
            case CHOSEN -> I18n.text(joining.get() ? "sync.status.join" : "sync.status.new");
            case PREVIEW -> I18n.text("sync.status.preview");
            case LOCKED -> I18n.text("sync.status.locked");
            case ON -> last == null ? I18n.text(syncing.get() ? "sync.status.running" : "sync.status.notYet")
                    : I18n.text("sync.status.last", when(lastAt), last.filesRead(), last.changesWritten(),
                    last.recordsChanged());
        });
        if (last == null || step.get() != Step.ON) {
            devices.set("");
            toReview.set("");
            return;
        }
        long others = last.devicesSeen().keySet().stream().filter(d -> !d.equals(last.device())).count();
        devices.set(I18n.text("sync.devices", others));
        toReview.set(I18n.text("sync.review.count", reviews.size()));
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(I18n.locale())
                .format(at.atZone(clock.getZone()));
    }

    private static Object[] rest(Object[] keyAndArgs) {
        return Arrays.copyOfRange(keyAndArgs, 1, keyAndArgs.length);
    }

    private void say(Throwable e) {
        lastMessage = new Object[] {"sync.error.failed", folder.get(), SyncTexts.describeError(e)};
        describe();
    }
}
