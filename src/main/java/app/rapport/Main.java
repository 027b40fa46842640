package app.rapport;

import app.rapport.cli.CliContext;
import app.rapport.cli.CliTexts;
import app.rapport.cli.Commands;
import app.rapport.interchange.UnfinishedExports;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalOpenException;
import app.rapport.store.Backups;
import app.rapport.store.DataFolder;
import app.rapport.store.InstanceLock;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.LaunchOptions;
import app.rapport.ui.RapportApp;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Starts the window, or the command line when given a command. This is the composition root: the
 * only place that picks the SQLite store and hands it to the window and to the commands.
 */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
public final class Main implements Callable<Integer>, CliContext {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "dataDir")
    private Path dataDir;

    @Option(names = "--exit-after-first-frame", descriptionKey = "exitAfterFirstFrame")
    private boolean exitAfterFirstFrame;

    /** The baseline of the start-up benchmark: an empty window on the same runtime, measured the same way. */
    @Option(names = "--empty-window-benchmark", hidden = true)
    private boolean emptyWindowBenchmark;

    private final CliTexts texts;
    private final OutputStream standardOutput;
    /** The one clock of a run: every command, the journal and the window read "now" from it. */
    private final java.time.Clock clock;

    private Main(CliTexts texts, OutputStream standardOutput, java.time.Clock clock) {
        this.texts = texts;
        this.standardOutput = standardOutput;
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(commandLine(languageOf(args, Locale.getDefault()), new FileOutputStream(FileDescriptor.out))
                .execute(args));
    }

    /**
     * The language of the command line: the one chosen in the window's settings (the user's; while
     * the user has none, those an earlier version kept in the journal named by {@code --data-dir},
     * else in the default one), or the system's if none was chosen.
     */
    static Locale languageOf(String[] args, Locale system) {
        return languageOf(args, system, app.rapport.ui.common.UiSettings.userFile());
    }

    static Locale languageOf(String[] args, Locale system, Path settingsFile) {
        Path dataDir = null;
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--data-dir") && i + 1 < args.length) {
                    dataDir = Path.of(args[i + 1]);
                } else if (args[i].startsWith("--data-dir=")) {
                    dataDir = Path.of(args[i].substring("--data-dir=".length()));
                }
            }
        } catch (java.nio.file.InvalidPathException e) {
            return system; // the command line says what is wrong with the folder
        }
        // The window's own settings file, read as the window reads it (an unreadable one gives the defaults).
        Path folder = dataDir != null ? dataDir : DataFolder.defaultFolder();
        return switch (app.rapport.ui.common.UiSettings.load(settingsFile,
                folder.resolve(app.rapport.ui.common.UiSettings.FILE_NAME)).languageProperty().get()) {
            case GERMAN -> Locale.GERMAN;
            case ENGLISH -> Locale.ENGLISH;
            case SYSTEM -> system;
        };
    }

    /** The configured command line in the language of the operating system. */
    public static CommandLine commandLine() {
        // System.out may encode for the console; exports to "-" must stay UTF-8 bytes.
        return commandLine(Locale.getDefault(), new FileOutputStream(FileDescriptor.out));
    }

    /** For tests of the commands: a language, and where {@code -o -} writes. */
    public static CommandLine commandLine(Locale locale, OutputStream standardOutput) {
        Main main = new Main(CliTexts.forLocale(locale), standardOutput, java.time.Clock.systemDefaultZone());
        return Commands.configure(new CommandLine(main), main, main.clock);
    }

    @Spec
    private CommandSpec spec;

    /** Without a command: the window. */
    @Override
    public Integer call() throws IOException {
        LaunchOptions.Mode mode = emptyWindowBenchmark ? LaunchOptions.Mode.EMPTY_WINDOW
                : exitAfterFirstFrame ? LaunchOptions.Mode.EXIT_AFTER_FIRST_FRAME
                : LaunchOptions.Mode.WINDOW;
        if (mode != LaunchOptions.Mode.WINDOW) {
            useHeadlessPlatformWithoutDisplay();
        } else if (linuxWithoutDisplay() && System.getProperty("glass.platform") == null) {
            // Said before anything is created: on a server, the commands are what works.
            spec.commandLine().getErr().println(texts.text("cli.error.noDisplay"));
            spec.commandLine().getErr().flush();
            return 1;
        }
        if (mode == LaunchOptions.Mode.EMPTY_WINDOW) {
            return RapportApp.run(new LaunchOptions(null, mode, false, null, null, null, clock));
        }
        Path dir = dataDir();
        Path file = DataFolder.journalFile(dir);
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(dir);
        } catch (JournalOpenException e) {
            // The data folder is a file, or another user's: said like any journal that cannot be opened.
            if (mode == LaunchOptions.Mode.EXIT_AFTER_FIRST_FRAME) {
                spec.commandLine().getErr().println(texts.text(e.reason().messageKey(), e.file()));
                spec.commandLine().getErr().println(texts.text(e.reason().adviceKey(), e.file(), e.getMessage()));
                spec.commandLine().getErr().flush();
                return 1;
            }
            return RapportApp.run(new LaunchOptions(dir, mode, false, file, d -> {
                throw e;
            }, null, clock));
        }
        if (lock.isPresent()) {
            UnfinishedExports.removeLeftovers(dir);
        }
        if (lock.isEmpty() && mode == LaunchOptions.Mode.EXIT_AFTER_FIRST_FRAME) {
            // Smoke tests and benchmarks get the message without a dialog that waits for a click.
            spec.commandLine().getErr().println(texts.text("journal.open.alreadyOpen", file));
            spec.commandLine().getErr().println(texts.text("journal.open.alreadyOpen.advice"));
            spec.commandLine().getErr().flush();
            return 1;
        }
        try {
            // The window says it in a dialog (and on stderr) when the lock is held elsewhere.
            return RapportApp.run(new LaunchOptions(dir, mode, lock.isEmpty(), file, d -> SqliteJournal.open(d, clock),
                    journal -> journal instanceof SqliteJournal s ? new StoreBackupService(s) : null, clock));
        } finally {
            lock.ifPresent(InstanceLock::close);
        }
    }

    /**
     * The measuring modes run in CI and on servers without a display; there the JavaFX headless
     * platform draws the same frames off screen instead of failing to connect to X11.
     */
    private static void useHeadlessPlatformWithoutDisplay() {
        if (linuxWithoutDisplay() && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private static boolean linuxWithoutDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        return linux && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    // CliContext: the commands' view of the store.

    @Override
    public Path dataDir() {
        return (dataDir != null ? dataDir : DataFolder.defaultFolder()).toAbsolutePath();
    }

    @Override
    public boolean journalExists() {
        return DataFolder.holdsJournal(dataDir());
    }

    @Override
    public Journal openJournal() {
        // The day's first command takes the daily backup, as the window's opening does.
        SqliteJournal journal = SqliteJournal.openTakingDailyBackup(dataDir(), clock);
        UnfinishedExports.removeLeftovers(dataDir());
        return journal;
    }

    @Override
    public Journal openJournalForReading() {
        try {
            return openJournal();
        } catch (JournalOpenException e) {
            if (e.reason() != JournalOpenException.Reason.READ_ONLY) {
                throw e;
            }
            // Checked and exported all the same, without writing a byte.
            return SqliteJournal.openReadOnly(dataDir(), clock);
        }
    }

    @Override
    public app.rapport.journal.BackupService backups(Journal journal) {
        return new StoreBackupService((SqliteJournal) journal);
    }

    @Override
    public Path journalFile() {
        return DataFolder.journalFile(dataDir());
    }

    @Override
    public app.rapport.journal.BackupService.Contents describeJournalFile(Path file) {
        return StoreBackupService.contents(file);
    }

    @Override
    public boolean isJournalFile(Path file) {
        return DataFolder.isJournalFile(file);
    }

    @Override
    public boolean whileLocked(Runnable work) throws IOException {
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataDir());
        if (lock.isEmpty()) {
            return false;
        }
        try (InstanceLock held = lock.get()) {
            work.run();
            return true;
        }
    }

    @Override
    public Path restoreOverUnopenable(Path backup) {
        return SqliteJournal.restoreOverUnopenable(dataDir(), backup, clock).file();
    }

    @Override
    public OutputStream standardOutput() {
        return standardOutput;
    }

    @Override
    public CliTexts texts() {
        return texts;
    }

    /** The version of the module (set by the build), for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getModule().getDescriptor() != null
                    ? Main.class.getModule().getDescriptor().rawVersion().orElse(null) : null;
            if (v == null) {
                v = Main.class.getPackage().getImplementationVersion();
            }
            return new String[] {"Rapport " + (v == null ? "(development build)" : v)};
        }
    }
}
