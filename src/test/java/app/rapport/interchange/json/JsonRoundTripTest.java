package app.rapport.interchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.demo.DemoJournal;
import app.rapport.journal.JournalSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing and reading without a store; the round trip through the journal is in the CLI tests. */
class JsonRoundTripTest {

    @Test
    void writingWhatWasReadGivesTheSameDocument() throws Exception {
        JournalSnapshot demo = DemoJournal.generate(150, 11, LocalDate.of(2026, 3, 29));
        String first = new String(JsonJournalWriter.toBytes(demo, Instant.EPOCH), StandardCharsets.UTF_8);
        JournalSnapshot read = JsonJournalReader.read(first.getBytes(StandardCharsets.UTF_8)).snapshot();
        String second = new String(JsonJournalWriter.toBytes(read, Instant.EPOCH), StandardCharsets.UTF_8);
        assertEquals(first, second);
    }

    @Test
    void writesTheDocumentedLayout() throws Exception {
        JournalSnapshot small = JsonJournalReader.read(
                Files.readAllBytes(Path.of("src/test/resources/interchange/valid-small.json"))).snapshot();
        String json = new String(JsonJournalWriter.toBytes(small, Instant.parse("2026-11-23T10:00:00Z")),
                StandardCharsets.UTF_8);
        List<String> lines = json.lines().toList();
        assertEquals("{", lines.get(0));
        assertEquals("  \"format\": \"rapport-journal\",", lines.get(1));
        assertEquals("  \"version\": 1,", lines.get(2));
        assertEquals("  \"exportedAt\": \"2026-11-23T10:00:00Z\",", lines.get(3));
        assertTrue(json.contains("\n      \"emails\": [\"anna@example.org\"],\n"), json);
        assertTrue(json.contains("\n      \"birthday\": \"--04-12\",\n"), json);
        assertTrue(json.contains("\n    { \"a\": \"c1\", \"b\": \"c2\", \"strength\": 3, \"note\": \"studied together\" }\n"), json);
        assertTrue(json.contains("\"date\": \"2026-10-01T12:30:00+02:00\""), json);
        assertTrue(json.contains("\"followUps\": [\n        { \"what\": \"Send intro deck\", \"due\": \"2026-10-08\", \"done\": false }\n      ]"), json);
        assertTrue(json.contains("\"interests\": [],"), json);
        assertTrue(json.endsWith("}\n"));
        assertTrue(json.contains("\"city\": \"Köln\""), "UTF-8, not escaped");
    }

