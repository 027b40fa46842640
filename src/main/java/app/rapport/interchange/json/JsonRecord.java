package app.rapport.interchange.json;

import app.rapport.journal.Birthday;
import app.rapport.journal.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One record being read: typed access to its fields that reports, rather than throws, what is
 * wrong, so that one pass finds every problem. {@code prefix} names nested records
 * ({@code followUps[0].}).
 */
final class JsonRecord {

    /** {@code --MM-dd} or {@code yyyy-MM-dd}; Birthday.parse alone would also take {@code +1990-04-12}. */
    private static final Pattern BIRTHDAY = Pattern.compile("--[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** A reference to check once every list is read: to a contact, or (event) to an event. */
    record Reference(boolean event, String list, int index, String id, String field, String value, long offset) {
    }

    /** Where the records of one read report to: its problems, and the references to check at the end. */
    record Read(ReadProblems problems, List<Reference> references) {
    }

    private final Read read;
    final String list;
    final int index;
    final Node.Obj obj;
    final String prefix;
    final String id;
    final JsonRecord parent;
    boolean failed;

    JsonRecord(Read read, String list, int index, Node.Obj obj) {
        this(read, list, index, obj, "", null);
    }

    /**
     * A record with an id of its own, registered in {@code ids}: a missing (where required),
     * non-text or repeated id is reported here, once.
     */
    JsonRecord(Read read, String list, int index, Node.Obj obj, Map<String, Integer> ids, boolean idRequired) {
        this(read, list, index, obj, "", null);
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

    private JsonRecord(Read read, String list, int index, Node.Obj obj, String prefix, JsonRecord parent) {
        this.read = read;
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

    JsonRecord nested(String nestedPrefix, Node.Obj nestedObj) {
        return new JsonRecord(read, list, index, nestedObj, prefix + nestedPrefix, this);
    }

    void error(String field, Node at, String key, Object... args) {
        read.problems().error(list, index, id, field == null ? null : prefix + field,
                (at == null ? obj : at).offset(), key, args);
        for (JsonRecord r = this; r != null; r = r.parent) {
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
                read.problems().warning(list, index, id, prefix + e.getKey(), e.getValue().offset(),
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
        read.references().add(new Reference(event, list, index, id, prefix + field, value, at.offset()));
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
