package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void followsEachOperatingSystemsConvention() {
        assertEquals(Path.of("/home/anna/.local/share/rapport"),
                DataFolder.conventionalFolder("Linux", "/home/anna", null, null));
        assertEquals(Path.of("/data/xdg/rapport"),
                DataFolder.conventionalFolder("Linux", "/home/anna", "/data/xdg", null));
        assertEquals(Path.of("/home/anna/.local/share/rapport"),
                DataFolder.conventionalFolder("Linux", "/home/anna", "relative/ignored", null));
        assertEquals(Path.of("/Users/anna/Library/Application Support/Rapport"),
                DataFolder.conventionalFolder("Mac OS X", "/Users/anna", null, null));
        assertEquals(Path.of("C:\\Users\\anna\\AppData\\Roaming", "Rapport"),
                DataFolder.conventionalFolder("Windows 11", "C:\\Users\\anna", null, "C:\\Users\\anna\\AppData\\Roaming"));
    }
}
