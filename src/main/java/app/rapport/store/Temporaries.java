package app.rapport.store;

import app.rapport.files.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files the store writes under a temporary name before they are complete: a backup on its way
 * into the backups folder, a backup staged for a restore. Each is the user's alone from its first
 * byte, and its name carries the writing process's id, so that the next start removes what a
 * killed process left behind and nothing a living one is still writing.
 */
final class Temporaries {

    /** SQLite's own companions of a database file under a temporary name. */
    private static final List<String> COMPANIONS = List.of("", "-journal", "-wal", "-shm");
    /** After the name: {@code .<pid>.part} with SQLite's companions; the pid-less form is what earlier versions left. */
    private static final String ENDING = "(?:\\.(\\d+))?\\.part(?:-journal|-wal|-shm)?";

    private Temporaries() {
    }

    /** The temporary name of {@code target} for this process, in the same folder (so that a move is atomic). */
    static Path beside(Path target) {
        return target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    }

    /** Creates {@code file} empty and readable by the user alone; SQLite gives its companions the same rights. */
    static void createPrivateFile(Path file) throws IOException {
        PrivateFiles.createFile(file);
    }

    /** Deletes a temporary database file and the rollback journal, WAL and shared memory SQLite kept beside it. */
    static void delete(Path temporary) throws IOException {
        for (String suffix : COMPANIONS) {
            Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + suffix));
        }
    }

    /**
     * Removes the temporaries in {@code folder} whose names begin with {@code prefix} and whose
     * process has ended: a backup or restore killed half-way ({@code journal}: the journal staged
     * for a restore, or a backup {@code journal-<time>-<kind>.sqlite}). A folder that cannot be
     * listed or a file that cannot be deleted is left for the next time; this never stands in the
     * way of opening the journal.
     */
    static void removeLeftovers(Path folder, String prefix) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Pattern temporary = Pattern.compile(Pattern.quote(prefix) + ".*?" + ENDING);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.toList();
        } catch (IOException e) {
            return;
        }
        for (Path f : files) {
            Matcher m = temporary.matcher(f.getFileName().toString());
            if (m.matches() && (m.group(1) == null || !alive(Long.parseLong(m.group(1))))) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // Tried again at the next start.
                }
            }
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
