package app.rapport.interchange.json;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.contacts.PhotoScaler;
import app.rapport.journal.Birthday;
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
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import app.rapport.journal.Session;
import app.rapport.journal.Tags;
import app.rapport.journal.TextRules;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the interchange format of INTERCHANGE.md, version 1. Everything is checked before anything
 * is returned: types, value ranges, dates, references between lists and duplicate ids; every
 * problem is reported with its record, field, line and column, in the order they stand in the
 * file. Unknown fields are ignored with a warning, as the format promises for files written by
 * later versions.
 *
 * <p>The file is read one record at a time with Jackson's streaming parser, so that a journal of
 * tens of thousands of contacts never exists twice in memory; references between lists are
 * checked once every list has been read, since a file may list them in any order.
 */
public final class JsonJournalReader {

    public static final String FORMAT = "rapport-journal";
    public static final int VERSION = 1;
    /** Enough to fix a file in a few rounds without drowning the terminal. */
    static final int MAX_PROBLEMS = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    /** {@code --MM-dd} or {@code yyyy-MM-dd}; Birthday.parse alone would also take {@code +1990-04-12}. */
    private static final Pattern BIRTHDAY = Pattern.compile("--[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private static final Set<String> LISTS = Set.of("contacts", "ties", "events", "encounters", "introductions",
            "exchanges", "strangers", "words");
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

    /** A problem whose place is still a byte offset; lines and columns are counted once, at the end. */
    private record Found(String list, int index, String id, String field, String key, List<Object> args,
                         long offset) {
    }

    /** A reference to check once every list is read: to a contact, or (event) to an event. */
    private record Reference(boolean event, String list, int index, String id, String field, String value,
                             long offset) {
    }

    private final byte[] content;
    private final List<Found> errors = new ArrayList<>();
    private final List<Found> warnings = new ArrayList<>();
    private int errorsOmitted;
    private int warningsOmitted;
    private final List<Reference> references = new ArrayList<>();

    private final Map<String, Integer> contactIds = new HashMap<>();
    private final Map<String, Integer> eventIds = new HashMap<>();
    private final Map<String, Integer> encounterIds = new HashMap<>();
    private final Map<String, Integer> introductionIds = new HashMap<>();
    private final Map<String, Integer> tiePairs = new HashMap<>();

    private final List<Contact> contacts = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Encounter> encounters = new ArrayList<>();
    private final List<Introduction> introductions = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Set<app.rapport.journal.Journal.ContactPair> strangers = new HashSet<>();
    private final List<app.rapport.journal.Teachings.WordPair> words = new ArrayList<>();
    private Instant learnFrom;

    private JsonJournalReader(byte[] content) {
        this.content = content;
    }

    /** Reads a whole file; throws with every problem found if anything is wrong. */
    public static ImportResult read(byte[] content) throws ImportException {
        return new JsonJournalReader(content).readAll();
    }

    private ImportResult readAll() throws ImportException {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        checkUtf8(start);
        Node format = null;
        Node version = null;
        long topOffset = start;
        try (JsonParser p = FACTORY.createParser(content, start, content.length - start)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw failure(fileProblem("interchange.error.empty", 0));
            }
            if (t != JsonToken.START_OBJECT) {
                Node n = NodeParser.value(p, t, start);
                throw failure(fileProblem("interchange.error.notAnObject", n.offset(), n.shown()));
            }
            topOffset = start + p.currentTokenLocation().getByteOffset();
            Set<String> seen = new HashSet<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken valueToken = p.nextToken();
                long at = start + p.currentTokenLocation().getByteOffset();
                if (!seen.add(name)) {
                    error(null, -1, null, name, at, "interchange.error.duplicateField");
                    p.skipChildren();
                    continue;
                }
                switch (name) {
                    case "format" -> {
                        format = NodeParser.value(p, valueToken, start);
                        // A file of another kind is refused at once, without reading further.
                        checkFormat(format);
                    }
                    case "version" -> {
                        version = NodeParser.value(p, valueToken, start);
                        checkVersion(version);
                    }
                    case "exportedAt" -> {
                        Rec doc = new Rec(null, -1, new Node.Obj(Map.of(name, NodeParser.value(p, valueToken, start)),
                                List.of(), at), "");
                        doc.dateTime(name);
                    }
                    case "learnFrom" -> {
                        // Optional: from when on the engine learns from decisions (a reset of what it learned).
                        Rec doc = new Rec(null, -1, new Node.Obj(Map.of(name, NodeParser.value(p, valueToken, start)),
                                List.of(), at), "");
                        OffsetDateTime from = doc.dateTime(name);
                        learnFrom = from == null ? null : from.toInstant();
                    }
                    default -> {
                        if (LISTS.contains(name)) {
                            readList(p, valueToken, name, start);
                        } else {
                            warning(null, -1, null, name, at, "interchange.warning.unknownField");
                            p.skipChildren();
                        }
                    }
                }
            }
            if (p.nextToken() != null) {
                throw failure(fileProblem("interchange.error.trailingContent",
                        start + p.currentTokenLocation().getByteOffset()));
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw failure(fileProblem("interchange.error.notJson",
                    at == null || at.getByteOffset() < 0 ? -1 : start + at.getByteOffset(), e.getOriginalMessage()));
        } catch (IOException e) {
            throw failure(fileProblem("interchange.error.notJson", -1, e.getMessage()));
        }
        if (format == null) {
            throw failure(fileProblem("interchange.error.formatMissing", topOffset));
        }
        if (version == null) {
            throw failure(fileProblem("interchange.error.versionMissing", topOffset));
        }

