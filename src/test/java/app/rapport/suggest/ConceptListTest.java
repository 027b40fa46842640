package app.rapport.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bilingual concept list ({@code concepts.txt}) parses line by line, and the concepts that
 * introductions rely on hold the words people write on both sides of a need ("sucht
 * Startkapital" and "investiert in Start-ups", "Vertrieb" and "B2B sales").
 *
 * <p>The test reads the file with its own small parser, so that a broken entry is named by its
 * line here even while the engine's loader changes.
 */
class ConceptListTest {

    private static final String RESOURCE = "/app/rapport/suggest/concepts.txt";
    private static final int MINIMUM_CONCEPTS = 350;
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /**
     * Letters and digits, with a single space, hyphen, dot, slash or ampersand ("M&A") between
     * them, or a German suspended hyphen ("Luft- und Raumfahrt").
     */
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+(?:(?:- |[ ./&-])[\\p{L}\\p{N}]+)*");

    /** One concept as written: its name, its English and German terms, and its line. */
    record Concept(String name, List<String> english, List<String> german, int line) {

        boolean contains(String term) {
            String wanted = term.toLowerCase(Locale.ROOT);
            return english.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted))
                    || german.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted));
        }
    }

    /** The concepts that parsed, and one message per problem, each naming its line. */
    record ConceptFile(List<Concept> concepts, List<String> problems) {

        static ConceptFile parse(List<String> lines) {
            List<Concept> concepts = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                int number = i + 1;
                String line = lines.get(i);
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String where = "concepts.txt line " + number + ": ";
                if (!line.equals(content)) {
                    problems.add(where + "leading or trailing whitespace");
                }
                int colon = content.indexOf(':');
                if (colon < 0) {
                    problems.add(where + "no ':' after the concept's name");
                    continue;
                }
                String name = content.substring(0, colon);
                if (!NAME.matcher(name).matches()) {
                    problems.add(where + "name '" + name + "' is not lowercase ascii words joined by '-'");
                }
                Integer earlier = names.putIfAbsent(name, number);
                if (earlier != null) {
                    problems.add(where + "name '" + name + "' is already used on line " + earlier);
                }
                String[] sides = content.substring(colon + 1).split("\\|", -1);
                if (sides.length != 2) {
                    problems.add(where + "expected one '|' between the English and the German terms, found "
                            + (sides.length - 1));
                    continue;
                }
                List<String> english = terms(sides[0], "English", where, problems);
                List<String> german = terms(sides[1], "German", where, problems);
                concepts.add(new Concept(name, english, german, number));
            }
            return new ConceptFile(concepts, problems);
        }

        private static List<String> terms(String side, String language, String where, List<String> problems) {
            List<String> terms = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String piece : side.split(",", -1)) {
                String term = piece.strip();
                if (term.isEmpty()) {
                    problems.add(where + "an empty " + language + " term");
                    continue;
                }
                if (!TERM.matcher(term).matches()) {
                    problems.add(where + language + " term '" + term
                            + "' has stray whitespace or punctuation (letters and digits, joined by single spaces, '-', '.', '/', '&' or '- ')");
                } else if (term.length() < 2) {
                    problems.add(where + language + " term '" + term + "' is a single character");
                }
                if (!seen.add(term.toLowerCase(Locale.ROOT))) {
                    problems.add(where + language + " term '" + term + "' appears twice");
                }
                terms.add(term);
            }
            if (terms.isEmpty()) {
                problems.add(where + "no " + language + " term");
            }
            return terms;
        }
    }

    private static ConceptFile list;

    @BeforeAll
    static void readTheList() throws IOException {
        try (InputStream in = ConceptListTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            list = ConceptFile.parse(reader.lines().toList());
        }
    }

    @Test
    void everyEntryParses() {
        if (!list.problems().isEmpty()) {
            fail(list.problems().size() + " problems:\n" + String.join("\n", list.problems()));
        }
    }

    @Test
    void theListIsLargeEnoughToCoverWhatNetworkersWrite() {
        assertTrue(list.concepts().size() >= MINIMUM_CONCEPTS,
                "concepts.txt has " + list.concepts().size() + " concepts, at least " + MINIMUM_CONCEPTS + " expected");
    }

    @Test
    void everyConceptHasEnglishAndGermanTerms() {
        List<String> problems = new ArrayList<>();
        for (Concept c : list.concepts()) {
            if (c.english().isEmpty() || c.german().isEmpty()) {
                problems.add("concepts.txt line " + c.line() + ": '" + c.name() + "' lacks a language");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are one concept")
    @CsvSource(delimiter = '|', value = {
        "Startkapital | investor",
        "Startkapital | investiert",
        "Vertrieb | B2B sales",
        "Videograf | video production",
        "Videoproduktion | Videograf",
        "hiring | Recruiting",
        "Büroräume | coworking",
        "Fördermittel | grants",
        "Steuerberatung | tax advice",
        "Kaltakquise | cold calling",
        "Gründungszuschuss | Exist-Stipendium",
        "KI | artificial intelligence",
        "Übersetzung | translator",
        "Speaker | Keynote",
        "Barcamp | unconference",
        "Mittelstand | SMEs",
        "Klettern | bouldering",
        "Schach | chess",
        "Wein | wine tasting",
        "Büromöbel | office furniture",
        "Podcast-Schnitt | audio editing",
        "Pitch-Training | presentation coaching",
        "Produktionsküche | commercial kitchen",
        "Website-Texte | copywriting",
        "Laptops entsorgen | IT recycling",
        "Kontakte in Kliniken | hospital network",
        "Laborfläche | lab space",
        "Teamreise | incentive trips",
        "Seefracht | freight forwarding",
        "Kurierfahrten | bike courier",
        "Kanada | Canada",
        "Zeitarbeit | temp agency",
        "Leichte Sprache | plain language",
    })
    void termsPeopleUseForOneThingShareAConcept(String one, String other) {
        List<Concept> withOne = list.concepts().stream().filter(c -> c.contains(one)).toList();
        List<Concept> withOther = list.concepts().stream().filter(c -> c.contains(other)).toList();
        assertTrue(withOne.stream().anyMatch(c -> c.contains(other)),
                "no concept holds both '" + one + "' (lines " + lines(withOne) + ") and '" + other
                        + "' (lines " + lines(withOther) + ")");
    }

    private static List<Integer> lines(List<Concept> concepts) {
        return concepts.stream().map(Concept::line).toList();
    }

    // The checks above must be able to fail: each broken line below is caught and named.

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "no colon;funding funding | Finanzierung;no ':'",
        "no bar;funding: funding, Finanzierung;one '|'",
        "two bars;funding: funding | Finanzierung | Geld;one '|'",
        "name with capitals;Funding: funding | Finanzierung;lowercase ascii",
        "name with a space;seed funding: seed funding | Startkapital;lowercase ascii",
        "empty English term;funding: funding, , grants | Finanzierung;empty English term",
        "no German term;funding: funding | ;empty German term",
        "double space;funding: seed  funding | Finanzierung;stray whitespace",
        "trailing punctuation;funding: funding. | Finanzierung;stray whitespace or punctuation",
        "dangling hyphen;funding: funding | Finanzierungs-;stray whitespace or punctuation",
        "apostrophe;funding: angel's money | Finanzierung;stray whitespace or punctuation",
        "plus sign;software-development: C++ | C++;stray whitespace or punctuation",
        "single letter;funding: funding | K;single character",
        "duplicate term;funding: funding, Funding | Finanzierung;appears twice",
        "duplicate name;office-space: desk | Schreibtisch;already used on line 1",
        "trailing whitespace;\"funding: funding | Finanzierung \";trailing whitespace",
    })
    void aBrokenLineIsNamedByItsNumber(String what, String brokenLine, String expected) {
        ConceptFile parsed = ConceptFile.parse(List.of(
                "office-space: office space | Büroräume", brokenLine, "# a comment", ""));
        assertTrue(parsed.problems().stream().anyMatch(p -> p.startsWith("concepts.txt line 2: ") && p.contains(expected)),
                what + ": expected a problem on line 2 containing '" + expected + "', got " + parsed.problems());
    }

    @Test
    void commentsAndBlankLinesAreNotConcepts() {
        ConceptFile parsed = ConceptFile.parse(List.of(
                "# funding: not | a concept", "", "   ", "  # indented comment", "office-space: coworking | Coworking"));
        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of("office-space"), parsed.concepts().stream().map(Concept::name).toList());
    }
}
