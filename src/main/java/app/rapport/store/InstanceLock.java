package app.rapport.store;

import app.rapport.files.PrivateFiles;
import app.rapport.journal.JournalOpenException;
import app.rapport.journal.JournalOpenException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a second window off a journal that one is already showing. The operating system releases
 * the lock when the process ends in any way (kill -9, power loss), so a stale lock file never
 * blocks the next start: only a live holder counts.
 */
public final class InstanceLock implements AutoCloseable {

    public static final String LOCK_FILE = "rapport.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock, or empty if another live process (or this one) holds it.
     *
     * @throws JournalOpenException if the data folder is a file, or the folder or the lock file
     *                              may not be used (another user's, read-only)
     */
    public static Optional<InstanceLock> tryAcquire(Path dataDir) throws IOException {
        JournalFile.usableFolder(dataDir);
        Path file = dataDir.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PrivateFiles.fileAttributes());
        } catch (AccessDeniedException e) {
            throw new JournalOpenException(file, Reason.NO_ACCESS, e.getMessage(), e);
        } catch (FileSystemException e) {
            throw JournalFile.classify(file, e);
        }
        try {
            // A lock file of an earlier version was readable by everyone.
            try {
                PrivateFiles.restrict(file);
            } catch (IOException e) {
                // Another user's file that we may write to anyway: the lock still works.
            }
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new InstanceLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
    }
}
