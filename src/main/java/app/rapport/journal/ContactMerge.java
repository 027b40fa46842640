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
 * address and tag
 * of both; both notes. Nothing either record knew is lost.
 */
public final class ContactMerge {

    private ContactMerge() {
    }

    public static Contact merge(Contact keep, Contact other) {
        return keep.toBuilder()
                .name(first(keep.name(), other.name()))
                .organization(first(keep.organization(), other.organization()))
                .role(first(keep.role(), other.role()))
                .city(first(keep.city(), other.city()))
                .emails(union(keep.emails(), other.emails(), e -> e.strip().toLowerCase(Locale.ROOT)))
                .phones(union(keep.phones(), other.phones(), p -> p.replaceAll("[^0-9+]", "")))
                .links(union(keep.links(), other.links(), String::strip))
                .addresses(addresses(keep.addresses(), other.addresses()))
                .birthday(birthday(keep.birthday(), other.birthday()))
                .howWeMet(joined(keep.howWeMet(), other.howWeMet()))
                .notes(joined(keep.notes(), other.notes()))
                .interests(Tags.clean(concat(keep.interests(), other.interests())))
                .offers(Tags.clean(concat(keep.offers(), other.offers())))
                .seeks(Tags.clean(concat(keep.seeks(), other.seeks())))
                .keepInTouchDays(keep.keepInTouchDays() != null ? keep.keepInTouchDays() : other.keepInTouchDays())
                .doNotIntroduce(keep.doNotIntroduce() || other.doNotIntroduce())
                .archived(keep.archived() && other.archived())
                .createdAt(earlier(keep, other))
                .photo(keep.photo() != null ? keep.photo() : other.photo())
                .build();
    }

    /**
     * An imported record merged into the contact the journal has: as {@link #merge}, except that
     * the journal's contact stays archived or not as the user left it (an address book knows
     * nothing of archiving, and an import must not bring back people the user put away).
     */
    public static Contact importInto(Contact inJournal, Contact imported) {
        return merge(inJournal, imported).toBuilder().archived(inJournal.archived()).build();
    }

    private static java.time.Instant earlier(Contact a, Contact b) {
        if (a.createdAt() == null) {
            return b.createdAt();
        }
        if (b.createdAt() == null) {
            return a.createdAt();
        }
        return a.createdAt().isBefore(b.createdAt()) ? a.createdAt() : b.createdAt();
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
