package app.rapport.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagKeysTest {

    @ParameterizedTest(name = "{0} meets {1}")
    @CsvSource(delimiter = '|', value = {
        "Finanzierung | Finanzierungen",
        "Seed-Finanzierung | Seed Finanzierungen",
        "investor | investors",
        "Investor | Investoren",
        "Start-up | Startups",
        "Start-ups | start up",
        "startup | STARTUPS",
        "circular economy | Circular-Economies",
        "Kreislaufwirtschaft | Kreislauf-Wirtschaft",
        "Gründer | Gruender",
        "Gründerin | Gründerinnen",
        "Gründer | Gründern",
        "nachhaltige Mode | nachhaltiger Mode",
        "nachhaltiges Bauen | Nachhaltiges  bauen",
        "digitale Bildung | Digitaler Bildung",
        "E-Commerce | eCommerce",
        "Open Source | open-source",
        "company | companies",
        "business | businesses",
        "Kunde | Kunden",
        "Unternehmen | Unternehmens",
        "Lösung | Lösungen",
        "coach | coaches",
        "Social Media | social-media",
        "Café | cafe",
    })
    void inflectionsAndSpellingsOfTheSameTopicMeet(String one, String other) {
        assertEquals(TagKeys.of(one), TagKeys.of(other));
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource(delimiter = '|', value = {
        "marketing | market",
        "AI | API",
        "Gründer | Gründung",
        "finance | financing",
        "C | C++",
        "Java | JavaScript",
        "design | designer",
        "business | bus",
    })
    void differentTopicsStayApart(String one, String other) {
        assertNotEquals(TagKeys.of(one), TagKeys.of(other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"' '", "'-'", "'  --  '"})
    void aTagWithoutLettersHasNoKey(String tag) {
        assertEquals("", TagKeys.of(tag));
    }
}
