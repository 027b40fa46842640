package app.rapport.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import app.rapport.suggest.IntroductionEngine;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Circles and bridges on a journal a reader can check by hand: two cliques of five, everyone in
 * each knowing everyone else in it, and Max, who knows one person of each. The engine finds the
 * two cliques as circles, and Max is the bridge between them (every path from one clique to the
 * other runs through him), with a sentence naming both circles.
 */
class NetworkBridgesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static JournalSnapshot twoCliquesAndMax() {
        List<Contact> people = new ArrayList<>();
        List<Tie> ties = new ArrayList<>();
        String[][] cliques = {{"Anna", "Ben", "Clara", "David", "Eva"}, {"Fritz", "Greta", "Hans", "Ida", "Jan"}};
        for (String[] clique : cliques) {
            for (String name : clique) {
                people.add(Contact.builder(name).id(name.toLowerCase()).interests(List.of(clique == cliques[0] ? "rowing" : "chess")).build());
            }
            for (int i = 0; i < clique.length; i++) {
                for (int j = i + 1; j < clique.length; j++) {
                    ties.add(Tie.of(clique[i].toLowerCase(), clique[j].toLowerCase()));
                }
            }
        }
        people.add(Contact.builder("Max").id("max").build());
        ties.add(Tie.of("max", "anna"));
        ties.add(Tie.of("max", "fritz"));
        return new JournalSnapshot(people, ties, List.of());
    }

    @Test
    void theOnePersonJoiningTwoCliquesIsTheBridge() {
        JournalSnapshot journal = twoCliquesAndMax();
        IntroductionEngine engine = IntroductionEngine.of(journal);
        Map<String, Integer> circles = NetworkViewModel.circles(engine, TODAY);
        NetworkData d = NetworkData.of(journal, circles, List.of(), TODAY, ZoneOffset.UTC, false);

        int anna = d.slot("anna");
        int fritz = d.slot("fritz");
        int max = d.slot("max");
        for (String name : List.of("ben", "clara", "david", "eva")) {
            assertEquals(d.circle(anna), d.circle(d.slot(name)), name + " is in Anna's circle");
        }
        for (String name : List.of("greta", "hans", "ida", "jan")) {
            assertEquals(d.circle(fritz), d.circle(d.slot(name)), name + " is in Fritz's circle");
        }
        assertNotEquals(d.circle(anna), d.circle(fritz), "two circles");

        assertTrue(d.isBridge(max), "Max joins the two circles");
        assertEquals(max, d.bridges().getFirst().slot(), "and is the leading bridge");
        for (String name : List.of("ben", "clara", "david", "eva", "greta", "hans", "ida", "jan")) {
            assertFalse(d.isBridge(d.slot(name)), name + " knows only their own circle");
        }
        String why = SidePanel.bridgeSentence(d, d.bridgeOf(max));
        assertTrue(why.startsWith("Max connects "), why);
        assertTrue(why.contains(NetworkViewModel.circleName(d.circleInfo(d.circle(anna))))
                && why.contains(NetworkViewModel.circleName(d.circleInfo(d.circle(fritz)))), why);
    }
}
