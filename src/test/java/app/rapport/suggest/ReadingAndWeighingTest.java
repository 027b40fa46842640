package app.rapport.suggest;

import static app.rapport.suggest.Journals.journal;
import static app.rapport.suggest.Journals.pairs;
import static app.rapport.suggest.Journals.top;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the engine reads tags (stop words, hyphenated prefixes, compounds, how much of a tag a
 * concept stands for) and weighs matches (rare on both sides counts most), on journals small
 * enough to check by hand.
 */
class ReadingAndWeighingTest {

    @Test
    void stopWordsComeFromLuceneButWordsThatCarrySenseStay() {
        assertEquals(List.of("kontakte", "kliniken"), Words.of("Kontakte zu den Kliniken"));
        assertEquals(List.of("beratung"), Words.of("jemand für die Beratung beim Umzug").subList(0, 1));
        assertEquals(List.of("it", "beratung"), Words.of("IT-Beratung"), "IT is a word here");
        assertEquals(List.of("start", "up"), Words.of("Start-up"));
        assertEquals(List.of("us", "market"), Words.of("the US market"));
    }

    @Test
    void aLoneLetterBeforeAHyphenIsPartOfTheWord() {
        assertEquals(List.of("elearning"), Words.of("E-Learning"));
        assertEquals(List.of("emobilitat"), Words.of("E-Mobilität"));
        assertEquals(List.of("qlearning", "experts"), Words.of("Q-learning experts"));
    }

    @Test
    void aTermNeedsTheWordsThatGiveItItsSense() {
        // "New Work" is a concept; a coding workshop is not about it, though it holds "work".
        Lexicon lexicon = new Lexicon(ConceptList.shipped(), List.of("Coding-Workshop", "Work", "New Work"), List.of());
        int newWork = conceptId(lexicon, "new-work");
        assertTrue(contains(lexicon.tag("New Work").concepts(), newWork));
        assertFalse(contains(lexicon.tag("Coding-Workshop für unsere Schule").concepts(), newWork));
        assertFalse(contains(lexicon.tag("work-life balance").concepts(), newWork));
    }

    @Test
    void numbersInATermAreNeededToo() {
        Lexicon lexicon = new Lexicon(ConceptList.shipped(), List.of("Industrie 4.0", "food industry"), List.of());
        int automation = conceptId(lexicon, "industrial-automation");
        assertTrue(contains(lexicon.tag("Industrie 4.0").concepts(), automation));
        assertTrue(contains(lexicon.tag("Industry 4.0 consulting").concepts(), automation));
        assertFalse(contains(lexicon.tag("food industry").concepts(), automation));
        assertEquals(List.of("industrie"), Words.of("Industrie 4.0"), "a number is no topic of its own");
    }

    @Test
    void aCompoundsPartsAreWordsNotShortStems() {
        Lexicon lexicon = new Lexicon(ConceptList.shipped(), List.of("cat", "certificate"), List.of());
        assertEquals(null, lexicon.split("certificate"));
    }

    @Test
    void englishEndingsAreNotTheTailsOfCompounds() {
        Lexicon lexicon = new Lexicon(ConceptList.shipped(), List.of("leadership", "leader", "ship", "Videoproduktion",
                "Video", "Produktion"), List.of());
        assertEquals(null, lexicon.split("leadership"));
        assertEquals(List.of("video", "produktion"), lexicon.split("videoproduktion"));
    }

    @Test
    void aConceptCountsForTheShareOfTheTagItStandsFor() {
        Lexicon lexicon = new Lexicon(ConceptList.shipped(), List.of(), List.of());
        int leadership = conceptId(lexicon, "leadership");
        Lexicon.Tag whole = lexicon.tag("Leadership");
        Lexicon.Tag part = lexicon.tag("book recommendations on leadership");
        assertEquals(1f, whole.coverage()[index(whole.concepts(), leadership)]);
        assertEquals(1f / 3, part.coverage()[index(part.concepts(), leadership)], 1e-6);
    }

    @Test
    void aWholeMatchInOtherWordsOutranksAPartialOne() {
        List<String> list = pairs(top(journal()
                .person("v", "Vera", "", "", "Vertrieb")
                .person("s", "Sam", "", "B2B sales", "")
                .person("r", "Rita", "", "", "book recommendations on leadership")
                .person("l", "Lea", "", "remote leadership experience", "")
                .engine(), 10));
        assertEquals("s+v", list.getFirst(), list.toString());
        assertTrue(list.indexOf("l+r") > 0, list.toString());
    }

