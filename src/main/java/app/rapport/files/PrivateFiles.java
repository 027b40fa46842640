package app.rapport.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders that only their owner may read, as everything Rapport writes is: the journal,
 * its backups and temporaries, the lock, the settings. Created with those rights from the start,
 * so that no other user can open them in the moment between creating and restricting. Where the
 * file system has no POSIX permissions (Windows), the user's profile folder keeps them private.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** The attributes that create a file readable and writable by its owner alone (for channels). */
    public static FileAttribute<?>[] fileAttributes() {
        return attributes("rw-------");
    }

    /** Creates the file, empty, for its owner alone; fails if it exists. */
    public static void createFile(Path file) throws IOException {
        Files.createFile(file, fileAttributes());
    }

    /** Creates a program or library file, empty, that its owner alone may read and run; fails if it exists. */
    public static void createProgram(Path file) throws IOException {
        Files.createFile(file, attributes("rwx------"));
    }

    /** Creates the folder and any missing parents for their owner alone; nothing if it is a folder already. */
    public static void createFolders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, attributes("rwx------"));
        }
    }

    /** Makes an existing file (one an earlier version wrote for everyone to read) its owner's alone. */
    public static void restrict(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
