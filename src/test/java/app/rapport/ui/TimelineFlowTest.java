package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.store.SqliteJournal;
import java.time.OffsetDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** An encounter in a contact's timeline opens, is edited and deleted there, as in the Journal. */
class TimelineFlowTest extends WindowTest {

    private Contact anna;
    private Encounter coffee;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        stage.setWidth(1000); // all of it on the headless screen, for the robot's clicks
        stage.setX(0);
    }

    @Override
    protected void prepare(SqliteJournal j) {
        anna = j.saveContact(Contact.builder("Anna Schmidt").build());
        coffee = j.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-01-15T12:30:00+01:00"),
                EncounterKind.MEETING, "Coffee at Café Europa", null, null, List.of(anna.id()), null, null, List.of()));
    }

    private Node entry() {
        return Fx.call(() -> window.stage().getScene().getRoot().lookupAll(".timeline-entry").stream()
                .filter(n -> coffee.id().equals(n.getUserData())).findFirst().orElseThrow());
    }

    /** An item of the context menu showing now, or null. */
    private static javafx.scene.control.MenuItem menuItem(String text) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst().orElse(null);
    }

    @Test
    void aDoubleClickOpensTheEncounterToEdit() {
        showContact(anna.id());
        Fx.run(() -> app.rapport.ui.common.Nodes.scrollIntoView(entry()));
        doubleClickOn(entry(), MouseButton.PRIMARY);
        Fx.waitUntil("the editor", () -> lookup("#capture-title").tryQuery().isPresent());
        assertEquals("Coffee at Café Europa", lookup("#capture-title").queryAs(TextField.class).getText());
        Fx.run(() -> lookup("#capture-title").queryAs(TextField.class).setText("Coffee and the grant"));
        clickOn("#capture-save");
        Fx.waitUntil("saved", () -> "Coffee and the grant".equals(journal.encounter(coffee.id()).orElseThrow().title()));
    }

    @Test
    void theMenuDeletesTheEncounterWithUndo() {
        showContact(anna.id());
        Fx.run(() -> app.rapport.ui.common.Nodes.scrollIntoView(entry()));
        rightClickOn(entry());
        // The entry's own menu (the contact's Delete button, also named so, is not it).
        Fx.waitUntil("the menu", () -> menuItem("Delete") != null);
        Fx.run(() -> {
            javafx.scene.control.MenuItem delete = menuItem("Delete");
            delete.getParentPopup().hide();
            delete.fire();
        });
        Fx.waitUntil("in the trash", () -> journal.encounters(EncounterFilter.all().withContact(anna.id())).isEmpty());
        Fx.waitUntil("the notice", () -> Fx.call(window::notificationText) != null);
        assertEquals("Moved \"Coffee at Café Europa\" to the trash.", Fx.call(window::notificationText));
        clickOn("#notification-undo");
        Fx.waitUntil("back", () -> journal.encounters(EncounterFilter.all().withContact(anna.id())).size() == 1);
        settle();
        assertTrue(Fx.call(() -> window.stage().getScene().getRoot().lookupAll(".timeline-entry").size() == 1));
        // From the keyboard too: Delete on the focused entry.
        Fx.run(() -> entry().requestFocus());
        type(KeyCode.DELETE);
        Fx.waitUntil("in the trash again", () -> journal.encounters(EncounterFilter.all().withContact(anna.id())).isEmpty());
    }
}
