package app.rapport.interchange.json;

import app.rapport.interchange.contacts.PhotoScaler;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactFields;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import app.rapport.journal.Session;
import app.rapport.journal.Tags;
import app.rapport.journal.TextRules;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Each kind of record of the interchange format read from its {@link JsonRecord}: the fields it
 * has, their types and ranges, and the rules the editor applies. A record with a problem is
 * reported and comes back as null. One instance per file (it remembers the ties seen, to refuse
 * a pair listed twice).
 */
final class JsonRecordReaders {

    private static final Set<String> CONTACT_FIELDS = ContactFields.ALL.stream()
            .filter(ContactFields.Field::interchanged).map(ContactFields.Field::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ADDRESS_FIELDS = Set.of("street", "postalCode", "city", "region", "country");
    private static final Set<String> PHOTO_FIELDS = Set.of("mediaType", "data");
    private static final Set<String> TIE_FIELDS = Set.of("a", "b", "strength", "note");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "name", "series", "start", "end", "place",
            "topic", "attendees", "sessions", "notes");
    private static final Set<String> SESSION_FIELDS = Set.of("start", "end", "topic", "speaker");
    private static final Set<String> ENCOUNTER_FIELDS = Set.of("id", "date", "kind", "title", "place",
            "eventId", "participants", "notes", "rating", "followUps");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("what", "due", "done");
    private static final Set<String> INTRODUCTION_FIELDS = Set.of("id", "a", "b", "status", "createdAt",
            "reason", "outcome", "steps", "drafts", "dismissalFingerprint");
    private static final Set<String> DRAFT_FIELDS = Set.of("language", "toA", "toB", "introduction");
    private static final Set<String> EXCHANGE_FIELDS = Set.of("contact", "direction", "date", "what");
    private static final Set<String> STRANGERS_FIELDS = Set.of("a", "b");
    private static final Set<String> WORD_FIELDS = Set.of("first", "second", "same");

    /** The first index of each pair of contacts in the file's ties. */
    private final Map<String, Integer> tiePairs = new HashMap<>();

    /** A contact's fields as {@link ContactFields} lists them, each read as its kind says. */
    Contact contact(JsonRecord r) {
        r.warnUnknown(CONTACT_FIELDS);
        ContactFields.Values values = new ContactFields.Values();
        for (ContactFields.Field<?> f : ContactFields.ALL) {
            String name = f.name();
            Object value = switch (f.kind()) {
                case ID -> {
                    if (r.id == null) {
                        r.failed = true; // reported with the other ids
                    }
                    yield r.id;
                }
                case TEXT -> f == ContactFields.NAME ? Objects.requireNonNullElse(r.requiredText(name), "") : r.text(name);
                case TEXTS -> r.texts(name);
                case TAGS -> Tags.clean(r.texts(name));
                case ADDRESSES -> addresses(r, name);
                case BIRTHDAY -> r.birthday(name);
                case DAYS -> r.wholeNumber(name, 1, ContactValidator.MAX_KEEP_IN_TOUCH_DAYS);
                case FLAG -> r.bool(name);
                case PHOTO -> photo(r, name);
                case TIME -> null; // the journal sets them
            };
            values.putUnchecked(f, value);
        }
        if (r.failed) {
            return null;
        }
        Contact contact = ContactFields.contact(values);
        // The same rules as the contact editor, so that an import cannot store what the app refuses.
        for (ValidationException.Problem p : ContactValidator.problems(contact)) {
            String field = p.field();
            r.error(field, r.obj.fields().getOrDefault(field, r.obj), p.messageKey(),
                    p.argument() == null ? new Object[0] : new Object[] {p.argument()});
        }
        return r.failed ? null : contact;
    }

    /** Optional (format version 1 files before addresses came have none). */
    List<PostalAddress> addresses(JsonRecord r, String field) {
        List<PostalAddress> out = new ArrayList<>();
        List<Node.Obj> nodes = r.records(field);
        for (int i = 0; i < nodes.size(); i++) {
            JsonRecord a = r.nested(field + "[" + i + "].", nodes.get(i));
            a.warnUnknown(ADDRESS_FIELDS);
            out.add(new PostalAddress(a.text("street"), a.text("postalCode"), a.text("city"), a.text("region"),
                    a.text("country")));
        }
        return out;
    }

