package app.rapport.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, item 6: the look-up of an import's best match no longer lists every contact of a
 * similar name (which made 100,000 cards of common names quadratic), and must find exactly the
 * match the full list gave: the strongest reason, the highest score, the contact indexed first.
 * The full list ({@link Duplicates.Index#matches}) is the comparison this replaced.
 */
class DuplicatesIndexTest {

    private static final String[] FIRST = {"Anna", "Anne", "Ana", "Jürgen", "Juergen", "Sophie", "Sofie", "Lukas",
        "Lucas", "Marie", "Maria", "Jonas", "Ben"};
    private static final String[] LAST = {"Müller", "Mueller", "Muller", "Schmidt", "Schmitt", "Weber", "Webers",
        "Fischer", "Fisher", "Meyer", "Meier"};
    private static final String[] ORGS = {null, null, "Acme", "ACME", "Kreislauf GmbH", "Nordlicht"};

    /** Few names, organisations that agree, differ or are missing, addresses shared in two spellings. */
    static List<Contact> people(int n, long seed) {
        Random r = new Random(seed);
        List<Contact> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = r.nextInt(10) == 0 ? LAST[r.nextInt(LAST.length)] + ", " + FIRST[r.nextInt(FIRST.length)]
                    : FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            List<String> emails = new ArrayList<>();
            if (r.nextInt(3) == 0) {
                int mailbox = r.nextInt(n / 4 + 1);
                emails.add(r.nextBoolean() ? "p" + mailbox + "@example.org" : " P" + mailbox + "@Example.org");
            }
            out.add(Contact.builder(name).id("c" + i).organization(ORGS[r.nextInt(ORGS.length)]).emails(emails).build());
        }
        return out;
    }

    /** The old answer: every match, the earlier ones (by position) only, the best by reason, score and position. */
    private static Optional<Duplicates.Match> byFullList(Duplicates.Index index, Map<Contact, Integer> position,
                                                         Contact candidate, int before) {
        return index.matches(candidate).stream().filter(m -> position.get(m.existing()) < before)
                .min(Comparator.comparing(Duplicates.Match::reason)
                        .thenComparing(Duplicates.Match::score, Comparator.reverseOrder())
                        .thenComparing(m -> position.get(m.existing())));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theBestMatchIsTheOneTheFullListGives(long seed) {
        List<Contact> journal = people(800, seed);
        List<Contact> file = people(600, seed + 100);
        Duplicates.Index index = Duplicates.index(journal);
        Map<Contact, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < journal.size(); i++) {
            position.put(journal.get(i), i);
        }
        int found = 0;
        for (Contact c : file) {
            Optional<Duplicates.Match> expected = byFullList(index, position, c, Integer.MAX_VALUE);
            Optional<Duplicates.Match> actual = index.bestMatch(c);
            assertEquals(expected.map(m -> m.existing().id() + " " + m.reason() + " " + m.score()),
                    actual.map(m -> m.existing().id() + " " + m.reason() + " " + m.score()), c.name());
            found += actual.isPresent() ? 1 : 0;
        }
        assertEquals(true, found > 300, "the data has duplicates to find: " + found);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void withinOneFileEachRecordFindsTheEarlierRecordTheFullListGives(long seed) {
        List<Contact> file = people(1500, seed);
        Duplicates.Index index = Duplicates.index(file);
        Map<Contact, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < file.size(); i++) {
            position.put(file.get(i), i);
        }
        for (int i = 0; i < file.size(); i++) {
            Optional<Duplicates.Match> expected = byFullList(index, position, file.get(i), i);
            Optional<Duplicates.Earlier> actual = index.bestEarlierMatch(i);
            assertEquals(expected.map(m -> m.existing().id() + " " + m.reason() + " " + m.score()),
                    actual.map(m -> file.get(m.position()).id() + " " + m.reason() + " " + m.score()), "record " + i);
        }
    }

    /**
     * The names of a large file sort among many others, so that a name's similar ones lie at every
     * distance of the neighbourhood and in either order: linking each name's neighbours once finds
     * for every record what comparing the record with its neighbours found.
     */
    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void withinALargeFileLinkingNamesOnceFindsWhatLookingUpEachRecordFound(long seed) {
        Random r = new Random(seed);
        String[] first = {"Anna", "Anne", "Jürgen", "Sophie", "Sofie", "Lukas", "Lucas", "Marie", "Ben", "Søren", "Özlem"};
        String[] last = {"Müller", "Mueller", "Schmidt", "Schmitt", "Weber", "Fischer", "Meyer", "Meier", "Lange"};
        String[] orgs = {null, "Acme", "Nordlicht", "Kreislauf GmbH"};
        List<Contact> file = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            String name = first[r.nextInt(first.length)] + " " + (char) ('A' + r.nextInt(26)) + ". "
                    + last[r.nextInt(last.length)] + (r.nextInt(3) == 0 ? "-" + last[r.nextInt(last.length)] : "");
            List<String> emails = r.nextInt(40) == 0 ? List.of("p" + r.nextInt(i + 1) + "@mail.example") : List.of();
            file.add(Contact.builder(name).id("c" + i).organization(orgs[r.nextInt(orgs.length)]).emails(emails).build());
        }
        Duplicates.Index looked = Duplicates.index(file);
        Duplicates.Index linked = Duplicates.index(file);
        int similar = 0;
        for (int i = 0; i < file.size(); i++) {
            Optional<Duplicates.Match> expected = looked.bestMatchBefore(file.get(i), i);
            Optional<Duplicates.Earlier> actual = linked.bestEarlierMatch(i);
            assertEquals(expected.map(m -> m.existing().id() + " " + m.reason() + " " + m.score()),
                    actual.map(m -> file.get(m.position()).id() + " " + m.reason() + " " + m.score()), "record " + i);
            similar += actual.filter(m -> m.reason() == Duplicates.Reason.SIMILAR_NAME && m.score() < 1).isPresent() ? 1 : 0;
        }
        assertEquals(true, similar > 500, "records whose best match is a similar, not the same, name: " + similar);
    }
}
