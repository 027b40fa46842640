package app.rapport.cli;

import app.rapport.journal.BackupService;
import app.rapport.journal.Journal;
import java.io.IOException;
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
    Journal openJournalForReading();

    /** The backups of an open journal. */
    BackupService backups(Journal journal);

    /** The journal file in {@link #dataDir()}. */
    Path journalFile();

    /**
     * What a journal file (a backup, or the journal itself) holds, checked completely without
     * changing it.
     *
     * @throws app.rapport.journal.JournalOpenException if it is no intact journal this version can read
     */
    BackupService.Contents describeJournalFile(Path file);

    /**
     * Whether writing to {@code file} would replace a file of a journal (the journal, what SQLite
     * keeps beside it, the lock or a backup), in any data folder.
     */
    boolean isJournalFile(Path file);

    /**
     * Runs {@code work} holding the journal's lock, which keeps a window off it meanwhile.
     *
     * @return false, without running it, when a window or another command holds the lock
     * @throws app.rapport.journal.JournalOpenException if the data folder is a file or may not be used
     */
    boolean whileLocked(Runnable work) throws IOException;

    /**
     * Restores a backup over the journal when that cannot be opened (damaged, or none at all),
     * checked as any restore; the caller holds the lock ({@link #whileLocked}).
     *
     * @return where the unopenable journal was kept
     */
    Path restoreOverUnopenable(Path backup);

    /**
     * Where {@code -o -} writes: the raw standard output, so that JSON goes out as UTF-8 bytes
     * whatever the console's encoding.
     */
    OutputStream standardOutput();

    /** The texts of the command line, in the language of the operating system. */
    CliTexts texts();
}