    @Test
    void aMatchIsRareWhenFewHaveTheNeedAsWellAsWhenFewCanMeetIt() {
        // One seeks a patent attorney and three are one; six seek mentoring and two offer it.
        // Fewer can meet mentoring, but so many need it that a mentoring pair is no find.
        Journals j = journal().person("p", "Paula", "", "", "Patentanwalt");
        for (int i = 0; i < 3; i++) {
            j.person("a" + i, "Attorney " + i, "", "patent attorney", "");
        }
        for (int i = 0; i < 6; i++) {
            j.person("s" + i, "Seeker " + i, "", "", "Mentoring");
        }
        j.person("m0", "Mentor 0", "", "Mentoring", "").person("m1", "Mentor 1", "", "Mentoring", "");
        for (int i = 0; i < 28; i++) {
            j.person("x" + i, "Other " + i, "", "", "");
        }
        Model m = j.engine().model(Journals.TODAY);
        double patents = m.offerWeight[conceptId(m.lexicon, "intellectual-property")];
        double mentoring = m.offerWeight[conceptId(m.lexicon, "mentoring")];
        assertTrue(patents > mentoring, "patents " + patents + ", mentoring " + mentoring);
        String first = Journals.pair(top(j.engine(), 1).getFirst());
        assertTrue(first.matches("a\\d\\+p"), first);
    }

    @Test
    void whereTooFewPeopleMakeAVariedListTheRestFollowInOrderOfRank() {
        // Five people who all like jazz make ten pairs: each person is in four, one topic in all.
        Journals j = journal();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            j.person(id, "Person " + id, "Jazz", "", "");
        }
        j.person("f", "Fritz", "Schach", "", "").person("g", "Greta", "Schach", "", "");
        List<String> list = pairs(top(j.engine(), 12));
        assertEquals(11, list.size(), list.toString());
        // The first ten still as varied as can be: the chess pair comes before the fourth jazz pair.
        assertTrue(list.indexOf("f+g") < 4, list.toString());
    }

    @Test
    void pairsWithoutAReasonOnlyStandInForAnEmptyList() {
        List<String> some = pairs(top(journal()
                .person("a", "Anna", "", "", "Steuerberatung")
                .person("b", "Ben", "", "Steuerberatung", "")
                .person("c", "Carla", "", "", "")
                .person("d", "Dana", "", "", "")
                .engine(), 10));
        assertEquals(List.of("a+b"), some);
        List<String> none = pairs(top(journal()
                .person("c", "Carla", "", "", "")
                .person("d", "Dana", "", "", "")
                .person("e", "Emil", "", "", "")
                .engine(), 10));
        assertEquals(3, none.size(), none.toString());
    }

    @Test
    void aNeedMetCountsThoughTheUserHardlyKnowsTheTwo() {
        // Paula and Anton are in the journal, never met since; Jana and Jonas are lunch regulars
        // who both like jazz, as do Karl and Kim, whom the user hardly knows either.
        Journals j = journal()
                .person("p", "Paula", "", "", "Patentanwalt gesucht")
                .person("a", "Anton", "", "patent attorney", "")
                .person("j1", "Jana", "Jazz", "", "")
                .person("j2", "Jonas", "Jazz", "", "")
                .person("k1", "Karl", "Jazz", "", "")
                .person("k2", "Kim", "Jazz", "", "");
        for (int i = 0; i < 6; i++) {
            j.met("j1", 10 + 30 * i, 5).met("j2", 20 + 30 * i, 5);
        }
        for (int i = 0; i < 30; i++) {
            j.person("x" + i, "Other " + i, "", "", "");
        }
        List<String> list = pairs(top(j.engine(), 10));
        // A need met, in the two's own words, outweighs a guess from what the user knows well ...
        assertEquals("a+p", list.getFirst(), list.toString());
        // ... while a shared interest is worth as much as the user knows of the two.
        assertTrue(list.indexOf("j1+j2") >= 0 && list.indexOf("j1+j2") < list.indexOf("k1+k2"), list.toString());
    }

    private static int conceptId(Lexicon lexicon, String name) {
        for (int i = 0; i < lexicon.conceptCount(); i++) {
            if (lexicon.conceptName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no concept " + name);
    }

    private static boolean contains(int[] sorted, int id) {
        return java.util.Arrays.binarySearch(sorted, id) >= 0;
    }

    private static int index(int[] sorted, int id) {
        int at = java.util.Arrays.binarySearch(sorted, id);
        assertTrue(at >= 0, "the tag belongs to the concept");
        return at;
    }
}
