package app.rapport.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes a file or folder one the tests may not change, on real files. File modes do not stop
 * root, who runs the tests on some machines; there the immutable attribute (chattr +i) does, which
 * stops root as well. Where neither works the test is skipped rather than passing without proof.
 */
public final class Protect implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path path;
    private final Set<PosixFilePermission> before;

    private Protect(Path path, Set<PosixFilePermission> before) {
        this.path = path;
        this.before = before;
    }

    /** Read-only: may be read (a folder: listed and entered), not written. */
    public static Protect readOnly(Path path) throws Exception {
        if (ROOT) {
            assumeTrue(run("chattr", "+i", path.toString()) == 0, "chattr +i is not available here");
            return new Protect(path, null);
        }
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-x------" : "r--------"));
        return new Protect(path, before);
    }

    @Override
    public void close() throws IOException {
        if (before == null) {
            run("chattr", "-i", path.toString());
        } else {
            Files.setPosixFilePermissions(path, before);
        }
    }

    private static int run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