    /**
     * Optional: {@code {"mediaType": "image/jpeg", "data": "<base64>"}}. A picture larger than the
     * journal keeps is scaled down as an address book's is; one that is no picture is refused.
     */
    Photo photo(JsonRecord r, String field) {
        Node.Obj node = r.object(field);
        if (node == null) {
            return null;
        }
        JsonRecord p = r.nested(field + ".", node);
        p.warnUnknown(PHOTO_FIELDS);
        String type = p.choice("mediaType", t -> t, List.of("image/jpeg", "image/png"));
        String data = p.requiredText("data");
        if (type == null || data == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            p.error("data", node.fields().get("data"), "interchange.error.notBase64");
            return null;
        }
        if (bytes.length > 0 && bytes.length <= Photo.MAX_BYTES) {
            return new Photo(type, bytes);
        }
        Optional<Photo> scaled = PhotoScaler.scale(bytes);
        if (scaled.isEmpty()) {
            p.error("data", node.fields().get("data"), "interchange.error.notPicture", Photo.MAX_BYTES / 1024);
        }
        return scaled.orElse(null);
    }

    Tie tie(JsonRecord r) {
        r.warnUnknown(TIE_FIELDS);
        String a = r.contactRef("a", true);
        String b = r.contactRef("b", true);
        Integer strength = r.wholeNumber("strength", Tie.MIN_STRENGTH, Tie.MAX_STRENGTH);
        String note = r.text("note");
        if (a != null && a.equals(b)) {
            r.error("b", r.obj.fields().get("b"), "interchange.error.sameContact", a);
        }
        if (r.failed) {
            return null;
        }
        Tie tie = new Tie(a, b, strength, note);
        if (!r.obeysTextRules(TextRules.problems(tie))) {
            return null;
        }
        Integer first = tiePairs.putIfAbsent(tie.a() + "\u0000" + tie.b(), r.index);
        if (first != null) {
            r.error(null, r.obj, "interchange.error.duplicateTie", tie.a(), tie.b(), "ties[" + first + "]");
            return null;
        }
        return tie;
    }

    /** Two contacts who do not know each other (optional list, see the README); null if the record is wrong. */
    app.rapport.journal.Journal.ContactPair strangers(JsonRecord r) {
        r.warnUnknown(STRANGERS_FIELDS);
        String a = r.contactRef("a", true);
        String b = r.contactRef("b", true);
        if (a != null && a.equals(b)) {
            r.error("b", r.obj.fields().get("b"), "interchange.error.sameContact", a);
        }
        return r.failed ? null : app.rapport.journal.Journal.ContactPair.of(a, b);
    }

    /** Two words that mean the same or not (optional list, see the README); null if the record is wrong. */
    app.rapport.journal.Teachings.WordPair word(JsonRecord r) {
        r.warnUnknown(WORD_FIELDS);
        String first = r.requiredText("first");
        String second = r.requiredText("second");
        if (!r.has("same")) {
            r.error("same", r.obj, "interchange.error.required");
        }
        boolean same = r.bool("same");
        for (String[] w : new String[][] {{"first", first}, {"second", second}}) {
            if (w[1] != null && Tags.normalize(w[1]).isEmpty()) { // a dash alone is no word
                r.error(w[0], r.obj.fields().get(w[0]), "interchange.error.required");
            }
        }
        if (!r.failed && Tags.normalize(first).equals(Tags.normalize(second))) {
            r.error("second", r.obj.fields().get("second"), "interchange.error.sameWord", first);
        }
        if (r.failed) {
            return null;
        }
        for (String[] w : new String[][] {{"first", first}, {"second", second}}) {
            ValidationException.Problem unfit = TextRules.problem(w[0], w[1], TextRules.MAX_SHORT_TEXT);
            if (unfit != null && !r.obeysTextRules(List.of(unfit))) {
                return null;
            }
        }
        return new app.rapport.journal.Teachings.WordPair(first, second, same);
    }

    Event event(JsonRecord r) {
        r.warnUnknown(EVENT_FIELDS);
        String id = r.ownId();
        String name = r.text("name");
        String series = r.text("series");
        OffsetDateTime start = r.dateTime("start");
        OffsetDateTime end = r.dateTime("end");
        String place = r.text("place");
        String topic = r.text("topic");
        List<String> attendees = r.contactRefs("attendees", false);
        List<Session> sessions = new ArrayList<>();
        List<Node.Obj> sessionNodes = r.records("sessions");
        for (int i = 0; i < sessionNodes.size(); i++) {
            JsonRecord s = r.nested("sessions[" + i + "].", sessionNodes.get(i));
            s.warnUnknown(SESSION_FIELDS);
            OffsetDateTime sStart = s.dateTime("start");
            OffsetDateTime sEnd = s.dateTime("end");
            String sTopic = s.text("topic");
            String speaker = s.contactRef("speaker", false);
            s.checkOrder("end", sStart, sEnd);
            sessions.add(new Session(sStart, sEnd, sTopic, speaker));
        }
        String notes = r.text("notes");
        r.checkOrder("end", start, end);
        if (r.failed) {
            return null;
        }
        Event event = new Event(id, name, series, start, end, place, topic, attendees, sessions, notes);
        return r.obeysTextRules(TextRules.problems(event)) ? event : null;
    }

