package app.rapport.store;

import app.rapport.journal.JournalOpenException;
import app.rapport.journal.JournalOpenException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.sqlite.SQLiteConnection;

/**
 * Opens the journal's SQLite file safely: checks that an existing file is an intact journal of a
 * version we understand without writing to it, takes a backup before a schema upgrade, creates a
 * new file readable by the user alone, and sets WAL and foreign keys.
 */
final class JournalFile {

    static {
        NativeLibrary.prepare();
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private JournalFile() {
    }

    /** Checks, migrates and opens {@code file}; returns a connection ready for use. */
    static Connection open(Path file, Clock clock) {
        Path dir = file.toAbsolutePath().getParent();
        usableFolder(dir);
        // What a backup or restore killed half-way left behind.
        Temporaries.removeLeftovers(dir, DataFolder.JOURNAL_FILE);
        Temporaries.removeLeftovers(DataFolder.backupFolder(dir), "journal");
        try {
            if (isEmptyLeftover(file)) {
                // What a start killed in its first moments left before journals were built aside.
                removeEmptyLeftover(file);
            }
            if (Files.exists(file)) {
                inspectExisting(file, true, false);
            } else {
                createComplete(file);
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
            } catch (SQLException | IOException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (JournalOpenException e) {
            throw e;
        } catch (SQLException | IOException e) {
            throw classify(file, e);
        }
    }

    /**
     * Opens a journal that cannot be written (its file or folder is read-only) for reading only,
     * so that it can still be checked and exported. Nothing is written beside it: a journal at
     * rest is read as an unchanging file. One of an older schema cannot be read this way, as it
     * would have to be upgraded first.
     */
    static Connection openReadOnly(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new JournalOpenException(file, Reason.IO, "no such file", null);
            }
            inspectExisting(file, false, false);
            Connection c = connectUntouched(file);
            try {
                if (Migrations.currentVersion(c) != Migrations.latestVersion()) {
                    throw new JournalOpenException(file, Reason.READ_ONLY,
                            "schema " + Migrations.currentVersion(c) + " must be upgraded, which needs writing", null);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA temp_store = MEMORY");
                }
                return c;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (JournalOpenException e) {
            throw e;
        } catch (SQLException | IOException e) {
            throw classify(file, e);
        }
    }

    /**
     * Checks an existing journal file completely without changing it: its header, every page
     * ({@code integrity_check}), a schema version this build knows, and every table, column,
     * index and trigger of that version. What is restored passes this first.
     */
    static int inspectCompletely(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new JournalOpenException(file, Reason.IO, "no such file", null);
            }
            return inspectExisting(file, false, true);
        } catch (SQLException | IOException e) {
            throw classify(file, e);
        }
    }

    /** Whether {@code file} is a sound journal by the quick check; never throws. */
    static boolean isSound(Path file) {
        try {
            inspectExisting(file, false, false);
            return true;
        } catch (SQLException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** The data folder is a folder (or can be made one), and the user may use it. */
    static void usableFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new JournalOpenException(dir, Reason.NOT_A_FOLDER, "a file, not a folder", null);
        }
        try {
            DataFolder.createPrivate(dir);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            // A file where a folder above it should be.
            throw new JournalOpenException(dir, Reason.NOT_A_FOLDER, e.getMessage(), e);
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().contains("Not a directory")) {
                throw new JournalOpenException(dir, Reason.NOT_A_FOLDER, e.getMessage(), e);
            }
            throw classify(dir, e);
        } catch (IOException e) {
            throw classify(dir, e);
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            throw new JournalOpenException(dir, Reason.NO_ACCESS, "the folder cannot be read", null);
        }
    }

