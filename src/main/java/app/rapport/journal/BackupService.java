package app.rapport.journal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The backups of the open journal, as Settings and the command line see them. The composition
 * root implements it with the SQLite store (screens and commands do not name the store).
 */
public interface BackupService {

    /** One backup file: when, why (a message key such as {@code backup.kind.daily}) and how large. */
    record Entry(Path file, String kindKey, LocalDateTime takenAt, long size) {
    }

    /** What a backup holds, read without changing it. */
    record Contents(int contacts, int encounters, Instant lastChange) {
    }

    /**
     * Which backups are kept besides the user's own: the last {@code lastBeforeOperations} taken
     * before an operation and one a day for {@code days} days, within {@code budgetBytes}.
     */
    record Policy(int lastBeforeOperations, int days, long budgetBytes) {
    }

    /** Newest first. */
    List<Entry> list();

    /**
     * Checks the file completely, as a restore would, without changing it.
     *
     * @throws JournalOpenException if it is no intact journal this version can read
     */
    Contents describe(Path backup);

    /**
     * Backs up the current state, then replaces the journal with the backup's content; returns
     * the backup of the state before.
     *
     * @throws JournalOpenException if the backup is damaged, of another program or of a newer version
     */
    Path restore(Path backup);

    /** A manual backup now, into the backups folder; returns its file. */
    Path backupNow();

    /** A consistent copy of the journal written to {@code target}, outside the backups folder. */
    void backupTo(Path target);

    /**
     * Today's automatic backup, if it has not been taken yet; a failure is logged, not thrown
     * (the next opening tries again). The window calls it once the journal is shown.
     */
    void dailyBackupIfDue();

    /** What is kept, for Settings to say. */
    Policy policy();
}
