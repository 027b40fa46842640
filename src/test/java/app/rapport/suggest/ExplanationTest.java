package app.rapport.suggest;

import static app.rapport.suggest.Journals.TODAY;
import static app.rapport.suggest.Journals.journal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void twoWhoBothLookForWhatBothOfferAreToldSoOnce() {
        IntroductionEngine engine = journal()
                .person("a", "Anna", "", "b2b sales contacts", "b2b sales contacts")
                .person("b", "Ben", "", "B2B sales contacts", "b2b sales contacts")
                .engine();
        assertEquals("Anna and Ben can help each other with b2b sales contacts.",
                engine.top(1, TODAY, Locale.ENGLISH).getFirst().reason());
        assertEquals("Anna und Ben können einander bei b2b sales contacts helfen.",
                engine.top(1, TODAY, Locale.GERMAN).getFirst().reason());
    }

    @Test
    void twoWhoLookForTheSameAndOfferItInTheirOwnWordsAreToldSoOnceToo() {
        IntroductionEngine engine = journal()
                .person("a", "Anna", "", "B2B sales contacts in Berlin", "b2b sales contacts")
                .person("b", "Ben", "", "B2B sales contacts in Köln", "b2b sales contacts")
                .engine();
        assertEquals("Anna and Ben can help each other with b2b sales contacts.",
                engine.top(1, TODAY, Locale.ENGLISH).getFirst().reason());
    }

    @Test
    void oneSentenceInEnglishNamesWhatOneSeeksAndTheOtherOffersAndWhatTheyShare() {
        Suggestion s = journal()
                .person("c1", "Ben Vogel", "circular economy", "Seed Funding", "")
                .person("c2", "Anna Schmidt", "Circular-Economy", "", "seed funding")
                .engine().top(1, TODAY, Locale.ENGLISH).getFirst();

        assertEquals("Anna Schmidt is looking for seed funding, which Ben Vogel offers; "
                + "both care about circular economy.", s.reason());
        assertEquals("c2", s.a().id()); // the seeker is named first
    }

    @Test
    void oneSentenceInGerman() {
        Suggestion s = journal()
                .person("c1", "Anna Schmidt", "Kreislaufwirtschaft", "", "Finanzierung")
                .person("c2", "Ben Vogel", "Kreislauf-Wirtschaft", "Finanzierungen", "")
                .engine().top(1, TODAY, Locale.GERMAN).getFirst();

        assertEquals("Anna Schmidt sucht Finanzierung, und Ben Vogel bietet Finanzierungen; "
                + "beide interessieren sich für Kreislaufwirtschaft.", s.reason());
    }

    @Test
    void aMatchBothWaysIsSaidSo() {
        IntroductionEngine engine = journal()
                .person("c1", "Anna", "", "B2B sales contacts", "seed funding")
                .person("c2", "Ben", "", "seed funding", "B2B sales contacts")
                .engine();
        assertEquals("Anna is looking for seed funding and Ben for B2B sales contacts, "
                + "and each offers what the other needs.", engine.top(1, TODAY, Locale.ENGLISH).getFirst().reason());
        assertEquals("Anna sucht seed funding, Ben sucht B2B sales contacts, und jeder bietet, was der andere braucht.",
                engine.top(1, TODAY, Locale.GERMAN).getFirst().reason());
    }

    @Test
    void sharedInterestsAloneLeadTheSentenceAndMutualAcquaintancesFollow() {
        IntroductionEngine engine = journal()
                .person("c1", "Anna", "jazz, beekeeping", "", "")
                .person("c2", "Ben", "Jazz, Beekeeping", "", "")
                .person("c3", "Carla", "jazz", "", "")
                .person("m", "Mia", "", "", "")
                .tie("c1", "m").tie("c2", "m")
                .engine();
        Suggestion s = engine.top(1, TODAY, Locale.ENGLISH).getFirst();
        // The rarer interest first.
        assertEquals("Anna and Ben both care about beekeeping and jazz; both know Mia.", s.reason());
        assertEquals("Anna und Ben interessieren sich beide für beekeeping und jazz; beide kennen Mia.",
                engine.top(1, TODAY, Locale.GERMAN).getFirst().reason());
        assertTrue(s.why().stream().anyMatch(r -> r.text().startsWith("Both know Mia (")), s.why().toString());
    }

    @Test
    void theWhyNamesEachReasonWithItsWeightStrongestFirst() {
        Suggestion s = journal()
                .person("c1", "Anna", "jazz, chess", "", "mentoring")
                .person("c2", "Ben", "jazz, chess", "mentoring", "")
                .person("c3", "Carla", "jazz", "", "")
                .met("c1", 10, 5).met("c1", 40, 4).met("c1", 70, 5).met("c1", 100, 4)
                .engine().top(1, TODAY, Locale.ENGLISH).getFirst();
        List<Reason> why = s.why();
        assertEquals(Reason.Kind.SEEKS_OFFERS, why.get(0).kind());
        assertEquals("Anna is looking for mentoring, which Ben offers", why.get(0).text());
        assertEquals(Reason.Kind.SHARED_INTEREST, why.get(1).kind());
        assertEquals("Both care about chess (2 of your contacts have this interest)", why.get(1).text());
        // Jazz, which all three share, singles the two out less than chess: it comes later, weighing less.
        Reason jazz = why.stream().filter(r -> r.text().equals("Both care about jazz (3 of your contacts have this interest)"))
                .findFirst().orElseThrow(() -> new AssertionError(why.toString()));
        assertTrue(why.indexOf(jazz) > 1 && why.get(1).weight() > jazz.weight(), why.toString());
        Reason known = why.stream().filter(r -> r.kind() == Reason.Kind.ACQUAINTANCE).findFirst().orElseThrow();
        assertEquals("You know Anna well and Ben hardly; the one you know less bounds the score", known.text());
        assertEquals(Acquaintance.FLOOR, known.weight(), 1e-12);
    }

    @Test
    void oneContactsBestPartnersAndOnePairOnRequest() {
        IntroductionEngine engine = journal()
                .person("c1", "Anna", "jazz", "", "mentoring")
                .person("c2", "Ben", "", "mentoring", "")
                .person("c3", "Carla", "jazz", "", "")
                .person("c4", "Dirk", "chess", "", "")
                .engine();
        List<Suggestion> forAnna = engine.suggestionsFor("c1", 5, TODAY, Locale.ENGLISH);
        assertEquals(List.of("c1+c2", "c1+c3"), Journals.pairs(forAnna));
        assertTrue(engine.explain("c3", "c1", TODAY, Locale.ENGLISH).isPresent());
        assertTrue(engine.explain("c1", "c4", TODAY, Locale.ENGLISH).isEmpty());
    }

    @Test
    void bothLanguagesHaveEveryText() throws IOException {
        Properties english = load("explanations.properties");
        Properties german = load("explanations_de.properties");
        assertEquals(english.stringPropertyNames(), german.stringPropertyNames());
        assertTrue(load("explanations_en.properties").isEmpty());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Explainer.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
