package app.rapport.ui.common;

import app.rapport.files.ConfigFolder;
import app.rapport.files.PrivateFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/**
 * The window's own preferences (theme, language, window bounds), kept in a small properties file
 * in the user's settings folder ({@link ConfigFolder}): they are the user's, so every journal opens
 * with them. Earlier versions kept the file in the journal's folder; while the user has none of
 * their own, that one is read, and written to the user's folder, once. Changes are saved
 * debounced, so dragging the window does not write the file hundreds of times, and only what
 * changed is written over the file as it is then: two windows on two journals do not undo each
 * other's choices.
 */
public final class UiSettings {

    public static final String FILE_NAME = "settings.properties";
    private static final Logger LOG = Logger.getLogger(UiSettings.class.getName());
    private static final Duration SAVE_DELAY = Duration.millis(400);

    public enum ThemeChoice {
        SYSTEM, LIGHT, DARK;

        public String messageKey() {
            return "settings.theme." + name().toLowerCase(Locale.ROOT);
        }
    }

    public enum LanguageChoice {
        // Plain locales (the same as I18n's), so that the command line can read the choice
        // without loading the window's texts.
        SYSTEM(null), ENGLISH(Locale.ENGLISH), GERMAN(Locale.GERMAN);

        private final Locale locale;

        LanguageChoice(Locale locale) {
            this.locale = locale;
        }

        /** The language to show; the OS language for {@link #SYSTEM}. */
        public Locale locale() {
            return locale == null ? I18n.defaultLocale() : locale;
        }
    }

    private final Path file;
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme", ThemeChoice.SYSTEM);
    private final ObjectProperty<LanguageChoice> language =
            new SimpleObjectProperty<>(this, "language", LanguageChoice.SYSTEM);
    private final DoubleProperty windowX = new SimpleDoubleProperty(this, "windowX", Double.NaN);
    private final DoubleProperty windowY = new SimpleDoubleProperty(this, "windowY", Double.NaN);
    private final DoubleProperty windowWidth = new SimpleDoubleProperty(this, "windowWidth", Double.NaN);
    private final DoubleProperty windowHeight = new SimpleDoubleProperty(this, "windowHeight", Double.NaN);
    private final BooleanProperty windowMaximized = new SimpleBooleanProperty(this, "windowMaximized", false);
    private PauseTransition pendingSave;
    /** The keys changed since the last save (on the JavaFX thread). */
    private final Set<String> changed = new HashSet<>();
    /** Read from a journal folder's file of an earlier version: to be written to the user's file. */
    private boolean movingIn;

    private UiSettings(Path file) {
        this.file = file;
    }

    /** Where the user's settings are kept. */
    public static Path userFile() {
        return ConfigFolder.defaultFolder().resolve(FILE_NAME);
    }

    /**
     * The user's settings; while the user has no settings file yet, those that an earlier version
     * kept in the journal folder {@code dataDir} (null: none).
     */
    public static UiSettings forUser(Path dataDir) {
        return load(userFile(), dataDir == null ? null : dataDir.resolve(FILE_NAME));
    }

    /**
     * Reads the settings file; a missing or unreadable one gives the defaults. If {@code file} does
     * not exist, {@code formerFile} (may be null) is read instead and {@link #saveOnChange} writes
     * what it held to {@code file}.
     */
    public static UiSettings load(Path file, Path formerFile) {
        UiSettings s = new UiSettings(file);
        if (file != null && Files.isRegularFile(file)) {
            s.read(readFile(file));
        } else if (formerFile != null && Files.isRegularFile(formerFile)) {
            s.read(readFile(formerFile));
            s.movingIn = true;
        }
        return s;
    }

