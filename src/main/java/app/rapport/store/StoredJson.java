package app.rapport.store;

import app.rapport.journal.FollowUp;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON arrays SQLite's {@code json_group_array} builds from rows (an encounter's
 * participants and follow-ups in one query): JSON escapes every character a text may hold, where
 * separator characters could be part of the text.
 */
final class StoredJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private StoredJson() {
    }

    /** {@code ["c1","c2"]}; null or {@code []} is no one. */
    static List<String> strings(String json) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, json);
            List<String> out = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t, JsonToken.VALUE_STRING, json);
                out.add(p.getText());
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("unreadable list in the journal: " + e.getMessage(), e);
        }
    }

    /** {@code [["what","2026-12-01",0], ...]}: each follow-up's text, due day (or null) and done flag. */
    static List<FollowUp> followUps(String json) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, json);
            List<FollowUp> out = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t, JsonToken.START_ARRAY, json);
                expect(p.nextToken(), JsonToken.VALUE_STRING, json);
                String what = p.getText();
                JsonToken dueToken = p.nextToken();
                LocalDate due = dueToken == JsonToken.VALUE_NULL || p.getText().isEmpty() ? null : LocalDate.parse(p.getText());
                JsonToken doneToken = p.nextToken();
                boolean done = doneToken == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() != 0 : "1".equals(p.getText());
                expect(p.nextToken(), JsonToken.END_ARRAY, json);
                out.add(new FollowUp(what, due, done));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("unreadable follow-ups in the journal: " + e.getMessage(), e);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, String json) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " in " + json);
        }
    }
}