        // Ids and references, now that every list is known.
        for (Reference r : references) {
            if (r.event() ? !eventIds.containsKey(r.value()) : !contactIds.containsKey(r.value())) {
                error(r.list(), r.index(), r.id(), r.field(), r.offset(),
                        r.event() ? "interchange.error.unknownEvent" : "interchange.error.unknownContact", r.value());
            }
        }
        giveIds(events, Event::id, eventIds, "event-", (e, id) -> e.withId(id));
        giveIds(encounters, Encounter::id, encounterIds, "encounter-", (e, id) -> e.withId(id));
        giveIds(introductions, Introduction::id, introductionIds, "introduction-", (in, id) -> in.withId(id));

        if (!errors.isEmpty()) {
            throw new ImportException(located(errors), errorsOmitted);
        }
        List<ImportProblem> allWarnings = new ArrayList<>(located(warnings));
        if (warningsOmitted > 0) {
            allWarnings.add(ImportProblem.ofFile("interchange.warning.more", 0, 0, warningsOmitted));
        }
        return new ImportResult(new JournalSnapshot(contacts, ties, encounters, events, introductions, exchanges,
                new app.rapport.journal.Teachings(strangers, words, learnFrom)), allWarnings);
    }

    private void readList(JsonParser p, JsonToken token, String list, int start) throws IOException {
        long at = start + p.currentTokenLocation().getByteOffset();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_ARRAY) {
            Node n = NodeParser.value(p, token, start);
            error(null, -1, null, list, at, "interchange.error.notList", n.shown());
            return;
        }
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            Node n = NodeParser.value(p, t, start);
            if (n instanceof Node.Obj obj) {
                record(list, index, obj);
            } else {
                error(null, -1, null, list + "[" + index + "]", n.offset(), "interchange.error.notObject", n.shown());
            }
            index++;
        }
    }

    private void record(String list, int index, Node.Obj obj) {
        switch (list) {
            case "contacts" -> {
                Rec r = new Rec(list, index, obj, "", contactIds, true);
                Contact c = contact(r);
                if (c != null) {
                    contacts.add(c);
                }
            }
            case "ties" -> {
                Tie t = tie(new Rec(list, index, obj, ""));
                if (t != null) {
                    ties.add(t);
                }
            }
            case "events" -> {
                Event e = event(new Rec(list, index, obj, "", eventIds, false));
                if (e != null) {
                    events.add(e);
                }
            }
            case "encounters" -> {
                Encounter e = encounter(new Rec(list, index, obj, "", encounterIds, false));
                if (e != null) {
                    encounters.add(e);
                }
            }
            case "introductions" -> {
                Introduction in = introduction(new Rec(list, index, obj, "", introductionIds, false));
                if (in != null) {
                    introductions.add(in);
                }
            }
            case "exchanges" -> {
                Exchange x = exchange(new Rec(list, index, obj, ""));
                if (x != null) {
                    exchanges.add(x);
                }
            }
            case "strangers" -> strangers(new Rec(list, index, obj, ""));
            case "words" -> word(new Rec(list, index, obj, ""));
            default -> throw new IllegalArgumentException(list);
        }
    }

    // The file as a whole

    /**
     * Strict UTF-8: a malformed byte is an error with its position, never a replacement character.
     * Decodes in small chunks; the text itself is parsed from the bytes afterwards.
     */
    private void checkUtf8(int start) throws ImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(16 * 1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int bad = in.position();
                throw failure(fileProblem("interchange.error.notUtf8", bad, String.format("%02X", content[bad] & 0xFF)));
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
        out.clear();
        CoderResult flushed = decoder.flush(out);
        if (flushed.isError()) {
            throw failure(fileProblem("interchange.error.notUtf8", content.length - 1,
                    String.format("%02X", content[content.length - 1] & 0xFF)));
        }
    }

    private void checkFormat(Node format) throws ImportException {
        if (!(format instanceof Node.Str s) || !FORMAT.equals(s.value())) {
            throw headerFailure(format, "interchange.error.wrongFormat", format.shown());
        }
    }

    private void checkVersion(Node version) throws ImportException {
        if (!(version instanceof Node.Num n) || !n.integral() || n.longValue() < 1) {
            if (version instanceof Node.Num big && big.text().matches("[0-9]{20,}")) {
                // A version too large for a long is still a newer version.
                throw headerFailure(version, "interchange.error.newerVersion", big.text(), VERSION);
            }
            throw headerFailure(version, "interchange.error.badVersion", version.shown());
        }
        if (n.longValue() > VERSION) {
            throw headerFailure(version, "interchange.error.newerVersion", n.longValue(), VERSION);
        }
    }

    private ImportException headerFailure(Node at, String key, Object... args) {
        return failure(new Found(null, -1, null, at == null ? null : fieldOfHeader(key), key, List.of(args),
                at == null ? -1 : at.offset()));
    }

    private static String fieldOfHeader(String key) {
        return key.contains("Format") ? "format" : "version";
    }

    private static Found fileProblem(String key, long offset, Object... args) {
        return new Found(null, -1, null, null, key, List.of(args), offset);
    }

    private ImportException failure(Found problem) {
        return new ImportException(located(List.of(problem)), 0);
    }

    /**
     * The problems with line and column instead of byte offset, in file order. Columns count
     * characters, not bytes, so that an editor's cursor lands on the spot.
     */
    private List<ImportProblem> located(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingLong(Found::offset));
        List<ImportProblem> out = new ArrayList<>(sorted.size());
        long line = 1;
        long column = 1;
        int pos = 0;
        for (Found f : sorted) {
            if (f.offset() < 0) {
                out.add(new ImportProblem(f.list(), f.index(), f.id(), f.field(), f.key(), f.args(), 0, 0));
                continue;
            }
            int target = (int) Math.min(f.offset(), content.length);
            for (; pos < target; pos++) {
                byte b = content[pos];
                if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80 && !(pos == 0 && (b & 0xFF) == 0xEF)) { // a BOM is no column
                    column++;
                }
            }
            out.add(new ImportProblem(f.list(), f.index(), f.id(), f.field(), f.key(), f.args(), line, column));
        }
        return out;
    }

    /** Ids for records that came without one, unique within their list. */
    private static <T> void giveIds(List<T> records, Function<T, String> idOf, Map<String, Integer> taken,
                                    String prefix, java.util.function.BiFunction<T, String, T> withId) {
        Set<String> used = new HashSet<>(taken.keySet());
        int next = 1;
        for (int i = 0; i < records.size(); i++) {
            if (idOf.apply(records.get(i)) == null) {
                String id;
                do {
                    id = prefix + next++;
                } while (!used.add(id));
                records.set(i, withId.apply(records.get(i), id));
            }
        }
    }

    // Records

    /** A contact's fields as {@link ContactFields} lists them, each read as its kind says. */
    private Contact contact(Rec r) {
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
    private List<PostalAddress> addresses(Rec r, String field) {
        List<PostalAddress> out = new ArrayList<>();
        List<Node.Obj> nodes = r.records(field);
        for (int i = 0; i < nodes.size(); i++) {
            Rec a = r.nested(field + "[" + i + "].", nodes.get(i));
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
    private Photo photo(Rec r, String field) {
        Node.Obj node = r.object(field);
        if (node == null) {
            return null;
        }
        Rec p = r.nested(field + ".", node);
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

    private Tie tie(Rec r) {
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

    /** Two contacts who do not know each other (optional list, see the README). */
    private void strangers(Rec r) {
        r.warnUnknown(STRANGERS_FIELDS);
        String a = r.contactRef("a", true);
        String b = r.contactRef("b", true);
        if (a != null && a.equals(b)) {
            r.error("b", r.obj.fields().get("b"), "interchange.error.sameContact", a);
        }
        if (!r.failed) {
            strangers.add(app.rapport.journal.Journal.ContactPair.of(a, b));
        }
    }

    /** Two words that mean the same or not (optional list, see the README). */
    private void word(Rec r) {
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
            return;
        }
        for (String[] w : new String[][] {{"first", first}, {"second", second}}) {
            ValidationException.Problem unfit = TextRules.problem(w[0], w[1], TextRules.MAX_SHORT_TEXT);
            if (unfit != null && !r.obeysTextRules(List.of(unfit))) {
                return;
            }
        }
        words.add(new app.rapport.journal.Teachings.WordPair(first, second, same));
    }

    private Event event(Rec r) {
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
            Rec s = r.nested("sessions[" + i + "].", sessionNodes.get(i));
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

    private Encounter encounter(Rec r) {
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
        Encounter encounter = new Encounter(id, date, kind, title, place, eventId, participants, notes, rating, followUps);
        return r.obeysTextRules(TextRules.problems(encounter)) ? encounter : null;
    }

    private Introduction introduction(Rec r) {
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
            Rec s = r.nested("steps.", stepsNode);
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
            Rec d = r.nested("drafts.", draftsNode);
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

    private Exchange exchange(Rec r) {
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

    // Problems

    private void error(String list, int index, String id, String field, long offset, String key, Object... args) {
        if (errors.size() < MAX_PROBLEMS) {
            errors.add(new Found(list, index, id, field, key, List.of(args), offset));
        } else {
            errorsOmitted++;
        }
    }

    private void warning(String list, int index, String id, String field, long offset, String key, Object... args) {
        if (warnings.size() < MAX_PROBLEMS) {
            warnings.add(new Found(list, index, id, field, key, List.of(args), offset));
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

        /**
         * A record with an id of its own, registered in {@code ids}: a missing (where required),
         * non-text or repeated id is reported here, once.
         */
        Rec(String list, int index, Node.Obj obj, String prefix, Map<String, Integer> ids, boolean idRequired) {
            this(list, index, obj, prefix, null);
            Node idNode = obj.fields().get("id");
            if (idNode == null || idNode instanceof Node.Null || idNode instanceof Node.Str s && s.value().isBlank()) {
                if (idRequired) {
                    error("id", idNode, "interchange.error.required");
                }
            } else if (!(idNode instanceof Node.Str s)) {
                error("id", idNode, "interchange.error.notText", idNode.shown());
            } else {
                Integer first = ids.putIfAbsent(s.value(), index);
                if (first != null) {
                    error("id", idNode, "interchange.error.duplicateId", s.value(), list + "[" + first + "]");
                }
            }
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
                    (at == null ? obj : at).offset(), key, args);
            for (Rec r = this; r != null; r = r.parent) {
                r.failed = true;
            }
        }

        /**
         * Reports each problem at its field (the record when the field is nested), as the editor
         * would refuse it: a file cannot bring in what the app does not store. Whether there were none.
         */
        boolean obeysTextRules(List<ValidationException.Problem> problems) {
            for (ValidationException.Problem p : problems) {
                error(p.field(), obj.fields().get(p.field()), p.messageKey(),
                        p.argument() == null ? new Object[0] : new Object[] {p.argument()});
            }
            return problems.isEmpty();
        }

        void warnUnknown(Set<String> known) {
            for (Map.Entry<String, Node> e : obj.fields().entrySet()) {
                if (!known.contains(e.getKey())) {
                    warning(list, index, id, prefix + e.getKey(), e.getValue().offset(),
                            "interchange.warning.unknownField");
                }
            }
        }

        /**
         * The record's own id, or null if it has none: it gets one once the whole list is read.
         * What is wrong with an id was reported when the record was opened.
         */
        String ownId() {
            if (id != null) {
                return id;
            }
            Node n = obj.fields().get("id");
            if (!(n == null || n instanceof Node.Null || n instanceof Node.Str)) {
                failed = true;
            }
            return null;
        }

        /** A reference to a contact (or event) id, checked when every list has been read. */
        void refer(boolean event, String field, String value, Node at) {
            references.add(new Reference(event, list, index, id, prefix + field, value, at.offset()));
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

        /** An optional nested object; null if missing or null. */
        Node.Obj object(String field) {
            Node n = obj.fields().get(field);
            if (n == null || n instanceof Node.Null) {
                return null;
            }
            if (n instanceof Node.Obj o) {
                return o;
            }
            error(field, n, "interchange.error.notObject", n.shown());
            return null;
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
                if (!BIRTHDAY.matcher(t).matches()) {
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

        String contactRef(String field, boolean required) {
            String ref = required ? requiredText(field) : text(field);
            if (ref != null) {
                refer(false, field, ref, obj.fields().get(field));
            }
            return ref;
        }

        List<String> contactRefs(String field, boolean required) {
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
                } else if (!seen.add(s.value())) {
                    error(where, item, "interchange.error.duplicateReference", s.value());
                } else {
                    refer(false, where, s.value(), item);
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