    Encounter encounter(JsonRecord r) {
        r.warnUnknown(ENCOUNTER_FIELDS);
        String id = r.ownId();
        OffsetDateTime date = r.dateTime("date");
        if (date == null && !r.has("date")) {
            r.error("date", r.obj, "interchange.error.required");
        }
        EncounterKind kind = r.choice("kind", EncounterKind::fromWireName,
                Arrays.stream(EncounterKind.values()).map(EncounterKind::wireName).toList());
        String title = r.text("title");
        String place = r.text("place");
        String eventId = r.text("eventId");
        if (eventId != null) {
            r.refer(true, "eventId", eventId, r.obj.fields().get("eventId"));
        }
        List<String> participants = r.contactRefs("participants", true);
        String notes = r.text("notes");
        Integer rating = r.wholeNumber("rating", Encounter.MIN_RATING, Encounter.MAX_RATING);
        List<FollowUp> followUps = new ArrayList<>();
        List<Node.Obj> followUpNodes = r.records("followUps");
        for (int i = 0; i < followUpNodes.size(); i++) {
            JsonRecord f = r.nested("followUps[" + i + "].", followUpNodes.get(i));
            f.warnUnknown(FOLLOW_UP_FIELDS);
            String what = f.requiredText("what");
            LocalDate due = f.date("due");
            boolean done = f.bool("done");
            if (what != null) {
                followUps.add(new FollowUp(what, due, done));
            }
        }
        if (r.failed) {
            return null;
        }
        Encounter encounter = new Encounter(id, date, kind, title, place, eventId, participants, notes, rating, followUps);
        return r.obeysTextRules(TextRules.problems(encounter)) ? encounter : null;
    }

    Introduction introduction(JsonRecord r) {
        r.warnUnknown(INTRODUCTION_FIELDS);
        String id = r.ownId();
        String a = r.contactRef("a", true);
        String b = r.contactRef("b", true);
        IntroductionStatus status = r.choice("status", IntroductionStatus::fromWireName,
                Arrays.stream(IntroductionStatus.values()).map(IntroductionStatus::wireName).toList());
        OffsetDateTime createdAt = r.dateTime("createdAt");
        String reason = r.text("reason");
        String outcome = r.text("outcome");
        if (a != null && a.equals(b)) {
            r.error("b", r.obj.fields().get("b"), "interchange.error.sameContact", a);
        }
        // Optional: the day each step was reached, the double opt-in drafts, a dismissal's fingerprint.
        Map<IntroductionStatus, LocalDate> steps = new java.util.EnumMap<>(IntroductionStatus.class);
        Node.Obj stepsNode = r.object("steps");
        if (stepsNode != null) {
            JsonRecord s = r.nested("steps.", stepsNode);
            for (String name : stepsNode.fields().keySet()) {
                IntroductionStatus step = null;
                try {
                    step = IntroductionStatus.fromWireName(name);
                } catch (IllegalArgumentException e) {
                    // reported below
                }
                if (step == null || !step.isStep()) {
                    s.error(name, stepsNode.fields().get(name), "interchange.error.unknownStep", name);
                    continue;
                }
                LocalDate day = s.date(name);
                if (day != null) {
                    steps.put(step, day);
                }
            }
        }
        Introduction.Drafts drafts = null;
        Node.Obj draftsNode = r.object("drafts");
        if (draftsNode != null) {
            JsonRecord d = r.nested("drafts.", draftsNode);
            d.warnUnknown(DRAFT_FIELDS);
            drafts = new Introduction.Drafts(d.text("language"), d.text("toA"), d.text("toB"), d.text("introduction"));
        }
        String fingerprint = r.text("dismissalFingerprint");
        if (r.failed) {
            return null;
        }
        Instant created = createdAt == null ? null : createdAt.toInstant();
        Introduction introduction = new Introduction(id, a, b, status, created, reason, outcome, steps, drafts, fingerprint);
        return r.obeysTextRules(TextRules.problems(introduction)) ? introduction : null;
    }

    Exchange exchange(JsonRecord r) {
        r.warnUnknown(EXCHANGE_FIELDS);
        String contact = r.contactRef("contact", true);
        ExchangeDirection direction = r.choice("direction", ExchangeDirection::fromWireName,
                Arrays.stream(ExchangeDirection.values()).map(ExchangeDirection::wireName).toList());
        if (direction == null && !r.has("direction")) {
            r.error("direction", r.obj, "interchange.error.required");
        }
        LocalDate date = r.date("date");
        String what = r.text("what");
        if (r.failed) {
            return null;
        }
        Exchange exchange = new Exchange(contact, direction, date, what);
        return r.obeysTextRules(TextRules.problems(exchange)) ? exchange : null;
    }
}
