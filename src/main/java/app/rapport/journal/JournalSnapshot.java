package app.rapport.journal;

import java.util.List;

/**
 * The whole journal at one moment: what export writes, import reads and the introduction engine
 * scores.
 */
public record JournalSnapshot(
        List<Contact> contacts,
        List<Tie> ties,
        List<Encounter> encounters,
        List<Event> events,
        List<Introduction> introductions,
        List<Exchange> exchanges) {

    public JournalSnapshot {
        contacts = List.copyOf(contacts);
        ties = List.copyOf(ties);
        encounters = List.copyOf(encounters);
        events = List.copyOf(events == null ? List.of() : events);
        introductions = List.copyOf(introductions == null ? List.of() : introductions);
        exchanges = List.copyOf(exchanges == null ? List.of() : exchanges);
    }

    /** A journal of people, ties and encounters only (no events, introductions, give and take). */
    public JournalSnapshot(List<Contact> contacts, List<Tie> ties, List<Encounter> encounters) {
        this(contacts, ties, encounters, List.of(), List.of(), List.of());
    }

    public static JournalSnapshot empty() {
        return new JournalSnapshot(List.of(), List.of(), List.of());
    }
}
