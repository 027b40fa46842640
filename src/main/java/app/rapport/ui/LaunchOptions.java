package app.rapport.ui;

import app.rapport.journal.Journal;
import app.rapport.journal.BackupService;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What the command line decided before the window starts.
 *
 * @param dataDir      the journal folder
 * @param mode         a normal window, or one of the measuring modes
 * @param alreadyOpen  another Rapport process holds this journal's lock: say so and quit
 * @param journalFile  the journal file, named in messages
 * @param opener       opens the journal (in the background, after the window is shown)
 * @param backups      the backups of an opened journal, for Settings (null: no Backups section)
 * @param clock        what "today" and "now" are for the window (the run's one clock)
 */
public record LaunchOptions(Path dataDir, Mode mode, boolean alreadyOpen, Path journalFile,
                            Function<Path, Journal> opener, Function<Journal, BackupService> backups,
                            java.time.Clock clock) {

    public enum Mode {
        /** The app as users start it. */
        WINDOW,
        /** Open the main window on the journal, print milliseconds to the first frame, exit. */
        EXIT_AFTER_FIRST_FRAME,
        /** Show an empty stage and print the same figure, as the baseline for the start-up benchmark. */
        EMPTY_WINDOW
    }
}
