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
                    Long before = known.get(r);
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
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", JsonJournalReader.FORMAT);
        doc.put("version", JsonJournalReader.VERSION);
        doc.put("exportedAt", "1970-01-01T00:00:00Z");
        Map<String, Map<String, ObjectNode>> records = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            records.put(section, new LinkedHashMap<>());
        }
        try {
            for (var e : new TreeMap<>(flat).entrySet()) {
                String[] p = e.getKey().split(SEP, 4);
                Map<String, ObjectNode> section = records.get(p[0]);
                if (section == null) {
                    continue;
                }
                ObjectNode record = section.computeIfAbsent(p[1], id -> JSON.createObjectNode());
                if (p.length == 3) {
                    String kind = p[0] + "." + p[2];
                    if (SETS.contains(kind)) {
                        record.set(p[2], JSON.readTree(e.getValue()));
                        record.putArray(p[2] + SEP + "elements");
                    } else if (MAPS.contains(kind) && "{}".equals(e.getValue())) {
                        record.putObject(p[2]);
                    } else {
                        record.set(p[2], JSON.readTree(e.getValue()));
                    }
                } else if (p.length == 4) {
                    JsonNode holder = record.get(p[2] + SEP + "elements");
                    holder = holder == null ? record.get(p[2]) : holder;
                    if (holder instanceof ArrayNode a) {
                        a.add(p[3]);
                    } else if (holder instanceof ObjectNode o) {
                        o.set(p[3], JSON.readTree(e.getValue()));
                    }
                }
            }
            for (var section : records.entrySet()) {
                for (ObjectNode record : section.getValue().values()) {
                    orderSets(record);
                }
            }
            records.forEach((name, section) -> section.keySet().removeIf(id -> !flat.containsKey(name + SEP + id)));
            dropDangling(records, there);
            java.util.Set<String> stubContacts = new java.util.TreeSet<>();
            java.util.Set<String> stubEvents = new java.util.TreeSet<>();
            addStubs(records, stubContacts, stubEvents);
            for (var section : records.entrySet()) {
                ArrayNode a = doc.putArray(section.getKey());
                section.getValue().forEach((id, record) -> {
                    if (flat.containsKey(section.getKey() + SEP + id)) {
                        a.add(record);
                    }
                });
            }
            for (String id : stubContacts) {
                ((ArrayNode) doc.get("contacts")).addObject().put("id", id).put("name", id);
            }
            for (String id : stubEvents) {
                ((ArrayNode) doc.get("events")).addObject().put("id", id).put("name", id);
            }
            JournalSnapshot read = JsonJournalReader.read(JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8)).snapshot();
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

    /**
     * Set fields: the elements that are there, in the order the last writer of the field had them;
     * elements it did not know (added concurrently elsewhere) follow, sorted.
     */
    private static void orderSets(ObjectNode record) {
        List<String> names = new java.util.ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!name.endsWith(SEP + "elements")) {
                continue;
            }
            String field = name.substring(0, name.length() - SEP.length() - "elements".length());
            java.util.Set<String> present = new java.util.TreeSet<>();
            record.get(name).forEach(e -> present.add(e.asText()));
            ArrayNode ordered = JSON.createArrayNode();
            for (JsonNode e : record.path(field)) {
                if (present.remove(e.asText())) {
                    ordered.add(e.asText());
                }
            }
            present.forEach(ordered::add);
            record.remove(name);
            record.set(field, ordered);
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
    private static void dropDangling(Map<String, Map<String, ObjectNode>> records, java.util.function.Predicate<String> there) {
        java.util.function.Predicate<String> contact = id -> there.test("contacts" + SEP + id);
        java.util.function.Predicate<String> event = id -> there.test("events" + SEP + id);
        records.get("ties").values().removeIf(t -> !contact.test(t.path("a").asText()) || !contact.test(t.path("b").asText()));
        records.get("introductions").values().removeIf(i -> !contact.test(i.path("a").asText())
                || !contact.test(i.path("b").asText()));
        records.get("exchanges").values().removeIf(x -> !contact.test(x.path("contact").asText()));
        for (ObjectNode e : records.get("events").values()) {
            if (e.get("attendees") instanceof ArrayNode a) {
                for (int i = a.size() - 1; i >= 0; i--) {
                    if (!contact.test(a.get(i).asText())) {
                        a.remove(i);
                    }
                }
            }
            if (e.get("sessions") instanceof ArrayNode sessions) {
                for (JsonNode s : sessions) {
                    if (s instanceof ObjectNode o && o.path("speaker").isTextual() && !contact.test(o.path("speaker").asText())) {
                        o.putNull("speaker");
                    }
                }
            }
        }
        records.get("encounters").values().removeIf(e -> {
            if (e.get("participants") instanceof ArrayNode a) {
                for (int i = a.size() - 1; i >= 0; i--) {
                    if (!contact.test(a.get(i).asText())) {
                        a.remove(i);
                    }
                }
                if (a.isEmpty()) {
                    return true;
                }
            }
            if (e.path("eventId").isTextual() && !event.test(e.path("eventId").asText())) {
                e.putNull("eventId");
            }
            return false;
        });
    }

    /** People and events the records refer to that are not among them: placeholders to read them with. */
    private static void addStubs(Map<String, Map<String, ObjectNode>> records, java.util.Set<String> contacts,
                                 java.util.Set<String> events) {
        java.util.Set<String> have = records.get("contacts").keySet();
        java.util.function.Consumer<JsonNode> person = n -> {
            if (n != null && n.isTextual() && !have.contains(n.asText())) {
                contacts.add(n.asText());
            }
        };
        for (ObjectNode t : records.get("ties").values()) {
            person.accept(t.get("a"));
            person.accept(t.get("b"));
        }
        for (ObjectNode i : records.get("introductions").values()) {
            person.accept(i.get("a"));
            person.accept(i.get("b"));
        }
        for (ObjectNode x : records.get("exchanges").values()) {
            person.accept(x.get("contact"));
        }
        for (ObjectNode e : records.get("events").values()) {
            e.path("attendees").forEach(person);
            e.path("sessions").forEach(session -> person.accept(session.get("speaker")));
        }
        for (ObjectNode e : records.get("encounters").values()) {
            e.path("participants").forEach(person);
            JsonNode event = e.get("eventId");
            if (event != null && event.isTextual() && !records.get("events").containsKey(event.asText())) {
                events.add(event.asText());
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
