package app.rapport.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The user's preferences are where each OS keeps a program's settings. */
class ConfigFolderTest {

    @Test
    void eachOperatingSystemsConvention() {
        assertEquals(Path.of("/home/anna/.config/rapport"),
                ConfigFolder.conventionalFolder("Linux", "/home/anna", null, null));
        assertEquals(Path.of("/xdg/config/rapport"),
                ConfigFolder.conventionalFolder("Linux", "/home/anna", "/xdg/config", null));
        assertEquals(Path.of("/home/anna/.config/rapport"),
                ConfigFolder.conventionalFolder("Linux", "/home/anna", "relative/ignored", null));
        assertEquals(Path.of("/Users/anna/Library/Application Support/Rapport"),
                ConfigFolder.conventionalFolder("Mac OS X", "/Users/anna", null, null));
        assertEquals(Path.of("C:\\Users\\anna\\AppData\\Roaming", "Rapport"),
                ConfigFolder.conventionalFolder("Windows 11", "C:\\Users\\anna", null, "C:\\Users\\anna\\AppData\\Roaming"));
    }

    @Test
    void testsKeepTheirSettingsInTheBuildFolderNotTheUsersHome() {
        String override = System.getProperty("rapport.configDir");
        org.junit.jupiter.api.Assertions.assertNotNull(override, "the build sets rapport.configDir for every test");
        assertEquals(Path.of(override).toAbsolutePath(), ConfigFolder.defaultFolder());
    }
}
