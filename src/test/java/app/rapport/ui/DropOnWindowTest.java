package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.ui.importing.DroppedFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** An address book dragged from the file manager onto the main window opens the import preview. */
class DropOnWindowTest extends WindowTest {

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @AfterEach
    void forgetTheDrag() {
        DroppedFiles.reset();
    }

    @Test
    void droppingAFileOpensTheImportDialogWithItsPreview() {
        Path file = Path.of("src/test/resources/app/rapport/interchange/csv/Connections.csv").toAbsolutePath();
        DroppedFiles.pretend(List.of(file.toFile()));
        Fx.run(() -> Event.fireEvent(window.stage().getScene().getRoot(),
                new DragEvent(DragEvent.DRAG_DROPPED, null, 300, 300, 300, 300, TransferMode.COPY, null, null, null)));
        Fx.waitUntil("the import preview", () -> summary().map(s -> s.startsWith("LinkedIn CSV")).orElse(false));
        assertEquals("LinkedIn CSV: 3 new contacts, 0 that look like people already in the journal, 0 invalid records.",
                summary().orElseThrow());
        settle();
        assertTrue(listedNames().isEmpty(), "nothing is imported before the user confirms");
        Fx.run(() -> dialog().orElseThrow().hide());
    }

    private Optional<Stage> dialog() {
        return Fx.call(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Import contacts".equals(s.getTitle())).map(w -> (Stage) w).findFirst());
    }

    /** The dialog's first line: the preview's summary. */
    private Optional<String> summary() {
        return Fx.call(() -> dialog().flatMap(d -> d.getScene().getRoot().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t != null && t.contains("new contacts")).findFirst()));
    }
}
