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
 * @param colleagues the other contacts at the contact's organisation who are not tied to it (the
 *                   introductions take them to know each other unless the user said they do not),
 *                   sorted by name, at most {@value #COLLEAGUES_SHOWN}
 * @param moreColleagues how many more there are than listed
 */
public record ContactDetail(Contact contact, List<Encounter> encounters, List<KnownPerson> ties,
                            Map<String, String> names, List<app.rapport.journal.Introduction> introductions,
                            List<Colleague> colleagues, int moreColleagues) {

    static final int COLLEAGUES_SHOWN = 12;

    /** One "knows" entry: the tie and the person at its other end. */
    public record KnownPerson(Tie tie, String id, String name) {
    }

    /** Someone at the same organisation, and whether the user said the two do not know each other. */
    public record Colleague(String id, String name, boolean strangers) {
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
        List<Colleague> colleagues = new ArrayList<>();
        int more = 0;
        String organization = contact.get().organization();
        if (organization != null && !organization.isBlank()) {
            app.rapport.journal.Teachings taught = journal.teachings();
            Set<String> tied = new HashSet<>();
            ties.forEach(t -> tied.add(t.other(contactId)));
            for (app.rapport.journal.ContactSummary s : journal.contacts(
                    app.rapport.journal.ContactFilter.all().withOrganization(organization))) {
                if (s.id().equals(contactId) || tied.contains(s.id())) {
                    continue;
                }
                if (colleagues.size() < COLLEAGUES_SHOWN) {
                    colleagues.add(new Colleague(s.id(), s.name(), taught.areStrangers(contactId, s.id())));
                } else {
                    more++;
                }
            }
        }
        return Optional.of(new ContactDetail(contact.get(), encounters, known, names, List.copyOf(introductions),
                List.copyOf(colleagues), more));
    }

    public String id() {
        return contact.id();
    }
}
