package app.rapport.interchange.json;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportResult;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.Introduction;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
 *
 * <p>This class reads the file's frame (encoding, header, lists) and checks what spans lists;
 * {@link JsonRecordReaders} reads each kind of record through a {@link JsonRecord}, and
 * {@link ReadProblems} keeps what is wrong until it is located by line and column.
 */
public final class JsonJournalReader {

    public static final String FORMAT = "rapport-journal";
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final Set<String> LISTS = Set.of("contacts", "ties", "events", "encounters", "introductions",
            "exchanges", "strangers", "words");

    private final byte[] content;
    private final ReadProblems problems;
    private final List<JsonRecord.Reference> references = new ArrayList<>();
    private final JsonRecord.Read read;
    private final JsonRecordReaders readers = new JsonRecordReaders();

    private final Map<String, Integer> contactIds = new HashMap<>();
    private final Map<String, Integer> eventIds = new HashMap<>();
    private final Map<String, Integer> encounterIds = new HashMap<>();
    private final Map<String, Integer> introductionIds = new HashMap<>();

    private final List<Contact> contacts = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Encounter> encounters = new ArrayList<>();
    private final List<Introduction> introductions = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Set<app.rapport.journal.Journal.ContactPair> strangers = new HashSet<>();
    private final List<app.rapport.journal.Teachings.WordPair> words = new ArrayList<>();
    private Instant learnFrom;
    private Node format;
    private Node version;

    private JsonJournalReader(byte[] content) {
        this.content = content;
        this.problems = new ReadProblems(content);
        this.read = new JsonRecord.Read(problems, references);
    }

    /** Reads a whole file; throws with every problem found if anything is wrong. */
    public static ImportResult read(byte[] content) throws ImportException {
        return new JsonJournalReader(content).readAll();
    }

    private ImportResult readAll() throws ImportException {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        checkUtf8(start);
        long topOffset = readTop(start);
        if (format == null) {
            throw problems.fileFailure("interchange.error.formatMissing", topOffset);
        }
        if (version == null) {
            throw problems.fileFailure("interchange.error.versionMissing", topOffset);
        }

        // Ids and references, now that every list is known.
        for (JsonRecord.Reference r : references) {
            if (r.event() ? !eventIds.containsKey(r.value()) : !contactIds.containsKey(r.value())) {
                problems.error(r.list(), r.index(), r.id(), r.field(), r.offset(),
                        r.event() ? "interchange.error.unknownEvent" : "interchange.error.unknownContact", r.value());
            }
        }
        giveIds(events, Event::id, eventIds, "event-", (e, id) -> e.withId(id));
        giveIds(encounters, Encounter::id, encounterIds, "encounter-", (e, id) -> e.withId(id));
        giveIds(introductions, Introduction::id, introductionIds, "introduction-", (in, id) -> in.withId(id));

        if (problems.anyErrors()) {
            throw problems.errors();
        }
        return new ImportResult(new JournalSnapshot(contacts, ties, encounters, events, introductions, exchanges,
                new app.rapport.journal.Teachings(strangers, words, learnFrom)), problems.warnings());
    }

