package app.rapport.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Two records of one person made into one: the kept contact's id and, field by field, the first
 * value that is not empty (kept contact first); every e-mail address, phone number, link, postal
 * address and tag of both; both notes. Nothing either record knew is lost. Fields are merged as
 * {@link ContactFields} lists them, by their kind, so a new plain field is merged without a line here.
 */
public final class ContactMerge {

    private ContactMerge() {
    }

    public static Contact merge(Contact keep, Contact other) {
        ContactFields.Values merged = new ContactFields.Values();
        for (ContactFields.Field<?> f : ContactFields.ALL) {
            merged.putUnchecked(f, merged(f, f.get().apply(keep), f.get().apply(other)));
        }
        return ContactFields.contact(merged);
    }

    /** One field of the merged contact: the field's own rule where it has one, otherwise its kind's. */
    @SuppressWarnings("unchecked")
    private static Object merged(ContactFields.Field<?> f, Object a, Object b) {
        if (f == ContactFields.HOW_WE_MET || f == ContactFields.NOTES) {
            return joined((String) a, (String) b);
        }
        if (f == ContactFields.ARCHIVED) {
            return (Boolean) a && (Boolean) b; // archived only if both were
        }
        if (f == ContactFields.CREATED_AT) {
            return earlier((java.time.Instant) a, (java.time.Instant) b);
        }
        return switch (f.kind()) {
            case ID, TIME -> a; // the kept contact's id; the store sets the time of change
            case TEXT -> first((String) a, (String) b);
            case TEXTS -> union((List<String>) a, (List<String>) b, f == ContactFields.EMAILS
                    ? e -> e.strip().toLowerCase(Locale.ROOT)
                    : f == ContactFields.PHONES ? p -> p.replaceAll("[^0-9+]", "") : String::strip);
            case TAGS -> Tags.clean(concat((List<String>) a, (List<String>) b));
            case ADDRESSES -> addresses((List<PostalAddress>) a, (List<PostalAddress>) b);
            case BIRTHDAY -> birthday((Birthday) a, (Birthday) b);
            case FLAG -> (Boolean) a || (Boolean) b; // do not introduce: if either said so
            case DAYS, PHOTO -> a != null ? a : b;
        };
    }

    /**
     * An imported record merged into the contact the journal has: as {@link #merge}, except that
     * the journal's contact stays archived or not as the user left it (an address book knows
     * nothing of archiving, and an import must not bring back people the user put away).
     */
    public static Contact importInto(Contact inJournal, Contact imported) {
        return merge(inJournal, imported).toBuilder().archived(inJournal.archived()).build();
    }

    private static java.time.Instant earlier(java.time.Instant a, java.time.Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** The same day with a known year beats the day alone. */
    private static Birthday birthday(Birthday a, Birthday b) {
        if (a == null) {
            return b;
        }
        if (b != null && a.year() == null && b.year() != null && a.monthDay().equals(b.monthDay())) {
            return b;
        }
        return a;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** Both texts, once each, separated by a blank line. */
    private static String joined(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank() || a.strip().contains(b.strip())) {
            return a;
        }
        return a.strip() + "\n\n" + b.strip();
    }

    /** Both records' addresses, one written twice (case, spaces and commas aside) once. */
    private static List<PostalAddress> addresses(List<PostalAddress> a, List<PostalAddress> b) {
        Map<String, PostalAddress> byKey = new LinkedHashMap<>();
        for (PostalAddress address : a) {
            byKey.putIfAbsent(address.key(), address);
        }
        for (PostalAddress address : b) {
            byKey.putIfAbsent(address.key(), address);
        }
        byKey.remove("");
        return new ArrayList<>(byKey.values());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> union(List<String> a, List<String> b, Function<String, String> key) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String v : concat(a, b)) {
            if (v != null && !v.isBlank()) {
                byKey.putIfAbsent(key.apply(v), v.strip());
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
