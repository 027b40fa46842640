package app.rapport.interchange.json;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFields;
import app.rapport.journal.Encounter;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Introduction;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import app.rapport.journal.Session;
import app.rapport.journal.Tie;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a whole journal in the interchange format of INTERCHANGE.md, version 1. Every field is
 * written, null or empty where unknown, so that the file documents itself. Records are sorted by a
 * key of their own (ids, then dates), not by the order the store happens to return, so that the
 * same journal always gives the same file, and an export of an imported export is identical
 * except for {@code exportedAt}.
 */
public final class JsonJournalWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Ids compared with their numbers as numbers, so that c2 comes before c10. */
    public static final Comparator<String> NATURAL_ORDER = JsonJournalWriter::compareNatural;

    private static final Comparator<Contact> CONTACTS = Comparator.comparing(Contact::id, NATURAL_ORDER);
    private static final Comparator<Tie> TIES = Comparator.comparing(Tie::a, NATURAL_ORDER)
            .thenComparing(Tie::b, NATURAL_ORDER);
    private static final Comparator<Event> EVENTS = Comparator
            .comparing(Event::start, Comparator.nullsFirst(Comparator.comparing(OffsetDateTime::toInstant)))
            .thenComparing(Event::id, NATURAL_ORDER);
    private static final Comparator<Encounter> ENCOUNTERS = Comparator
            .comparing((Encounter e) -> e.date().toInstant())
            .thenComparing(Encounter::id, NATURAL_ORDER);
    private static final Comparator<Introduction> INTRODUCTIONS = Comparator
            .comparing(Introduction::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Introduction::id, NATURAL_ORDER);
    private static final Comparator<Exchange> EXCHANGES = Comparator
            .comparing(Exchange::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Exchange::contact, NATURAL_ORDER)
            .thenComparing(x -> x.direction().wireName())
            .thenComparing(Exchange::what, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final JsonGenerator g;
    private final JournalPrettyPrinter pretty = new JournalPrettyPrinter();

    private JsonJournalWriter(JsonGenerator g) {
        this.g = g;
        g.setPrettyPrinter(pretty);
    }

    /** Writes the journal to {@code out} as UTF-8, ending with a line break; does not close it. */
    public static void write(JournalSnapshot journal, Instant exportedAt, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            new JsonJournalWriter(g).journal(journal, exportedAt);
            g.writeRaw('\n');
        }
        out.flush();
    }

    public static byte[] toBytes(JournalSnapshot journal, Instant exportedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(journal, exportedAt, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private void journal(JournalSnapshot j, Instant exportedAt) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", JsonJournalReader.FORMAT);
        g.writeNumberField("version", JsonJournalReader.VERSION);
        g.writeStringField("exportedAt", DateTimeFormatter.ISO_INSTANT.format(exportedAt));

        g.writeArrayFieldStart("contacts");
        for (Contact c : sorted(j.contacts(), CONTACTS)) {
            contact(c);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("ties");
        for (Tie t : sorted(j.ties(), TIES)) {
            tie(t);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        for (Event e : sorted(j.events(), EVENTS)) {
            event(e);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("encounters");
        for (Encounter e : sorted(j.encounters(), ENCOUNTERS)) {
            encounter(e);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("introductions");
        for (Introduction in : sorted(j.introductions(), INTRODUCTIONS)) {
            introduction(in);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("exchanges");
        for (Exchange x : sorted(j.exchanges(), EXCHANGES)) {
            exchange(x);
        }
        g.writeEndArray();

        teachings(j.teachings(), j.contacts());
        g.writeEndObject();
    }

    private void tie(Tie t) throws IOException {
        pretty.inlineNext();
        g.writeStartObject();
        g.writeStringField("a", t.a());
        g.writeStringField("b", t.b());
        number("strength", t.strength());
        text("note", t.note());
        g.writeEndObject();
    }

    private void introduction(Introduction in) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", in.id());
        g.writeStringField("a", in.a());
        g.writeStringField("b", in.b());
        g.writeStringField("status", in.status().wireName());
        text("createdAt", in.createdAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(in.createdAt()));
        text("reason", in.reason());
        text("outcome", in.outcome());
        // Optional fields beyond the first version (readers ignore what they do not know):
        // written only when there is something, so older exports stay byte-identical.
        if (!in.steps().isEmpty()) {
            g.writeFieldName("steps");
            pretty.inlineNext();
            g.writeStartObject();
            for (var step : in.steps().entrySet()) {
                g.writeStringField(step.getKey().wireName(), step.getValue().toString());
            }
            g.writeEndObject();
        }
        if (in.drafts() != null) {
            g.writeObjectFieldStart("drafts");
            text("language", in.drafts().language());
            text("toA", in.drafts().toA());
            text("toB", in.drafts().toB());
            text("introduction", in.drafts().introduction());
            g.writeEndObject();
        }
        if (in.dismissalFingerprint() != null) {
            g.writeStringField("dismissalFingerprint", in.dismissalFingerprint());
        }
        g.writeEndObject();
    }

    private void exchange(Exchange x) throws IOException {
        pretty.inlineNext();
        g.writeStartObject();
        g.writeStringField("contact", x.contact());
        g.writeStringField("direction", x.direction().wireName());
        text("date", x.date() == null ? null : x.date().toString());
        text("what", x.what());
        g.writeEndObject();
    }

    /**
     * What the user taught the introductions, beyond version 1 and optional (README): written only
     * when there is something, so the export of a journal without it is what it was before.
     */
    private void teachings(app.rapport.journal.Teachings t, List<Contact> contacts) throws IOException {
        // Pairs with someone in the trash (or not exported) would name a contact the file lacks.
        java.util.Set<String> ids = new java.util.HashSet<>();
        contacts.forEach(c -> ids.add(c.id()));
        List<app.rapport.journal.Journal.ContactPair> pairs = new java.util.ArrayList<>(t.strangers());
        pairs.removeIf(p -> !ids.contains(p.first()) || !ids.contains(p.second()));
        if (!pairs.isEmpty()) {
            g.writeArrayFieldStart("strangers");
            pairs.sort(Comparator.comparing(app.rapport.journal.Journal.ContactPair::first, NATURAL_ORDER)
                    .thenComparing(app.rapport.journal.Journal.ContactPair::second, NATURAL_ORDER));
            for (var p : pairs) {
                pretty.inlineNext();
                g.writeStartObject();
                g.writeStringField("a", p.first());
                g.writeStringField("b", p.second());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!t.words().isEmpty()) {
            g.writeArrayFieldStart("words");
            List<app.rapport.journal.Teachings.WordPair> words = new java.util.ArrayList<>(t.sameWords());
            words.addAll(t.differentWords());
            for (var w : words) {
                pretty.inlineNext();
                g.writeStartObject();
                g.writeStringField("first", w.first());
                g.writeStringField("second", w.second());
                g.writeBooleanField("same", w.same());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (t.learnFrom() != null) {
            g.writeStringField("learnFrom", DateTimeFormatter.ISO_INSTANT.format(t.learnFrom()));
        }
    }

    /**
     * A contact in format version 1: its fields as {@link ContactFields} lists them, in that
     * order, but for the times of storing. Fields that came after version 1 (addresses, the
     * photo) are optional: written only when the contact has them, so a file of a journal
     * without them reads as before.
     */
    private void contact(Contact contact) throws IOException {
        g.writeStartObject();
        for (ContactFields.Field<?> f : ContactFields.ALL) {
            Object value = f.get().apply(contact);
            if (!f.interchanged() || f.optional() && (value == null || value instanceof List<?> l && l.isEmpty())) {
                continue;
            }
            String name = f.name();
            switch (f.kind()) {
                case ID, TEXT -> text(name, (String) value);
                case TEXTS, TAGS -> texts(name, strings(value));
                case ADDRESSES -> {
                    g.writeArrayFieldStart(name);
                    for (Object entry : (List<?>) value) {
                        PostalAddress a = (PostalAddress) entry;
                        pretty.inlineNext();
                        g.writeStartObject();
                        text("street", a.street());
                        text("postalCode", a.postalCode());
                        text("city", a.city());
                        text("region", a.region());
                        text("country", a.country());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                case BIRTHDAY -> text(name, value == null ? null : value.toString());
                case DAYS -> number(name, (Integer) value);
                case FLAG -> g.writeBooleanField(name, (Boolean) value);
                case PHOTO -> {
                    Photo photo = (Photo) value;
                    pretty.inlineNext();
                    g.writeObjectFieldStart(name);
                    g.writeStringField("mediaType", photo.mediaType());
                    g.writeStringField("data", Base64.getEncoder().encodeToString(photo.bytes()));
                    g.writeEndObject();
                }
                case TIME -> throw new IllegalStateException(name + " is not interchanged");
            }
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private void event(Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        text("name", e.name());
        text("series", e.series());
        dateTime("start", e.start());
        dateTime("end", e.end());
        text("place", e.place());
        text("topic", e.topic());
        texts("attendees", e.attendees());
        g.writeArrayFieldStart("sessions");
        for (Session s : e.sessions()) {
            pretty.inlineNext();
            g.writeStartObject();
            dateTime("start", s.start());
            dateTime("end", s.end());
            text("topic", s.topic());
            text("speaker", s.speaker());
            g.writeEndObject();
        }
        g.writeEndArray();
        text("notes", e.notes());
        g.writeEndObject();
    }

    private void encounter(Encounter e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        dateTime("date", e.date());
        g.writeStringField("kind", e.kind().wireName());
        text("title", e.title());
        text("place", e.place());
        text("eventId", e.eventId());
        texts("participants", e.participants());
        text("notes", e.notes());
        number("rating", e.rating());
        g.writeArrayFieldStart("followUps");
        for (FollowUp f : e.followUps()) {
            pretty.inlineNext();
            g.writeStartObject();
            g.writeStringField("what", f.what());
            text("due", f.due() == null ? null : f.due().toString());
            g.writeBooleanField("done", f.done());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void text(String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    private void texts(String field, List<String> values) throws IOException {
        g.writeFieldName(field);
        pretty.scalarArrayNext();
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void number(String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private void dateTime(String field, OffsetDateTime value) throws IOException {
        text(field, value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        return list.stream().sorted(order).toList();
    }

    /** Compares runs of digits by their value, everything else by character. */
    static int compareNatural(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char cx = x.charAt(i);
            char cy = y.charAt(j);
            if (isDigit(cx) && isDigit(cy)) {
                int si = i;
                int sj = j;
                while (i < x.length() && isDigit(x.charAt(i))) {
                    i++;
                }
                while (j < y.length() && isDigit(y.charAt(j))) {
                    j++;
                }
                // Skip leading zeros (keeping one digit), then the longer run is the larger number.
                while (si < i - 1 && x.charAt(si) == '0') {
                    si++;
                }
                while (sj < j - 1 && y.charAt(sj) == '0') {
                    sj++;
                }
                int lx = i - si;
                int ly = j - sj;
                if (lx != ly) {
                    return Integer.compare(lx, ly);
                }
                for (int k = 0; k < lx; k++) {
                    int c = Character.compare(x.charAt(si + k), y.charAt(sj + k));
                    if (c != 0) {
                        return c;
                    }
                }
            } else {
                if (cx != cy) {
                    return Character.compare(cx, cy);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(x.length() - i, y.length() - j);
        // Equal by value but spelt differently (c01 and c1): fall back to plain order, keeping it total.
        return c != 0 ? c : x.compareTo(y);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
