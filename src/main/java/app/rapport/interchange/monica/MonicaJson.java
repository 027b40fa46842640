package app.rapport.interchange.monica;

import app.rapport.interchange.ImportProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Monica's JSON shapes: its collections, uuids, texts that may be numbers, and moments in two forms. */
final class MonicaJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private MonicaJson() {
    }

    /**
     * The {@code values} of the collection of {@code type} in a {@code data} list: Monica writes
     * each collection as {@code {"count": n, "type": "contact", "values": [...]}} and leaves out
     * empty ones.
     */
    static JsonNode values(JsonNode data, String type) {
        for (JsonNode collection : data) {
            if (type.equals(collection.path("type").asText())) {
                return collection.path("values");
            }
        }
        return JSON.createArrayNode();
    }

    static void index(JsonNode list, Map<String, JsonNode> byUuid) {
        for (JsonNode n : list) {
            String uuid = text(n, "uuid");
            if (uuid != null) {
                byUuid.put(uuid, n);
            }
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isTextual()) {
            return v.asText().isBlank() ? null : v.asText().strip();
        }
        return v.isNumber() || v.isBoolean() ? v.asText() : null;
    }

    static Instant instant(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(v.replace(' ', 'T')).atZone(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeException e2) {
                return null;
            }
        }
    }

    /** A problem (or warning) about one record of the file, by list, index and Monica uuid. */
    static ImportProblem problem(String list, int index, String id, String field, String key, Object... args) {
        return new ImportProblem(list, index, id, field, key, List.of(args), 0, 0);
    }
}
