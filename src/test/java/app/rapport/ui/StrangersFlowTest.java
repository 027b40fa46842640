package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Journal.ContactPair;
import app.rapport.journal.Tie;
import app.rapport.store.SqliteJournal;
import app.rapport.suggest.Suggestion;
import java.time.OffsetDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** "They don't know each other" on a colleague and on a tie: the pair is suggested at once, and Undo takes it back. */
class StrangersFlowTest extends WindowTest {

    private Contact anna;
    private Contact ben;
    private Contact carla;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
    }

    @Override
    protected void prepare(SqliteJournal j) {
        anna = j.saveContact(Contact.builder("Anna Schmidt").organization("Kreislauf GmbH")
                .seeks(List.of("seed funding")).build());
        ben = j.saveContact(Contact.builder("Ben Müller").organization("Kreislauf GmbH")
                .offers(List.of("seed funding")).build());
        carla = j.saveContact(Contact.builder("Carla Jung").offers(List.of("seed funding")).build());
        j.saveTie(Tie.of(anna.id(), carla.id()));
        OffsetDateTime recently = OffsetDateTime.now().minusDays(5);
        for (Contact c : List.of(anna, ben, carla)) {
            j.saveEncounter(new Encounter(null, recently, EncounterKind.MEAL, "Lunch", null, null,
                    List.of(c.id()), null, 5, List.of()));
        }
    }

    private List<Suggestion> suggested() {
        showScreen("introductions.title");
        settle();
        return Fx.call(() -> lookup(".suggestion-card").queryAll().stream()
                .map(n -> (Suggestion) n.getUserData()).toList());
    }

    private boolean suggested(Contact x, Contact y) {
        return suggested().stream().anyMatch(s -> s.involvesPair(x.id(), y.id()));
    }

    private void toggleColleague(String expectedLabel) {
        showContact(anna.id());
        Node row = Fx.call(() -> lookup(".colleague-row").queryAll().stream().findFirst().orElseThrow());
        assertEquals("Ben Müller", Fx.call(() -> ((javafx.scene.control.Hyperlink) row.lookup(".tie-name")).getText()));
        Button toggle = Fx.call(() -> (Button) row.lookup(".colleague-toggle"));
        assertEquals(expectedLabel, Fx.call(toggle::getText));
        clickOn(toggle);
    }

    @Test
    void aColleagueTheUserSaysIsAStrangerIsSuggestedUntilTheyKnowEachOtherAgain() {
        assertFalse(suggested(anna, ben), "colleagues are taken to know each other");

        toggleColleague("They don't know each other");
        Fx.waitUntil("stored", () -> journal.teachings().areStrangers(anna.id(), ben.id()));
        settle();
        assertEquals("Anna Schmidt and Ben Müller don't know each other: Introductions may now suggest them.",
                window.notificationText());
        clickWhenShown("#notification-undo");
        Fx.waitUntil("undone", () -> journal.teachings().strangers().isEmpty());

        toggleColleague("They don't know each other");
        Fx.waitUntil("stored again", () -> journal.teachings().areStrangers(anna.id(), ben.id()));
        assertTrue(suggested(anna, ben), "suggested at once");

        toggleColleague("They know each other");
        Fx.waitUntil("forgotten", () -> journal.teachings().strangers().isEmpty());
        assertFalse(suggested(anna, ben));
    }

    @Test
    void aTieTheUserSaysIsWrongGoesAndThePairIsSuggested() {
        assertFalse(suggested(anna, carla), "tied people know each other");
        for (int round = 0; round < 2; round++) {
            showContact(anna.id());
            Node tieRow = Fx.call(() -> lookup(".tie-row").queryAll().stream().findFirst().orElseThrow());
            rightClickOn(tieRow);
            clickWhenShown(".tie-strangers");
            Fx.waitUntil("the tie is gone and the pair remembered", () -> journal.tiesOf(anna.id()).isEmpty()
                    && journal.teachings().strangers().equals(java.util.Set.of(ContactPair.of(anna.id(), carla.id()))));
            if (round == 0) {
                settle();
                clickWhenShown("#notification-undo");
                Fx.waitUntil("the tie is back", () -> journal.tiesOf(anna.id()).size() == 1
                        && journal.teachings().strangers().isEmpty());
            }
        }
        assertTrue(suggested(anna, carla));
    }
}
