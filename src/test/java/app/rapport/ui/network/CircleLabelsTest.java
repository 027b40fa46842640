package app.rapport.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Circle labels on a journal a reader can check by hand. Three circles of four:
 * <ul>
 * <li>circle 0: all four like startups and venture capital, three of them fintech;</li>
 * <li>circle 1: all four like startups and venture capital too, three of them biotech;</li>
 * <li>circle 2: all four work at Acme, two of them like chess.</li>
 * </ul>
 * Labelled each on its own, circles 0 and 1 would both read "startups · venture capital". Told
 * apart, each is named by what only it has: fintech, biotech; circle 2 by Acme (an organisation
 * names a circle alone); and no word stands in two labels.
 */
class CircleLabelsTest {

    private static final List<Integer> ORDER = List.of(0, 1, 2);

    private static Contact person(String name, String organisation, String... interests) {
        return Contact.builder(name).id(name.toLowerCase()).organization(organisation).interests(List.of(interests)).build();
    }

    @Test
    void circlesAlikeAreToldApartByWhatOnlyTheyHave() {
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(i < 3 ? person("A" + i, null, "startups", "venture capital", "fintech")
                    : person("A" + i, null, "startups", "venture capital"));
        }
        for (int i = 0; i < 4; i++) {
            people.add(i < 3 ? person("B" + i, null, "startups", "Venture Capital", "biotech")
                    : person("B" + i, null, "startups", "venture capital"));
        }
        for (int i = 0; i < 4; i++) {
            people.add(i < 2 ? person("C" + i, "Acme", "chess") : person("C" + i, "Acme"));
        }
        int[] circle = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};

        Map<Integer, String> labels = CircleLabels.of(people, circle, ORDER);

        assertTrue(labels.get(0).startsWith("fintech"), labels.toString());
        assertTrue(labels.get(1).startsWith("biotech"), labels.toString());
        assertEquals("Acme", labels.get(2), labels.toString());
        // Startups and venture capital tell 0 from 2 and 1 from 2: one of the two alike circles may
        // carry each as its second word, never both.
        List<String> words = new ArrayList<>();
        for (String label : labels.values()) {
            for (String w : label.split(" · ")) {
                assertFalse(words.contains(w.toLowerCase()), w + " stands in two labels: " + labels);
                words.add(w.toLowerCase());
            }
        }
    }

    @Test
    void aCircleWithNothingOfItsOwnStaysUnnamed() {
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(person("P" + i, null, "hiking"));
        }
        int[] circle = {0, 0, 0, 1, 1, 1};

        Map<Integer, String> labels = CircleLabels.of(people, circle, List.of(0, 1));

        assertNull(labels.get(0), "hiking is everyone's: " + labels);
        assertNull(labels.get(1), "hiking is everyone's: " + labels);
    }

    @Test
    void aTermGoesToTheCircleWhereItSaysMost() {
        List<Contact> people = new ArrayList<>();
        // Open science: all five of circle 0, one of circle 1 (and circle 1 has its own word).
        for (int i = 0; i < 5; i++) {
            people.add(person("A" + i, null, "open science"));
        }
        people.add(person("B0", null, "open science", "rowing"));
        people.add(person("B1", null, "rowing"));
        people.add(person("B2", null, "rowing"));
        people.add(person("B3", null, "rowing"));
        people.add(person("C0", null, "open science"));
        people.add(person("C1", null, "open science"));
        people.add(person("C2", null));
        int[] circle = {0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2};

        Map<Integer, String> labels = CircleLabels.of(people, circle, ORDER);

        assertEquals("open science", labels.get(0), labels.toString());
        assertEquals("rowing", labels.get(1), labels.toString());
        assertNull(labels.get(2), "open science is circle 0's: " + labels);
    }

    @Test
    void distinctivenessIsNothingForWhatEveryoneHasAndMostForWhatOnlyTheyHave() {
        assertTrue(CircleLabels.distinctiveness(4, 4, 8, 8) <= 0, "everyone has it");
        assertTrue(CircleLabels.distinctiveness(4, 4, 0, 8) > CircleLabels.distinctiveness(4, 4, 2, 8));
        assertTrue(CircleLabels.distinctiveness(4, 4, 0, 8) > CircleLabels.distinctiveness(2, 4, 0, 8));
    }
}
