package app.rapport.store;

import app.rapport.files.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc writes its native library (1.1 MB) into the shared temporary folder on every start,
 * readable by everyone, and a killed process leaves it there. Rapport instead writes it once per
 * version into the user's own cache folder and has sqlite-jdbc load it from there. When that is
 * not possible (no library for this platform in the jar, a cache folder that cannot be written)
 * sqlite-jdbc does it its own way, in that private folder too if it exists.
 */
final class NativeLibrary {

    private static boolean prepared;

    private NativeLibrary() {
    }

    /** Once per process, before the first connection. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // chosen by whoever started us
        }
        try {
            Path folder = extractOnce(DataFolder.cacheFolder());
            if (folder != null) {
                System.setProperty("org.sqlite.lib.path", folder.toString());
                System.setProperty("org.sqlite.lib.name", LibraryLoaderUtil.getNativeLibName());
                System.setProperty("org.sqlite.tmpdir", folder.toString());
            }
        } catch (IOException | RuntimeException e) {
            // sqlite-jdbc extracts it to the temporary folder as before: slower to start, still working.
        }
    }

    /**
     * Writes the library for this platform into {@code cache} unless an identical copy is there
     * already; returns its folder, or null when the jar has no library for this platform.
     */
    static Path extractOnce(Path cache) throws IOException {
        String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath(); // /org/sqlite/native/Linux/x86_64
        String name = LibraryLoaderUtil.getNativeLibName();
        byte[] library;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resourceFolder + "/" + name)) {
            if (in == null) {
                return null;
            }
            library = in.readAllBytes();
        }
        String platform = resourceFolder.substring(resourceFolder.indexOf("/native/") + "/native/".length())
                .replace('/', '-');
        Path folder = cache.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + platform);
        DataFolder.createPrivate(folder);
        Path file = folder.resolve(name);
        if (sameContent(file, library)) {
            return folder;
        }
        Temporaries.removeLeftovers(folder, name);
        Path part = Temporaries.beside(file);
        Files.deleteIfExists(part);
        try {
            PrivateFiles.createProgram(part);
            try (OutputStream out = Files.newOutputStream(part)) {
                out.write(library);
            }
            // Atomic: another Rapport starting at the same moment loads either no file or a whole one.
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return folder;
    }

    private static boolean sameContent(Path file, byte[] library) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != library.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(file), library);
    }
}
