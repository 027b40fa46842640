package app.rapport.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.JournalSnapshot;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search skips pairs by bounds; on journals of different shapes (everyone known well, nobody
 * met, many seeks, few interests) its list must equal scoring every pair.
 */
class SearchEqualsAllPairsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void theIndexedSearchFindsWhatScoringEveryPairFinds(long seed) {
        Random r = new Random(seed);
        JournalSnapshot journal = reshape(SampleJournal.generate(150 + r.nextInt(250), 600, seed), r);
        IntroductionEngine engine = IntroductionEngine.of(journal, Feedback.none());
        for (int round = 0; round < 4; round++) {
            int n = 1 + r.nextInt(60);
            int cap = 1 + r.nextInt(4);
            Model model = engine.model(SampleJournal.AS_OF);
            List<PairSearch.Ranked> indexed = new PairSearch(model).top(n, cap, IntroductionEngine.TOPICS_PER_TEN);
            List<PairSearch.Ranked> all = AllPairs.topKeepingAll(model, n, cap);
            assertEquals(all, indexed, "seed " + seed + ", n " + n + ", cap " + cap);
        }
    }

    private static JournalSnapshot reshape(JournalSnapshot j, Random r) {
        List<Contact> contacts = new ArrayList<>(j.contacts());
        List<Encounter> encounters = new ArrayList<>(j.encounters());
        int shape = r.nextInt(4);
        if (shape == 0) { // everyone known well: personal bounds are no help
            for (Contact c : contacts) {
                for (int k = 0; k < 5; k++) {
                    encounters.add(new Encounter("w" + c.id() + k,
                            SampleJournal.AS_OF.minusDays(r.nextInt(60)).atTime(9, 0).atOffset(ZoneOffset.UTC),
                            EncounterKind.MEETING, null, null, null, List.of(c.id()), null, 5, List.of()));
                }
            }
        } else if (shape == 1) { // nobody met: many equal scores, ties broken by id
            encounters.clear();
        } else if (shape == 2) { // many seeks, few interests: one-way matches decide
            List<String> offers = new ArrayList<>();
            contacts.forEach(c -> offers.addAll(c.offers()));
            contacts.replaceAll(c -> c.toBuilder()
                    .interests(c.interests().subList(0, Math.min(2, c.interests().size())))
                    .seeks(List.of(offers.get(r.nextInt(offers.size())), offers.get(r.nextInt(offers.size()))))
                    .build());
        }
        return new JournalSnapshot(contacts, j.ties(), encounters);
    }
}
