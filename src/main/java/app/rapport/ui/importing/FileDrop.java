package app.rapport.ui.importing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from the file manager onto a window: the drop is accepted when it holds a file
 * (not only folders) and the target is ready, and the first file is handed on.
 */
public final class FileDrop {

    /**
     * The files a drag carries. Tests replace it: a Dragboard cannot be made outside a real drag
     * from another application, which the headless platform does not have.
     */
    static final Function<DragEvent, List<File>> DRAGBOARD_FILES = e -> files(e.getDragboard());
    static Function<DragEvent, List<File>> filesOf = DRAGBOARD_FILES;

    private FileDrop() {
    }

    /** Lets a file be dropped on {@code target}; {@code onFile} gets it when {@code ready} says yes. */
    public static void install(Node target, BooleanSupplier ready, Consumer<Path> onFile) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (acceptable(e, ready)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            e.setDropCompleted(drop(filesOf.apply(e), ready, onFile));
            e.consume();
        });
    }

    /** Whether a drag over the target may drop here: a file from outside the window, and the target ready. */
    static boolean acceptable(DragEvent e, BooleanSupplier ready) {
        return e.getGestureSource() == null && ready.getAsBoolean() && fileToOpen(filesOf.apply(e)).isPresent();
    }

    /** What a drop does with these files; true if one was handed on. */
    static boolean drop(List<File> files, BooleanSupplier ready, Consumer<Path> onFile) {
        Optional<Path> file = ready.getAsBoolean() ? fileToOpen(files) : Optional.empty();
        file.ifPresent(onFile);
        return file.isPresent();
    }

    /** The first regular file among those dropped: a folder cannot be imported. */
    static Optional<Path> fileToOpen(List<File> files) {
        return files.stream().map(File::toPath).filter(Files::isRegularFile).findFirst();
    }

    private static List<File> files(Dragboard board) {
        return board == null || !board.hasFiles() ? List.of() : board.getFiles();
    }
}
