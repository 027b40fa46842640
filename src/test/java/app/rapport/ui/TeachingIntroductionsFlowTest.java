package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Teachings;
import app.rapport.store.SqliteJournal;
import app.rapport.suggest.Reason;
import app.rapport.suggest.Suggestion;
import java.time.OffsetDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The user teaches Introductions: dismissing three pairs that only share an interest makes such
 * pairs count less (and Settings says so, until Reset); words treated as the same, or as different,
 * change the suggestions at once.
 */
class TeachingIntroductionsFlowTest extends WindowTest {

    private static final String[] HOBBIES = {"jazz", "chess", "sailing", "pottery"};

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
    }

    @Override
    protected void prepare(SqliteJournal j) {
        OffsetDateTime recently = OffsetDateTime.now().minusDays(5);
        List<Contact> people = new java.util.ArrayList<>();
        for (String hobby : HOBBIES) {
            people.add(j.saveContact(Contact.builder("Fan of " + hobby + " A").interests(List.of(hobby)).build()));
            people.add(j.saveContact(Contact.builder("Fan of " + hobby + " B").interests(List.of(hobby)).build()));
        }
        people.add(j.saveContact(Contact.builder("Sara Seeker").interests(List.of("Radfahren"))
                .seeks(List.of("Kaltakquise")).build()));
        people.add(j.saveContact(Contact.builder("Omar Offerer").interests(List.of("Radfahren"))
                .offers(List.of("Leadgenerierung")).build()));
        people.add(j.saveContact(Contact.builder("Mia").interests(List.of("Machine Learning")).build()));
        people.add(j.saveContact(Contact.builder("Vic").interests(List.of("Machine Vision")).build()));
        for (Contact c : people) { // each met alone: people met together know each other
            j.saveEncounter(new Encounter(null, recently, EncounterKind.MEAL, "Lunch", null, null,
                    List.of(c.id()), null, 4, List.of()));
        }
    }

    private List<Node> cards() {
        return Fx.call(() -> List.copyOf(lookup(".suggestion-card").queryAll()));
    }

    private Suggestion suggestion(String nameA, String nameB) {
        return cards().stream().map(n -> (Suggestion) n.getUserData())
                .filter(s -> s.a().name().equals(nameA) && s.b().name().equals(nameB)
                        || s.a().name().equals(nameB) && s.b().name().equals(nameA))
                .findFirst().orElse(null);
    }

    private Node card(Suggestion s) {
        return cards().stream().filter(n -> n.getUserData() == s).findFirst().orElseThrow();
    }

    private boolean has(Suggestion s, Reason.Kind kind) {
        return s != null && s.why().stream().anyMatch(r -> r.kind() == kind);
    }

    private void openIntroductions() {
        showScreen("introductions.title");
        Fx.waitUntil("suggestions are shown", () -> suggestion("Fan of pottery A", "Fan of pottery B") != null);
        settle();
    }

    private List<String> learnedNotes() {
        showScreen("settings.title");
        settle();
        return Fx.call(() -> lookup(".learned-note").queryAll().stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void dismissingThreePairsThatOnlyShareAnInterestIsLearnedAndResetForgetsIt() {
        openIntroductions();
        double potteryBefore = suggestion("Fan of pottery A", "Fan of pottery B").score();
        for (int i = 0; i < 3; i++) {
            Suggestion s = suggestion("Fan of " + HOBBIES[i] + " A", "Fan of " + HOBBIES[i] + " B");
            assertNotNull(s, HOBBIES[i]);
            // The button may be below the visible part of the list: fired as a click on it would.
            Fx.run(() -> ((javafx.scene.control.Button) card(s).lookup(".suggestion-dismiss")).fire());
            int dismissed = i + 1;
            Fx.waitUntil("dismissal stored", () -> journal.introductions().size() == dismissed);
            settle();
        }
        Fx.waitUntil("the list changed", () -> {
            Suggestion pottery = suggestion("Fan of pottery A", "Fan of pottery B");
            return pottery != null && pottery.score() < potteryBefore && has(pottery, Reason.Kind.LEARNED);
        });
        for (String hobby : List.of("jazz", "chess", "sailing")) {
            assertEquals(null, suggestion("Fan of " + hobby + " A", "Fan of " + hobby + " B"), hobby);
        }

        assertEquals(List.of("You dismissed 3 suggestions that rested mainly on a shared interest: such pairs now count less."),
                learnedNotes());
        clickVisible("#learned-reset");
        Fx.waitUntil("the reset is stored", () -> journal.teachings().learnFrom() != null);
        settle();
        assertEquals(List.of(), learnedNotes());
        assertEquals("Nothing yet: Rapport adjusts after two or more decisions about suggestions of one kind.",
                Fx.call(() -> ((Label) lookup("#learned-notes").query().lookup(".label")).getText()));
        assertEquals(3, journal.introductions().stream().filter(i -> i.status() == IntroductionStatus.DISMISSED).count(),
                "the dismissals stay");

        openIntroductions();
        Fx.waitUntil("the pair counts as before", () -> Math.abs(
                suggestion("Fan of pottery A", "Fan of pottery B").score() - potteryBefore) < 1e-9);
        assertEquals(null, suggestion("Fan of jazz A", "Fan of jazz B"), "dismissed pairs stay away");
    }

    @Test
    void wordsTreatedAsTheSameOrAsDifferentChangeTheSuggestionsAtOnce() {
        openIntroductions();
        Suggestion saraAndOmar = suggestion("Sara Seeker", "Omar Offerer");
        assertNotNull(saraAndOmar, "both like cycling");
        assertFalse(has(saraAndOmar, Reason.Kind.SEEKS_OFFERS));

        // From the suggestion's "why": the two tags Rapport does not match yet.
        Node card = card(saraAndOmar);
        Fx.run(() -> ((TitledPane) card.lookup(".suggestion-why")).setExpanded(true));
        settle();
        MenuButton same = Fx.call(() -> (MenuButton) card.lookup(".reason-same"));
        List<String> offered = Fx.call(() -> same.getItems().stream().map(MenuItem::getText).toList());
        assertEquals(List.of("\"Kaltakquise\" = \"Leadgenerierung\""), offered);
        Fx.run(() -> same.getItems().getFirst().fire());
        Fx.waitUntil("stored", () -> !journal.teachings().sameWords().isEmpty());
        Fx.waitUntil("matched at once", () -> has(suggestion("Sara Seeker", "Omar Offerer"), Reason.Kind.SEEKS_OFFERS));

        // "These are different" on a shared interest written in other words.
        Suggestion miaAndVic = suggestion("Mia", "Vic");
        assertTrue(has(miaAndVic, Reason.Kind.SHARED_INTEREST), miaAndVic.why().toString());
        Node mv = card(miaAndVic);
        Fx.run(() -> ((TitledPane) mv.lookup(".suggestion-why")).setExpanded(true));
        settle();
        Fx.run(() -> ((javafx.scene.control.Hyperlink) mv.lookup(".reason-different")).fire());
        Fx.waitUntil("kept apart", () -> journal.teachings().differentWords().equals(
                List.of(new Teachings.WordPair("Machine Learning", "Machine Vision", false))));
        Fx.waitUntil("no longer a shared interest", () -> !has(suggestion("Mia", "Vic"), Reason.Kind.SHARED_INTEREST));

        // Settings lists both, and adds and forgets words of its own.
        showScreen("settings.title");
        settle();
        assertEquals(List.of("Kaltakquise = Leadgenerierung"), rows(".same-words-row"));
        assertEquals(List.of("Machine Learning ≠ Machine Vision"), rows(".different-words-row"));
        Fx.run(() -> {
            ((TextField) lookup("#same-words-first").query()).setText("Vertrieb");
            ((TextField) lookup("#same-words-second").query()).setText("vertrieb");
        });
        clickVisible("#same-words-add");
        assertEquals("A word is always the same as itself: name two different tags.",
                Fx.call(() -> ((Label) lookup("#same-words-message").query()).getText()));
        clickVisible(".same-words-remove");
        Fx.waitUntil("forgotten", () -> journal.teachings().sameWords().isEmpty());
        openIntroductions();
        Fx.waitUntil("unmatched again", () -> !has(suggestion("Sara Seeker", "Omar Offerer"), Reason.Kind.SEEKS_OFFERS));
    }

    private List<String> rows(String style) {
        return Fx.call(() -> lookup(style).queryAll().stream()
                .map(n -> ((Label) ((javafx.scene.layout.HBox) n).getChildren().getFirst()).getText()).toList());
    }
}
