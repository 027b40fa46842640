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

/**
 * The window's settings survive a restart and are the user's, not a journal's; a damaged file only
 * costs the settings, never the start.
 */
class UiSettingsTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test class started it.
        }
    }

    private Path userFile() {
        return dir.resolve("config").resolve(UiSettings.FILE_NAME);
    }

    @Test
    void changesAreSavedShortlyAfterwardsAndReadBack() {
        UiSettings settings = Fx.call(() -> UiSettings.load(userFile(), null).saveOnChange());
        Fx.run(() -> {
            settings.themeProperty().set(UiSettings.ThemeChoice.DARK);
            settings.languageProperty().set(UiSettings.LanguageChoice.GERMAN);
            settings.windowXProperty().set(120);
            settings.windowYProperty().set(80);
            settings.windowWidthProperty().set(1300);
            settings.windowHeightProperty().set(850);
            settings.windowMaximizedProperty().set(true);
        });
        Fx.waitUntil("the settings file is written", () -> Files.exists(userFile()));
        Fx.sleep(300);

        UiSettings again = Fx.call(() -> UiSettings.load(userFile(), null));
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
        Files.createDirectories(userFile().getParent());
        Files.writeString(userFile(), "theme=purple\nwindow.width=wide\n\\u12");
        UiSettings settings = Fx.call(() -> UiSettings.load(userFile(), null));
        assertEquals(UiSettings.ThemeChoice.SYSTEM, settings.themeProperty().get());
        assertTrue(Double.isNaN(settings.windowWidthProperty().get()));
        assertFalse(settings.windowMaximizedProperty().get());
    }

    @Test
    void theFileIsTheUsersAloneAndAKilledWindowsTemporaryIsRemoved() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path file = userFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "theme=light\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Path oldTemporary = file.resolveSibling(UiSettings.FILE_NAME + ".tmp");
        Files.writeString(oldTemporary, "theme=dark\n");
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killedWindows = file.resolveSibling(UiSettings.FILE_NAME + "." + ended.pid() + ".tmp");
        Files.writeString(killedWindows, "theme=dark\n");
        Path runningWindows = file.resolveSibling(UiSettings.FILE_NAME + "." + ProcessHandle.current().parent()
                .orElseThrow().pid() + ".tmp");
        Files.writeString(runningWindows, "theme=dark\n");

        UiSettings settings = Fx.call(() -> UiSettings.load(file, null).saveOnChange());
        assertFalse(Files.exists(oldTemporary), "left by a killed window of an earlier version, removed by the next");
        assertFalse(Files.exists(killedWindows), "left by a killed window, removed by the next");
        assertTrue(Files.exists(runningWindows), "another window's, being written now");
        Fx.run(() -> settings.themeProperty().set(UiSettings.ThemeChoice.DARK));
        Fx.waitUntil("the settings file is written", () -> read(file).contains("theme=dark"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    /**
     * Earlier versions kept the settings in each journal's folder: the first start reads them from
     * the journal opened and keeps them as the user's, so nobody loses a choice and a second
     * journal opens with it.
     */
    @Test
    void settingsKeptInAJournalFolderBecomeTheUsersOnce() throws IOException {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Path former = journal.resolve(UiSettings.FILE_NAME);
        Files.writeString(former, "language=german\ntheme=dark\nwindow.width=1300\n");

        UiSettings first = Fx.call(() -> UiSettings.load(userFile(), former).saveOnChange());
        assertEquals(UiSettings.LanguageChoice.GERMAN, first.languageProperty().get());
        Fx.waitUntil("the user's settings file is written without any change", () -> read(userFile())
                .contains("language=german"));
        assertTrue(read(userFile()).contains("theme=dark"), read(userFile()));
        assertTrue(read(userFile()).contains("window.width=1300"), read(userFile()));

        Path other = Files.createDirectories(dir.resolve("other journal"));
        UiSettings second = Fx.call(() -> UiSettings.load(userFile(), other.resolve(UiSettings.FILE_NAME)));
        assertEquals(UiSettings.LanguageChoice.GERMAN, second.languageProperty().get(), "another journal, the same user");
        assertEquals(UiSettings.ThemeChoice.DARK, second.themeProperty().get());

        // Read once: the journal's old file no longer speaks for the user.
        Files.writeString(former, "language=english\n");
        assertEquals(UiSettings.LanguageChoice.GERMAN,
                Fx.call(() -> UiSettings.load(userFile(), former)).languageProperty().get());
    }

    /** Two windows (on two journals) write the same file: each writes what it changed, not its old view of the rest. */
    @Test
    void twoWindowsKeepEachOthersChoices() {
        UiSettings a = Fx.call(() -> UiSettings.load(userFile(), null).saveOnChange());
        UiSettings b = Fx.call(() -> UiSettings.load(userFile(), null).saveOnChange());
        Fx.run(() -> a.languageProperty().set(UiSettings.LanguageChoice.GERMAN));
        Fx.waitUntil("the first window's choice is written", () -> read(userFile()).contains("language=german"));
        Fx.run(() -> b.themeProperty().set(UiSettings.ThemeChoice.DARK));
        Fx.waitUntil("the second window's choice is written", () -> read(userFile()).contains("theme=dark"));
        UiSettings again = Fx.call(() -> UiSettings.load(userFile(), null));
        assertEquals(UiSettings.LanguageChoice.GERMAN, again.languageProperty().get(), read(userFile()));
        assertEquals(UiSettings.ThemeChoice.DARK, again.themeProperty().get());
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
