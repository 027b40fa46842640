package app.rapport.journal;

import java.nio.file.Path;

/**
 * Saving to (or backing up) the journal failed for a reason the user can act on: the disk is full,
 * the file cannot be written. What was being saved was not saved; the journal is as it was. The
 * window and the command line say it in one sentence (message keys {@code journal.storage.<reason>}
 * and {@code journal.storage.<reason>.advice}, with the file as argument 0).
 */
public class JournalStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No space left on the disk (or the file may not grow further). */
        DISK_FULL("diskFull"),
        /** The file or its folder cannot be written (any more). */
        READ_ONLY("readOnly");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "journal.storage." + key;
        }

        public String adviceKey() {
            return "journal.storage." + key + ".advice";
        }
    }

    private final transient Path file;
    private final Reason reason;

    public JournalStorageException(Path file, Reason reason, Throwable cause) {
        super(reason + ": " + file + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
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
