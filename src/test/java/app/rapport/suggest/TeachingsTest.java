package app.rapport.suggest;

import static app.rapport.suggest.Journals.TODAY;
import static app.rapport.suggest.Journals.journal;
import static app.rapport.suggest.Journals.pair;
import static app.rapport.suggest.Journals.pairs;
import static app.rapport.suggest.Journals.top;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.EncounterKind;
import app.rapport.journal.Introduction;
import app.rapport.journal.Journal.ContactPair;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Teachings;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the user teaches the engine: who does not know whom, which words mean the same, a reset of what it learned. */
class TeachingsTest {

    private static Journals colleagues() {
        return journal()
                .person(Journals.contact("a", "Anna", "", "", "UX Design").organization("Acme GmbH"))
                .person(Journals.contact("b", "Ben", "", "UX Design", "").organization("Acme GmbH"))
                .person(Journals.contact("c", "Clara", "", "", "").organization("Pixelwerk"));
    }

    @Test
    void colleaguesTheUserSaysDoNotKnowEachOtherAreSuggestedAtOnce() {
        IntroductionEngine engine = colleagues().engine();
        assertFalse(pairs(top(engine, 10)).contains("a+b"), "colleagues are taken to know each other");

        engine.setStrangers(Set.of(ContactPair.of("b", "a")));
        assertEquals("a+b", pair(top(engine, 10).getFirst()));

        engine.setStrangers(Set.of());
        assertFalse(pairs(top(engine, 10)).contains("a+b"), "the Undo puts them back among those who know each other");
    }

    @Test
    void strangersStoredWithTheJournalCountFromTheStart() {
        JournalSnapshot journal = colleagues().build()
                .withTeachings(new Teachings(Set.of(ContactPair.of("a", "b")), List.of(), null));
        assertEquals("a+b", pair(top(IntroductionEngine.of(journal), 10).getFirst()));
    }

    @Test
    void peopleWhoWereAtOneMeetingButDoNotKnowEachOtherAreSuggested() {
        Journals j = journal()
                .person("a", "Anna", "", "", "Videoproduktion")
                .person("b", "Ben", "", "Videoproduktion", "")
                .metTogether(10, EncounterKind.MEETING, "Town hall with 40 people", "a", "b");
        IntroductionEngine engine = j.engine();
        assertTrue(top(engine, 10).isEmpty());
        engine.setStrangers(Set.of(ContactPair.of("a", "b")));
        assertEquals(List.of("a+b"), pairs(top(engine, 10)));
    }

    @Test
    void wordsTheUserTreatsAsTheSameMatchAtOnce() {
        Journals j = journal()
                .person("s", "Sara", "", "", "Kaltakquise")
                .person("o", "Omar", "", "Leadgenerierung", "")
                .person("z", "Zoe", "", "", "");
        IntroductionEngine engine = j.engine();
        assertTrue(top(engine, 10).stream().allMatch(x -> x.why().stream()
                .noneMatch(r -> r.kind() == Reason.Kind.SEEKS_OFFERS)), "two words nobody joined yet");

        engine.teach(Teachings.NONE.withWords(new Teachings.WordPair("Leadgenerierung", "Kaltakquise", true)));
        Suggestion first = top(engine, 10).getFirst();
        assertEquals("o+s", pair(first));
        assertTrue(first.reason().contains("Kaltakquise") && first.reason().contains("Leadgenerierung"), first.reason());
    }

    @Test
    void tagsTheUserKeepsApartNoLongerMeetButStillMeetOthers() {
        Journals j = journal()
                .person("s", "Sara", "", "", "Startkapital")
                .person("o", "Omar", "", "investiert in Start-ups", "")
                .person("p", "Pia", "", "Startkapital", "")
                .person("m", "Mia", "Machine Learning", "", "")
                .person("v", "Vic", "Machine Vision", "", "");
        IntroductionEngine engine = j.engine();
        List<Suggestion> before = top(engine, 10);
        assertTrue(seeksOffers(before, "o+s"), before.toString());
        assertTrue(seeksOffers(before, "p+s"), before.toString());
        assertTrue(pairs(before).indexOf("m+v") >= 0 && before.get(pairs(before).indexOf("m+v")).why().stream()
                .anyMatch(r -> r.kind() == Reason.Kind.SHARED_INTEREST), before.toString());

        engine.teach(Teachings.NONE.withWords(new Teachings.WordPair("Startkapital", "investiert in Start-ups", false))
                .withWords(new Teachings.WordPair("Machine Vision", "Machine Learning", false)));
        List<Suggestion> after = top(engine, 10);
        assertFalse(seeksOffers(after, "o+s"), after.toString());
        assertTrue(seeksOffers(after, "p+s"), "Startkapital still meets Startkapital: " + after);
        assertTrue(after.stream().filter(x -> pair(x).equals("m+v")).allMatch(x -> x.why().stream()
                .noneMatch(r -> r.kind() == Reason.Kind.SHARED_INTEREST)), after.toString());
    }

    private static boolean seeksOffers(List<Suggestion> list, String pair) {
        return list.stream().filter(x -> pair(x).equals(pair))
                .anyMatch(x -> x.why().stream().anyMatch(r -> r.kind() == Reason.Kind.SEEKS_OFFERS));
    }

    @Test
    void aResetForgetsWhatWasLearnedButTheDismissedPairsStayAway() {
        Journals j = journal();
        String[] topics = {"jazz", "chess", "sailing", "pottery"};
        for (int i = 0; i < topics.length; i++) {
            j.person("i" + i + "a", "Int " + i + "a", topics[i], "", "")
                    .person("i" + i + "b", "Int " + i + "b", topics[i], "", "");
        }
        IntroductionEngine engine = IntroductionEngine.of(j.build(), Feedback.none());
        assertEquals(List.of(), engine.lessons(TODAY));
        for (int i = 0; i < 3; i++) {
            engine.saveIntroduction(Introduction.dismissal("i" + i + "a", "i" + i + "b",
                    Instant.parse("2026-11-01T00:00:00Z"), null, null));
        }
        List<Lesson> lessons = engine.lessons(TODAY);
        assertEquals(1, lessons.size(), lessons.toString());
        assertEquals(Lesson.Kind.SHARED_INTERESTS, lessons.getFirst().kind());
        assertEquals(3, lessons.getFirst().dismissed());
        assertTrue(lessons.getFirst().countsLess());
        double learnedScore = score(engine, "i3a+i3b");

        engine.setLearnFrom(Instant.parse("2026-11-02T00:00:00Z"));
        assertEquals(List.of(), engine.lessons(TODAY));
        assertTrue(score(engine, "i3a+i3b") > learnedScore, "the pair counts as much as before the dismissals");
        List<String> list = pairs(top(engine, 10));
        assertEquals(List.of("i3a+i3b"), list, "the dismissed pairs stay away");

        // Decisions after the reset are learned from again.
        engine.saveIntroduction(Introduction.dismissal("i3a", "i3b", Instant.parse("2026-11-03T00:00:00Z"), null, null));
        engine.saveIntroduction(Introduction.dismissal("i0a", "i0b", Instant.parse("2026-11-03T00:00:00Z"), null, null));
        assertEquals(2, engine.lessons(TODAY).getFirst().dismissed());
    }

    private static double score(IntroductionEngine engine, String pair) {
        return top(engine, 10).stream().filter(s -> pair(s).equals(pair)).findFirst().orElseThrow().score();
    }
}
