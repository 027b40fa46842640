package app.rapport.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

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

    /** The lock, or empty if another live process (or this one) holds it. */
    public static Optional<InstanceLock> tryAcquire(Path dataDir) throws IOException {
        DataFolder.createPrivate(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
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
