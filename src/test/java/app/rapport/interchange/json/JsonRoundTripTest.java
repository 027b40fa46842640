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

    @Test
    void ordersIdsNaturally() {
        assertTrue(JsonJournalWriter.NATURAL_ORDER.compare("c2", "c10") < 0);
        assertTrue(JsonJournalWriter.NATURAL_ORDER.compare("c10", "c9") > 0);
        assertTrue(JsonJournalWriter.NATURAL_ORDER.compare("a", "b") < 0);
        assertTrue(JsonJournalWriter.NATURAL_ORDER.compare("c01", "c1") != 0);
    }
}
