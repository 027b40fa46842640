package app.rapport.store;

import app.rapport.journal.JournalOpenException;
import app.rapport.journal.JournalOpenException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Properties;

/**
 * Opens the journal's SQLite file safely: checks that an existing file is an intact journal of a
 * version we understand without writing to it, takes a backup before a schema upgrade, creates a
 * new file readable by the user alone, and sets WAL and foreign keys.
 */
final class JournalFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private JournalFile() {
    }

    /** Checks, migrates and opens {@code file}; returns a connection ready for use. */
    static Connection open(Path file, Clock clock) {
        boolean exists = Files.exists(file);
        try {
            if (exists) {
                inspectExisting(file, true);
            } else {
                createEmpty(file);
            }
            Connection c = connect(file, false);
            try {
                int version = Migrations.currentVersion(c);
                int latest = Migrations.latestVersion();
                if (version < latest) {
                    if (version > 0) {
                        backupBeforeMigration(c, file, clock);
                    }
                    Migrations.migrate(c, latest);
                }
                return c;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (JournalOpenException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new JournalOpenException(file, Reason.READ_ONLY, e.getMessage(), e);
        } catch (SQLException e) {
            throw classify(file, e);
        } catch (IOException e) {
            throw new JournalOpenException(file, Reason.IO, e.getMessage(), e);
        }
    }

    /** Checks an existing journal file without changing it; throws JournalOpenException if unfit. */
    static void inspect(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new JournalOpenException(file, Reason.IO, "no such file", null);
            }
            inspectExisting(file, false);
        } catch (SQLException e) {
            throw classify(file, e);
        } catch (IOException e) {
            throw new JournalOpenException(file, Reason.IO, e.getMessage(), e);
        }
    }

    /** Everything we can learn about an existing file without changing a byte of it. */
    private static void inspectExisting(Path file, boolean forWriting) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new JournalOpenException(file, Reason.NOT_SQLITE, "not a regular file", null);
        }
        if (!Files.isReadable(file)) {
            throw new JournalOpenException(file, Reason.READ_ONLY, "cannot be read", null);
        }
        long size = Files.size(file);
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        }
        if (size == 0) {
            throw new JournalOpenException(file, Reason.CORRUPT, "the file is empty", null);
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw new JournalOpenException(file, Reason.NOT_SQLITE, "no SQLite header", null);
        }
        if (forWriting && (!Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent()))) {
            throw new JournalOpenException(file, Reason.READ_ONLY, "file or folder not writable", null);
        }
        try (Connection ro = connect(file, true); Statement s = ro.createStatement()) {
            try (var rs = s.executeQuery("PRAGMA quick_check(1)")) {
                String result = rs.next() ? rs.getString(1) : "no result";
                if (!"ok".equalsIgnoreCase(result)) {
                    throw new JournalOpenException(file, Reason.CORRUPT, result, null);
                }
            }
            int version = Migrations.currentVersion(ro);
            if (version > Migrations.latestVersion()) {
                throw new JournalOpenException(file, Reason.NEWER_VERSION,
                        "schema " + version + ", this version reads up to " + Migrations.latestVersion(), null);
            }
            if (version == 0 && hasTables(ro)) {
                throw new JournalOpenException(file, Reason.NOT_SQLITE, "an SQLite file of another program", null);
            }
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void createEmpty(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        DataFolder.createPrivate(dir);
        if (!Files.isWritable(dir)) {
            throw new JournalOpenException(file, Reason.READ_ONLY, "folder not writable", null);
        }
        // SQLite gives its -wal and -shm files the main file's permissions, so this covers them.
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        } else {
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
            p.setProperty("foreign_keys", "true");
            p.setProperty("busy_timeout", "5000");
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        if (!readOnly) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA temp_store = MEMORY");
            }
        }
        return c;
    }

    private static void backupBeforeMigration(Connection c, Path file, Clock clock) throws SQLException, IOException {
        Backups.copyTo(c, Backups.newBackupFile(file.toAbsolutePath().getParent(), Backups.Kind.BEFORE_MIGRATION, clock));
    }

    private static JournalOpenException classify(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return new JournalOpenException(file, Reason.NOT_SQLITE, m, e);
        }
        if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")) {
            return new JournalOpenException(file, Reason.CORRUPT, m, e);
        }
        if (m.contains("SQLITE_READONLY") || m.contains("readonly") || m.contains("SQLITE_CANTOPEN")) {
            return new JournalOpenException(file, Reason.READ_ONLY, m, e);
        }
        return new JournalOpenException(file, Reason.IO, m, e);
    }
}
