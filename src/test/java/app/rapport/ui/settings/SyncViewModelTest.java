package app.rapport.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.StoreBackupService;
import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.I18n;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings, Sync without a window: what is refused and said when setting up, a second device
 * joining (wrong passphrase, preview, backup, merge), the changes to review and their pick, a
 * refused file, and when background syncs run. Time and threads are the test's: a sync runs when
 * the test says, a delay passes when the test moves the time on.
 */
class SyncViewModelTest {

    static final String PASS = "correct horse battery";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    Path shared;
    final List<SqliteJournal> journals = new ArrayList<>();
    final ManualTime time = new ManualTime();
    final Held held = new Held();

    @BeforeEach
    void setUp() throws IOException {
        I18n.setLocale(I18n.ENGLISH);
        shared = Files.createDirectories(tmp.resolve("Sync"));
    }

    @AfterEach
    void close() {
        journals.forEach(SqliteJournal::close);
    }

    /** A device: a journal in its own folder and the Sync pane's model on it. */
    record Device(SqliteJournal journal, Path dataDir, StoreBackupService backups, SyncViewModel model) {
    }

    Device device(String name, String... people) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        SqliteJournal j = app.rapport.store.TestJournals.open(dir);
        journals.add(j);
        for (String p : people) {
            j.saveContact(Contact.builder(p).build());
        }
        StoreBackupService backups = new StoreBackupService(j);
        return new Device(j, dir, backups, new SyncViewModel(j, dir, backups, CLOCK, time, held,
                SyncViewModel.Timing.DEFAULT, 1000));
    }

    /** Sets a device up on the shared folder (merging what it holds, after the preview). */
    Device first(String name, String... people) throws IOException {
        Device d = device(name, people);
        d.model().chooseFolder(shared);
        held.runAll();
        d.model().submitPassphrase(PASS.toCharArray(), PASS.toCharArray());
        held.runAll();
        if (d.model().stepProperty().get() == SyncViewModel.Step.PREVIEW) {
            d.model().confirmMerge();
            held.runAll();
        }
        assertEquals(SyncViewModel.Step.ON, d.model().stepProperty().get());
        return d;
    }

    @Test
    void aNewFolderGetsAConfirmedPassphraseThatIsNeverStored() throws IOException {
        Device a = device("laptop", "Anna Schmidt");
        SyncViewModel m = a.model();
        assertTrue(m.statusProperty().get().startsWith("Sync is off."), m.statusProperty().get());

        m.chooseFolder(shared);
        held.runAll();
        assertEquals(SyncViewModel.Step.CHOSEN, m.stepProperty().get());
        assertFalse(m.joiningProperty().get(), "an empty folder is a new one");
        assertEquals(shared.toAbsolutePath().toString(), m.folderProperty().get());

        m.submitPassphrase(new char[0], new char[0]);
        assertEquals("Enter the passphrase.", m.messageProperty().get());
        m.submitPassphrase("short".toCharArray(), "short".toCharArray());
        assertEquals("A passphrase has at least 8 characters.", m.messageProperty().get());
        m.submitPassphrase(PASS.toCharArray(), "correct horse batery".toCharArray());
        assertEquals("The two passphrases differ. Type the same one twice.", m.messageProperty().get());
        assertEquals(0, held.size(), "nothing refused reaches the folder");

        m.submitPassphrase(PASS.toCharArray(), PASS.toCharArray());
        assertEquals("", m.messageProperty().get());
        held.runAll();
        assertEquals(SyncViewModel.Step.ON, m.stepProperty().get());
        String status = m.statusProperty().get().replace('\u202f', ' ');
        assertTrue(status.startsWith("Last sync Dec 6, 2026, 9:30:00 AM: no files read, "), status);
        assertTrue(status.endsWith(" changes written, nothing changed here."), status);
        assertEquals("Devices seen: this one and no other yet.", m.devicesProperty().get());
        assertEquals("Nothing to review.", m.toReviewProperty().get());
        assertEquals(shared.toAbsolutePath(), SyncTexts.readSettings(a.dataDir()));
        // The passphrase is in no file, neither beside the journal nor in the shared folder.
        try (Stream<Path> files = Stream.concat(Files.walk(a.dataDir()), Files.walk(shared))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(PASS), f.toString());
            }
        }
    }

    @Test
    void aSecondDeviceIsAskedThePassphraseRefusedAWrongOneAndShownWhatMergingChanges() throws IOException {
        first("laptop", "Anna Schmidt", "Clara Vogel");
        Device b = device("desktop", "Ben Weber");
        SyncViewModel m = b.model();
        m.chooseFolder(shared);
        held.runAll();
        assertTrue(m.joiningProperty().get(), "the folder holds a journal");
        assertEquals("This folder holds a synced journal: enter its passphrase to join it.", m.statusProperty().get());

        m.submitPassphrase("not the passphrase".toCharArray(), null);
        held.runAll();
        assertEquals("This passphrase does not open the journal in " + shared.toAbsolutePath()
                + ". Nothing was synced. Type it again; a lost passphrase cannot be recovered.", m.messageProperty().get());
        assertEquals(SyncViewModel.Step.CHOSEN, m.stepProperty().get());

        m.submitPassphrase(PASS.toCharArray(), null);
        held.runAll();
        assertEquals(SyncViewModel.Step.PREVIEW, m.stepProperty().get());
        assertEquals("Merging this journal with the folder’s: 2 people and no other entries arrive, none of yours"
                + " change, none goes; nothing to review. Everything of yours goes to the folder. The journal is"
                + " backed up first (Settings → Backups).", m.previewProperty().get());
        assertEquals(1, b.journal().stats().contacts(), "nothing merged before the user says so");
        assertFalse(Files.exists(b.dataDir().resolve(SyncViewModel.STATE_FILE)));

        m.confirmMerge();
        held.runAll();
        assertEquals(1, b.backups().list().size(), "backed up before merging");
        assertEquals(3, b.journal().stats().contacts());
        assertEquals(SyncViewModel.Step.ON, m.stepProperty().get());
        assertEquals("Devices seen: this one and one other.", m.devicesProperty().get());
    }

    @Test
    void twoValuesOfOneFieldAreShownAndThePickReachesTheOtherDevice() throws IOException {
        Device a = first("laptop", "Anna Schmidt");
        Device b = device("desktop");
        b.model().chooseFolder(shared);
        held.runAll();
        b.model().submitPassphrase(PASS.toCharArray(), null);
        held.runAll();
        assertEquals(SyncViewModel.Step.ON, b.model().stepProperty().get(), "an empty journal joins without a preview");
        Contact annaOnA = only(a.journal());
        Contact annaOnB = only(b.journal());
        a.journal().saveContact(annaOnA.toBuilder().city("Berlin").build());
        b.journal().saveContact(annaOnB.toBuilder().city("Hamburg").build());
        a.model().syncNow();
        held.runAll();
        b.model().syncNow();
        held.runAll();

        assertEquals("1 change to review: two devices changed the same field differently. Pick the value to keep.",
                b.model().toReviewProperty().get());
        SyncViewModel.Review r = b.model().reviews().getFirst();
        assertEquals("Anna Schmidt", SyncTexts.recordName(r));
        assertEquals("City", SyncTexts.fieldName(r));
        List<String> shown = r.values().stream().map(SyncTexts::shown).sorted().toList();
        assertEquals(List.of("Berlin", "Hamburg"), shown);

        String hamburg = r.values().stream().filter(v -> SyncTexts.shown(v).equals("Hamburg")).findFirst().orElseThrow();
        b.model().pick(r, hamburg);
        held.runAll();
        assertTrue(b.model().reviews().isEmpty());
        assertEquals("Hamburg", only(b.journal()).city());
        a.model().syncNow();
        held.runAll();
        assertEquals("Hamburg", only(a.journal()).city(), "the other device settles on the pick");
        assertTrue(a.model().reviews().isEmpty(), "and has nothing to review");
    }

    @Test
    void aTamperedFileIsNamedTheRestStillSyncsAndAMissingFolderIsSaidWithoutADialog() throws IOException {
        Device a = first("laptop", "Anna Schmidt");
        String laptop = app.rapport.sync.SyncState.load(a.dataDir().resolve(SyncViewModel.STATE_FILE)).device();
        Path annas = shared.resolve("devices").resolve(laptop).resolve("1.rapport-sync");
        byte[] bytes = Files.readAllBytes(annas);
        Files.write(annas, java.util.Arrays.copyOf(bytes, bytes.length - 5)); // cut short, as a sync tool shows one in flight
        first("tablet", "Clara Vogel");
        Device b = device("desktop");
        b.model().chooseFolder(shared);
        held.runAll();
        b.model().submitPassphrase(PASS.toCharArray(), null);
        held.runAll();
        assertTrue(b.model().errorProperty().get().startsWith("Refused, the rest was synced: " + annas),
                b.model().errorProperty().get());
        assertEquals(1, b.journal().stats().contacts(), "the other device's person arrived");

        deleteTree(shared);
        a.model().syncNow();
        held.runAll();
        assertEquals("The sync folder " + shared.toAbsolutePath() + " does not exist. Is the drive plugged in, or the"
                + " sync tool set up? Nothing was synced; the next sync tries again.", a.model().errorProperty().get());
        assertFalse(Files.exists(shared), "nothing is written where the folder was");
    }

    @Test
    void changesSyncAFewSecondsAfterTheLastOneEveryFewMinutesAndNeverTwoAtOnce() throws IOException {
        Device a = first("laptop", "Anna Schmidt");
        SyncViewModel m = a.model();
        int syncs = held.started;
        m.journalChanged();
        time.advance(Duration.ofSeconds(3));
        m.journalChanged(); // a burst of typing: one sync, 5 s after the last change
        time.advance(Duration.ofMillis(4_999));
        assertEquals(syncs, held.started);
        time.advance(Duration.ofMillis(1));
        assertEquals(syncs + 1, held.started);
        assertTrue(m.syncingProperty().get());

        m.syncNow(); // asked while one runs: it follows, it does not run beside it
        m.journalChanged(); // an edit while it runs
        time.advance(Duration.ofSeconds(5));
        assertEquals(syncs + 1, held.started);
        held.runOne();
        assertEquals(syncs + 2, held.started, "the one asked for meanwhile starts when the first is done");
        held.runAll();
        assertFalse(m.syncingProperty().get());
        // The first sync stored nothing here, so the change heard while it ran was the user's: synced 5 s on.
        time.advance(Duration.ofSeconds(5));
        assertEquals(syncs + 3, held.started);
        held.runAll();

        int before = held.started;
        time.advance(Duration.ofMinutes(5).minusMillis(1));
        assertEquals(before, held.started);
        time.advance(Duration.ofMillis(1));
        assertEquals(before + 1, held.started, "every five minutes anyway");
        held.runAll();
    }

    @Test
    void aJournalSetUpBeforeAsksThePassphraseAtStart() throws IOException {
        Device a = first("laptop", "Anna Schmidt");
        ManualTime time = new ManualTime();
        Held held = new Held();
        SyncViewModel restarted = new SyncViewModel(a.journal(), a.dataDir(), a.backups(), CLOCK, time, held,
                SyncViewModel.Timing.DEFAULT, 1000);
        int[] asked = {0};
        restarted.start(() -> asked[0]++);
        held.runAll();
        assertEquals(1, asked[0]);
        assertEquals(SyncViewModel.Step.LOCKED, restarted.stepProperty().get());
        assertEquals("Sync is set up: enter the passphrase to sync.", restarted.statusProperty().get());
        restarted.journalChanged();
        time.advance(Duration.ofMinutes(10));
        assertEquals(0, held.size(), "nothing syncs without the passphrase");

        restarted.submitPassphrase("wrong passphrase".toCharArray(), null);
        held.runAll();
        assertTrue(restarted.messageProperty().get().startsWith("This passphrase does not open the journal in "));
        restarted.submitPassphrase(PASS.toCharArray(), null);
        held.runAll();
        assertEquals(SyncViewModel.Step.ON, restarted.stepProperty().get());
        assertNotNull(restarted.devicesProperty().get());
        assertEquals("", restarted.messageProperty().get());
    }

    static Contact only(SqliteJournal j) {
        return j.snapshot().contacts().getFirst();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** Delays that pass when the test moves the time on. */
    static final class ManualTime implements SyncScheduler {
        private long now;
        private final List<long[]> due = new ArrayList<>();
        private final List<Runnable> actions = new ArrayList<>();

        @Override
        public Runnable after(Duration delay, Runnable action) {
            long[] at = {now + delay.toMillis()};
            due.add(at);
            actions.add(action);
            return () -> {
                int i = due.indexOf(at);
                if (i >= 0) {
                    due.remove(i);
                    actions.remove(i);
                }
            };
        }

        void advance(Duration d) {
            long until = now + d.toMillis();
            while (true) {
                int next = -1;
                for (int i = 0; i < due.size(); i++) {
                    if (due.get(i)[0] <= until && (next < 0 || due.get(i)[0] < due.get(next)[0])) {
                        next = i;
                    }
                }
                if (next < 0) {
                    break;
                }
                now = due.remove(next)[0];
                actions.remove(next).run();
            }
            now = until;
        }
    }

    /** Background work held until the test runs it, in order, with its result handed back as the window does. */
    static final class Held implements SyncViewModel.Background {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        int started;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            started++;
            queue.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            });
        }

        int size() {
            return queue.size();
        }

        void runOne() {
            queue.poll().run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }
}
