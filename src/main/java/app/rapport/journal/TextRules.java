package app.rapport.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every text in the journal must be, whichever way it came in (editor, import, command line),
 * so that every export writes a file Rapport reads again: no character no one types (control
 * characters other than tab and line breaks, and halves of characters), and no more than a
 * person ever writes in the field (a short text such as a name or a place: {@link #MAX_SHORT_TEXT}
 * characters; a note: {@link #MAX_LONG_TEXT}). A follow-up with U+001D in it once broke every
 * export, and a 200 MB note took 6 GB of memory to import.
 */
public final class TextRules {

    /** Names of things, places, tags, phone numbers, ids: no one writes more than this on one line. */
    public static final int MAX_SHORT_TEXT = 1_000;
    /** Notes, drafts, links: a million characters (about 1 MB), far beyond any note a person writes. */
    public static final int MAX_LONG_TEXT = 1_000_000;

    private TextRules() {
    }

    /**
     * The position of the first character no one types, or -1: control characters (U+0000 to
     * U+001F except tab, line feed and carriage return; U+007F to U+009F), and a surrogate
     * without its other half, which no file can hold.
     */
    public static int unusableAt(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 ? ch != '\t' && ch != '\n' && ch != '\r' : ch >= 0x7F && ch <= 0x9F) {
                return i;
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(ch)) {
                return i;
            }
        }
        return -1;
    }

    /** The character at {@code i} as people look it up: {@code U+001D}. */
    public static String codePoint(String s, int i) {
        return String.format(Locale.ROOT, "U+%04X", (int) s.charAt(i));
    }

    /** What is wrong with one text, or null: a character no one types, or more than {@code maxLength} characters. */
    public static ValidationException.Problem problem(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            return new ValidationException.Problem(field, "validation.text.tooLong", maxLength);
        }
        int at = unusableAt(value);
        return at < 0 ? null : new ValidationException.Problem(field, "validation.text.control", codePoint(value, at));
    }

    /** Collects the problems of the texts of one record, named by the interchange format's fields. */
    private static final class Check {
        final List<ValidationException.Problem> problems = new ArrayList<>();

        Check text(String field, String value, int maxLength) {
            ValidationException.Problem p = problem(field, value, maxLength);
            if (p != null) {
                problems.add(p);
            }
            return this;
        }

        Check texts(String field, List<String> values, int maxLength) {
            for (int i = 0; i < values.size(); i++) {
                text(field + "[" + i + "]", values.get(i), maxLength);
            }
            return this;
        }
    }

    /**
     * The texts of a contact, but for the name's length, which {@link ContactValidator} limits
     * more narrowly, and the e-mail addresses' form.
     */
    public static List<ValidationException.Problem> problems(Contact c) {
        Check k = new Check();
        for (ContactFields.Field<?> f : ContactFields.ALL) {
            Object value = f.get().apply(c);
            switch (f.kind()) {
                case ID, TEXT -> k.text(f.name(), (String) value, f.maxLength());
                case TEXTS, TAGS -> k.texts(f.name(), cast(value), f.maxLength());
                case ADDRESSES -> {
                    List<PostalAddress> addresses = cast(value);
                    for (int i = 0; i < addresses.size(); i++) {
                        PostalAddress a = addresses.get(i);
                        String at = f.name() + "[" + i + "].";
                        k.text(at + "street", a.street(), f.maxLength())
                                .text(at + "postalCode", a.postalCode(), f.maxLength())
                                .text(at + "city", a.city(), f.maxLength())
                                .text(at + "region", a.region(), f.maxLength())
                                .text(at + "country", a.country(), f.maxLength());
                    }
                }
                case BIRTHDAY, DAYS, FLAG, TIME, PHOTO -> {
                    // no text: checked by their own rules
                }
            }
        }
        return k.problems;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    public static List<ValidationException.Problem> problems(Encounter e) {
        Check k = new Check()
                .text("id", e.id(), MAX_SHORT_TEXT)
                .text("title", e.title(), MAX_SHORT_TEXT)
                .text("place", e.place(), MAX_SHORT_TEXT)
                .text("eventId", e.eventId(), MAX_SHORT_TEXT)
                .texts("participants", e.participants(), MAX_SHORT_TEXT)
                .text("notes", e.notes(), MAX_LONG_TEXT);
        for (int i = 0; i < e.followUps().size(); i++) {
            k.text("followUps[" + i + "].what", e.followUps().get(i).what(), MAX_LONG_TEXT);
        }
        return k.problems;
    }

    public static List<ValidationException.Problem> problems(Event e) {
        Check k = new Check()
                .text("id", e.id(), MAX_SHORT_TEXT)
                .text("name", e.name(), MAX_SHORT_TEXT)
                .text("series", e.series(), MAX_SHORT_TEXT)
                .text("place", e.place(), MAX_SHORT_TEXT)
                .text("topic", e.topic(), MAX_SHORT_TEXT)
                .texts("attendees", e.attendees(), MAX_SHORT_TEXT)
                .text("notes", e.notes(), MAX_LONG_TEXT);
        for (int i = 0; i < e.sessions().size(); i++) {
            k.text("sessions[" + i + "].topic", e.sessions().get(i).topic(), MAX_SHORT_TEXT)
                    .text("sessions[" + i + "].speaker", e.sessions().get(i).speaker(), MAX_SHORT_TEXT);
        }
        return k.problems;
    }

    public static List<ValidationException.Problem> problems(Tie t) {
        return new Check().text("a", t.a(), MAX_SHORT_TEXT).text("b", t.b(), MAX_SHORT_TEXT)
                .text("note", t.note(), MAX_LONG_TEXT).problems;
    }

    public static List<ValidationException.Problem> problems(Introduction i) {
        Check k = new Check()
                .text("id", i.id(), MAX_SHORT_TEXT)
                .text("a", i.a(), MAX_SHORT_TEXT)
                .text("b", i.b(), MAX_SHORT_TEXT)
                .text("reason", i.reason(), MAX_LONG_TEXT)
                .text("outcome", i.outcome(), MAX_LONG_TEXT)
                .text("dismissalFingerprint", i.dismissalFingerprint(), MAX_SHORT_TEXT);
        if (i.drafts() != null) {
            k.text("drafts.language", i.drafts().language(), MAX_SHORT_TEXT)
                    .text("drafts.toA", i.drafts().toA(), MAX_LONG_TEXT)
                    .text("drafts.toB", i.drafts().toB(), MAX_LONG_TEXT)
                    .text("drafts.introduction", i.drafts().introduction(), MAX_LONG_TEXT);
        }
        return k.problems;
    }

    public static List<ValidationException.Problem> problems(Exchange x) {
        return new Check().text("contact", x.contact(), MAX_SHORT_TEXT).text("what", x.what(), MAX_LONG_TEXT).problems;
    }

    public static List<ValidationException.Problem> problems(TagCadence t) {
        return new Check().text("tag", t.tag(), MAX_SHORT_TEXT).problems;
    }

    /** Refuses a record with any of the problems. */
    public static void check(List<ValidationException.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * A text of a stored record that breaks the rules: what {@code rapport check} reports and what
     * an export refuses to write, since Rapport would refuse the file.
     *
     * @param list   the interchange format's list ({@code contacts}, {@code encounters}, ...)
     * @param index  the record's place in that list of the snapshot
     * @param id     the record's id, or for records without one the contact they belong to
     * @param label  what the user calls the record: a contact's or event's name, an encounter's title; may be null
     */
    public record Found(String list, int index, String id, String label, ValidationException.Problem problem) {
    }

    /** Every text of the snapshot that breaks the rules, in the order of the interchange format. */
    public static List<Found> problems(JournalSnapshot s) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < s.contacts().size(); i++) {
            Contact c = s.contacts().get(i);
            List<ValidationException.Problem> all = new ArrayList<>(problems(c));
            if (c.name().length() > ContactValidator.MAX_NAME_LENGTH) {
                all.add(new ValidationException.Problem("name", "validation.name.tooLong", ContactValidator.MAX_NAME_LENGTH));
            }
            add(out, "contacts", i, c.id(), c.name(), all);
        }
        Map<String, String> names = new java.util.HashMap<>();
        for (Contact c : s.contacts()) {
            names.put(c.id(), c.name());
        }
        for (int i = 0; i < s.ties().size(); i++) {
            Tie t = s.ties().get(i);
            add(out, "ties", i, t.a(), names.get(t.a()), problems(t));
        }
        for (int i = 0; i < s.events().size(); i++) {
            Event e = s.events().get(i);
            add(out, "events", i, e.id(), e.name(), problems(e));
        }
        for (int i = 0; i < s.encounters().size(); i++) {
            Encounter e = s.encounters().get(i);
            add(out, "encounters", i, e.id(), e.title(), problems(e));
        }
        for (int i = 0; i < s.introductions().size(); i++) {
            Introduction in = s.introductions().get(i);
            add(out, "introductions", i, in.id(), null, problems(in));
        }
        for (int i = 0; i < s.exchanges().size(); i++) {
            Exchange x = s.exchanges().get(i);
            add(out, "exchanges", i, x.contact(), names.get(x.contact()), problems(x));
        }
        return out;
    }

    private static void add(List<Found> out, String list, int index, String id, String label,
                            List<ValidationException.Problem> problems) {
        for (ValidationException.Problem p : problems) {
            out.add(new Found(list, index, id, label, p));
        }
    }
}
