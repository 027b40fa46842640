package app.rapport.interchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.BundleTexts;
import app.rapport.journal.Contact;
import app.rapport.journal.Journal.ContactPair;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Teachings;
import app.rapport.journal.Teachings.WordPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Strangers, the user's words and a reset of learning travel with the JSON interchange, as optional fields. */
class TeachingsInterchangeTest {

    private static final List<Contact> PEOPLE = List.of(Contact.builder("Anna").id("c1").build(),
            Contact.builder("Ben").id("c2").build(), Contact.builder("Carla").id("c3").build());

    @Test
    void whatTheUserTaughtComesBackFromAnExport() throws Exception {
        Teachings taught = new Teachings(Set.of(ContactPair.of("c2", "c1")),
                List.of(new WordPair("Vertrieb", "B2B-Verkauf", true), new WordPair("Machine Learning", "Machine Vision", false)),
                Instant.parse("2026-11-20T08:30:00Z"));
        JournalSnapshot journal = new JournalSnapshot(PEOPLE, List.of(), List.of(), List.of(), List.of(), List.of(), taught);
        String json = new String(JsonJournalWriter.toBytes(journal, Instant.EPOCH), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"strangers\": [\n    { \"a\": \"c1\", \"b\": \"c2\" }\n  ]"), json);
        assertTrue(json.contains("{ \"first\": \"B2B-Verkauf\", \"second\": \"Vertrieb\", \"same\": true }"), json);
        assertTrue(json.contains("\"learnFrom\": \"2026-11-20T08:30:00Z\""), json);

        JournalSnapshot read = JsonJournalReader.read(json.getBytes(StandardCharsets.UTF_8)).snapshot();
        assertEquals(taught, read.teachings());
        assertEquals(journal, read);
    }

    @Test
    void aJournalThatWasTaughtNothingIsWrittenAsBeforeAndOlderFilesReadAsTaughtNothing() throws Exception {
        JournalSnapshot small = JsonJournalReader.read(
                Files.readAllBytes(Path.of("src/test/resources/interchange/valid-small.json"))).snapshot();
        assertEquals(Teachings.NONE, small.teachings());
        String json = new String(JsonJournalWriter.toBytes(small, Instant.EPOCH), StandardCharsets.UTF_8);
        for (String field : List.of("strangers", "words", "learnFrom")) {
            assertFalse(json.contains("\"" + field + "\""), field);
        }
    }

    @Test
    void strangersWithSomeoneLeftOutOfTheFileAreLeftOutToo() throws Exception {
        Teachings taught = new Teachings(Set.of(ContactPair.of("c1", "gone")), List.of(), null);
        JournalSnapshot journal = new JournalSnapshot(PEOPLE, List.of(), List.of(), List.of(), List.of(), List.of(), taught);
        byte[] json = JsonJournalWriter.toBytes(journal, Instant.EPOCH);
        assertEquals(Teachings.NONE, JsonJournalReader.read(json).snapshot().teachings());
    }

    @Test
    void badStrangersAndWordsAreNamedWithRecordAndField() {
        List<String> problems = JsonJournalReaderTest.failure("""
                {"format": "rapport-journal", "version": 1,
                 "contacts": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                 "strangers": [{"a": "a", "b": "nobody"}, {"a": "b", "b": "b"}],
                 "words": [{"first": "Sales", "second": "sales", "same": true}, {"first": "Sales", "second": "Vertrieb"},
                           {"first": "-", "second": "Vertrieb", "same": "yes"}],
                 "learnFrom": "yesterday"}
                """).problems().stream().map(p -> p.describe(BundleTexts.ENGLISH)).toList();
        String all = String.join("\n", problems);
        assertEquals(7, problems.size(), all);
        assertTrue(all.contains("field \"learnFrom\""), all);
        assertTrue(all.contains("strangers[1]: field \"b\": both ends are the same contact \"b\""), all);
        assertTrue(all.contains("words[0]: field \"second\": both words are \"Sales\""), all);
        assertTrue(all.contains("words[1]: field \"same\": required"), all);
        assertTrue(all.contains("words[2]: field \"first\": required"), all);
        assertTrue(all.contains("words[2]: field \"same\""), all);
        assertTrue(all.contains("strangers[0]: field \"b\""), all);
    }
}
