package app.rapport.store;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
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
     * The whole contact: taken apart as a record, so that a field added to {@link Contact} does
     * not compile here until the record keeps it (undoing a merge would drop it silently);
     * {@link #contact(JsonNode)} reads it back, which ContactFieldsTest checks.
     */
    private static ObjectNode contact(Contact contact) {
        ObjectNode n = JSON.createObjectNode();
        switch (contact) {
            case Contact(var id, var name, var organization, var role, var city, var emails, var phones, var links,
                         var addresses, var birthday, var howWeMet, var notes, var interests, var offers, var seeks,
                         var keepInTouchDays, var doNotIntroduce, var archived, var createdAt, var updatedAt,
                         var photo) -> {
                n.put("id", id).put("name", name).put("organization", organization).put("role", role)
                        .put("city", city).put("birthday", birthday == null ? null : birthday.toString())
                        .put("howWeMet", howWeMet).put("notes", notes)
                        .put("doNotIntroduce", doNotIntroduce).put("archived", archived)
                        .put("createdAt", createdAt.toString()).put("updatedAt", updatedAt.toString());
                if (keepInTouchDays == null) {
                    n.putNull("keepInTouchDays");
                } else {
                    n.put("keepInTouchDays", keepInTouchDays);
                }
                list(n, "emails", emails);
                list(n, "phones", phones);
                list(n, "links", links);
                ArrayNode a = n.putArray("addresses");
                for (PostalAddress address : addresses) {
                    a.addObject().put("street", address.street()).put("postalCode", address.postalCode())
                            .put("city", address.city()).put("region", address.region()).put("country", address.country());
                }
                list(n, "interests", interests);
                list(n, "offers", offers);
                list(n, "seeks", seeks);
                if (photo != null) {
                    n.put("photoType", photo.mediaType()).put("photo", Base64.getEncoder().encodeToString(photo.bytes()));
                }
            }
        }
        return n;
    }

    private static Contact contact(JsonNode n) {
        String birthday = text(n, "birthday");
        String photo = text(n, "photo");
        return Contact.builder(n.get("name").asText()).id(n.get("id").asText())
                .organization(text(n, "organization")).role(text(n, "role")).city(text(n, "city"))
                .birthday(birthday == null ? null : Birthday.parse(birthday))
                .howWeMet(text(n, "howWeMet")).notes(text(n, "notes"))
                .doNotIntroduce(n.get("doNotIntroduce").asBoolean()).archived(n.get("archived").asBoolean())
                .createdAt(Instant.parse(n.get("createdAt").asText())).updatedAt(Instant.parse(n.get("updatedAt").asText()))
                .keepInTouchDays(n.get("keepInTouchDays").isNull() ? null : n.get("keepInTouchDays").asInt())
                .emails(list(n, "emails")).phones(list(n, "phones")).links(list(n, "links"))
                .addresses(addresses(n.path("addresses")))
                .interests(list(n, "interests")).offers(list(n, "offers")).seeks(list(n, "seeks"))
                .photo(photo == null ? null : new Photo(n.get("photoType").asText(), Base64.getDecoder().decode(photo)))
                .build();
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
