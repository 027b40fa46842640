package app.rapport.ui.importing;

import java.io.File;
import java.util.List;

/** Lets tests outside this package pretend a drag carries files (see {@link FileDrop#filesOf}). */
public final class DroppedFiles {

    private DroppedFiles() {
    }

    public static void pretend(List<File> files) {
        FileDrop.filesOf = e -> files;
    }

    public static void reset() {
        FileDrop.filesOf = FileDrop.DRAGBOARD_FILES;
    }
}
