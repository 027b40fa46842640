package app.rapport.ui.importing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from the file manager onto a window: the drop is accepted when it holds a file
 * (not only folders) and the target is ready, and the first file is handed on.
 */
public final class FileDrop {

    private FileDrop() {
    }

    /** Lets a file be dropped on {@code target}; {@code onFile} gets it when {@code ready} says yes. */
    public static void install(Node target, BooleanSupplier ready, Consumer<Path> onFile) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && ready.getAsBoolean() && fileToOpen(files(e.getDragboard())).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            e.setDropCompleted(drop(files(e.getDragboard()), ready, onFile));
            e.consume();
        });
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
