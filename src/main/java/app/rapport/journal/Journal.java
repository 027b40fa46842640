package app.rapport.journal;

import java.util.List;
import java.util.Optional;

/**
 * The journal as the rest of the application sees it. Every method is one committed transaction;
 * implementations are thread-safe and meant to be called off the JavaFX thread.
 * Validation problems are reported as {@link ValidationException}.
 */
public interface Journal extends AutoCloseable {

    // Contacts

    /** Inserts (id null or unknown) or updates the contact; returns it as stored, with id and times. */
    Contact saveContact(Contact contact);

    Optional<Contact> contact(String id);

    /** Contacts not in the trash that match the filter, sorted by name (locale-aware). */
    List<ContactSummary> contacts(ContactFilter filter);

    /** Every tag in use (interests, offers and seeks), one spelling per normalised form, sorted. */
    List<String> tags();

    /** Every organisation in use, sorted. */
    List<String> organizations();

    void trashContact(String id);

    void restoreContact(String id);

    // Ties

    void saveTie(Tie tie);

    void removeTie(String a, String b);

    /** Ties of a contact to contacts not in the trash. */
    List<Tie> tiesOf(String contactId);

    // Encounters

    Encounter saveEncounter(Encounter encounter);

    Optional<Encounter> encounter(String id);

    /** Encounters not in the trash that match the filter, newest first. */
    List<Encounter> encounters(EncounterFilter filter);

    void trashEncounter(String id);

    void restoreEncounter(String id);

    // Events

    /** Events not in the trash, by start (undated last); attendees and speakers are contacts not in the trash. */
    List<Event> events();

    Optional<Event> event(String id);

    /** Inserts (id null or unknown) or updates the event; attendees and speakers must be contacts. */
    Event saveEvent(Event event);

    void trashEvent(String id);

    void restoreEvent(String id);

    // Give and take

    /** What the user gave to and received from the contact, newest first (undated entries last). */
    List<Exchange> exchangesOf(String contactId);

    /** Adds an entry to the ledger; the contact must exist. */
    void saveExchange(Exchange exchange);

    /** Replaces one stored entry equal to {@code old} (entries have no id; equal entries are interchangeable). */
    void replaceExchange(Exchange old, Exchange updated);

    /** Removes one stored entry equal to {@code exchange}. */
    void removeExchange(Exchange exchange);

    // Keeping in touch

    /** Default keep-in-touch cadences per tag, sorted by tag. */
    List<TagCadence> tagCadences();

    /** Sets the default cadence of everyone with the tag (matched normalised), replacing an earlier one. */
    void saveTagCadence(TagCadence cadence);

    void removeTagCadence(String tag);

    /** Reminders the user put off: item key to the day each comes back. */
    java.util.Map<String, java.time.LocalDate> snoozes();

    /** Puts a reminder off until {@code until}; snoozes whose day is long past are dropped. */
    void snooze(String item, java.time.LocalDate until);

    void removeSnooze(String item);

    // Trash

    List<TrashItem> trash();

    /** Destroys everything in the trash for good. */
    void emptyTrash();

    // Whole journal

    /** Everything not in the trash. */
    JournalSnapshot snapshot();

    /**
     * Adds a whole snapshot (contacts, ties, events, encounters, introductions, give and take) in
     * one transaction, keeping its ids: either all of it is stored or, on
     * any error, nothing. Records whose id already exists are replaced.
     */
    void importSnapshot(JournalSnapshot snapshot);

    /**
     * What is wrong with the stored journal, one sentence each: damage the storage finds in its
     * file, and broken links or unreadable values in its records. Empty when the journal is sound.
     * A journal held only in memory has no file to check and keeps its records valid by
     * construction, hence the default.
     */
    default List<String> integrityProblems() {
        return List.of();
    }

    /** Counts for status lines and checks. */
    Stats stats();

    record Stats(int contacts, int encounters, int ties, int trashed) {
    }

    @Override
    void close();
}
