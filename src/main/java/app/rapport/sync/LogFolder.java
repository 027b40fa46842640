package app.rapport.sync;

import java.io.IOException;
import java.util.Map;
import java.util.SortedSet;

/** Where the devices' logs are: the shared folder ({@link SyncFolder}), or memory in tests. */
public interface LogFolder {

    /** Every complete file there, by device: the sequence numbers present. */
    Map<String, SortedSet<Long>> list() throws IOException;

    /**
     * One file, opened and checked.
     *
     * @throws UnreadableFileException if it is damaged, tampered with, cut short or sealed with another key
     */
    ChangeFile read(String device, long seq) throws IOException, UnreadableFileException;

    /** Adds a file of this device; it appears complete or not at all. */
    void write(ChangeFile file) throws IOException;

    /** A file of the log that cannot be used; {@code getMessage()} names it. */
    final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String file;

        public UnreadableFileException(String file, String why) {
            super(file + ": " + why);
            this.file = file;
        }

        public String file() {
            return file;
        }
    }
}
