package app.rapport.store;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactFields;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What a merge changed, as it was before: both contacts in full, every tie either had, every
 * participant row either had in an encounter (and attendee row in an event, session they spoke
 * at: {@code position} is then the session's), the removed contact's introductions and the row
 * numbers of its give-and-take entries. Kept as JSON in {@code contact_merge.before}.
 */
record MergeRecord(Contact kept, Contact removed, List<TieRow> ties, List<ParticipantRow> participants,
                   List<ParticipantRow> attendees, List<ParticipantRow> speakers, List<IntroductionRow> introductions,
                   List<Long> exchanges) {

    /** An introduction that involved the removed contact, in full. */
    record IntroductionRow(String id, String a, String b, String status, String createdAt, String reason,
                           String outcome, java.util.Map<String, String> more) {

        /** {@code more}: the columns schema 5 added (step days, drafts, fingerprint), by column name. */
        IntroductionRow {
            more = more == null ? java.util.Map.of() : java.util.Map.copyOf(more);
        }
    }

    /** A tie as stored, by contact ids, in either order. */
    record TieRow(String a, String b, Integer strength, String note) {
    }

    /** One contact's place in one encounter's participant list. */
    record ParticipantRow(String encounterId, String contactId, int position) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.set("kept", contact(kept));
        root.set("removed", contact(removed));
        ArrayNode t = root.putArray("ties");
        for (TieRow r : ties) {
            ObjectNode n = t.addObject().put("a", r.a()).put("b", r.b()).put("note", r.note());
            if (r.strength() == null) {
                n.putNull("strength");
            } else {
                n.put("strength", r.strength());
            }
        }
        rows(root.putArray("participants"), participants);
        rows(root.putArray("attendees"), attendees);
        rows(root.putArray("speakers"), speakers);
        ArrayNode intros = root.putArray("introductions");
        for (IntroductionRow r : introductions) {
            ObjectNode n = intros.addObject().put("id", r.id()).put("a", r.a()).put("b", r.b())
                    .put("status", r.status()).put("createdAt", r.createdAt()).put("reason", r.reason())
                    .put("outcome", r.outcome());
            ObjectNode more = n.putObject("more");
            new java.util.TreeMap<>(r.more()).forEach(more::put);
        }
        ArrayNode x = root.putArray("exchanges");
        exchanges.forEach(x::add);
        return root.toString();
    }

    static MergeRecord fromJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<TieRow> ties = new ArrayList<>();
            for (JsonNode n : root.path("ties")) {
                ties.add(new TieRow(n.get("a").asText(), n.get("b").asText(),
                        n.get("strength").isNull() ? null : n.get("strength").asInt(), text(n, "note")));
            }
            List<IntroductionRow> intros = new ArrayList<>();
            for (JsonNode n : root.path("introductions")) {
                java.util.Map<String, String> more = new java.util.HashMap<>();
                n.path("more").properties().forEach(e -> more.put(e.getKey(), e.getValue().asText()));
                intros.add(new IntroductionRow(text(n, "id"), text(n, "a"), text(n, "b"), text(n, "status"),
                        text(n, "createdAt"), text(n, "reason"), text(n, "outcome"), more));
            }
            List<Long> exchanges = new ArrayList<>();
            root.path("exchanges").forEach(n -> exchanges.add(n.asLong()));
            return new MergeRecord(contact(root.get("kept")), contact(root.get("removed")), ties,
                    rows(root.path("participants")), rows(root.path("attendees")), rows(root.path("speakers")),
                    intros, exchanges);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(ArrayNode array, List<ParticipantRow> rows) {
        for (ParticipantRow r : rows) {
            array.addObject().put("encounter", r.encounterId()).put("contact", r.contactId()).put("position", r.position());
        }
    }

    private static List<ParticipantRow> rows(JsonNode array) {
        List<ParticipantRow> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new ParticipantRow(n.get("encounter").asText(), n.get("contact").asText(), n.get("position").asInt()));
        }
        return out;
    }

    /**
     * The whole contact, field by field as {@link ContactFields} lists them, so that a field added
     * to {@link Contact} is kept without a line here; {@link #contact(JsonNode)} reads it back,
     * which ContactFieldsTest checks. The keys are those of records written before (the photo
     * as {@code photo} and {@code photoType}), so undo records already in a journal still read.
     */
    private static ObjectNode contact(Contact contact) {
        ObjectNode n = JSON.createObjectNode();
        for (ContactFields.Field<?> f : ContactFields.ALL) {
            Object value = f.get().apply(contact);
            String key = f.name();
            switch (f.kind()) {
                case ID, TEXT -> n.put(key, (String) value);
                case TEXTS, TAGS -> list(n, key, strings(value));
                case ADDRESSES -> {
                    ArrayNode a = n.putArray(key);
                    for (Object entry : (List<?>) value) {
                        PostalAddress address = (PostalAddress) entry;
                        a.addObject().put("street", address.street()).put("postalCode", address.postalCode())
                                .put("city", address.city()).put("region", address.region())
                                .put("country", address.country());
                    }
                }
                case BIRTHDAY, TIME -> n.put(key, value == null ? null : value.toString());
                case DAYS -> {
                    if (value == null) {
                        n.putNull(key);
                    } else {
                        n.put(key, (Integer) value);
                    }
                }
                case FLAG -> n.put(key, (Boolean) value);
                case PHOTO -> {
                    if (value instanceof Photo photo) {
                        n.put(key + "Type", photo.mediaType()).put(key, Base64.getEncoder().encodeToString(photo.bytes()));
                    }
                }
            }
        }
        return n;
    }

    private static Contact contact(JsonNode n) {
        ContactFields.Values values = new ContactFields.Values();
        for (ContactFields.Field<?> f : ContactFields.ALL) {
            String key = f.name();
            String text = text(n, key);
            Object value = switch (f.kind()) {
                case ID, TEXT -> text;
                case TEXTS, TAGS -> list(n, key);
                case ADDRESSES -> addresses(n.path(key)); // none in records written before schema 7
                case BIRTHDAY -> text == null ? null : Birthday.parse(text);
                case TIME -> text == null ? null : Instant.parse(text);
                case DAYS -> n.path(key).isNumber() ? n.get(key).asInt() : null;
                case FLAG -> n.path(key).asBoolean();
                case PHOTO -> text == null ? null : new Photo(n.get(key + "Type").asText(), Base64.getDecoder().decode(text));
            };
            values.putUnchecked(f, value);
        }
        return ContactFields.contact(values);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    /** Records written before schema 7 have no addresses: the contacts had none. */
    private static List<PostalAddress> addresses(JsonNode array) {
        List<PostalAddress> out = new ArrayList<>();
        for (JsonNode a : array) {
            out.add(new PostalAddress(text(a, "street"), text(a, "postalCode"), text(a, "city"), text(a, "region"),
                    text(a, "country")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void list(ObjectNode n, String field, List<String> values) {
        ArrayNode a = n.putArray(field);
        values.forEach(a::add);
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }
}
