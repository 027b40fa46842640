package app.rapport.store;

import app.rapport.journal.JournalOpenException;
import app.rapport.journal.JournalStorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The part of a restore that happens before the journal is touched: the backup is checked
 * completely, copied beside the journal under a temporary name, brought to the current schema
 * there and checked again. Only a staged journal that passes all of it is copied into the live one.
 */
final class Restore {

    private Restore() {
    }

    /**
     * Checks {@code backup} and stages it for {@code journal}; returns the staged file.
     *
     * @throws JournalOpenException naming the backup, if it is damaged, of another program or newer
     * @throws JournalStorageException if there is no room (or no right) to stage it beside the journal
     */
    static Path stage(Path backup, Path journal) {
        JournalFile.inspectCompletely(backup);
        Path staged = Temporaries.beside(journal.toAbsolutePath());
        try {
            Temporaries.delete(staged);
            Temporaries.createPrivateFile(staged);
            try (Connection from = JournalFile.connectUntouched(backup)) {
                JournalFile.copy(from, staged);
            }
            try (Connection c = JournalFile.connectPlain(staged); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
                s.execute("PRAGMA foreign_keys = ON");
                // A journal in WAL mode cannot change its page size, so the copy takes the journal's.
                int pageSize = pageSize(journal);
                if (pageSize > 0) {
                    try (var rs = s.executeQuery("PRAGMA page_size")) {
                        if (rs.next() && rs.getInt(1) != pageSize) {
                            s.execute("PRAGMA page_size = " + pageSize);
                            s.execute("VACUUM");
                        }
                    }
                }
                Migrations.migrate(c, Migrations.latestVersion());
            }
            if (JournalFile.inspectCompletely(staged) != Migrations.latestVersion()) {
                throw new JournalOpenException(backup, JournalOpenException.Reason.CORRUPT, "could not be upgraded", null);
            }
            return staged;
        } catch (JournalOpenException e) {
            discard(staged);
            // Named after the backup: the staged copy is ours, the damage is the backup's.
            throw e.file() != null && e.file().equals(backup) ? e
                    : new JournalOpenException(backup, e.reason(), e.getMessage(), e);
        } catch (SQLException | IOException | RuntimeException e) {
            discard(staged);
            if (StorageFailures.reason(e) != null) {
                throw new JournalStorageException(staged.getParent(), StorageFailures.reason(e), e);
            }
            throw new JournalOpenException(backup, JournalOpenException.Reason.CORRUPT, e.getMessage(), e);
        }
    }

    /**
     * Restores {@code backup} over a journal that cannot be opened (damaged, or not a journal):
     * checked and staged as always, the unopenable file is copied into the backups folder as the
     * state before the restore (with its -wal and -shm), and the staged journal moved into its
     * place. The caller holds the journal's lock. Killed half-way, the journal is either still
     * the unopenable one (restore again) or the restored one; the copy aside is whole either way.
     */
    static Backups.Backup replaceUnopenable(Path journal, Path backup, java.time.Clock clock) {
        Path staged = stage(backup, journal);
        try {
            Path dir = journal.toAbsolutePath().getParent();
            Path aside = Backups.newBackupFile(dir, Backups.Kind.BEFORE_RESTORE, clock);
            DataFolder.createPrivate(aside.getParent());
            for (String suffix : java.util.List.of("-wal", "-shm", "")) {
                Path from = journal.resolveSibling(journal.getFileName() + suffix);
                if (Files.exists(from)) {
                    Path to = aside.resolveSibling(aside.getFileName() + suffix);
                    Path part = Temporaries.beside(to);
                    Files.copy(from, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
            // An old write-ahead log must not be applied to the new journal: it goes first.
            Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + "-wal"));
            Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + "-shm"));
            Files.move(staged, journal, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Backups.list(dir).stream().filter(b -> b.file().equals(aside)).findFirst()
                    .orElseThrow(() -> new StoreException("backup " + aside + " vanished", null));
        } catch (IOException e) {
            if (StorageFailures.reason(e) != null) {
                throw new JournalStorageException(journal, StorageFailures.reason(e), e);
            }
            throw new StoreException("restore from " + backup + " failed: " + e.getMessage(), e);
        } finally {
            discard(staged);
        }
    }

    /** Removes the staged copy; one a kill left behind is removed at the next start. */
    static void discard(Path staged) {
        try {
            Temporaries.delete(staged);
        } catch (IOException ignored) {
            // The next start removes it.
        }
    }

    /** The page size in the file's header (bytes 16-17; 1 means 65536), or 0 if it cannot be read. */
    private static int pageSize(Path file) {
        byte[] header = new byte[18];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length) {
                return 0;
            }
        } catch (IOException e) {
            return 0;
        }
        int size = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        return size == 1 ? 65536 : size;
    }
}