    /** Step dates, drafts and a dismissal's fingerprint are optional extra fields of an introduction. */
    @Test
    void introductionStepsDraftsAndFingerprintsComeBack() throws Exception {
        var anna = app.rapport.journal.Contact.builder("Anna Schmidt").id("c1").build();
        var ben = app.rapport.journal.Contact.builder("Ben Müller").id("c2").build();
        var carla = app.rapport.journal.Contact.builder("Carla Jung").id("c3").build();
        LocalDate day = LocalDate.of(2026, 10, 2);
        var working = new app.rapport.journal.Introduction("i1", "c1", "c2",
                app.rapport.journal.IntroductionStatus.SUGGESTED, Instant.parse("2026-10-02T09:00:00Z"), "why", null)
                .reached(app.rapport.journal.IntroductionStatus.PLANNED, day)
                .reached(app.rapport.journal.IntroductionStatus.ASKED_A, day.plusDays(1))
                .withDrafts(new app.rapport.journal.Introduction.Drafts("de", "Hallo Anna,\nmagst du Ben kennenlernen?",
                        "Hallo Ben", "Anna, das ist Ben."))
                .withOutcome(true, "1 + 1 = 3", day.plusDays(30));
        var dismissed = app.rapport.journal.Introduction.dismissal("c1", "c3", Instant.parse("2026-10-03T09:00:00Z"),
                "why not", "0123abcd");
        JournalSnapshot journal = new JournalSnapshot(List.of(anna, ben, carla), List.of(), List.of(), List.of(),
                List.of(working, dismissed.withId("i2")), List.of());
        String json = new String(JsonJournalWriter.toBytes(journal, Instant.EPOCH), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"steps\": { \"planned\": \"2026-10-02\", \"asked-a\": \"2026-10-03\","
                + " \"working-together\": \"2026-11-01\" }"), json);
        assertTrue(json.contains("\"toA\": \"Hallo Anna,\\nmagst du Ben kennenlernen?\""), json);
        assertTrue(json.contains("\"dismissalFingerprint\": \"0123abcd\""), json);
        var read = JsonJournalReader.read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(journal.introductions(), read.snapshot().introductions());
        assertTrue(read.warnings().isEmpty(), "the new fields are known: " + read.warnings());
        assertEquals(json, new String(JsonJournalWriter.toBytes(read.snapshot(), Instant.EPOCH), StandardCharsets.UTF_8));
    }

    /** Addresses and the photo are optional fields of a contact: written when there, read back, absent otherwise. */
    @Test
    void addressesAndThePhotoComeBackAndAreLeftOutWhenThereAreNone() throws Exception {
        var home = new app.rapport.journal.PostalAddress("Venloer Str. 12\nHinterhaus", "50672", "Köln", null, "Germany");
        var photo = new app.rapport.journal.Photo("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        var anna = app.rapport.journal.Contact.builder("Anna Schmidt").id("c1").addresses(List.of(home)).photo(photo).build();
        var ben = app.rapport.journal.Contact.builder("Ben Müller").id("c2").build();
        JournalSnapshot journal = new JournalSnapshot(List.of(anna, ben), List.of(), List.of(), List.of(), List.of(), List.of());
        String json = new String(JsonJournalWriter.toBytes(journal, Instant.EPOCH), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"addresses\": [\n        { \"street\": \"Venloer Str. 12\\nHinterhaus\", \"postalCode\": \"50672\","
                + " \"city\": \"Köln\", \"region\": null, \"country\": \"Germany\" }\n      ],"), json);
        assertTrue(json.contains("\"photo\": { \"mediaType\": \"image/png\", \"data\": \"iVBORw==\" }"), json);
        assertEquals(1, json.split("\"addresses\"").length - 1, "Ben has none and the field is left out");
        assertEquals(1, json.split("\"photo\"").length - 1);
        var read = JsonJournalReader.read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(journal.contacts(), read.snapshot().contacts());
        assertTrue(read.warnings().isEmpty(), "the new fields are known: " + read.warnings());
    }

    /** Every field the format carries comes back: the writer and reader go through ContactFields, not a list of their own. */
    @Test
    void everyFieldOfAContactComesBack() throws Exception {
        var full = app.rapport.journal.Contact.builder("Anna Schmidt").id("c1").organization("Kreislauf").role("Founder")
                .city("Köln").emails(List.of("anna@example.org")).phones(List.of("+49 221 5550101"))
                .links(List.of("https://example.org/anna"))
                .addresses(List.of(new app.rapport.journal.PostalAddress("Venloer Str. 12", "50672", "Köln", "NRW", "DE")))
                .birthday(app.rapport.journal.Birthday.of(1980, 4, 12)).howWeMet("Meetup").notes("Notes")
                .interests(List.of("circular economy")).offers(List.of("design")).seeks(List.of("funding"))
                .keepInTouchDays(30).doNotIntroduce(true).archived(true)
                .photo(new app.rapport.journal.Photo("image/png", new byte[] {1, 2, 3})).build();
        var values = app.rapport.journal.ContactFields.values(full);
        for (var f : app.rapport.journal.ContactFields.ALL) {
            Object v = values.get(f);
            if (f.interchanged()) {
                assertTrue(v != null && !(v instanceof List<?> l && l.isEmpty()) && !Boolean.FALSE.equals(v),
                        f.name() + " is not set by the fixture");
            }
        }
        JournalSnapshot journal = new JournalSnapshot(List.of(full), List.of(), List.of(), List.of(), List.of(), List.of());
        var read = JsonJournalReader.read(JsonJournalWriter.toBytes(journal, Instant.EPOCH));
        assertEquals(List.of(full), read.snapshot().contacts());
    }

    @Test
    void aPhotoThatIsNoPictureIsNamedWithItsRecordAndField() {
        String json = """
                {
                  "format": "rapport-journal",
                  "version": 1,
                  "contacts": [
                    { "id": "c1", "name": "Anna", "photo": { "mediaType": "image/jpeg", "data": "not base64!" } },
                    { "id": "c2", "name": "Ben", "photo": { "mediaType": "image/gif", "data": "R0lG" } }
                  ]
                }
                """;
        var e = org.junit.jupiter.api.Assertions.assertThrows(app.rapport.interchange.ImportException.class,
                () -> JsonJournalReader.read(json.getBytes(StandardCharsets.UTF_8)));
        List<String> problems = e.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
        assertEquals(List.of("photo.data interchange.error.notBase64", "photo.mediaType interchange.error.notOneOf"),
                problems);
    }

    @Test
    void theDemoJournalHasIntroductionsUnderWayWithTheirDays() {
        JournalSnapshot demo = DemoJournal.generate(150, 11, LocalDate.of(2026, 3, 29));
        assertTrue(demo.introductions().stream().anyMatch(i -> i.steps().size() >= 3));
        for (var i : demo.introductions()) {
            assertEquals(i.status().isStep(), i.steps().containsKey(i.status()), i.toString());
        }
    }

    @Test
    void ordersIdsNaturally() {
        assertTrue(JsonJournalWriter.NATURAL_ORDER.compare("c2", "c10") < 0);
        assertTrue(JsonJournalWriter.NATURAL_ORDER.compare("c10", "c9") > 0);
        assertTrue(JsonJournalWriter.NATURAL_ORDER.compare("a", "b") < 0);
        assertTrue(JsonJournalWriter.NATURAL_ORDER.compare("c01", "c1") != 0);
    }
}
