package app.rapport.sync;

import java.nio.file.Path;

/** The shared folder cannot be used; {@link #reason()} says why, for a message in the user's language. */
public final class SyncFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The folder does not exist (a drive not plugged in, a sync tool not set up yet). */
        MISSING,
        /** Files cannot be written there. */
        READ_ONLY,
        /** The passphrase does not open this folder's key. */
        WRONG_PASSPHRASE,
        /** {@code rapport-sync.json} is damaged or of a newer version. */
        DAMAGED
    }

    private final Reason reason;
    private final transient Path folder;

    public SyncFolderException(Reason reason, Path folder, Throwable cause) {
        super(reason + ": " + folder, cause);
        this.reason = reason;
        this.folder = folder;
    }

    public Reason reason() {
        return reason;
    }

    public Path folder() {
        return folder;
    }
}
