package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.TagCadence;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** A keep-in-touch rhythm per tag is set and removed in Settings, and kept in the journal. */
class TagCadenceSettingsTest extends WindowTest {

    private app.rapport.journal.Contact anna;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        stage.setWidth(1000); // all of it on the headless screen, for the robot's clicks
        stage.setX(0);
    }

    @Override
    protected void prepare(app.rapport.store.SqliteJournal j) {
        anna = j.saveContact(app.rapport.journal.Contact.builder("Anna Schmidt")
                .interests(List.of("circular economy")).build());
    }

    @Test
    void aTagsMenuSetsTheRhythmForEveryoneWithIt() {
        showContact(anna.id());
        javafx.scene.Node chip = Fx.call(() -> window.stage().getScene().getRoot().lookupAll(".chips-interests > *")
                .stream().findFirst().orElseThrow());
        Fx.run(() -> app.rapport.ui.common.Nodes.scrollIntoView(chip));
        rightClickOn(chip);
        String item = "Keep in touch with everyone tagged \"circular economy\"…";
        Fx.waitUntil("the menu", () -> lookup(item).tryQuery().isPresent());
        clickOn(item);
        Fx.waitUntil("the question", () -> lookup("#tag-cadence-ask-days").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        Spinner<Integer> days = (Spinner<Integer>) lookup("#tag-cadence-ask-days").query();
        assertEquals(30, days.getValue(), "a month unless the tag has a rhythm");
        Fx.run(() -> days.getEditor().setText("60"));
        clickOn("#tag-cadence-ask-save");
        Fx.waitUntil("stored", () -> journal.tagCadences().equals(List.of(new TagCadence("circular economy", 60))));
    }

    @Test
    void aRhythmPerTagIsAddedAndRemoved() {
        showScreen("settings.title");
        Fx.run(() -> {
            ((TextField) window.stage().getScene().lookup("#tag-cadence-tag")).setText("Investors");
            @SuppressWarnings("unchecked")
            Spinner<Integer> days = (Spinner<Integer>) window.stage().getScene().lookup("#tag-cadence-days");
            days.getEditor().setText("45");
            ((javafx.scene.control.Button) window.stage().getScene().lookup("#tag-cadence-add")).fire();
        });
        Fx.waitUntil("stored", () -> journal.tagCadences().equals(List.of(new TagCadence("Investors", 45))));
        Fx.waitUntil("listed", () -> Fx.call(() -> window.stage().getScene().getRoot().lookupAll(".tag-cadence-row").size() == 1));
        assertEquals("Investors: every 45 days", Fx.call(() -> ((Label) window.stage().getScene()
                .lookup(".tag-cadence-row .label")).getText()));

        Fx.run(() -> ((javafx.scene.control.Button) window.stage().getScene().lookup(".tag-cadence-remove")).fire());
        Fx.waitUntil("removed", () -> journal.tagCadences().isEmpty());
        Fx.waitUntil("the notice", () -> Fx.call(window::notificationText) != null);

        // Without a tag nothing is stored, and the form says why.
        Fx.run(() -> ((javafx.scene.control.Button) window.stage().getScene().lookup("#tag-cadence-add")).fire());
        assertEquals("Name the tag the rhythm is for.",
                Fx.call(() -> ((Label) window.stage().getScene().lookup("#tag-cadence-message")).getText()));
        assertEquals(List.of(), journal.tagCadences());
    }
}
