package app.rapport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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
 * merge, upgrade and restore. Manual backups stay until the user deletes them; the others are kept
 * by the {@link Policy}, which Settings shows. Old backups are pruned only after the operation
 * that took a new one has succeeded, never the file being restored, and never the newest one that
 * is sound.
 */
public final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("journal-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.sqlite");

    /**
     * Which automatic backups are kept: the last {@code lastBeforeOperations} taken before an
     * import, merge, upgrade or restore, and the newest of each of the last {@code days} days,
     * as long as together they take no more than {@code budgetBytes} (the oldest go first).
     */
    public record Policy(int lastBeforeOperations, int days, long budgetBytes) {

        public static final Policy DEFAULT = new Policy(10, 30, 500L * 1024 * 1024);
    }

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

        /** Taken before an operation (import, merge, upgrade, restore) rather than by the day or by hand. */
        public boolean beforeOperation() {
            return this != DAILY && this != MANUAL;
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

    /**
     * Writes a complete, consistent copy of the database behind {@code c} to {@code target},
     * atomically: under a temporary name of this process, readable by the user alone from its
     * first byte, moved into place when whole. A kill leaves the temporary, which the next start
     * removes ({@link Temporaries}).
     */
    static void copyTo(Connection c, Path target) throws SQLException, IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            DataFolder.createPrivate(absolute.getParent());
        }
        Path tmp = Temporaries.beside(absolute);
        Temporaries.delete(tmp);
        try {
            // SQLite would create the file with the process's umask (0644); it keeps an existing file's rights.
            Temporaries.createPrivateFile(tmp);
            JournalFile.copy(c, tmp);
            // The copy carries the journal's write-ahead mode; a backup is a single file at rest, and
            // in rollback mode merely looking at it (Settings, restore) leaves no -wal/-shm beside it.
            try (Connection copy = JournalFile.connectPlain(tmp); Statement s = copy.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Temporaries.delete(tmp);
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

    /**
     * Deletes the automatic backups the policy does not keep; returns them. Manual backups and the
     * files in {@code spare} (the backup just restored) are never deleted, nor is the newest
     * automatic backup that is sound, even when it alone is larger than the budget.
     */
    static List<Path> prune(Path dataDir, Clock clock, Policy policy, Collection<Path> spare) {
        List<Backup> automatic = list(dataDir).stream().filter(b -> b.kind() != Kind.MANUAL).toList(); // newest first
        Backup newestSound = automatic.stream().filter(b -> JournalFile.isSound(b.file())).findFirst().orElse(null);
        LocalDate firstDay = LocalDate.now(clock).minusDays(policy.days() - 1L);
        Set<LocalDate> days = new HashSet<>();
        int beforeOperations = 0;
        long used = newestSound == null ? 0 : newestSound.size();
        boolean overBudget = false;
        List<Path> deleted = new ArrayList<>();
        for (Backup b : automatic) {
            boolean wanted = false;
            if (b.kind().beforeOperation() && beforeOperations < policy.lastBeforeOperations()) {
                beforeOperations++;
                wanted = true;
            }
            LocalDate day = b.takenAt().toLocalDate();
            if (!day.isBefore(firstDay) && days.add(day)) {
                wanted = true;
            }
            if (b == newestSound) {
                continue;
            }
            if (wanted && !overBudget) {
                if (used + b.size() <= policy.budgetBytes()) {
                    used += b.size();
                    continue;
                }
                overBudget = true; // from here on, older backups make room for newer ones
            }
            if (spare.stream().anyMatch(p -> sameFile(p, b.file()))) {
                continue;
            }
            try {
                Files.deleteIfExists(b.file());
                deleted.add(b.file());
            } catch (IOException e) {
                // Tried again after the next operation; a backup too many is no harm.
            }
        }
        return deleted;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    static Instant instant(LocalDateTime t) {
        return t.atZone(ZoneId.systemDefault()).toInstant();
    }
}
