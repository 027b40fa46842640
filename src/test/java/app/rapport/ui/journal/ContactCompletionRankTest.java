package app.rapport.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.ContactSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the name field's suggestions offer first. */
class ContactCompletionRankTest {

    static ContactSummary c(String name) {
        return new ContactSummary(name, name, null, null, false);
    }

    @Test
    void namesThatStartWithWhatWasTypedComeBeforeMatchesElsewhere() {
        // The journal's search finds Anna too ("introduced by Lukas Weber" in how we met), and sorts her first.
        List<ContactSummary> found = List.of(c("Anna Schäfer"), c("Jonas Lukasiewicz"), c("Lukas Müller"),
                c("Paul Lüke"));
        assertEquals(List.of("Lukas Müller", "Jonas Lukasiewicz", "Paul Lüke", "Anna Schäfer"),
                ContactCompletion.byName(found, "Luk").stream().map(ContactSummary::name).toList());
    }
}
