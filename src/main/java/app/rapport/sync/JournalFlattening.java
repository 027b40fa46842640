package app.rapport.sync;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.json.JsonJournalReader;
import app.rapport.interchange.json.JsonJournalWriter;
import app.rapport.journal.JournalSnapshot;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The journal as flat keys for {@link SyncEngine}, through the interchange JSON (INTERCHANGE.md),
 * so that sync follows the format every other tool reads and adds no second description of records:
 * <pre>
 * contacts␟c1                      "1"    the record exists
 * contacts␟c1␟name                 JSON   one field
 * contacts␟c1␟interests            "[]"   a set field is there ...
 * contacts␟c1␟interests␟wordpress  "1"    ... with this element
 * introductions␟i1␟steps␟asked     JSON   one step of an introduction
 * ties␟c1␞c2, exchanges␟&lt;hash&gt;-&lt;n&gt;    records without an id of their own
 * </pre>
 * Elements of a set come back sorted. What the user taught the introductions (strangers, words)
 * is not synced yet.
 */
public final class JournalFlattening {

    static final String SEP = String.valueOf(SyncEngine.SEP);
    static final List<String> SECTIONS = List.of("contacts", "ties", "events", "encounters", "introductions", "exchanges");
    static final Set<String> SETS = Set.of("contacts.interests", "contacts.offers", "contacts.seeks",
            "events.attendees", "encounters.participants");
    static final Set<String> MAPS = Set.of("introductions.steps");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalFlattening() {
    }

    /** The whole journal as flat keys. */
    public static NavigableMap<String, String> flatten(JournalSnapshot snapshot) {
        NavigableMap<String, String> out = new TreeMap<>();
        for (NavigableMap<String, String> r : scan(snapshot, Map.of()).local().changed().values()) {
            out.putAll(r);
        }
        return out;
    }

    /** A journal read for a sync: its records, their fingerprints, and the changed ones flattened. */
    public record Scan(SyncEngine.Local local, Map<String, Long> digests) {
    }

