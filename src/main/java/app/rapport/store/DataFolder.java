package app.rapport.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the journal lives by default, following each OS's convention: XDG on Linux,
 * Application Support on macOS, %APPDATA% on Windows. {@code RAPPORT_DATA_DIR} (or the system
 * property {@code rapport.dataDir}) overrides it for tests and power users, as does --data-dir.
 */
public final class DataFolder {

    public static final String JOURNAL_FILE = "journal.sqlite";

    private DataFolder() {
    }

    public static Path defaultFolder() {
        String override = System.getProperty("rapport.dataDir");
        if (override == null || override.isBlank()) {
            override = System.getenv("RAPPORT_DATA_DIR");
        }
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return conventionalFolder(System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getenv("XDG_DATA_HOME"), System.getenv("APPDATA"));
    }

    static Path conventionalFolder(String osName, String home, String xdgDataHome, String appData) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Rapport");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Rapport");
        }
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()
                ? Path.of(xdgDataHome) : Path.of(home, ".local", "share");
        return base.resolve("rapport");
    }

    /**
     * Where Rapport keeps what it can make again (the SQLite library it loads): the user's cache
     * folder by each OS's convention, or {@code rapport.cacheDir}.
     */
    static Path cacheFolder() {
        String override = System.getProperty("rapport.cacheDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return conventionalCacheFolder(System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getenv("XDG_CACHE_HOME"), System.getenv("LOCALAPPDATA"));
    }

    static Path conventionalCacheFolder(String osName, String home, String xdgCacheHome, String localAppData) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path base = localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData) : Path.of(home, "AppData", "Local");
            return base.resolve("Rapport").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Rapport");
        }
        Path base = xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()
                ? Path.of(xdgCacheHome) : Path.of(home, ".cache");
        return base.resolve("rapport");
    }

    public static Path journalFile(Path dataDir) {
        return dataDir.resolve(JOURNAL_FILE);
    }

    /**
     * Whether {@code dataDir} holds a journal: a journal file that is not the empty file a start
     * killed at its first moment left, which opening treats as no journal.
     */
    public static boolean holdsJournal(Path dataDir) {
        Path file = journalFile(dataDir);
        return java.nio.file.Files.exists(file) && !JournalFile.isEmptyLeftover(file);
    }

    public static Path backupFolder(Path dataDir) {
        return dataDir.resolve(BACKUP_FOLDER);
    }

    private static final String BACKUP_FOLDER = "backups";
    /** The journal and what SQLite and Rapport keep beside it while it is open. */
    private static final java.util.List<String> JOURNAL_FILES = java.util.List.of(JOURNAL_FILE, JOURNAL_FILE + "-wal",
            JOURNAL_FILE + "-shm", JOURNAL_FILE + "-journal", InstanceLock.LOCK_FILE);

    /**
     * Whether writing to {@code target} would replace a file of a Rapport journal: the journal,
     * SQLite's files beside it ({@code -wal}, {@code -shm}, {@code -journal}), the lock, or anything
     * in the backups folder beside a journal. Any data folder counts, not only the one open (the
     * sample journal's, another {@code --data-dir}), names are compared as case-insensitive file
     * systems see them, and symbolic links are followed. An export or a generated file must never
     * be written there: {@code export -o journal.sqlite} replaced the journal with a CSV file.
     */
    public static boolean isJournalFile(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return isJournalPath(absolute) || isJournalPath(realPath(absolute));
    }

    private static boolean isJournalPath(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        for (String journalFile : JOURNAL_FILES) {
            if (name.toString().equalsIgnoreCase(journalFile)) {
                return true;
            }
        }
        for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
            Path folderName = folder.getFileName();
            if (folderName != null && folderName.toString().equalsIgnoreCase(BACKUP_FOLDER) && folder.getParent() != null
                    && (java.nio.file.Files.exists(folder.getParent().resolve(JOURNAL_FILE))
                    || java.nio.file.Files.exists(folder.getParent().resolve(InstanceLock.LOCK_FILE)))) {
                return true;
            }
        }
        return false;
    }

    /** The path with every symbolic link resolved, as far as it exists. */
    private static Path realPath(Path absolute) {
        try {
            if (java.nio.file.Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && java.nio.file.Files.exists(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (java.io.IOException | SecurityException e) {
            // unreadable: judged by the name as given
        }
        return absolute;
    }

    /**
     * Creates the folder (and missing parents) readable by the user only, as the journal is
     * private: the window, the command line and backups all make folders through here.
     */
    static void createPrivate(Path dir) throws java.io.IOException {
        app.rapport.files.PrivateFiles.createFolders(dir);
    }
}
