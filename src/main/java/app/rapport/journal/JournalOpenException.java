package app.rapport.journal;

import java.nio.file.Path;

/**
 * The journal file cannot be opened. The window shows {@link #reason()} with the file and what to
 * do (message keys {@code journal.open.<reason>} and {@code journal.open.<reason>.advice}); the
 * command line prints the same. The file is never modified when this is thrown.
 */
public class JournalOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The file exists but is not an SQLite database. */
        NOT_SQLITE("notSqlite"),
        /** The file is an SQLite database, but truncated or damaged. */
        CORRUPT("corrupt"),
        /** The file or its folder cannot be written. */
        READ_ONLY("readOnly"),
        /** A newer version of Rapport wrote this journal. */
        NEWER_VERSION("newerVersion"),
        /** The data folder is a file (or lies below one). */
        NOT_A_FOLDER("notAFolder"),
        /** The folder, the journal or the lock file may not be used: another user's, or protected. */
        NO_ACCESS("noAccess"),
        /** No space left on the disk to create or upgrade the journal. */
        DISK_FULL("diskFull"),
        /** Anything else the operating system reported. */
        IO("io");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "journal.open." + key;
        }

        public String adviceKey() {
            return "journal.open." + key + ".advice";
        }
    }

    private final transient Path file;
    private final Reason reason;

    public JournalOpenException(Path file, Reason reason, String detail, Throwable cause) {
        super(reason + ": " + file + (detail == null ? "" : " (" + detail + ")"), cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
