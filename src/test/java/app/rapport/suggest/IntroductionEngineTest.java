package app.rapport.suggest;

import static app.rapport.suggest.Journals.TODAY;
import static app.rapport.suggest.Journals.journal;
import static app.rapport.suggest.Journals.pair;
import static app.rapport.suggest.Journals.pairs;
import static app.rapport.suggest.Journals.top;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntroductionEngineTest {

    // Who already knows whom

    @Test
    void twoPeopleWhoHadLunchTogetherAreNeverSuggested() {
        Journals j = journal()
                .person("j", "Jürgen Müller", "Nachhaltigkeit", "Steuerberatung", "Startkapital")
                .person("a", "Anna Schröder", "Nachhaltigkeit", "Startkapital", "Steuerberatung")
                .person("b", "Ben Vogel", "Jazz", "", "Steuerberatung");
        assertEquals("a+j", pair(top(j.engine(), 1).getFirst())); // a perfect pair, while they have not met

        j.metTogether(3, EncounterKind.MEAL, "Lunch", "j", "a");
        List<String> list = pairs(top(j.engine(), 10));
        assertFalse(list.contains("a+j"), list.toString());
        assertEquals(List.of("b+j"), list); // Jürgen still offers the tax advice Ben looks for
    }

    @Test
    void peopleOnOneCallKnowEachOtherButPeopleAtOneEventDoNot() {
        Journals j = journal()
                .person("a", "Anna", "", "", "Videoproduktion")
                .person("b", "Ben", "", "Videoproduktion", "")
                .person("c", "Clara", "", "Videoproduktion", "")
                .metTogether(10, EncounterKind.VIDEO, "Weekly sync", "a", "b")
                .event("ev", "Barcamp Berlin", 4, "a", "c");
        List<Suggestion> list = top(j.engine(), 10);
        assertFalse(pairs(list).contains("a+b"), pairs(list).toString());
        Suggestion ac = list.stream().filter(s -> pair(s).equals("a+c")).findFirst().orElseThrow();
        // The event is no reason to think they know each other; it is an occasion to meet.
        assertTrue(ac.why().stream().anyMatch(r -> r.kind() == Reason.Kind.EVENT_OCCASION), ac.why().toString());
        assertTrue(ac.reason().contains("Barcamp Berlin"), ac.reason());
    }

    @Test
    void aJournalWithoutTagsGetsSuggestionsFromWhoKnowsWhomAndIsNeverEmpty() {
        Journals j = journal()
                .person("a", "Anna", "", "", "")
                .person("b", "Ben", "", "", "")
                .person("m", "Mia", "", "", "")
                .person("z", "Zoe", "", "", "")
                .tie("a", "m").tie("b", "m");
        Suggestion first = top(j.engine(), 10).getFirst();
        assertEquals("a+b", pair(first));
        assertTrue(first.reason().contains("Mia"), first.reason());
        // Nobody shares anything: the pairs the user could still introduce are listed all the same.
        List<String> bare = pairs(top(journal().person("a", "Anna", "", "", "").person("b", "Ben", "", "", "")
                .person("c", "Carla", "", "", "").tie("a", "b").engine(), 10));
        assertEquals(List.of("a+c", "b+c"), bare);
    }

    @Test
    void colleaguesAtOneOrganisationAreNotSuggested() {
        List<String> list = pairs(top(journal()
                .person(Journals.contact("a", "Anna", "", "", "UX Design").organization("Acme GmbH"))
                .person(Journals.contact("b", "Ben", "", "UX Design", "").organization("ACME  GmbH"))
                .person(Journals.contact("c", "Clara", "", "UX Design", "").organization("Pixelwerk"))
                .engine(), 10));
        assertFalse(list.contains("a+b"), list.toString());
        assertTrue(list.contains("a+c"), list.toString());
    }

    @Test
    void doNotIntroduceArchivedTiedAndDismissedPairsNeverAppear() {
        Journals j = journal()
                .person("ok1", "Olga", "beekeeping", "seed funding", "")
                .person("ok2", "Otto", "beekeeping", "", "seed funding, office space, mentoring")
                .person(Journals.contact("dni", "Dora", "", "office space", "").doNotIntroduce(true))
                .person(Journals.contact("arc", "Arne", "", "mentoring", "").archived(true))
                .person("t1", "Tina", "jazz", "tax advice", "")
                .person("t2", "Tom", "jazz", "", "tax advice")
                .person("d1", "Dana", "chess", "legal advice", "")
                .person("d2", "Dave", "chess", "", "legal advice")
                .tie("t1", "t2");
        JournalSnapshot journal = j.build();
        Contact d1 = journal.contacts().stream().filter(c -> c.id().equals("d1")).findFirst().orElseThrow();
        Contact d2 = journal.contacts().stream().filter(c -> c.id().equals("d2")).findFirst().orElseThrow();
        Feedback dismissed = new Feedback(List.of(), List.of(Dismissal.of(d1, d2)));

        List<String> list = pairs(IntroductionEngine.of(journal, dismissed).top(100, 100, TODAY, Locale.ENGLISH));

        assertEquals("ok1+ok2", list.getFirst());
        for (String never : List.of("dni", "arc", "t1+t2", "d1+d2")) {
            assertTrue(list.stream().noneMatch(p -> p.contains(never)), never + " in " + list);
        }
        // Without the flags, the tie and the dismissal, each of them would be suggested.
        List<String> unfiltered = pairs(IntroductionEngine.of(new JournalSnapshot(
                journal.contacts().stream().map(c -> c.toBuilder().doNotIntroduce(false).archived(false).build()).toList(),
                List.of(), List.of()), Feedback.none()).top(100, 100, TODAY, Locale.ENGLISH));
        assertTrue(unfiltered.containsAll(List.of("dni+ok2", "arc+ok2", "t1+t2", "d1+d2")), unfiltered.toString());
    }

    @Test
    void onePersonEnteredTwiceIsNeverIntroducedToThemselves() {
        List<String> list = pairs(top(journal()
                .person(Journals.contact("m1", "Marie Curie-Dupont", "", "lab space", "seed funding")
                        .emails(List.of("marie@radium.example")))
                .person(Journals.contact("m2", "Marie Curie-Dupont", "", "seed funding", "lab space")
                        .emails(List.of("MARIE@radium.example")))
                .person("b1", "Ben", "", "seed funding", "lab space")
                .engine(), 10));
        assertFalse(list.contains("m1+m2"), list.toString());
        assertTrue(list.contains("b1+m1"), list.toString());
    }

    // What people write

    @Test
    void wordsThatMeanTheSameMeetAcrossLanguagesAndSpellings() {
        List<Suggestion> list = top(journal()
                .person("s", "Sara", "", "", "sucht Startkapital")
                .person("i", "Ines", "", "investiert in Start-ups", "")
                .person("x", "Xaver", "", "Buchhaltung", "")
                .engine(), 10);
        assertEquals("i+s", pair(list.getFirst()));
        assertEquals("Sara is looking for sucht Startkapital, and Ines offers investiert in Start-ups.",
                list.getFirst().reason());
        assertTrue(list.getFirst().why().stream().anyMatch(r -> r.kind() == Reason.Kind.SEEKS_OFFERS));
    }

    @Test
    void aGermanCompoundMeetsItsParts() {
        Suggestion s = top(journal()
                .person("a", "Anna", "", "", "Videoproduktion")
                .person("b", "Ben", "", "Video", "")
                .person("c", "Clara", "", "Produktion von Möbeln", "")
                .person("d", "Dirk", "", "Fördermittel", "")
                .person("e", "Eva", "", "", "Fördermittelberatung")
                .engine(), 10).getFirst();
        assertTrue(List.of("a+b", "d+e").contains(pair(s)), pair(s));
        List<String> list = pairs(top(journal()
                .person("d", "Dirk", "", "Fördermittel", "")
                .person("e", "Eva", "", "", "Fördermittelberatung")
                .person("z", "Zoe", "", "Kaffee", "")
                .engine(), 10));
        assertEquals("d+e", list.getFirst());
    }

    @Test
    void aPartialOverlapCountsLessThanAWholeMatch() {
        IntroductionEngine engine = journal()
                .person("a", "Anna", "", "", "B2B sales")
                .person("b", "Ben", "", "enterprise sales", "")
                .person("c", "Clara", "", "", "fundraising")
                .person("d", "Dirk", "", "B2B sales", "")
                .person("e", "Eva", "", "catering", "")
                .engine();
        double whole = engine.explain("a", "d", TODAY, Locale.ENGLISH).orElseThrow().score();
        double partial = engine.explain("a", "b", TODAY, Locale.ENGLISH).orElseThrow().score();
        assertTrue(whole > partial && partial > 0, whole + " > " + partial + " > 0");
        // Nothing in common is no reason at all: the pair is not suggested.
        assertTrue(engine.explain("a", "e", TODAY, Locale.ENGLISH).isEmpty());
    }

    @Test
    void aRareSeekMetOutranksOneEveryoneCanMeet() {
        Journals j = journal()
                .person("s1", "Sara", "", "", "Steuerberatung")
                .person("s2", "Sven", "", "", "Videoproduktion")
                .person("v", "Vera", "", "Videoproduktion", "");
        for (int i = 0; i < 10; i++) {
            j.person("t" + i, "Tax " + i, "", "Steuerberatung", "");
        }
        assertEquals("s2+v", pair(top(j.engine(), 1).getFirst()));
    }

    @Test
    void aRareSharedInterestOutranksACommonOne() {
        Journals j = journal()
                .person("a1", "Anna", "jazz", "", "")
                .person("a2", "Ben", "jazz", "", "")
                .person("b1", "Clara", "beekeeping", "", "")
                .person("b2", "Dirk", "beekeeping", "", "");
        for (int i = 0; i < 7; i++) { // nine like jazz: still few enough to count, but it says less
            j.person("x" + i, "Other " + i, "jazz", "", "");
        }
        List<String> list = pairs(j.engine().top(100, 100, TODAY, Locale.ENGLISH));
        assertEquals("b1+b2", list.getFirst());
        assertTrue(list.indexOf("a1+a2") > 0);
    }

    @Test
    void aMatchBothWaysOutranksAOneWayMatchWithAsManyTopics() {
        List<Suggestion> list = top(journal()
                .person("c1", "Carla", "", "", "seed funding, pilot customers")
                .person("c2", "Dirk", "", "seed funding, pilot customers", "")
                .person("c3", "Anna", "", "legal advice", "tax advice")
                .person("c4", "Ben", "", "tax advice", "legal advice")
                .engine(), 10);
        assertEquals(List.of("c3+c4", "c1+c2"), pairs(list).subList(0, 2));
        assertTrue(list.get(0).score() > list.get(1).score());
    }

    // Everything the journal knows

    @Test
    void aJournalWithoutTagsStillGetsSuggestionsFromWhoKnowsWhom() {
        // Emma and Alekh work closely with Nan and Tor, who have never met each other.
        Journals j = journal()
                .person("emma", "Emma Brunskill", "", "", "")
                .person("alekh", "Alekh Agarwal", "", "", "")
                .person("nan", "Nan Jiang", "", "", "")
                .person("tor", "Tor Lattimore", "", "", "")
                .person("zed", "Zed Lonely", "", "", "")
                .metTogether(60, EncounterKind.OTHER, "Reinforcement learning with few samples", "nan", "emma", "alekh")
                .metTogether(90, EncounterKind.OTHER, "Regret bounds for reinforcement learning", "tor", "emma", "alekh")
                .metTogether(30, EncounterKind.OTHER, "Bandits", "nan", "emma")
                .metTogether(40, EncounterKind.OTHER, "Bandits again", "tor", "alekh");
        List<Suggestion> list = top(j.engine(), 10);
        assertFalse(list.isEmpty());
        Suggestion first = list.getFirst();
        assertEquals("nan+tor", pair(first));
        assertTrue(first.reason().contains("Emma Brunskill") && first.reason().contains("Alekh Agarwal"),
                first.reason());
        assertTrue(first.reason().toLowerCase(Locale.ROOT).contains("reinforcement learning"), first.reason());
    }

    @Test
    void knowingBothBetterRaisesThePair() {
        Journals j = journal()
                .person("a", "Anna", "jazz", "", "")
                .person("b", "Ben", "jazz", "", "");
        double before = top(j.engine(), 1).getFirst().score();
        j.met("a", 10, 4).met("b", 20, 4);
        assertTrue(top(j.engine(), 1).getFirst().score() > before);
    }

    @Test
    void theDateIsAParameterNotTheClock() {
        Journals j = journal()
                .person("a1", "Anna", "jazz", "", "")
                .person("a2", "Ben", "jazz", "", "")
                .person("b1", "Clara", "chess", "", "")
                .person("b2", "Dirk", "chess", "", "")
                .met("a1", 0, 5).met("a2", 0, 5)
                .met("b1", 700, 5).met("b2", 700, 5);
        IntroductionEngine engine = j.engine();
        assertEquals("a1+a2", pair(engine.top(1, TODAY, Locale.ENGLISH).getFirst()));
        // Two years earlier the b-meetings were recent and the a-meetings had not happened yet.
        assertEquals("b1+b2", pair(engine.top(1, TODAY.minusDays(690), Locale.ENGLISH).getFirst()));
    }

    @Test
    void differentCirclesAreSaidOnlyWhenTrue() {
        Journals k = journal();
        for (int i = 0; i < 4; i++) {
            k.person("x" + i, "X" + i, "", "", "").person("y" + i, "Y" + i, "", "", "");
            if (i > 0) {
                k.tie("x" + i, "x" + (i - 1)).tie("y" + i, "y" + (i - 1));
            }
        }
        k.tie("x0", "x2").tie("y0", "y2");
        for (Suggestion s : k.engine().top(30, 30, TODAY, Locale.ENGLISH)) {
            boolean across = pair(s).contains("x") && pair(s).contains("y");
            boolean said = s.why().stream().anyMatch(r -> r.kind() == Reason.Kind.BRIDGES_CIRCLES);
            assertEquals(across, said, pair(s) + ": " + s.why());
        }
    }

    // What the user did before

    @Test
    void aDismissedPairReturnsOnlyWhenOneOfThemChangesWhatTheyAreAbout() {
        Contact anna = Journals.contact("a", "Anna", "jazz", "", "seed funding").build();
        Contact ben = Journals.contact("b", "Ben", "jazz", "seed funding", "").build();
        IntroductionEngine engine = IntroductionEngine.of(
                new JournalSnapshot(List.of(anna, ben), List.of(), List.of()), Feedback.none());
        Suggestion s = top(engine, 5).getFirst();

        engine.dismiss(s.dismissal());
        assertTrue(top(engine, 5).isEmpty());
        engine.update(anna.toBuilder().phones(List.of("+49 30 1234")).notes("moved to Berlin").build());
        assertTrue(top(engine, 5).isEmpty());
        engine.update(anna.toBuilder().interests(List.of("Jazz")).seeks(List.of("Seed-Funding")).build());
        assertTrue(top(engine, 5).isEmpty());

        Contact changed = anna.toBuilder().interests(List.of("jazz", "circular economy")).build();
        engine.update(changed);
        assertEquals(List.of("a+b"), pairs(top(engine, 5)));
        assertEquals(List.of("a+b"), pairs(top(IntroductionEngine.of(
                new JournalSnapshot(List.of(changed, ben), List.of(), List.of()),
                new Feedback(List.of(), List.of(s.dismissal()))), 5)));
    }

    @Test
    void aDismissalReadWithoutFingerprintKeepsThePairAwayForGood() {
        Contact anna = Journals.contact("a", "Anna", "jazz", "", "").build();
        Contact ben = Journals.contact("b", "Ben", "jazz", "", "").build();
        Introduction dismissed = new Introduction("i1", "a", "b", IntroductionStatus.DISMISSED,
                Instant.parse("2026-01-01T00:00:00Z"), null, null);
        IntroductionEngine engine = IntroductionEngine.of(
                new JournalSnapshot(List.of(anna, ben), List.of(), List.of()), new Feedback(List.of(dismissed), List.of()));
        assertTrue(top(engine, 5).isEmpty());
        engine.update(anna.toBuilder().interests(List.of("jazz", "chess")).build());
        assertTrue(top(engine, 5).isEmpty());
    }

    @Test
    void pairsAlreadyBeingIntroducedAreNotSuggestedButSavedSuggestionsAre() {
        IntroductionEngine engine = journal()
                .person("a", "Anna", "jazz", "", "")
                .person("b", "Ben", "jazz", "", "")
                .engine();
        engine.saveIntroduction(new Introduction("i1", "b", "a", IntroductionStatus.SUGGESTED, null, null, null));
        assertEquals(1, top(engine, 5).size());
        for (IntroductionStatus status : List.of(IntroductionStatus.PLANNED, IntroductionStatus.ASKED_A,
                IntroductionStatus.INTRODUCED, IntroductionStatus.WORKING_TOGETHER, IntroductionStatus.DID_NOT_WORK_OUT)) {
            engine.saveIntroduction(new Introduction("i1", "b", "a", status, null, null, null));
            assertTrue(top(engine, 5).isEmpty(), status.toString());
            assertTrue(engine.explain("a", "b", TODAY, Locale.GERMAN).isEmpty());
            assertTrue(engine.explainRegardlessOfFeedback("a", "b", TODAY, Locale.GERMAN).orElseThrow().reason()
                    .contains("jazz"), status.toString());
        }
        engine.removeIntroduction("i1");
        assertEquals(1, top(engine, 5).size());
    }

    @Test
    void introductionsThatWorkedOutRaiseThePeopleInvolved() {
        IntroductionEngine engine = journal()
                .person("a1", "Anna", "jazz", "", "")
                .person("a2", "Ben", "jazz", "", "")
                .person("b1", "Clara", "chess", "", "")
                .person("b2", "Dirk", "chess", "", "")
                .person("z", "Zoe", "", "", "")
                .engine();
        assertEquals("a1+a2", pair(top(engine, 2).getFirst())); // equal scores: by id
        engine.saveIntroduction(new Introduction("i1", "b1", "z", IntroductionStatus.WORKING_TOGETHER, null, null, null));
        List<Suggestion> list = top(engine, 2);
        assertEquals("b1+b2", pair(list.getFirst()));
        assertTrue(list.getFirst().why().stream().anyMatch(r -> r.kind() == Reason.Kind.TRACK_RECORD));
    }

    @Test
    void dismissingSuggestionsThatRestOnSharedInterestsTeachesTheEngine() {
        Journals j = journal();
        String[] topics = {"jazz", "chess", "sailing", "pottery"};
        for (int i = 0; i < topics.length; i++) {
            j.person("i" + i + "a", "Int " + i + "a", topics[i], "", "")
                    .person("i" + i + "b", "Int " + i + "b", topics[i], "", "");
        }
        j.person("s", "Sara", "", "", "tax advice").person("o", "Omar", "", "tax advice", "");
        JournalSnapshot journal = j.build();
        IntroductionEngine engine = IntroductionEngine.of(journal, Feedback.none());
        List<Suggestion> before = top(engine, 10);
        int rankBefore = pairs(before).indexOf("o+s");
        for (int i = 0; i < 3; i++) {
            String a = "i" + i + "a";
            String b = "i" + i + "b";
            engine.saveIntroduction(Introduction.dismissal(a, b, Instant.parse("2026-11-01T00:00:00Z"), null, null));
        }
        List<Suggestion> after = top(engine, 10);
        Suggestion pottery = after.stream().filter(s -> pair(s).equals("i3a+i3b")).findFirst().orElseThrow();
        Suggestion tax = after.stream().filter(s -> pair(s).equals("o+s")).findFirst().orElseThrow();
        assertTrue(pottery.why().stream().anyMatch(r -> r.kind() == Reason.Kind.LEARNED), pottery.why().toString());
        assertTrue(tax.why().stream().noneMatch(r -> r.kind() == Reason.Kind.LEARNED), tax.why().toString());
        assertTrue(pottery.score() < before.stream().filter(s -> pair(s).equals("i3a+i3b")).findFirst()
                .orElseThrow().score());
        assertTrue(pairs(after).indexOf("o+s") <= rankBefore);
    }

    // The list

    @Test
    void noContactInMoreThanTwoOfTenAndNoTopicInMoreThanThree() {
        Journals j = journal().person("hub", "Hanna", "", "mentoring", "");
        for (int i = 0; i < 8; i++) {
            j.person("s" + i, "Seeker " + i, "", "", "mentoring");
        }
        List<String> hobbies = List.of("chess", "pottery", "sailing", "birding", "rowing", "origami", "climbing", "tango");
        for (int i = 0; i < hobbies.size(); i++) { // weaker pairs further down
            j.person("p" + i, "Pia " + i, hobbies.get(i), "", "").person("q" + i, "Quinn " + i, hobbies.get(i), "", "");
        }
        IntroductionEngine engine = j.engine();
        // Without the cap per person, only the cap per topic (mentoring) keeps the hub from the first eight places.
        long hubUncapped = engine.top(8, 8, TODAY, Locale.ENGLISH).stream().filter(s -> pair(s).contains("hub")).count();
        assertEquals(IntroductionEngine.TOPICS_PER_TEN, hubUncapped);

        List<Suggestion> list = top(engine, 10);
        assertEquals(10, list.size());
        assertEquals(2, list.stream().filter(s -> pair(s).contains("hub")).count());
        Map<String, Integer> seen = new HashMap<>();
        for (Suggestion s : list) {
            seen.merge(s.a().id(), 1, Integer::sum);
            seen.merge(s.b().id(), 1, Integer::sum);
        }
        assertTrue(seen.values().stream().allMatch(v -> v <= 2), seen.toString());
        // Seekers of mentoring meet each other's offers nowhere else: at most three lists of ten are about it.
        assertTrue(list.stream().filter(s -> s.reason().contains("mentoring")).count() <= 3, list.toString());
    }

    @Test
    void theWhyAddsUpToTheScore() {
        JournalSnapshot journal = SampleJournal.generate(300, 900, 7);
        for (Suggestion s : IntroductionEngine.of(journal, Feedback.none()).top(30, TODAY, Locale.ENGLISH)) {
            double points = 0;
            for (Reason r : s.why()) {
                if (!r.kind().isFactor()) {
                    points += r.weight();
                }
            }
            assertEquals(s.score(), points, 1e-9 * s.score(), s.why().toString());
            assertTrue(s.why().stream().anyMatch(r -> r.kind() == Reason.Kind.ACQUAINTANCE));
        }
    }

    @Test
    void theSameJournalGivesTheSameListWhateverTheOrderItWasReadIn() {
        JournalSnapshot journal = SampleJournal.generate(400, 1200, 11);
        List<String> first = Journals.visible(IntroductionEngine.of(journal, Feedback.none()).top(40, TODAY, Locale.GERMAN));
        assertEquals(40, first.size());
        Random r = new Random(3);
        for (int round = 0; round < 3; round++) {
            List<Contact> contacts = new ArrayList<>(journal.contacts());
            List<app.rapport.journal.Tie> ties = new ArrayList<>(journal.ties());
            List<app.rapport.journal.Encounter> encounters = new ArrayList<>(journal.encounters());
            Collections.shuffle(contacts, r);
            Collections.shuffle(ties, r);
            Collections.shuffle(encounters, r);
            JournalSnapshot shuffled = new JournalSnapshot(contacts, ties, encounters);
            assertEquals(first, Journals.visible(IntroductionEngine.of(shuffled, Feedback.none()).top(40, TODAY, Locale.GERMAN)));
        }
    }

    @Test
    void theSearchScoresFewPairsAndFindsWhatScoringEveryPairFinds() {
        JournalSnapshot journal = SampleJournal.generate(2000, 6000, 5);
        IntroductionEngine engine = IntroductionEngine.of(journal, Feedback.none());
        List<String> indexed = pairs(top(engine, 50));
        long allPairs = 2000L * 1999 / 2;
        assertTrue(engine.lastLookedAt() < allPairs / 20, "scored " + engine.lastLookedAt() + " of " + allPairs + " pairs");
        Model model = engine.model(TODAY);
        List<String> naive = AllPairs.top(model, 50, IntroductionEngine.DEFAULT_PER_CONTACT).stream()
                .map(r -> model.profiles[r.a()].id + "+" + model.profiles[r.b()].id).toList();
        assertEquals(naive, indexed);
    }
}
