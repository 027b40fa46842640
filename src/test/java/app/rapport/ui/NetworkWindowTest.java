package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.network.NetworkViewModel;
import java.util.Map;
import javafx.scene.input.KeyCode;

/**
 * The main window on the sample journal, for tests of the Network screen: its people by name, the
 * screen's model, and the map opened and laid out. A subclass still opens the window from its own
 * {@code @Start} method (TestFX looks for it on the test class only).
 */
abstract class NetworkWindowTest extends WindowTest {

    /** The sample journal's people by name. */
    protected Map<String, Contact> people;

    @Override
    protected void prepare(SqliteJournal j) {
        people = SampleJournal.fill(j);
    }

    protected NetworkViewModel model() {
        return Fx.call(() -> window.networkScreen().model());
    }

    /** Opens the Network screen as the user does (the sixth screen of the sidebar: Ctrl+6) and waits for the map. */
    protected void openMap() {
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        assertEquals("network.title", Fx.call(() -> window.currentScreenProperty().get().titleKey()));
        Fx.waitUntil("the map is laid out", () -> model().laidOutProperty().get() && model().engineDoneProperty().get());
        settle();
    }

    /** The map's slot of the person of that name (-1: not on the map). */
    protected int slot(String name) {
        return Fx.call(() -> model().data().slot(people.get(name).id()));
    }
}
