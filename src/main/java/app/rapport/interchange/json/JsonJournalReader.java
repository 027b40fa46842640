package app.rapport.interchange.json;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Session;
import app.rapport.journal.Tags;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the interchange format of INTERCHANGE.md, version 1. Everything is checked before anything
 * is returned: types, value ranges, dates, references between lists and duplicate ids; every
 * problem is reported with its record, field, line and column. Unknown fields are ignored with a
 * warning, as the format promises for files written by later versions.
 */
public final class JsonJournalReader {

    public static final String FORMAT = "rapport-journal";
    public static final int VERSION = 1;
    /** Enough to fix a file in a few rounds without drowning the terminal. */
    static final int MAX_PROBLEMS = 200;

    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "exportedAt", "contacts", "ties",
            "events", "encounters", "introductions", "exchanges");
    private static final Set<String> CONTACT_FIELDS = Set.of("id", "name", "organization", "role", "city",
            "emails", "phones", "links", "birthday", "howWeMet", "notes", "interests", "offers", "seeks",
            "keepInTouchDays", "doNotIntroduce", "archived");
    private static final Set<String> TIE_FIELDS = Set.of("a", "b", "strength", "note");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "name", "series", "start", "end", "place",
            "topic", "attendees", "sessions", "notes");
    private static final Set<String> SESSION_FIELDS = Set.of("start", "end", "topic", "speaker");
    private static final Set<String> ENCOUNTER_FIELDS = Set.of("id", "date", "kind", "title", "place",
            "eventId", "participants", "notes", "rating", "followUps");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("what", "due", "done");
    private static final Set<String> INTRODUCTION_FIELDS = Set.of("id", "a", "b", "status", "createdAt",
            "reason", "outcome");
    private static final Set<String> EXCHANGE_FIELDS = Set.of("contact", "direction", "date", "what");

    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private int errorsOmitted;
    private int warningsOmitted;

    private JsonJournalReader() {
    }

    /** Reads a whole file; throws with every problem found if anything is wrong. */
    public static ImportResult read(byte[] content) throws ImportException {
        return new JsonJournalReader().readAll(content);
    }

    private ImportResult readAll(byte[] content) throws ImportException {
        String text = decodeUtf8(content);
        Node root;
        try {
            root = NodeParser.parse(text);
        } catch (NodeParser.TrailingContentException e) {
            throw new ImportException(ImportProblem.ofFile("interchange.error.trailingContent", e.line, e.column));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ImportException(ImportProblem.ofFile("interchange.error.notJson",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ImportException(ImportProblem.ofFile("interchange.error.notJson", 0, 0, e.getMessage()));
        }
        if (root == null) {
            throw new ImportException(ImportProblem.ofFile("interchange.error.empty", 0, 0));
        }
        if (!(root instanceof Node.Obj top)) {
            throw new ImportException(ImportProblem.ofFile("interchange.error.notAnObject", root.line(),
                    root.column(), root.shown()));
        }
        checkHeader(top);

        Rec doc = new Rec(null, -1, top, "");
        doc.warnUnknown(TOP_FIELDS);
        doc.text("exportedAt"); // type-checked, otherwise informational
        List<Node.Obj> contactNodes = doc.records("contacts");
        List<Node.Obj> tieNodes = doc.records("ties");
        List<Node.Obj> eventNodes = doc.records("events");
        List<Node.Obj> encounterNodes = doc.records("encounters");
        List<Node.Obj> introductionNodes = doc.records("introductions");
        List<Node.Obj> exchangeNodes = doc.records("exchanges");

        // Ids first, so that a reference to a contact with, say, a bad birthday is not also
        // reported as dangling.
        Map<String, Integer> contactIds = ids("contacts", contactNodes, true);
        Map<String, Integer> eventIds = ids("events", eventNodes, false);
        Map<String, Integer> encounterIds = ids("encounters", encounterNodes, false);
        Map<String, Integer> introductionIds = ids("introductions", introductionNodes, false);

        List<Contact> contacts = new ArrayList<>(contactNodes.size());
        for (int i = 0; i < contactNodes.size(); i++) {
            Contact c = contact(new Rec("contacts", i, contactNodes.get(i), ""));
            if (c != null) {
                contacts.add(c);
            }
        }
        List<Tie> ties = new ArrayList<>(tieNodes.size());
        Map<String, Integer> tiePairs = new HashMap<>();
        for (int i = 0; i < tieNodes.size(); i++) {
            Tie t = tie(new Rec("ties", i, tieNodes.get(i), ""), contactIds, tiePairs);
            if (t != null) {
                ties.add(t);
            }
        }
        IdGenerator eventIdGen = new IdGenerator("event-", eventIds.keySet());
        List<Event> events = new ArrayList<>(eventNodes.size());
        for (int i = 0; i < eventNodes.size(); i++) {
            Event e = event(new Rec("events", i, eventNodes.get(i), ""), contactIds, eventIdGen);
            if (e != null) {
                events.add(e);
            }
        }
        IdGenerator encounterIdGen = new IdGenerator("encounter-", encounterIds.keySet());
        List<Encounter> encounters = new ArrayList<>(encounterNodes.size());
        for (int i = 0; i < encounterNodes.size(); i++) {
            Encounter e = encounter(new Rec("encounters", i, encounterNodes.get(i), ""), contactIds, eventIds,
                    encounterIdGen);
            if (e != null) {
                encounters.add(e);
            }
        }
        IdGenerator introductionIdGen = new IdGenerator("introduction-", introductionIds.keySet());
        List<Introduction> introductions = new ArrayList<>(introductionNodes.size());
        for (int i = 0; i < introductionNodes.size(); i++) {
            Introduction in = introduction(new Rec("introductions", i, introductionNodes.get(i), ""), contactIds,
                    introductionIdGen);
            if (in != null) {
                introductions.add(in);
            }
        }
        List<Exchange> exchanges = new ArrayList<>(exchangeNodes.size());
        for (int i = 0; i < exchangeNodes.size(); i++) {
            Exchange x = exchange(new Rec("exchanges", i, exchangeNodes.get(i), ""), contactIds);
            if (x != null) {
                exchanges.add(x);
            }
        }

        if (!errors.isEmpty()) {
            throw new ImportException(errors, errorsOmitted);
        }
        List<ImportProblem> allWarnings = new ArrayList<>(warnings);
        if (warningsOmitted > 0) {
            allWarnings.add(ImportProblem.ofFile("interchange.warning.more", 0, 0, warningsOmitted));
        }
        return new ImportResult(new JournalSnapshot(contacts, ties, encounters, events, introductions, exchanges),
                allWarnings);
    }

    // The file as a whole

    /** Strict UTF-8: a malformed byte is an error with its position, never a replacement character. */
    private static String decodeUtf8(byte[] content) throws ImportException {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            long line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (content[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            long column = 1;
            for (int i = lineStart; i < bad; i++) {
                if ((content[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new ImportException(ImportProblem.ofFile("interchange.error.notUtf8", line, column,
                    String.format("%02X", content[bad] & 0xFF)));
        }
        out.flip();
        return out.toString();
    }

    /** A file of another kind or a later version is refused before anything else is looked at. */
    private static void checkHeader(Node.Obj top) throws ImportException {
        Node format = top.fields().get("format");
        if (format == null) {
            throw new ImportException(ImportProblem.ofFile("interchange.error.formatMissing", top.line(),
                    top.column()));
        }
        if (!(format instanceof Node.Str s) || !FORMAT.equals(s.value())) {
            throw new ImportException(problemAt("format", format, "interchange.error.wrongFormat", format.shown()));
        }
        Node version = top.fields().get("version");
        if (version == null) {
            throw new ImportException(ImportProblem.ofFile("interchange.error.versionMissing", top.line(),
                    top.column()));
        }
        if (!(version instanceof Node.Num n) || !n.integral() || n.longValue() < 1) {
            if (version instanceof Node.Num big && big.text().matches("[0-9]{20,}")) {
                // A version too large for a long is still a newer version.
                throw new ImportException(problemAt("version", version, "interchange.error.newerVersion",
                        big.text(), VERSION));
            }
            throw new ImportException(problemAt("version", version, "interchange.error.badVersion", version.shown()));
        }
        if (n.longValue() > VERSION) {
            throw new ImportException(problemAt("version", version, "interchange.error.newerVersion",
                    n.longValue(), VERSION));
        }
    }

    private static ImportProblem problemAt(String field, Node at, String key, Object... args) {
        return new ImportProblem(null, -1, null, field, key, List.of(args), at.line(), at.column());
    }

    // Ids

    /**
     * The ids of a list, each with the index of the record that has it. Reports missing ids where
     * they are required, ids that are not text, and ids used twice.
     */
    private Map<String, Integer> ids(String list, List<Node.Obj> records, boolean required) {
        Map<String, Integer> ids = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            Node.Obj record = records.get(i);
            Node idNode = record.fields().get("id");
            if (idNode == null || idNode instanceof Node.Null) {
                if (required) {
                    error(list, i, null, "id", record, "interchange.error.required");
                }
            } else if (!(idNode instanceof Node.Str s)) {
                error(list, i, null, "id", idNode, "interchange.error.notText", idNode.shown());
            } else if (s.value().isBlank()) {
                if (required) {
                    error(list, i, null, "id", idNode, "interchange.error.required");
                }
            } else {
                Integer first = ids.putIfAbsent(s.value(), i);
                if (first != null) {
                    error(list, i, s.value(), "id", idNode, "interchange.error.duplicateId", s.value(),
                            list + "[" + first + "]");
                }
            }
        }
        return ids;
    }

    /** Ids for records that came without one, unique within their list. */
    private static final class IdGenerator {
        private final String prefix;
        private final Set<String> taken;
        private int next = 1;

        IdGenerator(String prefix, Set<String> taken) {
            this.prefix = prefix;
            this.taken = new HashSet<>(taken);
        }

        String next() {
            String id;
            do {
                id = prefix + next++;
            } while (!taken.add(id));
            return id;
        }
    }

    // Records

    private Contact contact(Rec r) {
        r.warnUnknown(CONTACT_FIELDS);
        String id = r.id;
        if (id == null) {
            r.failed = true; // reported with the other ids
        }
        String name = r.requiredText("name");
        Contact.Builder b = Contact.builder(name == null ? "" : name)
                .id(id)
                .organization(r.text("organization"))
                .role(r.text("role"))
                .city(r.text("city"))
                .emails(r.texts("emails"))
                .phones(r.texts("phones"))
                .links(r.texts("links"))
                .birthday(r.birthday("birthday"))
                .howWeMet(r.text("howWeMet"))
                .notes(r.text("notes"))
                .interests(Tags.clean(r.texts("interests")))
                .offers(Tags.clean(r.texts("offers")))
                .seeks(Tags.clean(r.texts("seeks")))
                .keepInTouchDays(r.wholeNumber("keepInTouchDays", 1, ContactValidator.MAX_KEEP_IN_TOUCH_DAYS))
                .doNotIntroduce(r.bool("doNotIntroduce"))
                .archived(r.bool("archived"));
        if (r.failed) {
            return null;
        }
        Contact contact = b.build();
        // The same rules as the contact editor, so that an import cannot store what the app refuses.
        for (ValidationException.Problem p : ContactValidator.problems(contact)) {
            String field = p.field();
            r.error(field, r.obj.fields().getOrDefault(field, r.obj), p.messageKey(),
                    p.argument() == null ? new Object[0] : new Object[] {p.argument()});
        }
        return r.failed ? null : contact;
    }

    private Tie tie(Rec r, Map<String, Integer> contactIds, Map<String, Integer> pairs) {
        r.warnUnknown(TIE_FIELDS);
        String a = r.contactRef("a", contactIds, true);
        String b = r.contactRef("b", contactIds, true);
        Integer strength = r.wholeNumber("strength", Tie.MIN_STRENGTH, Tie.MAX_STRENGTH);
        String note = r.text("note");
        if (a != null && a.equals(b)) {
            r.error("b", r.obj.fields().get("b"), "interchange.error.sameContact", a);
        }
        if (r.failed) {
            return null;
        }
        Tie tie = new Tie(a, b, strength, note);
        Integer first = pairs.putIfAbsent(tie.a() + "\u0000" + tie.b(), r.index);
        if (first != null) {
            r.error(null, r.obj, "interchange.error.duplicateTie", tie.a(), tie.b(), "ties[" + first + "]");
            return null;
        }
        return tie;
    }

    private Event event(Rec r, Map<String, Integer> contactIds, IdGenerator ids) {
        r.warnUnknown(EVENT_FIELDS);
        String id = r.idOrNew(ids);
        String name = r.text("name");
        String series = r.text("series");
        OffsetDateTime start = r.dateTime("start");
        OffsetDateTime end = r.dateTime("end");
        String place = r.text("place");
        String topic = r.text("topic");
        List<String> attendees = r.contactRefs("attendees", contactIds, false);
        List<Session> sessions = new ArrayList<>();
        List<Node.Obj> sessionNodes = r.records("sessions");
        for (int i = 0; i < sessionNodes.size(); i++) {
            Rec s = r.nested("sessions[" + i + "].", sessionNodes.get(i));
            s.warnUnknown(SESSION_FIELDS);
            OffsetDateTime sStart = s.dateTime("start");
            OffsetDateTime sEnd = s.dateTime("end");
            String sTopic = s.text("topic");
            String speaker = s.contactRef("speaker", contactIds, false);
            s.checkOrder("end", sStart, sEnd);
            sessions.add(new Session(sStart, sEnd, sTopic, speaker));
        }
        String notes = r.text("notes");
        r.checkOrder("end", start, end);
        if (r.failed) {
            return null;
        }
        return new Event(id, name, series, start, end, place, topic,
                attendees, sessions, notes);
    }

    private Encounter encounter(Rec r, Map<String, Integer> contactIds, Map<String, Integer> eventIds,
                                IdGenerator ids) {
        r.warnUnknown(ENCOUNTER_FIELDS);
        String id = r.idOrNew(ids);
        OffsetDateTime date = r.dateTime("date");
        if (date == null && !r.has("date")) {
            r.error("date", r.obj, "interchange.error.required");
        }
        EncounterKind kind = r.choice("kind", EncounterKind::fromWireName,
                Arrays.stream(EncounterKind.values()).map(EncounterKind::wireName).toList());
        String title = r.text("title");
        String place = r.text("place");
        String eventId = r.text("eventId");
        if (eventId != null && !eventIds.containsKey(eventId)) {
            r.error("eventId", r.obj.fields().get("eventId"), "interchange.error.unknownEvent", eventId);
        }
        List<String> participants = r.contactRefs("participants", contactIds, true);
        String notes = r.text("notes");
        Integer rating = r.wholeNumber("rating", Encounter.MIN_RATING, Encounter.MAX_RATING);
        List<FollowUp> followUps = new ArrayList<>();
        List<Node.Obj> followUpNodes = r.records("followUps");
        for (int i = 0; i < followUpNodes.size(); i++) {
            Rec f = r.nested("followUps[" + i + "].", followUpNodes.get(i));
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
        return new Encounter(id, date, kind, title, place, eventId,
                participants, notes, rating, followUps);
    }

    private Introduction introduction(Rec r, Map<String, Integer> contactIds, IdGenerator ids) {
        r.warnUnknown(INTRODUCTION_FIELDS);
        String id = r.idOrNew(ids);
        String a = r.contactRef("a", contactIds, true);
        String b = r.contactRef("b", contactIds, true);
        IntroductionStatus status = r.choice("status", IntroductionStatus::fromWireName,
                Arrays.stream(IntroductionStatus.values()).map(IntroductionStatus::wireName).toList());
        OffsetDateTime createdAt = r.dateTime("createdAt");
        String reason = r.text("reason");
        String outcome = r.text("outcome");
        if (a != null && a.equals(b)) {
            r.error("b", r.obj.fields().get("b"), "interchange.error.sameContact", a);
        }
        if (r.failed) {
            return null;
        }
        Instant created = createdAt == null ? null : createdAt.toInstant();
        return new Introduction(id, a, b, status, created, reason,
                outcome);
    }

    private Exchange exchange(Rec r, Map<String, Integer> contactIds) {
        r.warnUnknown(EXCHANGE_FIELDS);
        String contact = r.contactRef("contact", contactIds, true);
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
        return new Exchange(contact, direction, date, what);
    }

    // Problems

    private void error(String list, int index, String id, String field, Node at, String key, Object... args) {
        if (errors.size() < MAX_PROBLEMS) {
            errors.add(new ImportProblem(list, index, id, field, key, List.of(args), at.line(), at.column()));
        } else {
            errorsOmitted++;
        }
    }

    private void warning(String list, int index, String id, String field, Node at, String key, Object... args) {
        if (warnings.size() < MAX_PROBLEMS) {
            warnings.add(new ImportProblem(list, index, id, field, key, List.of(args), at.line(), at.column()));
        } else {
            warningsOmitted++;
        }
    }

    /**
     * One record being read: typed access to its fields that reports, rather than throws, what is
     * wrong, so that one pass finds every problem. {@code prefix} names nested records
     * ({@code followUps[0].}).
     */
    private final class Rec {
        final String list;
        final int index;
        final Node.Obj obj;
        final String prefix;
        final String id;
        final Rec parent;
        boolean failed;

        Rec(String list, int index, Node.Obj obj, String prefix) {
            this(list, index, obj, prefix, null);
        }

        private Rec(String list, int index, Node.Obj obj, String prefix, Rec parent) {
            this.list = list;
            this.index = index;
            this.obj = obj;
            this.prefix = prefix;
            this.parent = parent;
            if (parent != null) {
                this.id = parent.id;
            } else {
                Node idNode = obj.fields().get("id");
                this.id = idNode instanceof Node.Str s && !s.value().isBlank() ? s.value() : null;
            }
            for (String key : obj.duplicateKeys()) {
                error(key, obj.fields().get(key), "interchange.error.duplicateField");
            }
        }

        Rec nested(String nestedPrefix, Node.Obj nestedObj) {
            return new Rec(list, index, nestedObj, prefix + nestedPrefix, this);
        }

        void error(String field, Node at, String key, Object... args) {
            JsonJournalReader.this.error(list, index, id, field == null ? null : prefix + field,
                    at == null ? obj : at, key, args);
            for (Rec r = this; r != null; r = r.parent) {
                r.failed = true;
            }
        }

        void warnUnknown(Set<String> known) {
            for (Map.Entry<String, Node> e : obj.fields().entrySet()) {
                if (!known.contains(e.getKey())) {
                    warning(list, index, id, prefix + e.getKey(), e.getValue(), "interchange.warning.unknownField");
                }
            }
        }

        /** The record's own id, a new one if it has none; ids() has reported what is wrong with it. */
        String idOrNew(IdGenerator ids) {
            if (id != null) {
                return id;
            }
            Node n = obj.fields().get("id");
            if (n == null || n instanceof Node.Null || n instanceof Node.Str) {
                return ids.next();
            }
            failed = true;
            return null;
        }

        boolean has(String field) {
            Node n = obj.fields().get(field);
            return n != null && !(n instanceof Node.Null);
        }

        /** Optional text; null if missing or null. */
        String text(String field) {
            Node n = obj.fields().get(field);
            if (n == null || n instanceof Node.Null) {
                return null;
            }
            if (n instanceof Node.Str s) {
                return s.value();
            }
            error(field, n, "interchange.error.notText", n.shown());
            return null;
        }

        String requiredText(String field) {
            Node n = obj.fields().get(field);
            if (n == null || n instanceof Node.Null || (n instanceof Node.Str s && s.value().isBlank())) {
                error(field, n, "interchange.error.required");
                return null;
            }
            return text(field);
        }

        /** An optional list of texts; empty if missing. */
        List<String> texts(String field) {
            Node n = obj.fields().get(field);
            if (n == null || n instanceof Node.Null) {
                return List.of();
            }
            if (!(n instanceof Node.Arr arr)) {
                error(field, n, "interchange.error.notList", n.shown());
                return List.of();
            }
            List<String> values = new ArrayList<>(arr.items().size());
            for (int i = 0; i < arr.items().size(); i++) {
                Node item = arr.items().get(i);
                if (item instanceof Node.Str s) {
                    values.add(s.value());
                } else {
                    error(field + "[" + i + "]", item, "interchange.error.notText", item.shown());
                }
            }
            return values;
        }

        /** The objects of a list of records; empty if missing. */
        List<Node.Obj> records(String field) {
            Node n = obj.fields().get(field);
            if (n == null || n instanceof Node.Null) {
                return List.of();
            }
            if (!(n instanceof Node.Arr arr)) {
                error(field, n, "interchange.error.notList", n.shown());
                return List.of();
            }
            List<Node.Obj> objects = new ArrayList<>(arr.items().size());
            for (int i = 0; i < arr.items().size(); i++) {
                Node item = arr.items().get(i);
                if (item instanceof Node.Obj o) {
                    objects.add(o);
                } else {
                    error(field + "[" + i + "]", item, "interchange.error.notObject", item.shown());
                }
            }
            return objects;
        }

        Integer wholeNumber(String field, int min, int max) {
            Node n = obj.fields().get(field);
            if (n == null || n instanceof Node.Null) {
                return null;
            }
            if (!(n instanceof Node.Num num) || !num.integral()) {
                error(field, n, "interchange.error.notWholeNumber", n.shown());
                return null;
            }
            if (num.longValue() < min || num.longValue() > max) {
                error(field, n, "interchange.error.numberRange", num.text(), min, max);
                return null;
            }
            return (int) num.longValue();
        }

        /** Optional flag; false if missing. */
        boolean bool(String field) {
            Node n = obj.fields().get(field);
            if (n == null || n instanceof Node.Null) {
                return false;
            }
            if (n instanceof Node.Bool b) {
                return b.value();
            }
            error(field, n, "interchange.error.notBoolean", n.shown());
            return false;
        }

        LocalDate date(String field) {
            String t = dateText(field);
            if (t == null) {
                return null;
            }
            try {
                return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeException e) {
                error(field, obj.fields().get(field), "interchange.error.notDate", obj.fields().get(field).shown());
                return null;
            }
        }

        OffsetDateTime dateTime(String field) {
            String t = dateText(field);
            if (t == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeException e) {
                error(field, obj.fields().get(field), "interchange.error.notDateTime",
                        obj.fields().get(field).shown());
                return null;
            }
        }

        Birthday birthday(String field) {
            String t = dateText(field);
            if (t == null) {
                return null;
            }
            try {
                if (!t.matches("--[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    throw new DateTimeException(t);
                }
                return Birthday.parse(t);
            } catch (DateTimeException e) {
                error(field, obj.fields().get(field), "interchange.error.notBirthday", obj.fields().get(field).shown());
                return null;
            }
        }

        private String dateText(String field) {
            Node n = obj.fields().get(field);
            if (n == null || n instanceof Node.Null) {
                return null;
            }
            if (n instanceof Node.Str s) {
                return s.value();
            }
            error(field, n, "interchange.error.notText", n.shown());
            return null;
        }

        /** One of a fixed set of names; null if missing. */
        <E> E choice(String field, Function<String, E> parse, List<String> names) {
            String t = text(field);
            if (t == null) {
                return null;
            }
            // Exact names only: the format is written by programs, and "Met" or " met" hides a bug.
            if (!names.contains(t)) {
                error(field, obj.fields().get(field), "interchange.error.notOneOf", obj.fields().get(field).shown(),
                        String.join(", ", names));
                return null;
            }
            return parse.apply(t);
        }

        String contactRef(String field, Map<String, Integer> contactIds, boolean required) {
            String ref = required ? requiredText(field) : text(field);
            if (ref != null && !contactIds.containsKey(ref)) {
                error(field, obj.fields().get(field), "interchange.error.unknownContact", ref);
                return null;
            }
            return ref;
        }

        List<String> contactRefs(String field, Map<String, Integer> contactIds, boolean required) {
            Node n = obj.fields().get(field);
            if (n == null || n instanceof Node.Null) {
                if (required) {
                    error(field, n, "interchange.error.requiredList");
                }
                return List.of();
            }
            if (!(n instanceof Node.Arr arr)) {
                error(field, n, "interchange.error.notList", n.shown());
                return List.of();
            }
            if (required && arr.items().isEmpty()) {
                error(field, n, "interchange.error.requiredList");
            }
            List<String> refs = new ArrayList<>(arr.items().size());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < arr.items().size(); i++) {
                Node item = arr.items().get(i);
                String where = field + "[" + i + "]";
                if (!(item instanceof Node.Str s)) {
                    error(where, item, "interchange.error.notText", item.shown());
                } else if (!contactIds.containsKey(s.value())) {
                    error(where, item, "interchange.error.unknownContact", s.value());
                } else if (!seen.add(s.value())) {
                    error(where, item, "interchange.error.duplicateReference", s.value());
                } else {
                    refs.add(s.value());
                }
            }
            return refs;
        }

        void checkOrder(String endField, OffsetDateTime start, OffsetDateTime end) {
            if (start != null && end != null && end.isBefore(start)) {
                error(endField, obj.fields().get(endField), "interchange.error.endBeforeStart",
                        end.toString(), start.toString());
            }
        }
    }
}