    /**
     * Reads the journal's export once, fingerprints every record (SHA-256 of its JSON, 64 bits) and
     * flattens only those whose fingerprint is not the one {@code known} remembers: a sync after a
     * few edits compares a few records, not the whole journal.
     */
    public static Scan scan(JournalSnapshot snapshot, Map<String, Long> known) {
        byte[] doc = JsonJournalWriter.toBytes(snapshot, Instant.EPOCH);
        java.util.Set<String> present = new java.util.HashSet<>();
        Map<String, NavigableMap<String, String>> changed = new HashMap<>();
        Map<String, Long> digests = new HashMap<>();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (JsonParser p = JSON.getFactory().createParser(doc)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an export");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                JsonToken t = p.nextToken();
                if (!SECTIONS.contains(section) || t != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                Map<String, Integer> occurrences = new HashMap<>();
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) p.currentTokenLocation().getByteOffset();
                    String id = null;
                    String a = null;
                    String b = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        if (p.nextToken() == JsonToken.VALUE_STRING) {
                            switch (f) {
                                case "id" -> id = p.getText();
                                case "a" -> a = p.getText();
                                case "b" -> b = p.getText();
                                default -> {
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    int end = (int) p.currentLocation().getByteOffset();
                    sha.update(doc, start, end - start);
                    byte[] h = sha.digest();
                    long digest = java.nio.ByteBuffer.wrap(h).getLong();
                    digest = digest == 0 ? 1 : digest;
                    JsonNode node = null;
                    String recordId = switch (section) {
                        case "ties" -> a + "\u001e" + b;
                        case "exchanges" -> {
                            node = JSON.readTree(doc, start, end - start);
                            yield idOf(section, node, occurrences);
                        }
                        default -> id;
                    };
                    String r = section + SEP + recordId;
                    present.add(r);
                    digests.put(r, digest);
                    Long before = known == null ? Long.valueOf(digest) : known.get(r);
                    if (before == null || before != digest) {
                        node = node == null ? JSON.readTree(doc, start, end - start) : node;
                        NavigableMap<String, String> keys = new TreeMap<>();
                        keys.put(r, "1");
                        flattenRecord(section, r, node, keys);
                        changed.put(r, keys);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading an export in memory failed", e);
        }
        return new Scan(new SyncEngine.Local(present, changed), digests);
    }

    /** The fingerprint of every record of a journal, as {@link #scan} takes them. */
    public static Map<String, Long> digests(JournalSnapshot snapshot) {
        return scan(snapshot, null).digests();
    }

    private static void flattenRecord(String section, String r, JsonNode record, Map<String, String> out)
            throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            var f = it.next();
            String field = f.getKey();
            String k = r + SEP + field;
            String kind = section + "." + field;
            if (SETS.contains(kind) && f.getValue().isArray()) {
                // The order as this device has it; which elements are there is decided per element.
                out.put(k, JSON.writeValueAsString(f.getValue()));
                for (JsonNode e : f.getValue()) {
                    out.put(k + SEP + e.asText(), "1");
                }
            } else if (MAPS.contains(kind) && f.getValue().isObject()) {
                out.put(k, "{}");
                for (var e : f.getValue().properties()) {
                    out.put(k + SEP + e.getKey(), JSON.writeValueAsString(e.getValue()));
                }
            } else {
                out.put(k, JSON.writeValueAsString(f.getValue()));
            }
        }
    }

    private static String idOf(String section, JsonNode record, Map<String, Integer> occurrences) throws IOException {
        return switch (section) {
            case "ties" -> record.path("a").asText() + "\u001e" + record.path("b").asText();
            case "exchanges" -> {
                // Entries have no id; equal entries are interchangeable, so the content names them.
                String hash = sha256(JSON.writeValueAsString(record)).substring(0, 20);
                yield hash + "-" + occurrences.merge(hash, 1, Integer::sum);
            }
            default -> record.path("id").asText();
        };
    }

    /** The flat state as a journal, read back through the interchange reader (which checks it). */
    public static JournalSnapshot unflatten(Map<String, String> flat) throws ImportException {
        return unflatten(flat, flat::containsKey);
    }

    /**
     * Some records of the flat state as a journal: {@code there} says which records the whole
     * state holds, so that links to records not among these stay (the people and events they
     * refer to stand in as placeholders while reading, and are left out of the result).
     */
    public static JournalSnapshot unflatten(Map<String, String> flat, java.util.function.Predicate<String> there)
            throws ImportException {
        try {
            Map<String, Map<String, Rec>> records = records(flat);
            dropDangling(records, there);
            java.util.Set<String> stubContacts = new java.util.TreeSet<>();
            java.util.Set<String> stubEvents = new java.util.TreeSet<>();
            addStubs(records, stubContacts, stubEvents);
            JournalSnapshot read = JsonJournalReader.read(json(records, stubContacts, stubEvents)).snapshot();
            if (stubContacts.isEmpty() && stubEvents.isEmpty()) {
                return read;
            }
            return new JournalSnapshot(read.contacts().stream().filter(c -> !stubContacts.contains(c.id())).toList(),
                    read.ties(), read.encounters(),
                    read.events().stream().filter(e -> !stubEvents.contains(e.id())).toList(),
                    read.introductions(), read.exchanges());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The flat keys gathered into records, by section and id; only records whose own key is there. */
    private static Map<String, Map<String, Rec>> records(Map<String, String> flat) throws IOException {
        Map<String, Map<String, Rec>> records = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            records.put(section, new TreeMap<>());
        }
        Map<String, String> sorted = flat instanceof java.util.SortedMap<String, String> ? flat : new TreeMap<>(flat);
        for (var e : sorted.entrySet()) {
            String key = e.getKey();
            int a = key.indexOf(SEP);
            if (a < 0) {
                continue;
            }
            Map<String, Rec> section = records.get(key.substring(0, a));
            if (section == null) {
                continue;
            }
            int b = key.indexOf(SEP, a + 1);
            String id = b < 0 ? key.substring(a + 1) : key.substring(a + 1, b);
            Rec record = section.computeIfAbsent(id, x -> new Rec());
            if (b < 0) {
                continue;
            }
            int c = key.indexOf(SEP, b + 1);
            String field = c < 0 ? key.substring(b + 1) : key.substring(b + 1, c);
            String kind = key.substring(0, a) + "." + field;
            if (c < 0) {
                if (SETS.contains(kind)) {
                    record.setOrder.put(field, e.getValue());
                    record.sets.put(field, new java.util.TreeSet<>());
                } else if (MAPS.contains(kind) && "{}".equals(e.getValue())) {
                    record.maps.put(field, new LinkedHashMap<>());
                } else {
                    record.fields.put(field, e.getValue());
                }
            } else {
                String element = key.substring(c + 1);
                if (record.sets.containsKey(field)) {
                    record.sets.get(field).add(element);
                } else if (record.maps.containsKey(field)) {
                    record.maps.get(field).put(element, e.getValue());
                }
            }
        }
        records.forEach((name, section) -> section.keySet().removeIf(id -> !flat.containsKey(name + SEP + id)));
        for (Map<String, Rec> section : records.values()) {
            for (Rec r : section.values()) {
                r.orderSets();
            }
        }
        return records;
    }

    /** The records as an interchange file, with a placeholder for each person and event named in {@code stub*}. */
    private static byte[] json(Map<String, Map<String, Rec>> records, java.util.Set<String> stubContacts,
                               java.util.Set<String> stubEvents) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("format", JsonJournalReader.FORMAT);
            g.writeNumberField("version", JsonJournalReader.VERSION);
            g.writeStringField("exportedAt", "1970-01-01T00:00:00Z");
            for (var section : records.entrySet()) {
                g.writeArrayFieldStart(section.getKey());
                for (Rec r : section.getValue().values()) {
                    r.write(g);
                }
                if (section.getKey().equals("contacts") || section.getKey().equals("events")) {
                    for (String id : section.getKey().equals("contacts") ? stubContacts : stubEvents) {
                        g.writeStartObject();
                        g.writeStringField("id", id);
                        g.writeStringField("name", id);
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /** One record on its way back into JSON: fields as JSON text, set fields as elements, maps. */
    private static final class Rec {
        final Map<String, String> fields = new TreeMap<>();
        final Map<String, String> setOrder = new TreeMap<>();
        final Map<String, java.util.SortedSet<String>> sets = new TreeMap<>();
        final Map<String, List<String>> ordered = new TreeMap<>();
        final Map<String, Map<String, String>> maps = new TreeMap<>();

        /** A text field's value, or null. */
        String text(String field) throws IOException {
            String raw = fields.get(field);
            if (raw == null || !raw.startsWith("\"")) {
                return null;
            }
            return JSON.readTree(raw).asText();
        }

        /**
         * Set fields: the elements that are there, in the order the last writer of the field had them;
         * elements it did not know (added concurrently elsewhere) follow, sorted.
         */
        void orderSets() throws IOException {
            for (var e : sets.entrySet()) {
                java.util.Set<String> present = new java.util.TreeSet<>(e.getValue());
                List<String> out = new java.util.ArrayList<>();
                for (JsonNode x : JSON.readTree(setOrder.get(e.getKey()))) {
                    if (present.remove(x.asText())) {
                        out.add(x.asText());
                    }
                }
                out.addAll(present);
                ordered.put(e.getKey(), out);
            }
        }

        void write(com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
            g.writeStartObject();
            for (var f : fields.entrySet()) {
                g.writeFieldName(f.getKey());
                g.writeRawValue(f.getValue());
            }
            for (var f : ordered.entrySet()) {
                g.writeArrayFieldStart(f.getKey());
                for (String x : f.getValue()) {
                    g.writeString(x);
                }
                g.writeEndArray();
            }
            for (var f : maps.entrySet()) {
                g.writeObjectFieldStart(f.getKey());
                for (var x : f.getValue().entrySet()) {
                    g.writeFieldName(x.getKey());
                    g.writeRawValue(x.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
    }

    /** Whether the key is the order of a set field, which is no change to review. */
    static boolean isSetOrder(String key) {
        String[] p = key.split(SEP, 4);
        return p.length == 3 && SETS.contains(p[0] + "." + p[2]);
    }

    /**
     * The records one key with its value refers to: people in encounters, events, ties,
     * introductions and give and take; the event of an encounter.
     */
    public static Set<String> references(String key, String value) {
        if (key.startsWith("contacts" + SEP)) {
            return Set.of();
        }
        String[] p = key.split(SEP, 4);
        try {
            if (p.length == 2 && p[0].equals("ties")) {
                Set<String> out = new java.util.TreeSet<>();
                for (String id : p[1].split("\u001e", 2)) {
                    out.add("contacts" + SEP + id);
                }
                return out;
            }
            if (p.length == 4 && (p[2].equals("participants") && p[0].equals("encounters")
                    || p[2].equals("attendees") && p[0].equals("events"))) {
                return Set.of("contacts" + SEP + p[3]);
            }
            if (p.length == 3 && value != null) {
                switch (p[0] + "." + p[2]) {
                    case "introductions.a", "introductions.b", "exchanges.contact" -> {
                        JsonNode v = JSON.readTree(value);
                        return v.isTextual() ? Set.of("contacts" + SEP + v.asText()) : Set.of();
                    }
                    case "encounters.eventId" -> {
                        JsonNode v = JSON.readTree(value);
                        return v.isTextual() ? Set.of("events" + SEP + v.asText()) : Set.of();
                    }
                    case "events.sessions" -> {
                        Set<String> out = new java.util.TreeSet<>();
                        for (JsonNode session : JSON.readTree(value)) {
                            if (session.path("speaker").isTextual()) {
                                out.add("contacts" + SEP + session.path("speaker").asText());
                            }
                        }
                        return out;
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Set.of();
    }

    /**
     * What the journal shows of the records that refer to people or events not there (in the
     * trash on this device): the links are left out, as the store hides them, and an encounter
     * left without anyone is not shown.
     */
    private static void dropDangling(Map<String, Map<String, Rec>> records, java.util.function.Predicate<String> there)
            throws IOException {
        java.util.function.Predicate<String> contact = id -> there.test("contacts" + SEP + id);
        java.util.function.Predicate<String> event = id -> there.test("events" + SEP + id);
        for (String section : List.of("ties", "introductions")) {
            for (var it = records.get(section).values().iterator(); it.hasNext(); ) {
                Rec r = it.next();
                if (!contact.test(String.valueOf(r.text("a"))) || !contact.test(String.valueOf(r.text("b")))) {
                    it.remove();
                }
            }
        }
        for (var it = records.get("exchanges").values().iterator(); it.hasNext(); ) {
            if (!contact.test(String.valueOf(it.next().text("contact")))) {
                it.remove();
            }
        }
        for (Rec e : records.get("events").values()) {
            List<String> attendees = e.ordered.get("attendees");
            if (attendees != null) {
                attendees.removeIf(id -> !contact.test(id));
            }
            String sessions = e.fields.get("sessions");
            if (sessions != null && sessions.contains("\"speaker\"")) {
                JsonNode tree = JSON.readTree(sessions);
                for (JsonNode s : tree) {
                    if (s instanceof ObjectNode o && o.path("speaker").isTextual() && !contact.test(o.path("speaker").asText())) {
                        o.putNull("speaker");
                    }
                }
                e.fields.put("sessions", JSON.writeValueAsString(tree));
            }
        }
        for (var it = records.get("encounters").values().iterator(); it.hasNext(); ) {
            Rec e = it.next();
            List<String> participants = e.ordered.get("participants");
            if (participants != null) {
                participants.removeIf(id -> !contact.test(id));
                if (participants.isEmpty()) {
                    it.remove();
                    continue;
                }
            }
            String eventId = e.text("eventId");
            if (eventId != null && !event.test(eventId)) {
                e.fields.put("eventId", "null");
            }
        }
    }

    /** People and events the records refer to that are not among them: placeholders to read them with. */
    private static void addStubs(Map<String, Map<String, Rec>> records, java.util.Set<String> contacts,
                                 java.util.Set<String> events) throws IOException {
        java.util.Set<String> have = records.get("contacts").keySet();
        java.util.function.Consumer<String> person = id -> {
            if (id != null && !have.contains(id)) {
                contacts.add(id);
            }
        };
        for (String section : List.of("ties", "introductions")) {
            for (Rec r : records.get(section).values()) {
                person.accept(r.text("a"));
                person.accept(r.text("b"));
            }
        }
        for (Rec x : records.get("exchanges").values()) {
            person.accept(x.text("contact"));
        }
        for (Rec e : records.get("events").values()) {
            e.ordered.getOrDefault("attendees", List.of()).forEach(person);
            String sessions = e.fields.get("sessions");
            if (sessions != null && sessions.contains("\"speaker\"")) {
                for (JsonNode s : JSON.readTree(sessions)) {
                    if (s.path("speaker").isTextual()) {
                        person.accept(s.path("speaker").asText());
                    }
                }
            }
        }
        for (Rec e : records.get("encounters").values()) {
            e.ordered.getOrDefault("participants", List.of()).forEach(person);
            String eventId = e.text("eventId");
            if (eventId != null && !records.get("events").containsKey(eventId)) {
                events.add(eventId);
            }
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
