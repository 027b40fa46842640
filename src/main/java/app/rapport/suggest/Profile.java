package app.rapport.suggest;

import app.rapport.journal.Contact;
import app.rapport.journal.TextFolding;
import java.util.ArrayList;
import java.util.List;

/** A contact as the engine reads it: its tags through the {@link Lexicon}, its organisation and city as keys. */
final class Profile {

    final int slot;
    final Contact contact;
    final String id;
    final boolean eligible;
    final Lexicon.Tag[] interests;
    final Lexicon.Tag[] offers;
    final Lexicon.Tag[] seeks;
    final Features interestFeatures;
    final Features offerFeatures;
    final Features seekFeatures;
    /** Folded organisation, or null. */
    final String organization;
    /** Folded city, or null. */
    final String city;
    private String personKey;

    Profile(int slot, Contact contact, Lexicon lexicon) {
        this.slot = slot;
        this.contact = contact;
        this.id = contact.id();
        this.eligible = !contact.archived() && !contact.doNotIntroduce();
        interests = read(contact.interests(), lexicon);
        offers = read(contact.offers(), lexicon);
        seeks = read(contact.seeks(), lexicon);
        interestFeatures = Features.of(interests, lexicon.conceptCount());
        offerFeatures = Features.of(offers, lexicon.conceptCount());
        seekFeatures = Features.of(seeks, lexicon.conceptCount());
        organization = key(contact.organization());
        city = key(contact.city());
    }

    private static Lexicon.Tag[] read(List<String> tags, Lexicon lexicon) {
        List<Lexicon.Tag> out = new ArrayList<>(tags.size());
        for (String t : tags) {
            if (t == null || t.isBlank()) {
                continue;
            }
            Lexicon.Tag tag = lexicon.tag(t);
            if (!tag.isEmpty() && !out.contains(tag)) {
                out.add(tag);
            }
        }
        return out.toArray(new Lexicon.Tag[0]);
    }

    private static String key(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String k = words(text);
        return k.isEmpty() ? null : k;
    }

    String personKey() {
        if (personKey == null) {
            personKey = words(contact.name()) + "|" + words(contact.organization());
        }
        return personKey;
    }

    /** Folded words only: "Curie-Dupont" and "curie dupont" are one name. */
    private static String words(String text) {
        return TextFolding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
