package app.rapport.ui.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Journal;
import app.rapport.journal.Tie;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the detail pane shows about one contact, loaded in one go off the JavaFX thread.
 *
 * @param encounters newest first
 * @param ties       sorted by the other person's name
 * @param names      names of everyone on the timeline, in the ties and in the introductions, by id
 * @param introductions the introductions the contact is part of, from planned on (not dismissed
 *                   ones), those under way first, then the finished ones
 */
public record ContactDetail(Contact contact, List<Encounter> encounters, List<KnownPerson> ties,
                            Map<String, String> names, List<app.rapport.journal.Introduction> introductions) {

    /** One "knows" entry: the tie and the person at its other end. */
    public record KnownPerson(Tie tie, String id, String name) {
    }

    /** Reads a contact's detail; empty if the contact no longer exists or is in the trash. */
    public static Optional<ContactDetail> load(Journal journal, String contactId, Locale locale) {
        Optional<Contact> contact = journal.contact(contactId);
        if (contact.isEmpty()) {
            return Optional.empty();
        }
        List<Encounter> encounters = journal.encounters(
                app.rapport.journal.EncounterFilter.all().withContact(contactId));
        List<Tie> ties = journal.tiesOf(contactId);
        Set<String> ids = new HashSet<>();
        for (Encounter e : encounters) {
            ids.addAll(e.participants());
        }
        for (Tie t : ties) {
            ids.add(t.other(contactId));
        }
        List<app.rapport.journal.Introduction> introductions = new ArrayList<>();
        for (app.rapport.journal.Introduction i : journal.introductionsOf(contactId)) {
            if (i.status().isStep()) {
                introductions.add(i);
                ids.add(i.other(contactId));
            }
        }
        introductions.sort(Comparator.comparing((app.rapport.journal.Introduction i) -> i.status().isFinal())
                .thenComparing(i -> i.reachedOn(i.status()), Comparator.nullsLast(Comparator.reverseOrder())));
        ids.remove(contactId);
        Map<String, String> names = journal.contactNames(ids);
        Collator collator = Collator.getInstance(locale);
        List<KnownPerson> known = new ArrayList<>();
        for (Tie t : ties) {
            String other = t.other(contactId);
            known.add(new KnownPerson(t, other, names.getOrDefault(other, other)));
        }
        known.sort(Comparator.comparing(KnownPerson::name, collator));
        return Optional.of(new ContactDetail(contact.get(), encounters, known, names, List.copyOf(introductions)));
    }

    public String id() {
        return contact.id();
    }
}
