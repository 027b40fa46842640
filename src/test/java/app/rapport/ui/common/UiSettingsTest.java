package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.ui.Fx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's settings survive a restart; a damaged file only costs the settings, never the start. */
class UiSettingsTest {

    @TempDir
    Path dataDir;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test class started it.
        }
    }

    @Test
    void changesAreSavedShortlyAfterwardsAndReadBack() {
        UiSettings settings = Fx.call(() -> UiSettings.load(dataDir).saveOnChange());
        Fx.run(() -> {
            settings.themeProperty().set(UiSettings.ThemeChoice.DARK);
            settings.languageProperty().set(UiSettings.LanguageChoice.GERMAN);
            settings.windowXProperty().set(120);
            settings.windowYProperty().set(80);
            settings.windowWidthProperty().set(1300);
            settings.windowHeightProperty().set(850);
            settings.windowMaximizedProperty().set(true);
        });
        Path file = dataDir.resolve(UiSettings.FILE_NAME);
        Fx.waitUntil("the settings file is written", () -> Files.exists(file));
        Fx.sleep(300);

        UiSettings again = Fx.call(() -> UiSettings.load(dataDir));
        assertEquals(UiSettings.ThemeChoice.DARK, again.themeProperty().get());
        assertEquals(UiSettings.LanguageChoice.GERMAN, again.languageProperty().get());
        assertEquals(120, again.windowXProperty().get());
        assertEquals(80, again.windowYProperty().get());
        assertEquals(1300, again.windowWidthProperty().get());
        assertEquals(850, again.windowHeightProperty().get());
        assertTrue(again.windowMaximizedProperty().get());
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws IOException {
        Files.writeString(dataDir.resolve(UiSettings.FILE_NAME), "theme=purple\nwindow.width=wide\n\\u12");
        UiSettings settings = Fx.call(() -> UiSettings.load(dataDir));
        assertEquals(UiSettings.ThemeChoice.SYSTEM, settings.themeProperty().get());
        assertTrue(Double.isNaN(settings.windowWidthProperty().get()));
        assertFalse(settings.windowMaximizedProperty().get());
    }

    @Test
    void theFileIsTheUsersAloneAndAKilledWindowsTemporaryIsRemoved() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"));
        Path file = dataDir.resolve(UiSettings.FILE_NAME);
        Files.writeString(file, "theme=light\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Path temporary = dataDir.resolve(UiSettings.FILE_NAME + ".tmp");
        Files.writeString(temporary, "theme=dark\n");
        UiSettings settings = Fx.call(() -> UiSettings.load(dataDir).saveOnChange());
        assertFalse(Files.exists(temporary), "left by a killed window, removed by the next");
        Fx.run(() -> settings.themeProperty().set(UiSettings.ThemeChoice.DARK));
        Fx.waitUntil("the settings file is written", () -> {
            try {
                return Files.readString(file).contains("theme=dark");
            } catch (IOException e) {
                return false;
            }
        });
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
