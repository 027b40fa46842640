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
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntroductionEngineTest {

    @Test
    void aMatchBothWaysOutranksAOneWayMatchWithAsManyTopics() {
        // c1/c2: two of c1's seeks are among c2's offers. c3/c4: one seek each way.
        // Counting matched topics makes them equal (and ids would put c1/c2 first).
        List<Suggestion> list = top(journal()
                .person("c1", "Carla", "", "", "seed funding, pilot customers")
                .person("c2", "Dirk", "", "seed funding, pilot customers", "")
                .person("c3", "Anna", "", "legal advice", "tax advice")
                .person("c4", "Ben", "", "tax advice", "legal advice")
                .engine(), 10);

        assertEquals(List.of("c3+c4", "c1+c2"), pairs(list));
        assertTrue(list.get(0).score() > list.get(1).score());
    }

    @Test
    void aRareSharedInterestOutranksACommonOne() {
        Journals j = journal()
                .person("a1", "Anna", "jazz", "", "")
                .person("a2", "Ben", "jazz", "", "")
                .person("b1", "Clara", "beekeeping", "", "")
                .person("b2", "Dirk", "beekeeping", "", "");
        for (int i = 0; i < 10; i++) {
            j.person("x" + i, "Other " + i, "jazz", "", ""); // jazz is common, beekeeping is not
        }
        List<String> list = pairs(top(j.engine(), 100));

        assertEquals("b1+b2", list.getFirst());
        assertTrue(list.contains("a1+a2"));
    }

    @Test
    void theLessKnownOfTheTwoBoundsTheScore() {
        // a1 is a close friend, a2 a stranger; b1 and b2 were each met once, a month ago.
        // On average the user knows a1 and a2 better, but vouching is only as good as the weaker tie.
        Journals j = journal()
                .person("a1", "Anna", "", "", "mentoring")
                .person("a2", "Ben", "", "mentoring", "")
                .person("b1", "Clara", "", "", "legal advice")
                .person("b2", "Dirk", "", "legal advice", "")
                .met("b1", 30, null)
                .met("b2", 30, null);
        for (int d = 1; d <= 8; d++) {
            j.met("a1", d * 7, 5);
        }
        List<Suggestion> list = top(j.engine(), 10);
        assertEquals(List.of("b1+b2", "a1+a2"), pairs(list));

        // Knowing a1 even better does not raise the pair: a2 still bounds it.
        for (int d = 1; d <= 20; d++) {
            j.met("a1", d, 5);
        }
        Suggestion again = top(j.engine(), 10).get(1);
        assertEquals("a1+a2", pair(again));
        assertEquals(list.get(1).score(), again.score());
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
    void doNotIntroduceArchivedTiedAndDismissedPairsNeverAppear() {
        Journals j = journal()
                .person("ok1", "Olga", "beekeeping", "seed funding", "")
                .person("ok2", "Otto", "beekeeping", "", "seed funding")
                .person(Journals.contact("dni", "Dora", "beekeeping", "seed funding", "seed funding").doNotIntroduce(true))
                .person(Journals.contact("arc", "Arne", "beekeeping", "seed funding", "seed funding").archived(true))
                .person("t1", "Tina", "jazz", "tax advice", "")
                .person("t2", "Tom", "jazz", "", "tax advice")
                .person("d1", "Dana", "chess", "legal advice", "")
                .person("d2", "Dave", "chess", "", "legal advice")
                .tie("t1", "t2");
        JournalSnapshot journal = j.build();
        Contact d1 = journal.contacts().stream().filter(c -> c.id().equals("d1")).findFirst().orElseThrow();
        Contact d2 = journal.contacts().stream().filter(c -> c.id().equals("d2")).findFirst().orElseThrow();
        Feedback dismissed = new Feedback(List.of(), List.of(Dismissal.of(d1, d2)));

        List<Suggestion> list = IntroductionEngine.of(journal, dismissed).top(100, TODAY, Locale.ENGLISH);

        assertEquals(List.of("ok1+ok2"), pairs(list));
        // Without the flags, the tie and the dismissal, each of them would be suggested.
        List<String> unfiltered = pairs(IntroductionEngine.of(new JournalSnapshot(
                journal.contacts().stream().map(c -> c.toBuilder().doNotIntroduce(false).archived(false).build()).toList(),
                List.of(), List.of()), Feedback.none()).top(100, 100, TODAY, Locale.ENGLISH));
        assertTrue(unfiltered.containsAll(List.of("dni+ok2", "arc+ok2", "t1+t2", "d1+d2")), unfiltered.toString());
    }

    @Test
    void onePersonEnteredTwiceIsNeverIntroducedToThemselves() {
        // An address book imported twice: the same Marie, once with the same e-mail and once with
        // the same name at the same organisation (written differently); Ben is someone else.
        List<String> list = pairs(top(journal()
                .person(Journals.contact("m1", "Marie Curie-Dupont", "", "lab space", "seed funding")
                        .organization("Radium GmbH").emails(List.of("marie@radium.example")))
                .person(Journals.contact("m2", "Marie Curie-Dupont", "", "seed funding", "lab space")
                        .emails(List.of("MARIE@radium.example")))
                .person(Journals.contact("m3", "Marie Curie Dupont", "", "seed funding", "")
                        .organization("radium gmbh"))
                .person("b1", "Ben", "", "seed funding", "lab space")
                .engine(), 10));

        assertFalse(list.contains("m1+m2"), list.toString());
        assertFalse(list.contains("m1+m3"), list.toString());
        assertTrue(list.contains("b1+m1"), list.toString());
    }

    @Test
    void aDismissedPairReturnsOnlyWhenOneOfThemChangesWhatTheyAreAbout() {
        Contact anna = Journals.contact("a", "Anna", "jazz", "", "seed funding").build();
        Contact ben = Journals.contact("b", "Ben", "jazz", "seed funding", "").build();
        IntroductionEngine engine = IntroductionEngine.of(
                new JournalSnapshot(List.of(anna, ben), List.of(), List.of()), Feedback.none());
        Suggestion s = top(engine, 5).getFirst();

        engine.dismiss(s.dismissal());
        assertTrue(top(engine, 5).isEmpty());

        // A new phone number or note is no reason to ask again.
        engine.update(anna.toBuilder().phones(List.of("+49 30 1234")).notes("moved to Berlin").build());
        assertTrue(top(engine, 5).isEmpty());
        // Tags written differently but meaning the same are not a change either.
        engine.update(anna.toBuilder().interests(List.of("Jazz")).seeks(List.of("Seed-Funding")).build());
        assertTrue(top(engine, 5).isEmpty());

        Contact changed = anna.toBuilder().interests(List.of("jazz", "circular economy")).build();
        engine.update(changed);
        assertEquals(List.of("a+b"), pairs(top(engine, 5)));
        // A fresh engine over the same state agrees.
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
        Journals j = journal()
                .person("a", "Anna", "jazz", "", "")
                .person("b", "Ben", "jazz", "", "");
        IntroductionEngine engine = j.engine();
        engine.saveIntroduction(new Introduction("i1", "b", "a", IntroductionStatus.SUGGESTED, null, null, null));
        assertEquals(1, top(engine, 5).size());
        for (IntroductionStatus status : List.of(IntroductionStatus.PLANNED, IntroductionStatus.ASKED_A,
                IntroductionStatus.INTRODUCED, IntroductionStatus.WORKING_TOGETHER, IntroductionStatus.DID_NOT_WORK_OUT)) {
            engine.saveIntroduction(new Introduction("i1", "b", "a", status, null, null, null));
            assertTrue(top(engine, 5).isEmpty(), status.toString());
            // Not suggested, but why it was worth it can still be said, in either language.
            assertTrue(engine.explain("a", "b", java.time.LocalDate.of(2026, 11, 23), java.util.Locale.GERMAN).isEmpty());
            assertTrue(engine.explainRegardlessOfFeedback("a", "b", java.time.LocalDate.of(2026, 11, 23),
                    java.util.Locale.GERMAN).orElseThrow().reason().contains("jazz"), status.toString());
        }
        engine.removeIntroduction("i1");
        assertEquals(1, top(engine, 5).size());
    }

    @Test
    void introductionsThatWorkedOutRaiseThePeopleInvolved() {
        Journals j = journal()
                .person("a1", "Anna", "jazz", "", "")
                .person("a2", "Ben", "jazz", "", "")
                .person("b1", "Clara", "chess", "", "")
                .person("b2", "Dirk", "chess", "", "")
                .person("z", "Zoe", "", "", "");
        IntroductionEngine engine = j.engine();
        assertEquals("a1+a2", pair(top(engine, 2).getFirst())); // equal scores: by id
        engine.saveIntroduction(new Introduction("i1", "b1", "z", IntroductionStatus.WORKING_TOGETHER, null, null, null));
        List<Suggestion> list = top(engine, 2);
        assertEquals("b1+b2", pair(list.getFirst()));
        assertTrue(list.getFirst().why().stream().anyMatch(r -> r.kind() == Reason.Kind.TRACK_RECORD));
        engine.saveIntroduction(new Introduction("i2", "b2", "z", IntroductionStatus.DID_NOT_WORK_OUT, null, null, null));
        engine.saveIntroduction(new Introduction("i3", "b1", "a1", IntroductionStatus.DID_NOT_WORK_OUT, null, null, null));
        assertEquals("a1+a2", pair(top(engine, 2).getFirst()));
    }

    @Test
    void tagsWrittenDifferentlyOrInflectedMatch() {
        List<Suggestion> list = top(journal()
                .person("a", "Anna", "Start-ups", "", "Finanzierungen")
                .person("b", "Ben", "Startup", "Finanzierung", "investors")
                .person("c", "Clara", "", "Investor", "")
                .engine(), 10);

        assertEquals(List.of("a+b", "b+c"), pairs(list));
        Suggestion ab = list.getFirst();
        assertTrue(ab.why().stream().anyMatch(r -> r.kind() == Reason.Kind.SEEKS_OFFERS), ab.why().toString());
        assertTrue(ab.why().stream().anyMatch(r -> r.kind() == Reason.Kind.SHARED_INTEREST), ab.why().toString());
        assertEquals("Anna is looking for Finanzierungen and Ben offers Finanzierung; both care about Start-ups.", ab.reason());
    }

    @Test
    void noContactAppearsInMoreThanThreeSuggestions() {
        Journals j = journal().person("hub", "Hanna", "", "mentoring", "");
        for (int i = 0; i < 8; i++) {
            j.person("s" + i, "Seeker " + i, "", "", "mentoring");
        }
        for (int i = 0; i < 4; i++) { // weaker pairs further down
            j.person("p" + i, "Pia " + i, "chess", "", "").person("q" + i, "Quinn " + i, "chess", "", "");
        }
        IntroductionEngine engine = j.engine();
        // Without the cap the hub would take all of the first eight places.
        long hubUncapped = engine.top(8, 8, TODAY, Locale.ENGLISH).stream().filter(s -> pair(s).contains("hub")).count();
        assertEquals(8, hubUncapped);

        List<Suggestion> list = top(engine, 8);
        assertEquals(8, list.size());
        assertEquals(3, list.stream().filter(s -> pair(s).contains("hub")).count());
        assertEquals(1, engine.top(8, 1, TODAY, Locale.ENGLISH).stream().filter(s -> pair(s).contains("hub")).count());
    }

    @Test
    void mutualAcquaintancesAndBridgingCirclesCountButDoNotSwampTopics() {
        Journals j = journal()
                .person("a1", "Anna", "jazz", "", "")
                .person("a2", "Ben", "jazz", "", "")
                .person("b1", "Clara", "chess", "", "")
                .person("b2", "Dirk", "chess", "", "")
                .person("m", "Mutual", "", "", "")
                .tie("b1", "m").tie("b2", "m");
        List<Suggestion> list = top(j.engine(), 5);
        assertEquals(List.of("b1+b2", "a1+a2"), pairs(list));
        assertTrue(list.getFirst().why().stream().anyMatch(r -> r.kind() == Reason.Kind.MUTUAL_ACQUAINTANCES));

        // Two circles; c1 and c2 sit in different ones and share only a common interest,
        // d1 and d2 sit in one circle and one seeks what the other offers.
        Journals k = journal()
                .person("c1", "Carl", "marketing", "", "")
                .person("c2", "Cora", "marketing", "", "")
                .person("d1", "Dora", "", "mentoring", "")
                .person("d2", "Dino", "", "", "mentoring");
        for (int i = 0; i < 4; i++) {
            k.person("x" + i, "X" + i, "marketing", "", "").person("y" + i, "Y" + i, "", "", "");
            k.tie("c1", "x" + i).tie("c2", "y" + i);
            if (i > 0) {
                k.tie("x" + i, "x" + (i - 1)).tie("y" + i, "y" + (i - 1));
            }
        }
        k.tie("d1", "x1").tie("d2", "x2");
        List<Suggestion> bridged = top(k.engine(), 20);
        Suggestion c = bridged.stream().filter(s -> pair(s).equals("c1+c2")).findFirst().orElseThrow();
        assertTrue(c.why().stream().anyMatch(r -> r.kind() == Reason.Kind.BRIDGES_CIRCLES), c.why().toString());
        assertEquals("d1+d2", pair(bridged.getFirst()));
        // Bridging puts c1/c2 above the pairs of their equals inside one circle.
        Suggestion inside = bridged.stream().filter(s -> pair(s).equals("c1+x0")).findFirst().orElse(null);
        assertTrue(inside == null || c.score() > inside.score());
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
            assertEquals(s.score(), points, 1e-9 * s.score());
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
            List<app.rapport.journal.Contact> contacts = new ArrayList<>(journal.contacts());
            List<app.rapport.journal.Tie> ties = new ArrayList<>(journal.ties());
            List<app.rapport.journal.Encounter> encounters = new ArrayList<>(journal.encounters());
            Collections.shuffle(contacts, r);
            Collections.shuffle(ties, r);
            Collections.shuffle(encounters, r);
            JournalSnapshot shuffled = new JournalSnapshot(contacts, ties, encounters);
            assertEquals(first, Journals.visible(IntroductionEngine.of(shuffled, Feedback.none()).top(40, TODAY, Locale.GERMAN)));
        }
        assertEquals(first, Journals.visible(IntroductionEngine.of(journal, Feedback.none()).top(40, TODAY, Locale.GERMAN)));
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
    void onlyPairsWithSomethingInCommonAreScored() {
        JournalSnapshot journal = SampleJournal.generate(3000, 9000, 5);
        IntroductionEngine engine = IntroductionEngine.of(journal, Feedback.none());
        List<String> indexed = pairs(top(engine, 50));
        long allPairs = 3000L * 2999 / 2;
        assertTrue(engine.lastLookedAt() < allPairs / 20,
                "scored " + engine.lastLookedAt() + " of " + allPairs + " pairs");
        List<String> naive = AllPairs.top(engine, 50, 3, TODAY).stream()
                .map(r -> engine.profileArray()[r.a()].id + "+" + engine.profileArray()[r.b()].id).toList();
        assertEquals(naive, indexed);
    }

    @Test
    void aOneWayMatchThatRareInterestsLiftIsFoundAmongManyOfferers() {
        // Two pairs that help each other both ways set a high bar early. s and o only meet it
        // through one seek plus two rare interests; ten other offerers of the same thing share
        // nothing with s. The search must still find s and o (it looks only among those who
        // share one of s's rarer interests), and put them first.
        Journals j = journal()
                .person("p1", "Paula", "", "design", "sales")
                .person("p2", "Pedro", "", "sales", "design")
                .person("p3", "Petra", "", "legal", "tax")
                .person("p4", "Piet", "", "tax", "legal")
                .person("s", "Sara", "beekeeping, ceramics", "", "investors")
                .person("o", "Omar", "Beekeeping, Ceramics", "investors", "");
        for (int i = 0; i < 10; i++) {
            j.person("f" + i, "Finn " + i, "topic " + (i / 2), "investors", "");
        }
        for (String p : List.of("p1", "p2", "p3", "p4")) {
            j.met(p, 0, null).met(p, 0, null).met(p, 0, null);
        }
        for (String p : List.of("s", "o", "f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9")) {
            j.met(p, 0, null).met(p, 0, null).met(p, 0, null).met(p, 0, null).met(p, 0, null);
        }
        IntroductionEngine engine = j.engine();
        assertEquals("o+s", pair(engine.top(1, TODAY, Locale.ENGLISH).getFirst()));
        assertEquals(List.of("o+s", "p1+p2", "p3+p4"), pairs(engine.top(3, 1, TODAY, Locale.ENGLISH)));
    }
}
