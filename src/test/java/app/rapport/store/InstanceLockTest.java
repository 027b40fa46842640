package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondHolderIsRefusedUntilTheFirstLetsGo() throws Exception {
        Optional<InstanceLock> first = InstanceLock.tryAcquire(dir);
        assertTrue(first.isPresent());
        assertTrue(InstanceLock.tryAcquire(dir).isEmpty());
        first.get().close();
        try (InstanceLock again = InstanceLock.tryAcquire(dir).orElseThrow()) {
            assertTrue(Files.exists(dir.resolve(InstanceLock.LOCK_FILE)));
        }
    }

    @Test
    void theWindowsJournalFolderAndItsBackupsAreTheUsersOnly() throws Exception {
        Path journalDir = dir.resolve("new").resolve("rapport");
        try (InstanceLock lock = InstanceLock.tryAcquire(journalDir).orElseThrow();
             SqliteJournal journal = TestJournals.open(journalDir)) {
            journal.backup(Backups.Kind.MANUAL);
        }
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            org.junit.jupiter.api.Assertions.assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(journalDir)));
            org.junit.jupiter.api.Assertions.assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(DataFolder.backupFolder(journalDir))));
        }
    }

    /** A process killed with SIGKILL leaves its lock file behind; the next start must not be blocked by it. */
    @Test
    void aLockLeftByAKilledProcessDoesNotBlock() throws Exception {
        Path lockFile = dir.resolve(InstanceLock.LOCK_FILE);
        String java = ProcessHandle.current().info().command().orElse("java");
        // A child that takes the same kind of OS lock on the file, then waits to be killed.
        Path script = dir.resolve("Holder.java");
        Files.writeString(script, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] a) throws Exception {
                        FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        ch.lock();
                        System.out.println("locked");
                        System.out.flush();
                        Thread.sleep(60_000);
                    }
                }
                """);
        Process holder = new ProcessBuilder(java, script.toString(), lockFile.toString()).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertTrue("locked".equals(line), "the child should hold the lock");
            assertTrue(InstanceLock.tryAcquire(dir).isEmpty(), "a live holder blocks");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(lockFile), "the killed process left its lock file");
        try (InstanceLock lock = InstanceLock.tryAcquire(dir).orElseThrow()) {
            assertTrue(lock != null);
        }
    }

    @Test
    void theLockFileIsTheUsersAloneEvenOneAnEarlierVersionLeft() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path fresh = dir.resolve("fresh");
        try (InstanceLock lock = InstanceLock.tryAcquire(fresh).orElseThrow()) {
            org.junit.jupiter.api.Assertions.assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions
                    .toString(Files.getPosixFilePermissions(fresh.resolve(InstanceLock.LOCK_FILE))));
        }
        Path old = dir.resolve("old");
        Files.createDirectories(old);
        Files.createFile(old.resolve(InstanceLock.LOCK_FILE), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--")));
        try (InstanceLock lock = InstanceLock.tryAcquire(old).orElseThrow()) {
            org.junit.jupiter.api.Assertions.assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions
                    .toString(Files.getPosixFilePermissions(old.resolve(InstanceLock.LOCK_FILE))));
        }
    }
}
