package app.rapport.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

    static Contact c(String id, String name, String org, String... emails) {
        return Contact.builder(name).id(id).organization(org).emails(List.of(emails)).build();
    }

    @Test
    void findsTheSamePersonByEmailNameAndOrganisationOrSimilarName() {
        List<Contact> journal = List.of(
                c("1", "Anna Schmidt", "Kreislauf GmbH", "anna@kreislauf.de"),
                c("2", "Schmidt, Anna", "Kreislauf GmbH"),
                c("3", "A. Schmidt", null, "ANNA@kreislauf.de"),
                c("4", "Jürgen Müller", null),
                c("5", "Juergen Mueller", "Stadtwerke Köln"),
                c("6", "Jon Smith", "Acme"),
                c("7", "John Smith", null),
                c("8", "John Smith", "Other Corp"),
                c("9", "Clara Klein", null));
        List<Duplicates.Match> pairs = Duplicates.within(journal, Progress.NONE);
        List<String> found = pairs.stream().map(m -> pair(m) + " " + m.reason()).toList();
        assertTrue(found.contains("1-3 SAME_EMAIL"), found.toString());
        assertTrue(found.contains("1-2 SAME_NAME_AND_ORGANIZATION"), found.toString());
        assertTrue(found.contains("4-5 SIMILAR_NAME"), found.toString());
        assertTrue(found.contains("6-7 SIMILAR_NAME"), found.toString());
        assertTrue(found.contains("7-8 SIMILAR_NAME"), found.toString());
        // Same name at different organisations: two people.
        assertTrue(found.stream().noneMatch(f -> f.startsWith("6-8")), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("9")), found.toString());
        assertEquals(Duplicates.Reason.SAME_EMAIL, pairs.getFirst().reason());
    }

    static String pair(Duplicates.Match m) {
        String a = m.candidate().id();
        String b = m.existing().id();
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    @Test
    void aTypoNearTheStartIsFoundAmongThousandsOfNamesThatSortInBetween() {
        java.util.Random r = new java.util.Random(3);
        List<Contact> all = new java.util.ArrayList<>();
        all.add(Contact.builder("Anna Schmidt").id("anna").build());
        for (int i = 0; i < 3000; i++) {
            // "anb…" sorts between "ana schmidt" and "anna schmidt": only the backwards order brings them together.
            all.add(Contact.builder("Anb" + letters(r, 5) + " " + letters(r, 8)).id("f" + i).build());
        }
        all.add(Contact.builder("Ana Schmidt").id("ana").build());
        List<String> found = Duplicates.within(all, Progress.NONE).stream()
                .map(m -> m.candidate().id() + "-" + m.existing().id() + " " + m.reason()).toList();
        assertTrue(found.contains("ana-anna SIMILAR_NAME") || found.contains("anna-ana SIMILAR_NAME"), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("f")), () -> found.stream().limit(5).toList().toString());
    }

    @Test
    void manyNamesWithTheSameInitialsAreComparedOnlyWithTheirNeighbours() {
        // 30,000 people called V… N…: one block of initials, so comparing all pairs would take minutes.
        java.util.Random r = new java.util.Random(5);
        List<Contact> all = new java.util.ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            all.add(Contact.builder("V" + letters(r, 6) + " N" + letters(r, 8)).id("c" + i).build());
        }
        all.add(Contact.builder(all.get(17).name()).id("again").build());
        List<Duplicates.Match> found = Duplicates.within(all, Progress.NONE);
        assertEquals(1, found.size(), () -> found.stream().limit(5).map(m -> m.candidate().name() + " ~ "
                + m.existing().name()).toList().toString());
        assertEquals(java.util.Set.of("c17", "again"), java.util.Set.of(found.getFirst().candidate().id(),
                found.getFirst().existing().id()));
    }

    static String letters(java.util.Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    @Test
    void jaroWinklerBehavesAsPublished() {
        assertEquals(0.961, JaroWinkler.similarity("martha", "marhta"), 0.001);
        assertEquals(0.840, JaroWinkler.similarity("dwayne", "duane"), 0.001);
        assertEquals(0.813, JaroWinkler.similarity("dixon", "dicksonx"), 0.001);
        assertEquals(0.0, JaroWinkler.similarity("", "abc"));
        // The quick bound never turns away a pair that reaches the threshold.
        java.util.Random r = new java.util.Random(9);
        for (int i = 0; i < 20_000; i++) {
            String a = letters(r, 3 + r.nextInt(10));
            StringBuilder b = new StringBuilder(a);
            for (int k = r.nextInt(3); k > 0; k--) {
                b.setCharAt(r.nextInt(b.length()), (char) ('a' + r.nextInt(26)));
            }
            double full = JaroWinkler.similarity(a, b.toString());
            double quick = JaroWinkler.similarityIfAtLeast(a, b.toString(), 0.9);
            assertEquals(full >= 0.9 ? full : -1, quick, 1e-12, a + " " + b);
        }
    }

    @Test
    void mergeUnitesListsAndKeepsFirstNonEmptyScalars() {
        Contact keep = Contact.builder("Anna Schmidt").id("k").emails(List.of("a@x.de")).phones(List.of("+49 1 2"))
                .interests(List.of("WordPress")).birthday(Birthday.of(4, 12)).notes("One.").build();
        Contact other = Contact.builder("Anna").id("o").organization("Acme").emails(List.of("A@X.de", "b@y.de"))
                .phones(List.of("+4912")).interests(List.of("wordpress", "seo")).birthday(Birthday.of(1985, 4, 12))
                .notes("Two.").doNotIntroduce(true).build();
        Contact m = ContactMerge.merge(keep, other);
        assertEquals("k", m.id());
        assertEquals("Anna Schmidt", m.name());
        assertEquals("Acme", m.organization());
        assertEquals(List.of("a@x.de", "b@y.de"), m.emails());
        assertEquals(List.of("+49 1 2"), m.phones());
        assertEquals(List.of("WordPress", "seo"), m.interests());
        assertEquals(Birthday.of(1985, 4, 12), m.birthday());
        assertEquals("One.\n\nTwo.", m.notes());
        assertTrue(m.doNotIntroduce());
    }
}