    private static Properties readFile(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring unreadable settings file " + file, e);
            return new Properties();
        }
        return p;
    }

    /** Settings that are never written anywhere (tests, benchmarks). */
    public static UiSettings inMemory() {
        return new UiSettings(null);
    }

    /**
     * Starts saving to the file whenever a setting changes. Call on the JavaFX thread. Temporary
     * files that a killed window left are removed here; settings read from a journal folder's file
     * are written to the user's at once, so that the old file is read only this once.
     */
    public UiSettings saveOnChange() {
        if (file != null) {
            removeLeftTemporaries();
            try {
                if (Files.isRegularFile(file)) {
                    PrivateFiles.restrict(file); // written by an earlier version
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "could not restrict " + file, e);
            }
        }
        Map<String, Observable> keys = Map.of("theme", theme, "language", language, "window.x", windowX,
                "window.y", windowY, "window.width", windowWidth, "window.height", windowHeight,
                "window.maximized", windowMaximized);
        keys.forEach((key, property) -> property.addListener(ignored -> {
            changed.add(key);
            scheduleSave();
        }));
        if (movingIn) {
            changed.addAll(keys.keySet());
            scheduleSave();
        }
        return this;
    }

    /** {@code settings.properties.<pid>.tmp} of a window no longer running (or of a version that wrote {@code .tmp}). */
    private void removeLeftTemporaries() {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.newDirectoryStream(folder, FILE_NAME + ".*tmp")) {
            for (Path t : files) {
                String middle = t.getFileName().toString();
                middle = middle.substring(FILE_NAME.length(), middle.length() - "tmp".length());
                if (!middle.equals(".") && isRunning(middle.substring(1, middle.length() - 1))) {
                    continue; // another window is writing it now
                }
                Files.deleteIfExists(t);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not remove temporary settings files in " + folder, e);
        }
    }

    private static boolean isRunning(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void scheduleSave() {
        if (file == null) {
            return;
        }
        if (pendingSave == null) {
            pendingSave = new PauseTransition(SAVE_DELAY);
            pendingSave.setOnFinished(e -> saveInBackground());
        }
        pendingSave.playFromStart();
    }

    private void saveInBackground() {
        Properties mine = write();
        List<String> keys = List.copyOf(changed);
        changed.clear();
        Tasks.run(() -> store(mine, keys))
                .onError(e -> LOG.log(Level.WARNING, "could not save settings to " + file, e))
                .start();
    }

    /** Writes pending changes now (on closing the window). */
    public void flush() {
        if (pendingSave != null && pendingSave.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pendingSave.stop();
            try {
                store(write(), List.copyOf(changed));
                changed.clear();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not save settings to " + file, e);
            }
        }
    }

    /** Writes {@code keys} of {@code mine} over the file as it is now (another window may have written it). */
    private synchronized void store(Properties mine, List<String> keys) {
        try {
            PrivateFiles.createFolders(file.getParent());
            Properties p = Files.isRegularFile(file) ? readFile(file) : new Properties();
            for (String key : keys) {
                if (mine.containsKey(key)) {
                    p.setProperty(key, mine.getProperty(key));
                } else {
                    p.remove(key);
                }
            }
            Path tmp = temporary();
            Files.deleteIfExists(tmp);
            // The user's alone, like everything Rapport writes (the default would be readable by all).
            PrivateFiles.createFile(tmp);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Rapport window settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** This process's own: windows of two journals may save at the same moment. */
    private Path temporary() {
        return file.resolveSibling(FILE_NAME + "." + ProcessHandle.current().pid() + ".tmp");
    }

    private void read(Properties p) {
        theme.set(parseEnum(ThemeChoice.class, p.getProperty("theme"), ThemeChoice.SYSTEM));
        language.set(parseEnum(LanguageChoice.class, p.getProperty("language"), LanguageChoice.SYSTEM));
        windowX.set(parseDouble(p.getProperty("window.x")));
        windowY.set(parseDouble(p.getProperty("window.y")));
        windowWidth.set(parseDouble(p.getProperty("window.width")));
        windowHeight.set(parseDouble(p.getProperty("window.height")));
        windowMaximized.set(Boolean.parseBoolean(p.getProperty("window.maximized")));
    }

    private Properties write() {
        Properties p = new Properties();
        p.setProperty("theme", theme.get().name().toLowerCase(Locale.ROOT));
        p.setProperty("language", language.get().name().toLowerCase(Locale.ROOT));
        putDouble(p, "window.x", windowX.get());
        putDouble(p, "window.y", windowY.get());
        putDouble(p, "window.width", windowWidth.get());
        putDouble(p, "window.height", windowHeight.get());
        p.setProperty("window.maximized", Boolean.toString(windowMaximized.get()));
        return p;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static double parseDouble(String value) {
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static void putDouble(Properties p, String key, double value) {
        if (!Double.isNaN(value)) {
            p.setProperty(key, Long.toString(Math.round(value)));
        }
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public DoubleProperty windowXProperty() {
        return windowX;
    }

    public DoubleProperty windowYProperty() {
        return windowY;
    }

    public DoubleProperty windowWidthProperty() {
        return windowWidth;
    }

    public DoubleProperty windowHeightProperty() {
        return windowHeight;
    }

    public BooleanProperty windowMaximizedProperty() {
        return windowMaximized;
    }
}
