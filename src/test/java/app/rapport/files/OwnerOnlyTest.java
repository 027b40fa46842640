package app.rapport.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The one place that creates files and folders for their owner alone (issue 16, item 9). */
@DisabledOnOs(OS.WINDOWS)
class OwnerOnlyTest {

    @TempDir
    Path tmp;

    private static String rights(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void filesFoldersAndProgramsAreTheOwnersAloneFromTheStart() throws Exception {
        Path folder = tmp.resolve("a/b/c");
        PrivateFiles.createFolders(folder);
        assertEquals("rwx------", rights(tmp.resolve("a")));
        assertEquals("rwx------", rights(folder));
        Path file = folder.resolve("journal.sqlite.1.part");
        PrivateFiles.createFile(file);
        assertEquals("rw-------", rights(file));
        assertThrows(FileAlreadyExistsException.class, () -> PrivateFiles.createFile(file));
        Path library = folder.resolve("libsqlitejdbc.so");
        PrivateFiles.createProgram(library);
        assertEquals("rwx------", rights(library));
    }

    @Test
    void aFileAnEarlierVersionLeftReadableToAllIsRestricted() throws Exception {
        Path settings = Files.writeString(tmp.resolve("settings.properties"), "theme=dark");
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.restrict(settings);
        assertEquals("rw-------", rights(settings));
        assertEquals("theme=dark", Files.readString(settings));
    }
}
