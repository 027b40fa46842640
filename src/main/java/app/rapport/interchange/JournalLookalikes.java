package app.rapport.interchange;

import app.rapport.journal.Contact;
import app.rapport.journal.Duplicates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a complete journal about to be imported has in common with the journal it goes into,
 * beyond its ids: contacts with an id the journal does not know that look like people it has
 * (same e-mail, same name and organisation, a very similar name). A journal is imported whole,
 * so these are added as contacts of their own; saying so first lets the user decide whether to
 * go ahead, and merge them afterwards.
 */
public final class JournalLookalikes {

    private JournalLookalikes() {
    }

    /** Each new contact of {@code incoming} that looks like one of {@code inJournal}, strongest reason first. */
    public static List<Duplicates.Match> of(Collection<Contact> incoming, Collection<Contact> inJournal) {
        Set<String> known = new HashSet<>();
        for (Contact c : inJournal) {
            known.add(c.id());
        }
        Duplicates.Index index = Duplicates.index(inJournal);
        List<Duplicates.Match> out = new ArrayList<>();
        for (Contact c : incoming) {
            if (c.id() == null || !known.contains(c.id())) {
                index.bestMatch(c).ifPresent(out::add);
            }
        }
        return out;
    }
}
