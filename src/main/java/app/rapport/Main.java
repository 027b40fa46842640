package app.rapport;

import app.rapport.store.DataFolder;
import app.rapport.store.InstanceLock;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.LaunchOptions;
import app.rapport.ui.RapportApp;
import app.rapport.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the window, or the command line when given a command. This is the composition root: the
 * only place that picks the SQLite store and hands it to the window (and to the commands).
 */
@Command(name = "rapport",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "An offline, private networking journal. Without a command, opens the window.",
        // The command-line commands (package app.rapport.cli) are registered here.
        subcommands = {})
public final class Main implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Journal folder (default: the per-user data folder of this OS, or $RAPPORT_DATA_DIR).")
    private Path dataDir;

    @Option(names = "--exit-after-first-frame",
            description = "Open the window on the journal, print the milliseconds from process start to its"
                    + " first frame, and exit (start-up benchmark and smoke test).")
    private boolean exitAfterFirstFrame;

    @Option(names = "--empty-window-benchmark", hidden = true,
            description = "Show an empty window and print the same figure, the baseline for the start-up benchmark.")
    private boolean emptyWindowBenchmark;

    /** The journal folder the user chose, or the default one; commands use this too. */
    public Path dataDir() {
        return (dataDir != null ? dataDir : DataFolder.defaultFolder()).toAbsolutePath();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also for tests of the commands. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public Integer call() throws IOException {
        LaunchOptions.Mode mode = emptyWindowBenchmark ? LaunchOptions.Mode.EMPTY_WINDOW
                : exitAfterFirstFrame ? LaunchOptions.Mode.EXIT_AFTER_FIRST_FRAME
                : LaunchOptions.Mode.WINDOW;
        if (mode != LaunchOptions.Mode.WINDOW) {
            useHeadlessPlatformWithoutDisplay();
        }
        if (mode == LaunchOptions.Mode.EMPTY_WINDOW) {
            return RapportApp.run(new LaunchOptions(null, mode, false, null, null));
        }
        Path dir = dataDir();
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dir);
        if (lock.isEmpty() && mode == LaunchOptions.Mode.EXIT_AFTER_FIRST_FRAME) {
            // Smoke tests and benchmarks get the message without a dialog that waits for a click.
            System.err.println(I18n.text("journal.open.alreadyOpen", DataFolder.journalFile(dir)));
            System.err.println(I18n.text("journal.open.alreadyOpen.advice"));
            return 1;
        }
        try {
            return RapportApp.run(new LaunchOptions(dir, mode, lock.isEmpty(), DataFolder.journalFile(dir),
                    SqliteJournal::open));
        } finally {
            lock.ifPresent(InstanceLock::close);
        }
    }

    /**
     * The measuring modes run in CI and on servers without a display; there the JavaFX headless
     * platform draws the same frames off screen instead of failing to connect to X11.
     */
    private static void useHeadlessPlatformWithoutDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        boolean noDisplay = isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
        if (linux && noDisplay && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
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
