package app.rapport.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matching keys and their posting lists: which eligible contacts have a key as an interest, an
 * offer or a seek. This inverted index is what keeps the engine from looking at every pair.
 */
final class TagDictionary {

    private final Map<String, Integer> ids = new HashMap<>();
    /** Tags repeat across contacts; stemming each spelling once makes indexing a journal several times faster. */
    private final Map<String, String> keyOfText = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    final List<IntBag> interestHolders = new ArrayList<>();
    final List<IntBag> offerHolders = new ArrayList<>();
    final List<IntBag> seekHolders = new ArrayList<>();

    int idOf(String key) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        int next = keys.size();
        ids.put(key, next);
        keys.add(key);
        interestHolders.add(new IntBag());
        offerHolders.add(new IntBag());
        seekHolders.add(new IntBag());
        return next;
    }

    String keyOf(String tagText) {
        return keyOfText.computeIfAbsent(tagText, TagKeys::of);
    }

    String key(int id) {
        return keys.get(id);
    }

    int size() {
        return keys.size();
    }

    void index(Profile p) {
        for (int t : p.interests) {
            interestHolders.get(t).add(p.slot);
        }
        for (int t : p.offers) {
            offerHolders.get(t).add(p.slot);
        }
        for (int t : p.seeks) {
            seekHolders.get(t).add(p.slot);
        }
    }

    void unindex(Profile p) {
        for (int t : p.interests) {
            interestHolders.get(t).remove(p.slot);
        }
        for (int t : p.offers) {
            offerHolders.get(t).remove(p.slot);
        }
        for (int t : p.seeks) {
            seekHolders.get(t).remove(p.slot);
        }
    }
}
