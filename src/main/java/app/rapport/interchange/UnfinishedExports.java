package app.rapport.interchange;

import app.rapport.files.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An export is written under a hidden temporary name beside its target and moved into place when
 * complete. A killed process cannot remove that temporary, and the next start does not know the
 * folder it went to: so while it is written, a note in the data folder names it, and the next
 * start removes the temporaries whose process has ended ({@link #removeLeftovers}).
 */
public final class UnfinishedExports {

    /** The folder of notes inside the data folder. */
    static final String FOLDER = "unfinished-exports";

    private UnfinishedExports() {
    }

    /** Notes {@code temporary} in {@code dataFolder}; returns the note, or null if none could be written. */
    static Path note(Path dataFolder, Path temporary) {
        if (dataFolder == null || !Files.isDirectory(dataFolder)) {
            return null;
        }
        try {
            Path notes = dataFolder.resolve(FOLDER);
            PrivateFiles.createFolders(notes);
            Path note = notes.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID());
            PrivateFiles.createFile(note);
            Files.writeString(note, temporary.toAbsolutePath().toString(), StandardCharsets.UTF_8);
            return note;
        } catch (IOException | RuntimeException e) {
            return null; // the export itself matters more than its note
        }
    }

    /** Creates {@code file} readable by the user alone, as Files.createTempFile would, failing if it exists. */
    static void createPrivate(Path file) throws IOException {
        PrivateFiles.createFile(file);
    }

    /** The export is done (moved into place or removed): its note goes. */
    static void forget(Path note) {
        if (note != null) {
            try {
                Files.deleteIfExists(note);
            } catch (IOException ignored) {
                // A note whose temporary is gone is removed at the next start.
            }
        }
    }

    /**
     * Removes the temporaries of exports whose process has ended, and their notes. Only a hidden
     * file ending in {@code .part} is ever deleted, whatever a note says.
     */
    public static void removeLeftovers(Path dataFolder) {
        Path notes = dataFolder.resolve(FOLDER);
        if (!Files.isDirectory(notes)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> list = Files.list(notes)) {
            all = list.toList();
        } catch (IOException e) {
            return;
        }
        for (Path note : all) {
            String name = note.getFileName().toString();
            int dash = name.indexOf('-');
            try {
                long pid = Long.parseLong(dash < 0 ? name : name.substring(0, dash));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                Path temporary = Path.of(Files.readString(note, StandardCharsets.UTF_8).strip());
                String file = temporary.getFileName() == null ? "" : temporary.getFileName().toString();
                if (file.startsWith(".") && file.endsWith(".part")) {
                    Files.deleteIfExists(temporary);
                }
                Files.deleteIfExists(note);
            } catch (IOException | RuntimeException e) {
                // Tried again at the next start.
            }
        }
    }
}
