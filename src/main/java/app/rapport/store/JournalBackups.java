package app.rapport.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The backups of one open journal: taken into the backups folder beside it, pruned as the
 * {@link Backups.Policy} says once the operation that took one has succeeded, and restored.
 */
final class JournalBackups {

    private final Database db;
    private final Clock clock;

    JournalBackups(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Path dataDir() {
        return db.file().getParent();
    }

    /**
     * Takes a backup of the given kind into the backups folder. A daily or manual backup is an
     * operation of its own, after which old backups are pruned; one taken before an operation is
     * pruned only once that operation has succeeded.
     */
    Backups.Backup take(Backups.Kind kind) {
        Path target = Backups.newBackupFile(dataDir(), kind, clock);
        db.backupTo(target);
        if (!kind.beforeOperation()) {
            prune(List.of());
        }
        return Backups.list(dataDir()).stream().filter(b -> b.file().equals(target)).findFirst()
                .orElseThrow(() -> new StoreException("backup " + target + " vanished", null));
    }

    /** After an operation succeeded: deletes the automatic backups the policy no longer keeps, never those in {@code spare}. */
    void prune(Collection<Path> spare) {
        Backups.prune(dataDir(), clock, Backups.Policy.DEFAULT, spare);
    }

    /**
     * Today's daily backup, if it has not been taken yet and the journal holds anything to keep
     * (a journal never written to is not copied day after day).
     */
    Optional<Backups.Backup> dailyIfDue() {
        return Backups.dailyDue(dataDir(), clock) && holdsAnything()
                ? Optional.of(take(Backups.Kind.DAILY)) : Optional.empty();
    }

    private boolean holdsAnything() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT EXISTS (SELECT 1 FROM contact) OR EXISTS (SELECT 1 FROM encounter)
                        OR EXISTS (SELECT 1 FROM event)""")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /**
     * Replaces the journal's content with the backup's: checked completely and staged before the
     * journal is touched, then the current state is backed up, then copied in one transaction;
     * old backups are pruned only after that, never the one restored.
     *
     * @return the backup of the state before the restore
     */
    Backups.Backup restoreFrom(Path backupFile) {
        Path staged = Restore.stage(backupFile, db.file());
        try {
            Backups.Backup safety = take(Backups.Kind.BEFORE_RESTORE);
            db.replaceWith(staged, backupFile);
            prune(List.of(backupFile));
            return safety;
        } finally {
            Restore.discard(staged);
        }
    }
}
