package app.rapport.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the user's own preferences live (language, theme, window place), apart from any journal:
 * they are the user's, not the journal's, so a second journal opens as the user set up the first.
 * Each OS's convention: {@code $XDG_CONFIG_HOME} or {@code ~/.config} on Linux, Application Support
 * on macOS, {@code %APPDATA%} on Windows. {@code RAPPORT_CONFIG_DIR} (or the system property
 * {@code rapport.configDir}) overrides it, for tests and for several setups side by side.
 */
public final class ConfigFolder {

    private ConfigFolder() {
    }

    public static Path defaultFolder() {
        String override = System.getProperty("rapport.configDir");
        if (override == null || override.isBlank()) {
            override = System.getenv("RAPPORT_CONFIG_DIR");
        }
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return conventionalFolder(System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getenv("XDG_CONFIG_HOME"), System.getenv("APPDATA"));
    }

    static Path conventionalFolder(String osName, String home, String xdgConfigHome, String appData) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Rapport");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Rapport");
        }
        // A relative XDG_CONFIG_HOME is invalid by the specification and is to be ignored.
        Path base = xdgConfigHome != null && !xdgConfigHome.isBlank() && Path.of(xdgConfigHome).isAbsolute()
                ? Path.of(xdgConfigHome) : Path.of(home, ".config");
        return base.resolve("rapport");
    }
}