    /** Reads the top object from {@code start} field by field; returns where it begins (for problems of it as a whole). */
    private long readTop(int start) throws ImportException {
        long topOffset = start;
        try (JsonParser p = FACTORY.createParser(content, start, content.length - start)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw problems.fileFailure("interchange.error.empty", 0);
            }
            if (t != JsonToken.START_OBJECT) {
                Node n = NodeParser.value(p, t, start);
                throw problems.fileFailure("interchange.error.notAnObject", n.offset(), n.shown());
            }
            topOffset = start + p.currentTokenLocation().getByteOffset();
            Set<String> seen = new HashSet<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken valueToken = p.nextToken();
                long at = start + p.currentTokenLocation().getByteOffset();
                if (!seen.add(name)) {
                    problems.error(null, -1, null, name, at, "interchange.error.duplicateField");
                    p.skipChildren();
                    continue;
                }
                topField(p, name, valueToken, start, at);
            }
            if (p.nextToken() != null) {
                throw problems.fileFailure("interchange.error.trailingContent",
                        start + p.currentTokenLocation().getByteOffset());
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw problems.fileFailure("interchange.error.notJson",
                    at == null || at.getByteOffset() < 0 ? -1 : start + at.getByteOffset(), e.getOriginalMessage());
        } catch (IOException e) {
            throw problems.fileFailure("interchange.error.notJson", -1, e.getMessage());
        }
        return topOffset;
    }

    /** One field of the top object: the header, a list, or something unknown (a warning). */
    private void topField(JsonParser p, String name, JsonToken valueToken, int start, long at)
            throws IOException, ImportException {
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
            case "exportedAt" -> header(name, NodeParser.value(p, valueToken, start), at).dateTime(name);
            case "learnFrom" -> {
                // Optional: from when on the engine learns from decisions (a reset of what it learned).
                OffsetDateTime from = header(name, NodeParser.value(p, valueToken, start), at).dateTime(name);
                learnFrom = from == null ? null : from.toInstant();
            }
            default -> {
                if (LISTS.contains(name)) {
                    readList(p, valueToken, name, start);
                } else {
                    problems.warning(null, -1, null, name, at, "interchange.warning.unknownField");
                    p.skipChildren();
                }
            }
        }
    }

    /** A field of the header as a record of its own, to read it with a record's checks. */
    private JsonRecord header(String name, Node value, long at) {
        return new JsonRecord(read, null, -1, new Node.Obj(Map.of(name, value), List.of(), at));
    }

    private void readList(JsonParser p, JsonToken token, String list, int start) throws IOException {
        long at = start + p.currentTokenLocation().getByteOffset();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_ARRAY) {
            Node n = NodeParser.value(p, token, start);
            problems.error(null, -1, null, list, at, "interchange.error.notList", n.shown());
            return;
        }
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            Node n = NodeParser.value(p, t, start);
            if (n instanceof Node.Obj obj) {
                record(list, index, obj);
            } else {
                problems.error(null, -1, null, list + "[" + index + "]", n.offset(), "interchange.error.notObject", n.shown());
            }
            index++;
        }
    }

    private void record(String list, int index, Node.Obj obj) {
        switch (list) {
            case "contacts" -> add(contacts, readers.contact(new JsonRecord(read, list, index, obj, contactIds, true)));
            case "ties" -> add(ties, readers.tie(new JsonRecord(read, list, index, obj)));
            case "events" -> add(events, readers.event(new JsonRecord(read, list, index, obj, eventIds, false)));
            case "encounters" -> add(encounters,
                    readers.encounter(new JsonRecord(read, list, index, obj, encounterIds, false)));
            case "introductions" -> add(introductions,
                    readers.introduction(new JsonRecord(read, list, index, obj, introductionIds, false)));
            case "exchanges" -> add(exchanges, readers.exchange(new JsonRecord(read, list, index, obj)));
            case "strangers" -> add(strangers, readers.strangers(new JsonRecord(read, list, index, obj)));
            case "words" -> add(words, readers.word(new JsonRecord(read, list, index, obj)));
            default -> throw new IllegalArgumentException(list);
        }
    }

    /** A record read without problems joins its list; one with problems (null) was reported. */
    private static <T> void add(java.util.Collection<T> to, T record) {
        if (record != null) {
            to.add(record);
        }
    }

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
                throw problems.fileFailure("interchange.error.notUtf8", bad, String.format("%02X", content[bad] & 0xFF));
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
            throw problems.fileFailure("interchange.error.notUtf8", content.length - 1,
                    String.format("%02X", content[content.length - 1] & 0xFF));
        }
    }

    private void checkFormat(Node format) throws ImportException {
        if (!(format instanceof Node.Str s) || !FORMAT.equals(s.value())) {
            throw problems.headerFailure(format, "interchange.error.wrongFormat", format.shown());
        }
    }

    private void checkVersion(Node version) throws ImportException {
        if (!(version instanceof Node.Num n) || !n.integral() || n.longValue() < 1) {
            if (version instanceof Node.Num big && big.text().matches("[0-9]{20,}")) {
                // A version too large for a long is still a newer version.
                throw problems.headerFailure(version, "interchange.error.newerVersion", big.text(), VERSION);
            }
            throw problems.headerFailure(version, "interchange.error.badVersion", version.shown());
        }
        if (n.longValue() > VERSION) {
            throw problems.headerFailure(version, "interchange.error.newerVersion", n.longValue(), VERSION);
        }
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
}
