package app.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.cli.CommandLineTest.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

    @TempDir
    Path tmp;

    static Run run(String... args) {
        return CommandLineTest.run(Locale.ENGLISH, args);
    }

    String journalWith(String resource) {
        String dir = tmp.resolve("j").toString();
        Run imported = run("--data-dir", dir, "import", CommandLineTest.RESOURCES.resolve(resource).toString());
        assertEquals(0, imported.code(), imported.err());
        return dir;
    }

    @Test
    void printsTheBestPairWithItsReasonAndLeavesOutDismissedAndDoNotIntroduce() {
        String dir = journalWith("suggest-small.json");
        Run suggest = run("--data-dir", dir, "suggest", "--as-of", "2026-11-01");
        assertEquals(0, suggest.code(), suggest.err());
        List<String> lines = suggest.out().lines().toList();
        assertTrue(lines.get(0).matches("1\\. (Anna Schmidt and Ben Müller|Ben Müller and Anna Schmidt) \\(score \\d+\\.\\d\\d\\)"),
                suggest.out());
        assertTrue(lines.get(1).startsWith("    ") && lines.get(1).contains("seed funding"), suggest.out());
        // Chioma offers seed funding too, but is marked "do not introduce"; Dana and Emil were dismissed.
        assertFalse(suggest.out().contains("Chioma"), suggest.out());
        assertFalse(suggest.out().contains("Dana Wolf and Emil Berg") || suggest.out().contains("Emil Berg and Dana Wolf"),
                suggest.out());
    }

    @Test
    void aJournalWithFewerThanTwoPeopleSaysAnIntroductionTakesTwo() throws Exception {
        Path file = tmp.resolve("one.json");
        java.nio.file.Files.writeString(file, """
                {"format": "rapport-journal", "version": 1, "contacts": [{"id": "c1", "name": "Anna Schmidt"}]}
                """);
        String dir = tmp.resolve("one").toString();
        assertEquals(0, run("--data-dir", dir, "import", file.toString()).code());
        Run suggest = run("--data-dir", dir, "suggest");
        assertEquals(0, suggest.code(), suggest.err());
        assertTrue(suggest.out().contains("an introduction takes two people"), suggest.out());
        assertFalse(suggest.out().contains("already know each other"), suggest.out());
    }

    @Test
    void jsonIsAnArrayOfPairsWithIdsNamesScoreAndReason() throws Exception {
        String dir = journalWith("suggest-small.json");
        Run suggest = run("--data-dir", dir, "suggest", "--as-of", "2026-11-01", "--json");
        assertEquals(0, suggest.code(), suggest.err());
        assertEquals("", suggest.out());
        JsonNode array = new ObjectMapper().readTree(suggest.stdoutText());
        assertTrue(array.isArray() && !array.isEmpty(), suggest.stdoutText());
        JsonNode first = array.get(0);
        assertEquals(Set.of("a", "b", "score", "reason"), fieldNames(first));
        assertEquals(Set.of("id", "name"), fieldNames(first.get("a")));
        assertEquals(Set.of("c1", "c2"), Set.of(first.get("a").get("id").asText(), first.get("b").get("id").asText()));
        assertEquals(Set.of("Anna Schmidt", "Ben Müller"),
                Set.of(first.get("a").get("name").asText(), first.get("b").get("name").asText()));
        assertTrue(first.get("score").isNumber() && first.get("score").asDouble() > 0);
        assertTrue(first.get("reason").asText().contains("seed funding"), first.toString());
    }

    @Test
    void topLimitsTheListWhichIsTheSameEveryTimeForTheSameDay() throws Exception {
        Path demo = tmp.resolve("demo.json");
        run("demo", "--contacts", "400", "--seed", "2", "--as-of", "2026-11-23", "-o", demo.toString());
        String dir = tmp.resolve("demo").toString();
        assertEquals(0, run("--data-dir", dir, "import", demo.toString()).code());

        Run first = run("--data-dir", dir, "suggest", "--top", "7", "--as-of", "2026-11-23", "--json");
        Run again = run("--data-dir", dir, "suggest", "--top", "7", "--as-of", "2026-11-23", "--json");
        assertEquals(first.stdoutText(), again.stdoutText());
        JsonNode array = new ObjectMapper().readTree(first.stdoutText());
        assertEquals(7, array.size());
        double previous = Double.MAX_VALUE;
        for (JsonNode s : array) {
            assertTrue(s.get("score").asDouble() <= previous, "best first");
            previous = s.get("score").asDouble();
            assertFalse(s.get("a").get("id").asText().equals(s.get("b").get("id").asText()));
        }
    }

    @Test
    void badUsageAndAMissingJournal() {
        assertEquals(2, run("suggest", "--top", "0").code());
        assertEquals(2, run("suggest", "--as-of", "yesterday").code());
        Run none = run("--data-dir", tmp.resolve("none").toString(), "suggest");
        assertEquals(1, none.code());
        assertTrue(none.err().startsWith("There is no journal in "), none.err());
    }

    @Test
    void twoStrangersWithNothingInCommonAreStillSuggestedWithAnHonestReason() throws Exception {
        Path file = tmp.resolve("strangers.json");
        java.nio.file.Files.writeString(file, """
                {"format": "rapport-journal", "version": 1,
                 "contacts": [{"id": "a", "name": "Anna", "interests": ["jazz"]},
                              {"id": "b", "name": "Ben", "interests": ["chess"]}]}
                """);
        String dir = tmp.resolve("j").toString();
        assertEquals(0, run("--data-dir", dir, "import", file.toString()).code());
        Run suggest = run("--data-dir", dir, "suggest", "--as-of", "2026-11-01");
        assertEquals(0, suggest.code(), suggest.err());
        assertTrue(suggest.out().startsWith("1. Anna and Ben"), suggest.out());
        assertTrue(suggest.out().contains("You know Anna and Ben, if only a little."), suggest.out());
    }

    @Test
    void aJournalWhereEveryoneKnowsEachOtherSaysSo() throws Exception {
        Path file = tmp.resolve("lunch.json");
        java.nio.file.Files.writeString(file, """
                {"format": "rapport-journal", "version": 1,
                 "contacts": [{"id": "a", "name": "Anna", "seeks": ["seed funding"]},
                              {"id": "b", "name": "Ben", "offers": ["seed funding"]}],
                 "encounters": [{"id": "x1", "date": "2026-10-01T12:30:00+02:00", "kind": "meal",
                                 "participants": ["a", "b"]}]}
                """);
        String dir = tmp.resolve("j").toString();
        assertEquals(0, run("--data-dir", dir, "import", file.toString()).code());
        Run suggest = run("--data-dir", dir, "suggest", "--as-of", "2026-11-01");
        assertEquals(0, suggest.code(), suggest.err());
        assertTrue(suggest.out().startsWith("No introductions to suggest on 2026-11-01: the people in your journal already know each other"),
                suggest.out());
        Run json = run("--data-dir", dir, "suggest", "--as-of", "2026-11-01", "--json");
        assertEquals("[ ]\n", json.stdoutText());
    }

    /**
     * What the user did in the window feeds back: a planned pair never comes back, a dismissed pair
     * stays away until one of the two changes what they are about.
     */
    @Test
    void plannedPairsNeverReturnAndDismissedPairsReturnOnlyAfterAMaterialChange() throws Exception {
        var dana = app.rapport.journal.Contact.builder("Dana Wolf").id("c4").interests(List.of("wordpress"))
                .seeks(List.of("web design")).build();
        var emil = app.rapport.journal.Contact.builder("Emil Berg").id("c5").interests(List.of("wordpress"))
                .offers(List.of("web design")).build();
        String fingerprint = app.rapport.suggest.Dismissal.of(dana, emil).fingerprint();
        String people = """
                {"format": "rapport-journal", "version": 1,
                 "contacts": [
                   {"id": "c1", "name": "Anna Schmidt", "interests": ["circular economy"], "seeks": ["seed funding"]},
                   {"id": "c2", "name": "Ben Müller", "interests": ["circular economy"], "offers": ["seed funding"]},
                   {"id": "c4", "name": "Dana Wolf", "interests": ["wordpress"], "seeks": ["%s"], "phones": ["%s"]},
                   {"id": "c5", "name": "Emil Berg", "interests": ["wordpress"], "offers": ["web design"]}],
                 "introductions": [
                   {"id": "i1", "a": "c1", "b": "c2", "status": "planned", "steps": {"planned": "2026-10-02"}},
                   {"id": "i2", "a": "c4", "b": "c5", "status": "dismissed", "dismissalFingerprint": "%s"}]}
                """;
        Path file = tmp.resolve("feedback.json");
        java.nio.file.Files.writeString(file, people.formatted("web design", "+49 1", fingerprint));
        String dir = tmp.resolve("j").toString();
        assertEquals(0, run("--data-dir", dir, "import", file.toString()).code());
        assertEquals(Set.of(), decidedPairsIn(run("--data-dir", dir, "suggest", "--as-of", "2026-11-01", "--json")),
                "planned and dismissed pairs stay away");

        // A new phone number is no material change; a new thing Dana seeks is.
        java.nio.file.Files.writeString(file, people.formatted("web design", "+49 2", fingerprint));
        assertEquals(0, run("--data-dir", dir, "import", file.toString()).code());
        assertEquals(Set.of(), decidedPairsIn(run("--data-dir", dir, "suggest", "--as-of", "2026-11-01", "--json")));
        java.nio.file.Files.writeString(file, people.formatted("web design\", \"wordpress hosting", "+49 2", fingerprint));
        assertEquals(0, run("--data-dir", dir, "import", file.toString()).code());
        JsonNode after = new ObjectMapper().readTree(
                run("--data-dir", dir, "suggest", "--as-of", "2026-11-01", "--json").stdoutText());
        assertEquals(Set.of("c4", "c5"), Set.of(after.get(0).get("a").get("id").asText(),
                after.get(0).get("b").get("id").asText()), "the changed pair is back, first: it has a reason");
        assertFalse(pairs(after).contains(Set.of("c1", "c2")), "the planned pair stays away: " + after);
    }

    /** The planned (c1, c2) and dismissed (c4, c5) pairs among those suggested. */
    private static Set<Set<String>> decidedPairsIn(Run run) throws Exception {
        Set<Set<String>> decided = new HashSet<>(pairs(new ObjectMapper().readTree(run.stdoutText())));
        decided.retainAll(Set.of(Set.of("c1", "c2"), Set.of("c4", "c5")));
        return decided;
    }

    private static Set<Set<String>> pairs(JsonNode suggestions) {
        Set<Set<String>> pairs = new HashSet<>();
        suggestions.forEach(s -> pairs.add(Set.of(s.get("a").get("id").asText(), s.get("b").get("id").asText())));
        return pairs;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
