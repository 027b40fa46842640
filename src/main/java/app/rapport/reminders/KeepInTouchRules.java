package app.rapport.reminders;

import app.rapport.journal.Contact;
import app.rapport.journal.TagCadence;
import app.rapport.journal.Tags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often the user wants to be in touch with whom. A contact's own cadence wins; otherwise the
 * default of its tags applies (any of interests, offers and seeks, matched after
 * {@link Tags#normalize normalisation}), and when several tags have one, the shortest: a contact
 * who is both a "Kunde" (60 days) and a "Partner" (30 days) should hear from the user every 30 days.
 */
public final class KeepInTouchRules {

    private static final KeepInTouchRules NONE = new KeepInTouchRules(List.of());

    private final List<TagCadence> tagCadences;
    private final Map<String, Integer> daysByNormalTag;
    /** Tags as written to their cadence (0: none); normalising is the costly part, and tags repeat. */
    private final Map<String, Integer> daysByWrittenTag = new ConcurrentHashMap<>();

    private KeepInTouchRules(List<TagCadence> tagCadences) {
        this.tagCadences = List.copyOf(tagCadences);
        Map<String, Integer> byTag = new HashMap<>();
        for (TagCadence t : tagCadences) {
            byTag.merge(Tags.normalize(t.tag()), t.days(), Math::min);
        }
        this.daysByNormalTag = Map.copyOf(byTag);
    }

    public static KeepInTouchRules of(List<TagCadence> tagCadences) {
        return tagCadences.isEmpty() ? NONE : new KeepInTouchRules(tagCadences);
    }

    /** Only the contacts' own cadences. */
    public static KeepInTouchRules none() {
        return NONE;
    }

    public List<TagCadence> tagCadences() {
        return tagCadences;
    }

    /**
     * The tag default that sets this contact's cadence, if it is a tag's and not the contact's own:
     * for saying "every 60 days, as a Kunde".
     */
    public java.util.Optional<TagCadence> tagCadence(Contact contact) {
        if (contact.keepInTouchDays() != null) {
            return java.util.Optional.empty();
        }
        TagCadence best = null;
        for (List<String> tags : List.of(contact.interests(), contact.offers(), contact.seeks())) {
            for (String tag : tags) {
                Integer days = daysByNormalTag.get(Tags.normalize(tag));
                if (days != null && (best == null || days < best.days())) {
                    best = new TagCadence(tag, days);
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Days between catch-ups for this contact, or empty if the user set none that applies. */
    public OptionalInt cadence(Contact contact) {
        if (contact.keepInTouchDays() != null) {
            return OptionalInt.of(contact.keepInTouchDays());
        }
        if (daysByNormalTag.isEmpty()) {
            return OptionalInt.empty();
        }
        // Runs for every contact each time Today is shown: no list or lambda allocated per contact.
        int min = shortest(contact.interests(), Integer.MAX_VALUE);
        min = shortest(contact.offers(), min);
        min = shortest(contact.seeks(), min);
        return min == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(min);
    }

    private int shortest(List<String> tags, int min) {
        for (int i = 0, n = tags.size(); i < n; i++) {
            String tag = tags.get(i);
            Integer days = daysByWrittenTag.get(tag);
            if (days == null) {
                days = daysByNormalTag.getOrDefault(Tags.normalize(tag), 0);
                daysByWrittenTag.put(tag, days);
            }
            if (days > 0 && days < min) {
                min = days;
            }
        }
        return min;
    }
}
