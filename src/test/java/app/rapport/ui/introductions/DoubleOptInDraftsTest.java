package app.rapport.ui.introductions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Introduction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The double opt-in drafts name both people, say why, and come in German and English. */
class DoubleOptInDraftsTest {

    static final Contact ANNA = Contact.builder("Anna Schmidt").id("a").role("Founder").organization("Kreislauf GmbH")
            .interests(List.of("Circular Economy", "sailing")).seeks(List.of("seed funding")).offers(List.of("marketplace design"))
            .build();
    static final Contact BEN = Contact.builder("Ben Müller").id("b").interests(List.of("circular economy"))
            .offers(List.of("Seed Funding")).seeks(List.of("marketplace design")).build();

    @Test
    void englishDraftsAskEachAndThenIntroduceBoth() {
        Introduction.Drafts d = DoubleOptInDrafts.write(ANNA, BEN, "en");
        assertEquals("en", d.language());
        assertTrue(d.toA().startsWith("Hi Anna,\n\nI know someone you might like to meet: Ben Müller."), d.toA());
        // Written to Anna: "you", never her own name in the third person.
        assertTrue(d.toA().contains("Ben offers seed funding, which you are looking for."), d.toA());
        assertFalse(d.toA().contains("Anna is looking"), d.toA());
        assertTrue(d.toA().contains(". In turn, Ben is looking for marketplace design, which you offer."), "both ways: " + d.toA());
        assertTrue(d.toA().contains("Like you, Ben cares about Circular Economy."), d.toA());
        assertTrue(d.introduction().contains("You both care about Circular Economy."), d.introduction());
        assertTrue(d.introduction().contains("Ben offers seed funding, just what Anna is looking for."), d.introduction());
        assertFalse(d.toA().contains("sailing"), "only shared interests");
        assertTrue(d.toB().startsWith("Hi Ben,\n\nI know someone you might like to meet: Anna Schmidt (Founder at Kreislauf GmbH)."),
                d.toB());
        assertTrue(d.toB().contains("Would you like me to introduce you to Anna?"), d.toB());
        assertTrue(d.introduction().startsWith("Hi Anna, hi Ben,"), d.introduction());
        assertTrue(d.introduction().contains("– Anna Schmidt: Founder at Kreislauf GmbH"), d.introduction());
        assertTrue(d.introduction().contains("– Ben Müller\n"), d.introduction());
    }

    @Test
    void germanDraftsSayTheSameInGerman() {
        Introduction.Drafts d = DoubleOptInDrafts.write(ANNA, BEN, "de");
        assertEquals("de", d.language());
        assertTrue(d.toA().startsWith("Hallo Anna,\n\nich kenne jemanden, den du vielleicht gern kennenlernen würdest: Ben Müller."),
                d.toA());
        assertTrue(d.toB().contains("Anna Schmidt (Founder bei Kreislauf GmbH)"), d.toB());
        assertTrue(d.toA().contains("Wie du interessiert sich Ben für Circular Economy."), d.toA());
        assertTrue(d.toA().contains("Ben bietet seed funding – genau das, was du suchst."), d.toA());
        assertTrue(d.introduction().contains("Ihr interessiert euch beide für Circular Economy."), d.introduction());
        assertTrue(d.introduction().startsWith("Hallo Anna, hallo Ben,"), d.introduction());
        assertEquals("Magst du Ben Müller kennenlernen?", DoubleOptInDrafts.subject("de", ANNA, BEN, false));
        assertEquals("Introduction: Anna and Ben", DoubleOptInDrafts.subject("en", ANNA, BEN, true));
    }
}
