package app.rapport.journal;

import java.util.List;

/**
 * The whole journal at one moment: what export writes, import reads and the introduction engine
 * scores. Later parts of the journal (events, introductions, give and take) are added here.
 */
public record JournalSnapshot(List<Contact> contacts, List<Tie> ties, List<Encounter> encounters) {

    public JournalSnapshot {
        contacts = List.copyOf(contacts);
        ties = List.copyOf(ties);
        encounters = List.copyOf(encounters);
    }

    public static JournalSnapshot empty() {
        return new JournalSnapshot(List.of(), List.of(), List.of());
    }
}
