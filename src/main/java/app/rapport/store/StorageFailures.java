package app.rapport.store;

import app.rapport.journal.JournalStorageException;
import app.rapport.journal.JournalStorageException.Reason;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tells the failures a user can do something about (a full disk, a file that cannot be written)
 * from the rest, so that they are said in one sentence instead of as SQLite's error text.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    /** What went wrong while saving to {@code file}: a {@link JournalStorageException} if we can name it. */
    static RuntimeException saving(Path file, Exception e) {
        Reason reason = reason(e);
        if (reason != null) {
            return new JournalStorageException(file, reason, e);
        }
        return new StoreException("could not save to " + file + ": " + e.getMessage(), e);
    }

    /** What went wrong while copying a staged backup into {@code file}. */
    static RuntimeException restoring(Path file, Path backup, Exception e) {
        Reason reason = reason(e);
        if (reason != null) {
            return new JournalStorageException(file, reason, e);
        }
        return new StoreException("restore from " + backup + " failed: " + e.getMessage(), e);
    }

    /** The reason behind {@code e}, its causes and what was suppressed on the way, or null. */
    static Reason reason(Throwable e) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        todo.add(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            Reason r = reasonOf(t);
            if (r != null) {
                return r;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(java.util.List.of(t.getSuppressed()));
        }
        return null;
    }

    private static Reason reasonOf(Throwable t) {
        if (t instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_FULL || code == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE) {
                return Reason.DISK_FULL;
            }
            if (code != null && code.name().startsWith("SQLITE_READONLY")) {
                return Reason.READ_ONLY;
            }
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return Reason.READ_ONLY;
        }
        String m = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
        if (m == null) {
            return null;
        }
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("sqlite_full") || lower.contains("database or disk is full")
                || lower.contains("no space left on device") || lower.contains("file too large")
                || lower.contains("sqlite_ioerr_shmsize") || lower.contains("disk quota exceeded")) {
            return Reason.DISK_FULL;
        }
        if (lower.contains("sqlite_readonly") || lower.contains("read-only file system")) {
            return Reason.READ_ONLY;
        }
        return null;
    }
}
