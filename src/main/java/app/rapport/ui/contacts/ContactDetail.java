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
 * @param names      names of everyone on the timeline and in the ties, by id
 */
public record ContactDetail(Contact contact, List<Encounter> encounters, List<KnownPerson> ties,
                            Map<String, String> names) {

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
        ids.remove(contactId);
        Map<String, String> names = journal.contactNames(ids);
        Collator collator = Collator.getInstance(locale);
        List<KnownPerson> known = new ArrayList<>();
        for (Tie t : ties) {
            String other = t.other(contactId);
            known.add(new KnownPerson(t, other, names.getOrDefault(other, other)));
        }
        known.sort(Comparator.comparing(KnownPerson::name, collator));
        return Optional.of(new ContactDetail(contact.get(), encounters, known, names));
    }

    public String id() {
        return contact.id();
    }
}
