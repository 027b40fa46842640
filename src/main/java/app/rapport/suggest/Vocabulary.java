package app.rapport.suggest;

import app.rapport.journal.Contact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words the engine reads tags with: every tag text the journal's contacts use (with how many
 * use it: the vocabulary German compounds are split against), the user's groups of words that
 * mean the same, the {@link Lexicon} built of them, and each contact's {@link Profile} read with
 * that lexicon, kept until the contact, its slot or the lexicon changes.
 *
 * <p>Not thread-safe: the engine calls it under its own lock.
 */
final class Vocabulary {

    private final ConceptList concepts;
    /** Tag texts with how many contacts use them. */
    private final Map<String, Integer> counts = new HashMap<>();
    private List<List<String>> sameMeaning = List.of();
    private boolean changed = true;
    private Lexicon lexicon;
    private final Map<String, Profile> profiles = new HashMap<>();

    Vocabulary(ConceptList concepts) {
        this.concepts = concepts;
    }

    /** Counts the tags of a contact added to the journal (or of its new version). */
    void add(Contact c) {
        for (String t : tags(c)) {
            if (counts.merge(t, 1, Integer::sum) == 1) {
                changed = true;
            }
        }
    }

    /** Forgets the tags of a contact gone from the journal (or of its old version). */
    void forget(Contact c) {
        for (String t : tags(c)) {
            Integer left = counts.merge(t, -1, Integer::sum);
            if (left != null && left <= 0) {
                counts.remove(t);
                changed = true;
            }
        }
    }

    /** The user's own groups of tags that mean the same; true if they differ from those held. */
    boolean setSameMeaning(Collection<? extends Collection<String>> groups) {
        List<List<String>> copy = new ArrayList<>();
        for (Collection<String> g : groups) {
            copy.add(List.copyOf(g));
        }
        if (copy.equals(sameMeaning)) {
            return false;
        }
        sameMeaning = List.copyOf(copy);
        changed = true;
        return true;
    }

    /** The lexicon of the present words, built again (and the profiles forgotten) when they changed. */
    Lexicon lexicon() {
        if (lexicon == null || changed) {
            lexicon = new Lexicon(concepts, counts.keySet().stream().sorted().toList(), sameMeaning);
            profiles.clear();
            changed = false;
        }
        return lexicon;
    }

    /** The contact's profile at {@code slot}, read with the {@linkplain #lexicon() present lexicon}. */
    Profile profile(Contact c, int slot) {
        Profile cached = profiles.get(c.id());
        Profile p = cached != null && cached.contact.equals(c) && cached.slot == slot ? cached
                : new Profile(slot, c, lexicon);
        profiles.put(c.id(), p);
        return p;
    }

    private static List<String> tags(Contact c) {
        List<String> all = new ArrayList<>(c.interests().size() + c.offers().size() + c.seeks().size());
        all.addAll(c.interests());
        all.addAll(c.offers());
        all.addAll(c.seeks());
        all.removeIf(Objects::isNull);
        return all;
    }
}
