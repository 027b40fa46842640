package app.rapport.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The map's layout: the same journal gives the same picture, and a new person does not reshuffle it. */
class NetworkLayoutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** Four groups of 15 who know each other well, and a few ties between groups. */
    private static JournalSnapshot groups(int extra, long seed) {
        Random r = new Random(seed);
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < 60 + extra; i++) {
            people.add(Contact.builder("Person " + i).id(String.format("c%03d", i)).build());
        }
        List<Tie> ties = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < 15; i++) {
                for (int j = i + 1; j < 15; j++) {
                    if (r.nextInt(3) == 0) {
                        ties.add(Tie.of(people.get(g * 15 + i).id(), people.get(g * 15 + j).id()));
                    }
                }
            }
        }
        ties.add(Tie.of("c000", "c015"));
        ties.add(Tie.of("c016", "c030"));
        ties.add(Tie.of("c031", "c045"));
        for (int i = 0; i < extra; i++) {
            ties.add(Tie.of(people.get(60 + i).id(), "c00" + (i % 10)));
        }
        return new JournalSnapshot(people, ties, List.of());
    }

    private static NetworkData data(JournalSnapshot s) {
        return NetworkData.of(s, Map.of(), List.of(), TODAY, ZoneOffset.UTC, false);
    }

    private static Map<String, double[]> laidOut(NetworkData d, ForceLayout layout) {
        layout.settle();
        Map<String, double[]> at = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            at.put(d.person(i).id(), new double[] {layout.xs()[i], layout.ys()[i]});
        }
        return at;
    }

    @Test
    void theSameJournalGivesTheSamePictureWhateverOrderItIsReadIn() {
        JournalSnapshot s = groups(0, 1);
        List<Contact> shuffledPeople = new ArrayList<>(s.contacts());
        List<Tie> shuffledTies = new ArrayList<>(s.ties());
        Collections.shuffle(shuffledPeople, new Random(5));
        Collections.shuffle(shuffledTies, new Random(6));
        NetworkData first = data(s);
        NetworkData second = data(new JournalSnapshot(shuffledPeople, shuffledTies, List.of()));
        Map<String, double[]> a = laidOut(first, first.freshLayout());
        Map<String, double[]> b = laidOut(second, second.freshLayout());
        for (String id : a.keySet()) {
            assertArrayEquals(a.get(id), b.get(id), 0.0, id);
        }
    }

    @Test
    void peopleWhoKnowEachOtherEndUpCloserThanStrangers() {
        NetworkData d = data(groups(0, 2));
        ForceLayout layout = d.freshLayout();
        layout.settle();
        double within = 0;
        double across = 0;
        int w = 0;
        int c = 0;
        for (int i = 0; i < 60; i++) {
            for (int j = i + 1; j < 60; j++) {
                double dx = layout.xs()[i] - layout.xs()[j];
                double dy = layout.ys()[i] - layout.ys()[j];
                double dist = Math.sqrt(dx * dx + dy * dy);
                if (i / 15 == j / 15) {
                    within += dist;
                    w++;
                } else {
                    across += dist;
                    c++;
                }
            }
        }
        assertTrue(within / w * 2 < across / c, "groups stay together: " + within / w + " vs " + across / c);
    }

    @Test
    void aNewPersonFindsAPlaceWithoutReshufflingEveryone() {
        NetworkData before = data(groups(0, 3));
        Map<String, double[]> was = laidOut(before, before.freshLayout());
        NetworkData after = data(groups(1, 3));
        ForceLayout continued = after.continuedLayout(was);
        Map<String, double[]> now = laidOut(after, continued);
        double extent = 0;
        List<Double> moves = new ArrayList<>();
        for (Map.Entry<String, double[]> e : was.entrySet()) {
            double[] p = now.get(e.getKey());
            moves.add(Math.hypot(p[0] - e.getValue()[0], p[1] - e.getValue()[1]));
            extent = Math.max(extent, Math.hypot(e.getValue()[0], e.getValue()[1]));
        }
        Collections.sort(moves);
        double median = moves.get(moves.size() / 2);
        assertTrue(median < ForceLayout.SPACING, "most people stay where they were: median move " + median);
        // The newcomer is tied to c000 and lands near it.
        double[] newcomer = now.get("c060");
        double[] anchor = now.get("c000");
        assertTrue(Math.hypot(newcomer[0] - anchor[0], newcomer[1] - anchor[1]) < 3 * ForceLayout.SPACING);
        // A fresh layout of the same network would move people much further.
        assertTrue(extent > 3 * ForceLayout.SPACING);
    }

    @Test
    void progressiveStepsEndWhereOneRunEnds() {
        NetworkData d = data(groups(0, 4));
        ForceLayout once = d.freshLayout();
        once.settle();
        ForceLayout chunked = d.freshLayout();
        while (!chunked.run(7)) {
            // the screen publishes a picture between chunks
        }
        assertArrayEquals(once.xs(), chunked.xs(), 0.0);
        assertArrayEquals(once.ys(), chunked.ys(), 0.0);
        assertEquals(ForceLayout.stepsFor(60), chunked.steps());
    }
}
