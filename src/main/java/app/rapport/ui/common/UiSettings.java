package app.rapport.ui.common;

import app.rapport.files.PrivateFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
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
 * in the data folder next to the journal. Changes are saved debounced, so dragging the window does
 * not write the file hundreds of times.
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

    private UiSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings file of a data folder; a missing or unreadable file gives the defaults. */
    public static UiSettings load(Path dataDir) {
        UiSettings s = new UiSettings(dataDir == null ? null : dataDir.resolve(FILE_NAME));
        if (s.file != null && Files.isRegularFile(s.file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                p.load(in);
                s.read(p);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "ignoring unreadable settings file " + s.file, e);
            }
        }
        return s;
    }

    /** Settings that are never written anywhere (tests, benchmarks). */
    public static UiSettings inMemory() {
        return new UiSettings(null);
    }

    /**
     * Starts saving to the file whenever a setting changes. Call on the JavaFX thread, in the
     * window that holds the journal's lock: it alone writes the file, so a temporary one left by
     * a killed window is removed here.
     */
    public UiSettings saveOnChange() {
        if (file != null) {
            try {
                Files.deleteIfExists(temporary());
                if (Files.isRegularFile(file)) {
                    PrivateFiles.restrict(file); // written by an earlier version
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "could not remove " + temporary(), e);
            }
        }
        for (Observable o : new Observable[] {theme, language, windowX, windowY, windowWidth, windowHeight,
                windowMaximized}) {
            o.addListener(ignored -> scheduleSave());
        }
        return this;
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
        Properties p = write();
        Tasks.run(() -> store(p))
                .onError(e -> LOG.log(Level.WARNING, "could not save settings to " + file, e))
                .start();
    }

    /** Writes pending changes now (on closing the window). */
    public void flush() {
        if (pendingSave != null && pendingSave.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pendingSave.stop();
            try {
                store(write());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not save settings to " + file, e);
            }
        }
    }

    private void store(Properties p) {
        try {
            PrivateFiles.createFolders(file.getParent());
            Path tmp = temporary();
            Files.deleteIfExists(tmp);
            // The user's alone, like everything in the data folder (the default would be readable by all).
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

    private Path temporary() {
        return file.resolveSibling(FILE_NAME + ".tmp");
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
