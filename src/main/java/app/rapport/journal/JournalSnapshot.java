package app.rapport.journal;

import java.util.List;
import java.util.Objects;

/**
 * The whole journal at one moment: what export writes, import reads and the introduction engine
 * scores. Immutable; equal when its six lists and its teachings are.
 *
 * <p>A class rather than a record for one reason: it keeps its encounters' {@link #timeline()},
 * built once, so that Today, the calendar export and the warmth of the contact list do not each
 * walk 100,000 encounter objects again.
 */
public final class JournalSnapshot {

    private final List<Contact> contacts;
    private final List<Tie> ties;
    private final List<Encounter> encounters;
    private final List<Event> events;
    private final List<Introduction> introductions;
    private final List<Exchange> exchanges;
    private final Teachings teachings;
    private volatile EncounterTimeline timeline;

    public JournalSnapshot(List<Contact> contacts, List<Tie> ties, List<Encounter> encounters, List<Event> events,
                           List<Introduction> introductions, List<Exchange> exchanges) {
        this(contacts, ties, encounters, events, introductions, exchanges, Teachings.NONE);
    }

    /** A whole journal with what the user taught the introductions (strangers, words, a reset of learning). */
    public JournalSnapshot(List<Contact> contacts, List<Tie> ties, List<Encounter> encounters, List<Event> events,
                           List<Introduction> introductions, List<Exchange> exchanges, Teachings teachings) {
        this.teachings = teachings == null ? Teachings.NONE : teachings;
        this.contacts = List.copyOf(contacts);
        this.ties = List.copyOf(ties);
        this.encounters = List.copyOf(encounters);
        this.events = List.copyOf(events == null ? List.of() : events);
        this.introductions = List.copyOf(introductions == null ? List.of() : introductions);
        this.exchanges = List.copyOf(exchanges == null ? List.of() : exchanges);
    }

    /** A journal of people, ties and encounters only (no events, introductions, give and take). */
    public JournalSnapshot(List<Contact> contacts, List<Tie> ties, List<Encounter> encounters) {
        this(contacts, ties, encounters, List.of(), List.of(), List.of());
    }

    public static JournalSnapshot empty() {
        return new JournalSnapshot(List.of(), List.of(), List.of());
    }

    public List<Contact> contacts() {
        return contacts;
    }

    public List<Tie> ties() {
        return ties;
    }

    /** The encounters, earliest first as the store gives them (other sources may differ). */
    public List<Encounter> encounters() {
        return encounters;
    }

    public List<Event> events() {
        return events;
    }

    public List<Introduction> introductions() {
        return introductions;
    }

    public List<Exchange> exchanges() {
        return exchanges;
    }

    public Teachings teachings() {
        return teachings;
    }

    /** The same journal with other teachings. */
    public JournalSnapshot withTeachings(Teachings t) {
        JournalSnapshot s = new JournalSnapshot(contacts, ties, encounters, events, introductions, exchanges, t);
        s.timeline = timeline;
        return s;
    }

    /**
     * The encounters in time order, in compact form, built on first use and then kept. The store
     * builds it while it loads the journal, so that a screen never waits for it.
     */
    public EncounterTimeline timeline() {
        EncounterTimeline t = timeline;
        if (t == null) {
            synchronized (this) {
                t = timeline;
                if (t == null) {
                    t = EncounterTimeline.of(encounters);
                    timeline = t;
                }
            }
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalSnapshot s && contacts.equals(s.contacts) && ties.equals(s.ties)
                && encounters.equals(s.encounters) && events.equals(s.events)
                && introductions.equals(s.introductions) && exchanges.equals(s.exchanges)
                && teachings.equals(s.teachings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contacts, ties, encounters, events, introductions, exchanges, teachings);
    }

    @Override
    public String toString() {
        return "JournalSnapshot[" + contacts.size() + " contacts, " + ties.size() + " ties, " + encounters.size()
                + " encounters, " + events.size() + " events, " + introductions.size() + " introductions, "
                + exchanges.size() + " exchanges]";
    }
}
