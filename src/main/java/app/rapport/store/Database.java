package app.rapport.store;

import app.rapport.journal.JournalBusyException;
import app.rapport.journal.ValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The journal's SQLite file behind two connections: writes go through one, reads through the
 * other, so a long import does not stall the contact list (WAL lets readers see the last
 * committed state). Transactions, the prepared-statement cache, outside changes, close and the
 * swap of a restore live here; what the rows mean lives in the record stores.
 */
final class Database {

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    // Replaced only by replaceWith, under both locks.
    private Connection writer;
    private Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    /** Counts writes (up at the start and at the end of each), so a kept snapshot knows when it is stale. */
    private final AtomicLong generation = new AtomicLong();
    /** The writer's data_version when it was opened: outside changes are counted from there. */
    private long writerVersionAtOpen;
    private volatile long outsideChanges;
    /** Set once {@link #close} began: reads that come later fail as {@link app.rapport.journal.JournalClosedException}. */
    private volatile boolean closed;
    /**
     * Prepared statements are cached per connection: an import prepares each statement once
     * instead of once per row. The handle {@link #prepared} returns ignores close(); the cache closes them.
     */
    private final Map<Connection, Map<String, PreparedStatement>> statements = new IdentityHashMap<>();
    /** Told of every committed write and restore, after the locks are let go. */
    private final app.rapport.journal.JournalChanges changes = new app.rapport.journal.JournalChanges();

    Database(Path file, Connection writer, Connection reader) throws SQLException {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.writerVersionAtOpen = dataVersion(writer);
    }

    Path file() {
        return file;
    }

    app.rapport.journal.JournalChanges changes() {
        return changes;
    }

    /** The connection writes go through; only under the write lock, or in a test. */
    Connection writer() {
        return writer;
    }

    // ---------------------------------------------------------------- transactions

    /**
     * One write transaction. It begins IMMEDIATE, taking the file's write lock before it reads
     * anything: a deferred transaction that has read cannot wait for another writer (SQLite
     * refuses at once with SQLITE_BUSY), an immediate one waits up to the busy timeout. JDBC's own
     * transactions are not used on this connection: its commit() begins the next transaction at
     * once, which in IMMEDIATE mode would hold the lock between writes.
     */
    <T> T write(SqlWork<T> work) {
        T result = writeLocked(work);
        changes.committed();
        return result;
    }

    private <T> T writeLocked(SqlWork<T> work) {
        writeLock.lock();
        try {
            generation.incrementAndGet(); // before and after: a snapshot read meanwhile is not kept
            Sql.execute(writer, "BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                Sql.execute(writer, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(writer);
                // sqlite-jdbc closes a statement that failed on a full disk: a cached one would fail every later write.
                dropCachedStatements(writer);
                throw e;
            }
        } catch (SQLException e) {
            if (isBusy(e)) {
                throw new JournalBusyException("the journal " + file + " is locked by another program: "
                        + e.getMessage(), e);
            }
            throw StorageFailures.saving(file, e);
        } finally {
            generation.incrementAndGet();
            writeLock.unlock();
        }
    }

