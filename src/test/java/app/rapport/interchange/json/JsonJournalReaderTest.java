package app.rapport.interchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.BundleTexts;
import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonJournalReaderTest {

    static byte[] resource(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/interchange", name));
    }

    /** Every problem as the user reads it, in English. */
    static List<String> problems(String file) throws IOException {
        ImportException e = assertThrows(ImportException.class, () -> JsonJournalReader.read(resource(file)));
        return e.problems().stream().map(p -> p.describe(BundleTexts.ENGLISH)).toList();
    }

    static ImportException failure(String json) {
        return assertThrows(ImportException.class,
                () -> JsonJournalReader.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryFieldOfTheDocumentedExample() throws Exception {
        ImportResult result = JsonJournalReader.read(resource("valid-small.json"));
        JournalSnapshot j = result.snapshot();
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());

        Contact anna = j.contacts().getFirst();
        assertEquals("c1", anna.id());
        assertEquals("Anna Schmidt", anna.name());
        assertEquals("Köln", anna.city());
        assertEquals(Birthday.of(4, 12), anna.birthday());
        assertEquals(List.of("seed funding", "b2b sales contacts"), anna.seeks());
        assertEquals(90, anna.keepInTouchDays());
        assertEquals(Birthday.of(1985, 2, 28), j.contacts().get(1).birthday());
        assertEquals(3, j.contacts().size());

        assertEquals(3, j.ties().getFirst().strength());
        assertEquals("studied together", j.ties().getFirst().note());

        var event = j.events().getFirst();
        assertEquals(OffsetDateTime.parse("2026-12-03T18:30:00+01:00"), event.start());
        assertEquals(List.of("c1", "c2"), event.attendees());
        assertEquals("c2", event.sessions().getFirst().speaker());

        Encounter lunch = j.encounters().getFirst();
        assertEquals(EncounterKind.MEETING, lunch.kind());
        assertEquals(4, lunch.rating());
        assertEquals(LocalDate.of(2026, 10, 8), lunch.followUps().getFirst().due());
        assertEquals("e1", j.encounters().get(1).eventId());

        assertEquals(IntroductionStatus.INTRODUCED, j.introductions().getFirst().status());
        assertEquals(Instant.parse("2026-10-02T09:00:00Z"), j.introductions().getFirst().createdAt());
        assertEquals(ExchangeDirection.GIVEN, j.exchanges().getFirst().direction());
    }

    @Test
    void refusesAnotherFormatBeforeLookingFurther() throws IOException {
        assertEquals(List.of("field \"format\": this is not a Rapport journal file: its format is "
                + "\"vcard-journal\", not \"rapport-journal\". (line 2, column 13)"), problems("wrong-format.json"));
    }

    @Test
    void refusesANewerVersionWithoutReportingItsNewFields() throws IOException {
        assertEquals(List.of("field \"version\": the file has format version 2, but this Rapport reads version 1 "
                + "only. Install a newer Rapport to import it. (line 3, column 14)"), problems("newer-version.json"));
    }

    @Test
    void refusesAFileWithoutFormatOrVersion() {
        assertEquals("interchange.error.formatMissing", failure("{\"contacts\": []}").problems().getFirst().messageKey());
        assertEquals("interchange.error.versionMissing",
                failure("{\"format\": \"rapport-journal\"}").problems().getFirst().messageKey());
        assertEquals("interchange.error.badVersion",
                failure("{\"format\": \"rapport-journal\", \"version\": \"1\"}").problems().getFirst().messageKey());
    }

    @Test
    void namesTheRecordWhoseNameIsMissing() throws IOException {
        assertEquals(List.of("contacts[1] (id \"c2\"): field \"name\": required, but missing or empty. "
                + "(line 39, column 5)"), problems("missing-name.json"));
    }

    @Test
    void reportsReferencesToContactsAndEventsThatAreNotInTheFile() throws IOException {
        assertEquals(List.of(
                "ties[1]: field \"b\": \"c9\" is not the id of a contact in this file. (line 61, column 12)",
                "encounters[1] (id \"x2\"): field \"eventId\": \"e7\" is not the id of an event in this file. "
                        + "(line 113, column 18)"), problems("dangling-reference.json"));
    }

    @Test
    void reportsEveryValueOfTheWrongType() throws IOException {
        assertEquals(List.of(
                "contacts[0] (id \"c1\"): field \"keepInTouchDays\": expected a whole number, found \"90\". "
                        + "(line 35, column 26)",
                "contacts[1] (id \"c2\"): field \"emails\": expected a list, found \"ben@example.org\". "
                        + "(line 46, column 17)",
                "contacts[2] (id \"c3\"): field \"archived\": expected true or false, found \"no\". "
                        + "(line 51, column 19)",
                "encounters[0] (id \"x1\"): field \"rating\": expected a whole number, found 4.5. "
                        + "(line 98, column 17)"), problems("wrong-types.json"));
    }

    @Test
    void reportsDuplicateIdsWithTheRecordThatHadItFirst() throws IOException {
        assertEquals(List.of(
                "contacts[3] (id \"c2\"): field \"id\": the id \"c2\" is already used by contacts[1]. "
                        + "(line 52, column 13)",
                "encounters[1] (id \"x1\"): field \"id\": the id \"x1\" is already used by encounters[0]. "
                        + "(line 110, column 13)"), problems("duplicate-ids.json"));
    }

    @Test
    void reportsBadDatesEnumsAndRanges() throws IOException {
        List<String> problems = problems("bad-values.json");
        assertTrue(problems.contains("contacts[0] (id \"c1\"): field \"birthday\": \"1990-13-01\" is not a birthday "
                + "(like 1990-04-12, or --04-12 without the year). (line 21, column 19)"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("ties[0]: field \"strength\": 7 is not between 1 and 5.")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("encounters[0] (id \"x1\"): field \"kind\": \"lunch\" "
                + "is not one of: meeting, call, video, message, email, meal, event, other.")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("encounters[0] (id \"x1\"): field \"date\": "
                + "\"2026-10-01 12:30\" is not a date and time")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("introductions[0] (id \"i1\"): field \"status\": "
                + "\"Met\" is not one of: suggested, dismissed,")), problems.toString());
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void reportsMalformedUtf8WithItsPositionInsteadOfReplacingIt() throws IOException {
        assertEquals(List.of("the file is not valid UTF-8 text: byte 0xF6 cannot be read. Save the file as UTF-8 "
                + "and try again. (line 11, column 17)"), problems("invalid-utf8.json"));
    }

    @Test
    void reportsJsonSyntaxErrorsWithTheirPosition() {
        ImportProblem p = failure("{\n  \"format\": \"rapport-journal\",\n  \"version\": 1,\n  \"contacts\": [\n"
                + "    { \"id\": \"c1\" \"name\": \"Anna\" }\n  ]\n}\n").problems().getFirst();
        assertEquals("interchange.error.notJson", p.messageKey());
        assertEquals(5, p.line());
        assertEquals("interchange.error.trailingContent",
                failure("{\"format\": \"rapport-journal\", \"version\": 1} {}").problems().getFirst().messageKey());
        assertEquals("interchange.error.empty", failure("  ").problems().getFirst().messageKey());
        assertEquals("interchange.error.notAnObject", failure("[1, 2]").problems().getFirst().messageKey());
    }

    @Test
    void checksTheExportTimeAndTheShapeOfTheLists() {
        List<String> problems = failure("""
                {"format": "rapport-journal", "version": 1, "exportedAt": "yesterday",
                 "contacts": {"id": "c1"}, "ties": [["c1", "c2"]], "events": null}
                """).problems().stream().map(p -> p.describe(BundleTexts.ENGLISH)).toList();
        assertEquals(List.of(
                "field \"exportedAt\": \"yesterday\" is not a date and time with an offset (like "
                        + "2026-10-01T12:30:00+02:00). (line 1, column 59)",
                "field \"contacts\": expected a list, found {...}. (line 2, column 14)",
                "field \"ties[0]\": expected a record in braces, found [...]. (line 2, column 37)"), problems);
    }

    @Test
    void badStepsAndDraftsOfAnIntroductionAreNamedWithTheirField() {
        List<String> problems = failure("""
                {"format": "rapport-journal", "version": 1,
                 "contacts": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                 "introductions": [{"id": "i1", "a": "a", "b": "b", "status": "met",
                   "steps": {"planned": "2026-10-02", "dismissed": "2026-10-03", "met": "soon"}, "drafts": "hello"}]}
                """).problems().stream().map(p -> p.describe(BundleTexts.ENGLISH)).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("introductions[0] (id \"i1\"): field \"steps.dismissed\": \"dismissed\" is not a step"),
                problems.toString());
        assertTrue(problems.get(1).startsWith("introductions[0] (id \"i1\"): field \"steps.met\": "), problems.toString());
        assertTrue(problems.get(2).startsWith("introductions[0] (id \"i1\"): field \"drafts\": expected a record"),
                problems.toString());
    }

    @Test
    void columnsCountCharactersNotBytes() {
        ImportProblem p = failure("{\"format\": \"rapport-journal\", \"version\": 1, \"contacts\": "
                + "[{\"id\": \"ö\", \"name\": \"Äßé\", \"birthday\": \"x\"}]}").problems().getFirst();
        assertEquals("interchange.error.notBirthday", p.messageKey());
        assertEquals(1, p.line());
        assertEquals(97, p.column()); // byte 101: ö, Ä, ß and é take two bytes each
    }

    @Test
    void ignoresUnknownFieldsWithAWarningEach() throws Exception {
        ImportResult result = JsonJournalReader.read(resource("unknown-fields.json"));
        assertEquals(3, result.snapshot().contacts().size());
        assertEquals(List.of(
                "contacts[0] (id \"c1\"): field \"pronouns\": not part of format version 1; ignored. "
                        + "(line 38, column 19)",
                "encounters[0] (id \"x1\"): field \"mood\": not part of format version 1; ignored. "
                        + "(line 105, column 15)",
                "field \"colour\": not part of format version 1; ignored. (line 137, column 13)"),
                result.warnings().stream().map(p -> p.describe(BundleTexts.ENGLISH)).toList());
    }

    @Test
    void givesIdsToRecordsThatMayComeWithoutAndChecksNestedRecords() {
        String json = """
                {"format": "rapport-journal", "version": 1,
                 "contacts": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                 "encounters": [{"date": "2026-01-01T10:00:00Z", "participants": ["a", "b"]},
                                {"id": "encounter-1", "date": "2026-01-02T10:00:00Z", "participants": ["a"]}]}
                """;
        try {
            JournalSnapshot j = JsonJournalReader.read(json.getBytes(StandardCharsets.UTF_8)).snapshot();
            assertEquals(List.of("encounter-2", "encounter-1"), j.encounters().stream().map(Encounter::id).toList());
        } catch (ImportException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        ImportException e = failure("""
                {"format": "rapport-journal", "version": 1,
                 "contacts": [{"id": "a", "name": "A"}],
                 "encounters": [{"date": "2026-01-01T10:00:00Z", "participants": ["a", "a"],
                                 "followUps": [{"due": "soon"}]}]}
                """);
        assertEquals(List.of(
                "encounters[0]: field \"participants[1]\": \"a\" is listed more than once. (line 3, column 72)",
                "encounters[0]: field \"followUps[0].what\": required, but missing or empty. (line 4, column 32)",
                "encounters[0]: field \"followUps[0].due\": \"soon\" is not a date (like 2026-11-23). "
                        + "(line 4, column 40)"),
                e.problems().stream().map(p -> p.describe(BundleTexts.ENGLISH)).toList());
    }

    @Test
    void describesProblemsInGermanToo() throws IOException {
        ImportException e = assertThrows(ImportException.class, () -> JsonJournalReader.read(resource("missing-name.json")));
        assertEquals("contacts[1] (ID \"c2\"): Feld \"name\": erforderlich, fehlt aber oder ist leer. (Zeile 39, Spalte 5)",
                e.problems().getFirst().describe(BundleTexts.GERMAN));
    }
}