    /** Everything we can learn about an existing file without changing a byte of it; returns its schema version. */
    private static int inspectExisting(Path file, boolean forWriting, boolean completely) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new JournalOpenException(file, Reason.NOT_SQLITE, "not a regular file", null);
        }
        if (!Files.isReadable(file)) {
            throw new JournalOpenException(file, Reason.NO_ACCESS, "cannot be read", null);
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
        try (Connection ro = connectUntouched(file); Statement s = ro.createStatement()) {
            try (var rs = s.executeQuery(completely ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)")) {
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
            if (version < 0) {
                throw new JournalOpenException(file, Reason.CORRUPT, "schema version " + version
                        + " was never written by Rapport", null);
            }
            if (version == 0 && hasTables(ro)) {
                throw new JournalOpenException(file, Reason.NOT_SQLITE, "an SQLite file of another program", null);
            }
            if (version > 0) {
                List<String> missing = JournalSchema.missing(ro, version);
                if (!missing.isEmpty()) {
                    throw new JournalOpenException(file, Reason.CORRUPT, String.join("; ", missing), null);
                }
            }
            return version;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * Whether {@code file} is a journal file of zero bytes with nothing written beside it: no
     * journal at all, but the file a start killed at its first moment left. SQLite writes the
     * first page as soon as the write-ahead mode is set, so a journal that ever held anything is
     * never empty; one whose data may still wait in a {@code -wal} or {@code -journal} is not this.
     */
    static boolean isEmptyLeftover(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != 0) {
                return false;
            }
            for (String companion : List.of("-wal", "-journal")) {
                Path c = file.resolveSibling(file.getFileName() + companion);
                if (Files.exists(c) && Files.size(c) != 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void removeEmptyLeftover(Path file) throws IOException {
        for (String companion : List.of("-wal", "-shm", "-journal")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + companion));
        }
        Files.deleteIfExists(file);
    }

    /**
     * Builds a new journal, every table in place, under a temporary name and links it into place
     * when it is complete, so that a process killed at any moment leaves either no journal or a
     * whole one; a file left half-built under the temporary name is removed at the next start
     * ({@link Temporaries}). A hard link never replaces a journal another process created
     * meanwhile, which a rename would; where the file system has none, the file is renamed.
     */
    private static void createComplete(Path file) throws IOException, SQLException {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        if (!Files.isWritable(dir)) {
            throw new JournalOpenException(file, Reason.READ_ONLY, "folder not writable", null);
        }
        Path tmp = Temporaries.beside(absolute);
        Temporaries.delete(tmp);
        try {
            // SQLite gives its -wal and -shm files the main file's permissions, so this covers them.
            Temporaries.createPrivateFile(tmp);
            try (Connection c = connect(tmp, false)) {
                Migrations.migrate(c, Migrations.latestVersion());
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            forceToDisk(tmp, false);
            try {
                Files.createLink(absolute, tmp);
            } catch (FileAlreadyExistsException e) {
                return; // another process was quicker: its journal is the one
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(absolute)) {
                    return;
                }
                Files.move(tmp, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            forceToDisk(dir, true);
        } finally {
            Temporaries.delete(tmp);
        }
    }

    /** Writes a file's contents, or a folder's entries, to the disk; a folder that cannot be synced is left to the OS. */
    private static void forceToDisk(Path path, boolean folder) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path,
                java.nio.file.StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
            // Windows opens no folder as a channel; its rename is durable without it.
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

    /** A plain connection to a file of our own (a backup being written, a journal staged for a restore). */
    static Connection connectPlain(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * A read-only connection that leaves no -wal or -shm beside the file: a read-only connection
     * to a journal in WAL mode creates both, and keeps them. A file no connection has open (no
     * -wal, no -shm) is read as immutable; one in use already has both, so nothing is added.
     */
    static Connection connectUntouched(Path file) throws SQLException {
        Path absolute = file.toAbsolutePath();
        boolean atRest = Files.notExists(absolute.resolveSibling(absolute.getFileName() + "-wal"))
                && Files.notExists(absolute.resolveSibling(absolute.getFileName() + "-shm"));
        if (!atRest) {
            return connect(absolute, true);
        }
        Properties p = new Properties();
        p.setProperty("open_mode", "65"); // SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        return DriverManager.getConnection("jdbc:sqlite:file:" + absolute.toUri().getRawPath() + "?immutable=1", p);
    }

    /** Copies the whole database behind {@code from} into the file {@code to} (SQLite's online backup). */
    static void copy(Connection from, Path to) throws SQLException {
        int rc = from.unwrap(SQLiteConnection.class).getDatabase().backup("main", to.toAbsolutePath().toString(), null);
        if (rc != 0) {
            throw new SQLException("backup to " + to + " failed with SQLite code " + rc);
        }
    }

    /** Replaces the database behind {@code into} with the file {@code from}, in one transaction. */
    static void replace(Connection into, Path from) throws SQLException {
        int rc = into.unwrap(SQLiteConnection.class).getDatabase().restore("main", from.toAbsolutePath().toString(), null);
        if (rc != 0) {
            throw new SQLException("restore from " + from + " failed with SQLite code " + rc);
        }
    }

    private static void backupBeforeMigration(Connection c, Path file, Clock clock) throws SQLException, IOException {
        Backups.copyTo(c, Backups.newBackupFile(file.toAbsolutePath().getParent(), Backups.Kind.BEFORE_MIGRATION, clock));
    }

    static JournalOpenException classify(Path file, Exception e) {
        // EPERM: a protected (immutable) file or folder, which even its owner may not change.
        if (e instanceof AccessDeniedException || e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().contains("Operation not permitted")) {
            return new JournalOpenException(file, Reason.NO_ACCESS, e.getMessage(), e);
        }
        if (StorageFailures.reason(e) == app.rapport.journal.JournalStorageException.Reason.DISK_FULL) {
            return new JournalOpenException(file, Reason.DISK_FULL, e.getMessage(), e);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
            return new JournalOpenException(file, Reason.READ_ONLY, e.getMessage(), e);
        }
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

    /** What {@code journalFile} holds, checked completely first ({@link SqliteJournal#describe}). */
    static SqliteJournal.Contents contents(Path journalFile) {
        inspectCompletely(journalFile);
        try (Connection c = connectUntouched(journalFile); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("""
                     SELECT (SELECT count(*) FROM contact WHERE deleted_at IS NULL),
                            (SELECT count(*) FROM encounter WHERE deleted_at IS NULL),
                            (SELECT max(updated_at) FROM contact)""")) {
            rs.next();
            String last = rs.getString(3);
            return new SqliteJournal.Contents(journalFile, Migrations.currentVersion(c), rs.getInt(1), rs.getInt(2),
                    last == null ? null : java.time.Instant.parse(last));
        } catch (SQLException | RuntimeException e) {
            throw new JournalOpenException(journalFile, Reason.CORRUPT, e.getMessage(), e);
        }
    }
}
