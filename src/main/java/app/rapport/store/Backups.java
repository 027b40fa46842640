package app.rapport.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Consistent copies of a live journal through SQLite's online backup API. */
public final class Backups {

    private Backups() {
    }

    /** Writes a complete, consistent copy of the database behind {@code c} to {@code target}. */
    static void copyTo(Connection c, Path target) throws SQLException, IOException {
        if (target.toString().contains("\"")) {
            throw new IOException("backup path must not contain quotes: " + target);
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(tmp);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("backup to \"" + tmp.toAbsolutePath() + "\"");
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
