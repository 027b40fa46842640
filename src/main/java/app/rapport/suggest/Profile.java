package app.rapport.suggest;

import app.rapport.journal.Contact;
import java.util.Arrays;
import java.util.List;

/** A contact as the engine sees it: its tags turned into ids of matching keys, ascending. */
final class Profile {

    final int slot;
    final Contact contact;
    final String id;
    final boolean eligible;
    final int[] interests;
    final String[] interestTexts;
    final int[] offers;
    final String[] offerTexts;
    final int[] seeks;
    final String[] seekTexts;
    private final TagDictionary dictionary;
    private String topics;
    private String personKey;

    Profile(int slot, Contact contact, TagDictionary dictionary) {
        this.slot = slot;
        this.contact = contact;
        this.id = contact.id();
        this.eligible = !contact.archived() && !contact.doNotIntroduce();
        this.dictionary = dictionary;
        Keyed i = Keyed.of(contact.interests(), dictionary);
        Keyed o = Keyed.of(contact.offers(), dictionary);
        Keyed s = Keyed.of(contact.seeks(), dictionary);
        interests = i.ids;
        interestTexts = i.texts;
        offers = o.ids;
        offerTexts = o.texts;
        seeks = s.ids;
        seekTexts = s.texts;
    }

    /**
     * Whether the two records are probably one person entered twice (an address book imported
     * without merging): the same e-mail address, or the same name at the same organisation.
     * Rapport does not suggest introducing someone to themselves; the duplicates view offers the merge.
     */
    boolean samePersonAs(Profile other) {
        for (String mine : contact.emails()) {
            for (String theirs : other.contact.emails()) {
                if (mine.equalsIgnoreCase(theirs)) {
                    return true;
                }
            }
        }
        return personKey().equals(other.personKey());
    }

    private String personKey() {
        if (personKey == null) {
            personKey = words(contact.name()) + "|" + words(contact.organization());
        }
        return personKey;
    }

    /** Folded words only: "Curie-Dupont" and "curie dupont" are one name. */
    private static String words(String text) {
        return app.rapport.journal.TextFolding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The contact's topics as sorted matching keys, for dismissal fingerprints (as {@link Dismissal#topics}). */
    String topics() {
        if (topics == null) {
            topics = keys(interests) + "|" + keys(offers) + "|" + keys(seeks);
        }
        return topics;
    }

    private String keys(int[] ids) {
        String[] keys = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            keys[i] = dictionary.key(ids[i]);
        }
        Arrays.sort(keys);
        return String.join(",", keys);
    }

    /** The text this contact wrote for the tag with the given id, in the given kind of tags. */
    static String text(int[] ids, String[] texts, int tagId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == tagId) {
                return texts[i];
            }
        }
        throw new IllegalArgumentException("tag " + tagId + " not among " + Arrays.toString(ids));
    }

    static boolean contains(int[] ids, int tagId) {
        for (int id : ids) {
            if (id == tagId) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(int[] ids, int n, int id) {
        for (int i = 0; i < n; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** Tags of one kind: distinct keys by id, each with the first spelling the user wrote. */
    private record Keyed(int[] ids, String[] texts) {

        static Keyed of(List<String> tags, TagDictionary dictionary) {
            int[] ids = new int[tags.size()];
            String[] texts = new String[tags.size()];
            int n = 0;
            for (String tag : tags) {
                int id = tag == null ? -1 : dictionary.idOfText(tag);
                if (id < 0 || indexOf(ids, n, id) >= 0) {
                    continue;
                }
                // Insertion by id: a handful of tags each.
                int at = n;
                while (at > 0 && ids[at - 1] > id) {
                    ids[at] = ids[at - 1];
                    texts[at] = texts[at - 1];
                    at--;
                }
                ids[at] = id;
                texts[at] = tag.strip();
                n++;
            }
            return new Keyed(Arrays.copyOf(ids, n), Arrays.copyOf(texts, n));
        }
    }
}
