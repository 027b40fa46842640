package app.rapport.cli;

import app.rapport.journal.Journal;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * What the commands need from the program around them. The composition root ({@code Main})
 * implements it with the SQLite store; the commands never name the store themselves.
 */
public interface CliContext {

    /** The journal folder given with {@code --data-dir}, or the default one. */
    Path dataDir();

    /** Whether {@link #dataDir()} holds a journal already. */
    boolean journalExists();

    /**
     * Opens the journal in {@link #dataDir()}, creating an empty one if there is none.
     *
     * @throws app.rapport.journal.JournalOpenException if the file is damaged, newer, read-only, ...
     */
    Journal openJournal();

    /**
     * Opens the journal for commands that only read it (check, export): one that cannot be
     * written is opened read-only instead of being refused.
     */
    default Journal openJournalForReading() {
        return openJournal();
    }

    /** Takes a "before import" backup of a journal that has anything to lose. */
    void backupBeforeImport(Journal journal);

    /**
     * Where {@code -o -} writes: the raw standard output, so that JSON goes out as UTF-8 bytes
     * whatever the console's encoding.
     */
    OutputStream standardOutput();

    /** The texts of the command line, in the language of the operating system. */
    CliTexts texts();
}
