package app.rapport.suggest;

import app.rapport.journal.Contact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /** The contact's topics as matching keys, for dismissal fingerprints. */
    final String topics;

    Profile(int slot, Contact contact, TagDictionary dictionary) {
        this.slot = slot;
        this.contact = contact;
        this.id = contact.id();
        this.eligible = !contact.archived() && !contact.doNotIntroduce();
        Keyed i = Keyed.of(contact.interests(), dictionary);
        Keyed o = Keyed.of(contact.offers(), dictionary);
        Keyed s = Keyed.of(contact.seeks(), dictionary);
        interests = i.ids;
        interestTexts = i.texts;
        offers = o.ids;
        offerTexts = o.texts;
        seeks = s.ids;
        seekTexts = s.texts;
        topics = i.joinedKeys + "|" + o.joinedKeys + "|" + s.joinedKeys;
    }

    /** The text this contact wrote for the tag with the given id, in the given kind of tags. */
    static String text(int[] ids, String[] texts, int tagId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == tagId) {
                return texts[i];
            }
        }
        throw new IllegalArgumentException("tag " + tagId + " not among " + java.util.Arrays.toString(ids));
    }

    static boolean contains(int[] ids, int tagId) {
        for (int id : ids) {
            if (id == tagId) {
                return true;
            }
        }
        return false;
    }

    /** Tags of one kind: distinct keys sorted, each with the first spelling the user wrote. */
    private record Keyed(int[] ids, String[] texts, String joinedKeys) {

        static Keyed of(List<String> tags, TagDictionary dictionary) {
            Map<String, String> byKey = new LinkedHashMap<>();
            for (String tag : tags) {
                if (tag == null) {
                    continue;
                }
                String key = dictionary.keyOf(tag);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, tag.strip());
                }
            }
            List<String> keys = new ArrayList<>(byKey.keySet());
            keys.sort(null);
            // Ids ascending, so that the scorer can intersect two contacts' tags in one pass.
            List<Map.Entry<Integer, String>> byId = new ArrayList<>();
            for (String key : keys) {
                byId.add(Map.entry(dictionary.idOf(key), byKey.get(key)));
            }
            byId.sort(Map.Entry.comparingByKey());
            int[] ids = new int[byId.size()];
            String[] texts = new String[byId.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = byId.get(i).getKey();
                texts[i] = byId.get(i).getValue();
            }
            return new Keyed(ids, texts, String.join(",", keys));
        }
    }
}
