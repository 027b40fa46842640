package app.rapport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Consistent copies of a live journal through SQLite's online backup API, kept in the data
 * folder's {@code backups} folder: one a day on the first start, and one before every import,
 * merge, migration and restore. The last {@value #DAILY_KEPT} daily backups and every
 * pre-operation backup of the last {@value #PRE_OPERATION_DAYS} days are kept; manual ones stay.
 */
public final class Backups {

    public static final int DAILY_KEPT = 14;
    public static final int PRE_OPERATION_DAYS = 30;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("journal-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.sqlite");

    /** Why a backup was taken. */
    public enum Kind {
        DAILY("daily"),
        BEFORE_IMPORT("before-import"),
        BEFORE_MERGE("before-merge"),
        BEFORE_MIGRATION("before-migration"),
        BEFORE_RESTORE("before-restore"),
        MANUAL("manual");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        /** Message key of the kind's display name. */
        public String messageKey() {
            return "backup.kind." + slug;
        }

        static Optional<Kind> fromSlug(String slug) {
            for (Kind k : values()) {
                if (k.slug.equals(slug)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** One backup file in the backups folder. */
    public record Backup(Path file, Kind kind, LocalDateTime takenAt, long size) {
    }

    private Backups() {
    }

    /** Writes a complete, consistent copy of the database behind {@code c} to {@code target}, atomically. */
    static void copyTo(Connection c, Path target) throws SQLException, IOException {
        if (target.toString().contains("\"")) {
            throw new IOException("backup path must not contain quotes: " + target);
        }
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".part");
        Files.deleteIfExists(tmp);
        try {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("backup to \"" + tmp + "\"");
            }
            // The copy carries the journal's write-ahead mode; a backup is a single file at rest, and
            // in rollback mode merely looking at it (Settings, restore) leaves no -wal/-shm beside it.
            try (Connection copy = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tmp);
                 Statement s = copy.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Path newBackupFile(Path dataDir, Kind kind, Clock clock) {
        return DataFolder.backupFolder(dataDir).resolve(
                "journal-" + LocalDateTime.now(clock).format(STAMP) + "-" + kind.slug() + ".sqlite");
    }

    /** The backups in the data folder, newest first. */
    public static List<Backup> list(Path dataDir) {
        Path folder = DataFolder.backupFolder(dataDir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    Optional<Kind> kind = Kind.fromSlug(m.group(2));
                    if (kind.isPresent()) {
                        out.add(new Backup(f, kind.get(), LocalDateTime.parse(m.group(1), STAMP), Files.size(f)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed());
        return out;
    }

    /** Whether today's daily backup is still to be taken. */
    static boolean dailyDue(Path dataDir, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return list(dataDir).stream().noneMatch(b -> b.kind() == Kind.DAILY && b.takenAt().toLocalDate().equals(today));
    }

    /** Deletes daily backups beyond the last {@value #DAILY_KEPT} and pre-operation ones older than 30 days. */
    static void prune(Path dataDir, Clock clock) {
        List<Backup> all = list(dataDir);
        LocalDateTime cutoff = LocalDateTime.now(clock).minus(Duration.ofDays(PRE_OPERATION_DAYS));
        int daily = 0;
        for (Backup b : all) {
            boolean delete;
            if (b.kind() == Kind.DAILY) {
                delete = ++daily > DAILY_KEPT;
            } else if (b.kind() == Kind.MANUAL) {
                delete = false;
            } else {
                delete = b.takenAt().isBefore(cutoff);
            }
            if (delete) {
                try {
                    Files.deleteIfExists(b.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    static Instant instant(LocalDateTime t) {
        return t.atZone(ZoneId.systemDefault()).toInstant();
    }
}