    /** One read transaction, so multi-query reads see one consistent state. */
    <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            if (closed) {
                throw new app.rapport.journal.JournalClosedException("the journal " + file + " is closed");
            }
            reader.setAutoCommit(false);
            try {
                return work.run(reader);
            } finally {
                reader.rollback();
                reader.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read " + file + ": " + e.getMessage(), e);
        } finally {
            readLock.unlock();
        }
    }

    /** Runs {@code work} while no read of this journal's reader runs (a check on a connection of its own). */
    <T> T whileNotReading(Supplier<T> work) {
        readLock.lock();
        try {
            return work.get();
        } finally {
            readLock.unlock();
        }
    }

    /** SQLite rolls some failures back by itself (a full disk, for one): then there is nothing left to undo. */
    private static void rollbackQuietly(Connection c) {
        try {
            Sql.execute(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction is active any more.
        }
    }

    /** SQLITE_BUSY and its extended codes: another connection holds the lock longer than the busy timeout. */
    static boolean isBusy(SQLException e) {
        return (e.getErrorCode() & 0xff) == 5 || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
    }

    /** How long a write waits for another program that holds the journal's write lock. */
    void busyTimeout(java.time.Duration wait) {
        writeLock.lock();
        try {
            Sql.execute(writer, "PRAGMA busy_timeout = " + Math.max(0, wait.toMillis()));
        } catch (SQLException e) {
            throw new StoreException("could not set the busy timeout of " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    // ---------------------------------------------------------------- changes

    /** Moves at the start and the end of every write of ours. */
    long generation() {
        return generation.get();
    }

    /**
     * SQLite's count of commits to the file by connections other than {@code c}: for the reader,
     * every commit (it never writes); for the writer, the commits of other programs.
     */
    static long dataVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Moves when another program has committed to the file: asked of the writer connection, whose
     * own commits do not count. While a write of ours holds the connection, the last answer stands.
     */
    long outsideChanges() {
        if (!writeLock.tryLock()) {
            return outsideChanges;
        }
        try {
            outsideChanges = dataVersion(writer) - writerVersionAtOpen;
            return outsideChanges;
        } catch (SQLException e) {
            throw new StoreException("could not read " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    // ---------------------------------------------------------------- the file as a whole

    /** Writes a consistent copy of the journal to {@code target} (SQLite online backup). */
    void backupTo(Path target) {
        writeLock.lock();
        try {
            Backups.copyTo(writer, target);
        } catch (SQLException | java.io.IOException e) {
            if (StorageFailures.reason(e) != null) {
                throw new app.rapport.journal.JournalStorageException(target, StorageFailures.reason(e), e);
            }
            throw new StoreException("backup to " + target + " failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Copies the checked, staged journal {@code staged} over this one in one transaction, then
     * opens fresh connections: connections cache schema and full-text index structure, and a
     * later write would update the index from stale state.
     */
    void replaceWith(Path staged, Path backupFile) {
        writeLock.lock();
        readLock.lock();
        generation.incrementAndGet();
        try {
            closeCachedStatements();
            JournalFile.replace(writer, staged);
            Sql.closeQuietly(reader);
            Sql.closeQuietly(writer);
            writer = JournalFile.connect(file, false);
            reader = JournalFile.connect(file, false);
            writerVersionAtOpen = dataVersion(writer);
        } catch (SQLException e) {
            throw StorageFailures.restoring(file, backupFile, e);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
        changes.committed();
    }

    void close() {
        closed = true;
        changes.closed();
        writeLock.lock();
        readLock.lock();
        try {
            closeCachedStatements();
            Sql.closeQuietly(reader);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // Only an optimisation hint.
            }
            Sql.closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    // ---------------------------------------------------------------- statements and keys

    PreparedStatement prepared(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> cache;
        synchronized (statements) {
            cache = statements.computeIfAbsent(c, k -> new HashMap<>());
        }
        PreparedStatement ps = cache.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            cache.put(sql, ps);
        }
        PreparedStatement target = ps;
        return (PreparedStatement) java.lang.reflect.Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        target.clearParameters();
                        return null;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void dropCachedStatements(Connection c) {
        Map<String, PreparedStatement> cache;
        synchronized (statements) {
            cache = statements.remove(c);
        }
        if (cache != null) {
            for (PreparedStatement ps : cache.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // Prepared again when next needed.
                }
            }
        }
    }

    private void closeCachedStatements() {
        synchronized (statements) {
            for (Map<String, PreparedStatement> cache : statements.values()) {
                for (PreparedStatement ps : cache.values()) {
                    try {
                        ps.close();
                    } catch (SQLException ignored) {
                        // Closing the connection frees it anyway.
                    }
                }
            }
            statements.clear();
        }
    }

    long lastInsertRowid(Connection c) throws SQLException {
        try (PreparedStatement ps = prepared(c, "SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The row key of a contact; an unknown id is a validation problem of the caller's record. */
    long pkOfContact(Connection c, String id) throws SQLException {
        Long pk = pkOfContactOrNull(c, id);
        if (pk == null) {
            throw new ValidationException(List.of(new ValidationException.Problem("contact", "validation.contact.unknown", id)));
        }
        return pk;
    }

    /** {@link #pkOfContact} for callers that cannot throw SQLException (a lambda over ids). */
    long pkOfContactUnchecked(Connection c, String id) {
        try {
            return pkOfContact(c, id);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    Long pkOfContactOrNull(Connection c, String id) throws SQLException {
        return pkOfOrNull(c, "contact", id);
    }

    Long pkOfOrNull(Connection c, String table, String id) throws SQLException {
        if (id == null) {
            return null;
        }
        try (PreparedStatement ps = prepared(c, "SELECT pk FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
