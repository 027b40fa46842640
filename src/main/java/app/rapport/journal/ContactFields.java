package app.rapport.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every field of a contact, once: its name (in the interchange format and the merge's undo
 * record; in snake case the store's column), what kind of value it holds, and how to read it.
 * The store's INSERT, UPDATE, SELECT and binding, the merge's undo record, the JSON interchange,
 * the editors' conflict check and the text rules all go through this list, so a plain field is
 * added here and nowhere in them. {@link #contact} builds a contact with the canonical
 * constructor: a component added to {@link Contact} does not compile until it has its field here.
 */
public final class ContactFields {

    /** What a field holds, which says how each reader and writer handles it. */
    public enum Kind {
        /** The contact's id. */
        ID,
        /** Text; in the store a column of the contact row. */
        TEXT,
        /** A list of texts (e-mails, phones, links); in the store rows of {@code contact_value}. */
        TEXTS,
        /** A list of tags; in the store rows of {@code contact_tag} with their normalised form. */
        TAGS,
        /** Postal addresses; in the store rows of {@code contact_address}. */
        ADDRESSES,
        BIRTHDAY,
        /** A number of days from 1 to {@link ContactValidator#MAX_KEEP_IN_TOUCH_DAYS}. */
        DAYS,
        FLAG,
        /** A moment the store sets; not in the interchange format. */
        TIME,
        /** The photo; in the store a row of {@code contact_photo}. */
        PHOTO
    }

    /**
     * One field.
     *
     * @param merge     how two versions of it are merged, or null for what the user does not change
     * @param maxLength the longest text (each, for a list) the journal keeps
     * @param optional  written to the interchange format only when it has a value, as fields
     *                  added after format version 1 are, so that older files stay as they were
     */
    public record Field<V>(String name, Kind kind, RecordFields.Kind merge, int maxLength, boolean optional,
                           Function<Contact, V> get) {

        /** The store's column of a field of the contact row: {@code keepInTouchDays} → {@code keep_in_touch_days}. */
        public String column() {
            return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
        }

        /** What the store calls one entry of a list field: {@code emails} → {@code email}. */
        public String entry() {
            return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        }

        /** Whether the store keeps it in a column of the contact row. */
        public boolean inRow() {
            return kind == Kind.ID || kind == Kind.TEXT || kind == Kind.BIRTHDAY || kind == Kind.DAYS
                    || kind == Kind.FLAG || kind == Kind.TIME;
        }

        /** Whether the interchange format carries it (the times of storing it does not). */
        public boolean interchanged() {
            return kind != Kind.TIME;
        }
    }

    private static final int SHORT = TextRules.MAX_SHORT_TEXT;
    private static final int LONG = TextRules.MAX_LONG_TEXT;

    public static final Field<String> ID = field("id", Kind.ID, null, SHORT, Contact::id);
    /** Its length is checked by {@link ContactValidator}, more narrowly. */
    public static final Field<String> NAME = field("name", Kind.TEXT, RecordFields.Kind.VALUE, Integer.MAX_VALUE, Contact::name);
    public static final Field<String> ORGANIZATION = field("organization", Kind.TEXT, RecordFields.Kind.VALUE, SHORT,
            Contact::organization);
    public static final Field<String> ROLE = field("role", Kind.TEXT, RecordFields.Kind.VALUE, SHORT, Contact::role);
    public static final Field<String> CITY = field("city", Kind.TEXT, RecordFields.Kind.VALUE, SHORT, Contact::city);
    public static final Field<List<String>> EMAILS = field("emails", Kind.TEXTS, RecordFields.Kind.LIST, SHORT,
            Contact::emails);
    public static final Field<List<String>> PHONES = field("phones", Kind.TEXTS, RecordFields.Kind.LIST, SHORT,
            Contact::phones);
    public static final Field<List<String>> LINKS = field("links", Kind.TEXTS, RecordFields.Kind.LIST, LONG,
            Contact::links);
    public static final Field<List<PostalAddress>> ADDRESSES = new Field<>("addresses", Kind.ADDRESSES,
            RecordFields.Kind.LIST, SHORT, true, Contact::addresses);
    public static final Field<Birthday> BIRTHDAY = field("birthday", Kind.BIRTHDAY, RecordFields.Kind.VALUE, SHORT,
            Contact::birthday);
    public static final Field<String> HOW_WE_MET = field("howWeMet", Kind.TEXT, RecordFields.Kind.VALUE, LONG,
            Contact::howWeMet);
    public static final Field<String> NOTES = field("notes", Kind.TEXT, RecordFields.Kind.TEXT, LONG, Contact::notes);
    public static final Field<List<String>> INTERESTS = field("interests", Kind.TAGS, RecordFields.Kind.LIST, SHORT,
            Contact::interests);
    public static final Field<List<String>> OFFERS = field("offers", Kind.TAGS, RecordFields.Kind.LIST, SHORT,
            Contact::offers);
    public static final Field<List<String>> SEEKS = field("seeks", Kind.TAGS, RecordFields.Kind.LIST, SHORT,
            Contact::seeks);
    public static final Field<Integer> KEEP_IN_TOUCH_DAYS = field("keepInTouchDays", Kind.DAYS,
            RecordFields.Kind.VALUE, SHORT, Contact::keepInTouchDays);
    public static final Field<Boolean> DO_NOT_INTRODUCE = field("doNotIntroduce", Kind.FLAG, RecordFields.Kind.VALUE,
            SHORT, Contact::doNotIntroduce);
    public static final Field<Boolean> ARCHIVED = field("archived", Kind.FLAG, RecordFields.Kind.VALUE, SHORT,
            Contact::archived);
    public static final Field<Instant> CREATED_AT = field("createdAt", Kind.TIME, null, SHORT, Contact::createdAt);
    public static final Field<Instant> UPDATED_AT = field("updatedAt", Kind.TIME, null, SHORT, Contact::updatedAt);
    public static final Field<Photo> PHOTO = new Field<>("photo", Kind.PHOTO, RecordFields.Kind.VALUE, SHORT, true,
            Contact::photo);

    /** Every field, in the order of the interchange format (the record's order). */
    public static final List<Field<?>> ALL = List.of(ID, NAME, ORGANIZATION, ROLE, CITY, EMAILS, PHONES, LINKS,
            ADDRESSES, BIRTHDAY, HOW_WE_MET, NOTES, INTERESTS, OFFERS, SEEKS, KEEP_IN_TOUCH_DAYS, DO_NOT_INTRODUCE,
            ARCHIVED, CREATED_AT, UPDATED_AT, PHOTO);

    private ContactFields() {
    }

    private static <V> Field<V> field(String name, Kind kind, RecordFields.Kind merge, int maxLength,
                                      Function<Contact, V> get) {
        return new Field<>(name, kind, merge, maxLength, false, get);
    }

    /** The fields of {@code kind}, in order. */
    public static List<Field<?>> of(Kind kind) {
        return ALL.stream().filter(f -> f.kind() == kind).toList();
    }

    /** A field's value, read from the values a reader collected by field. */
    public static final class Values {
        private final Map<Field<?>, Object> values = new HashMap<>();

        public <V> Values put(Field<V> field, V value) {
            values.put(field, value);
            return this;
        }

        /** For readers that go through the fields by kind; the value must be of the field's type. */
        public Values putUnchecked(Field<?> field, Object value) {
            values.put(field, value);
            return this;
        }

        @SuppressWarnings("unchecked")
        public <V> V get(Field<V> field) {
            return (V) values.get(field);
        }

        private boolean flag(Field<Boolean> field) {
            return Boolean.TRUE.equals(get(field));
        }
    }

    /** Every field's value of {@code c}. */
    public static Values values(Contact c) {
        Values v = new Values();
        for (Field<?> f : ALL) {
            v.putUnchecked(f, f.get().apply(c));
        }
        return v;
    }

    /**
     * The contact of these values; a field without one is empty (a list empty, a flag false).
     * The canonical constructor: a new component of {@link Contact} is a compile error here.
     */
    public static Contact contact(Values v) {
        return new Contact(v.get(ID), Objects.requireNonNull(v.get(NAME), "name"), v.get(ORGANIZATION), v.get(ROLE),
                v.get(CITY), v.get(EMAILS), v.get(PHONES), v.get(LINKS), v.get(ADDRESSES), v.get(BIRTHDAY),
                v.get(HOW_WE_MET), v.get(NOTES), v.get(INTERESTS), v.get(OFFERS), v.get(SEEKS),
                v.get(KEEP_IN_TOUCH_DAYS), v.flag(DO_NOT_INTRODUCE), v.flag(ARCHIVED), v.get(CREATED_AT),
                v.get(UPDATED_AT), v.get(PHOTO));
    }

    /** {@code c} with one field changed. */
    public static <V> Contact with(Contact c, Field<V> field, V value) {
        return contact(values(c).put(field, value));
    }

    /** The fields the user changes, as {@link RecordFields} merges and compares them. */
    static List<RecordFields.Field<Contact>> recordFields() {
        List<RecordFields.Field<Contact>> out = new ArrayList<>();
        for (Field<?> f : ALL) {
            if (f.merge() != null) {
                out.add(new RecordFields.Field<>(f.name(), f.merge(), c -> f.get().apply(c),
                        (c, v) -> contact(values(c).putUnchecked(f, v))));
            }
        }
        return out;
    }
}
