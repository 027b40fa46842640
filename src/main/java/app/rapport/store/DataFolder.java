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

    public static Path backupFolder(Path dataDir) {
        return dataDir.resolve("backups");
    }

    /**
     * Creates the folder (and missing parents) readable by the user only, as the journal is
     * private: the window, the command line and backups all make folders through here.
     */
    static void createPrivate(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.isDirectory(dir)) {
            return;
        }
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            java.nio.file.Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } else {
            java.nio.file.Files.createDirectories(dir);
        }
    }
}
