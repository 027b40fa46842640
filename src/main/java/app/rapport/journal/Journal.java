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

    /**
     * Saves the contact as the user edited it from {@code loaded}, the version the editor showed,
     * unless the stored contact differs from that version now (an import on the command line
     * changed it, say): then nothing is saved, and {@link ChangedMeanwhileException} carries the
     * stored contact, or null if it is gone. {@code loaded} null: a new contact, saved as is.
     */
    Contact saveContact(Contact contact, Contact loaded);

    Optional<Contact> contact(String id);

    /** Contacts not in the trash that match the filter, sorted by name (locale-aware). */
    List<ContactSummary> contacts(ContactFilter filter);

    /**
     * Display names of the given contacts, including archived and trashed ones (an old encounter
     * still names everyone who was there). Unknown ids are left out. The contact detail pane
     * calls this once for all people on a timeline and in the ties; stores should answer it with
     * one query rather than one per id.
     */
    java.util.Map<String, String> contactNames(java.util.Collection<String> ids);

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

    /** Saves the encounter as edited from {@code loaded}, refused as {@link #saveContact(Contact, Contact)} is. */
    Encounter saveEncounter(Encounter encounter, Encounter loaded);

    Optional<Encounter> encounter(String id);

    /** Encounters not in the trash that match the filter, newest first. */
    List<Encounter> encounters(EncounterFilter filter);

    void trashEncounter(String id);

    /**
     * Every contact's part in every encounter not in the trash, in no particular order: what
     * warmth and keep-in-touch need for the whole journal at once. Stores should answer it with
     * one lean query rather than by loading whole encounters.
     */
    List<EncounterStamp> encounterStamps();

    void restoreEncounter(String id);

    // Events

    /** Events not in the trash, by start (undated last); attendees and speakers are contacts not in the trash. */
    List<Event> events();

    Optional<Event> event(String id);

    /** Inserts (id null or unknown) or updates the event; attendees and speakers must be contacts. */
    Event saveEvent(Event event);

    /** Saves the event as edited from {@code loaded}, refused as {@link #saveContact(Contact, Contact)} is. */
    Event saveEvent(Event event, Event loaded);

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

    // Introductions

    /** Every introduction between contacts not in the trash (planned, in progress, finished, dismissed), oldest first. */
    List<Introduction> introductions();

    /** The introductions the contact is part of, oldest first. */
    List<Introduction> introductionsOf(String contactId);

    /**
     * Inserts (id null or unknown) or updates the introduction; returns it as stored, with its id.
     * Both people must be contacts. A dismissal without an id replaces an earlier dismissal of the
     * same pair (in either order), so dismissing a pair again updates its fingerprint.
     */
    Introduction saveIntroduction(Introduction introduction);

    /** Saves the introduction as changed from {@code loaded}, refused as {@link #saveContact(Contact, Contact)} is. */
    Introduction saveIntroduction(Introduction introduction, Introduction loaded);

    /** Forgets the introduction (Undo of planning or dismissing); an unknown id changes nothing. */
    void removeIntroduction(String id);

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
     * The safety copy taken before an import the user asked for, so that it can be undone by
     * restoring it; skipped while the journal is still empty.
     */
    void backupBeforeImport();

    /**
     * What is wrong with the stored journal, one sentence each: damage the storage finds in its
     * file, and broken links or unreadable values in its records. Empty when the journal is sound.
     */
    List<String> integrityProblems();

    /**
     * Whether writing to {@code file} would replace a file of a journal (the journal, what the
     * storage keeps beside it, its lock or a backup): exports and other files the user saves must
     * never go there.
     */
    boolean isJournalFile(java.nio.file.Path file);

    // Import and merge

    /**
     * Stores contacts read from another address book in one transaction, after a safety copy of the
     * journal: contacts whose id is already in the journal are updated (an import merged into an
     * existing person), the others added. All are checked first; if any is invalid nothing is
     * stored. When {@code progress} reports cancellation, nothing is stored either.
     */
    void importContacts(List<Contact> contacts, Progress progress);

    /**
     * Every contact not in the trash, complete, for comparing an import with the journal; a store
     * can do this without loading encounters and events.
     */
    List<Contact> allContacts();

    /**
     * Makes two records of one person into one, after a safety copy of the journal: {@code keepId}
     * gets the fields of both ({@link ContactMerge}), every encounter and tie of {@code removeId},
     * and {@code removeId} disappears. The returned merge can be undone exactly.
     */
    Merge mergeContacts(String keepId, String removeId);

    /**
     * As {@link #mergeContacts(String, String)}, with the fields the user chose in a review
     * applied to the two records as stored when the merge runs.
     */
    Merge mergeContacts(String keepId, String removeId, MergeChoice choice);

    /** Remembers that the two contacts are different people: they are not offered as duplicates again. */
    void markNotSamePerson(ContactPair pair);

    /** Forgets {@link #markNotSamePerson} (its Undo). */
    void unmarkNotSamePerson(ContactPair pair);

    /** Every pair marked as not the same person. */
    java.util.Set<ContactPair> notSamePersonPairs();

    // What the user taught the introductions

    /** Strangers, words that mean the same or not, and from when on the engine learns. */
    Teachings teachings();

    /**
     * Remembers that the two do not know each other, although they work at one organisation (or
     * met, or were tied): the introductions may suggest them. Saving a tie between them forgets it.
     */
    void markStrangers(ContactPair pair);

    /** Forgets {@link #markStrangers} (its Undo). */
    void unmarkStrangers(ContactPair pair);

    /** Stores that two words mean the same or not, replacing what was said of the two before. */
    void saveWordPair(Teachings.WordPair pair);

    /** Forgets what was said of the two words. */
    void removeWordPair(Teachings.WordPair pair);

    /**
     * The engine learns only from decisions made from {@code from} on (a reset of what it learned;
     * null: from every decision, the reset's Undo). The decisions themselves stay.
     */
    void learnFrom(java.time.Instant from);

    /** Two contacts by id, in either order: the same pair. */
    record ContactPair(String first, String second) {
        public ContactPair {
            if (first.compareTo(second) > 0) {
                String t = first;
                first = second;
                second = t;
            }
        }

        public static ContactPair of(String a, String b) {
            return new ContactPair(a, b);
        }
    }

    /**
     * Restores both contacts as they were before the merge, with their own ties and encounters.
     * Refused when a later merge built on the kept contact is still in place.
     */
    void undoMerge(String mergeId);

    /** Merges that can still be undone, newest first. */
    List<Merge> merges();

    record Merge(String id, String keptId, String removedId, String keptName, String removedName,
                 java.time.Instant mergedAt) {
    }

    /**
     * A number that moves whenever another program (an import on the command line, another
     * Rapport) has committed a change to the journal: 0 when this object was opened; changes made
     * through this object leave it alone. The window asks now and then and refreshes its screens
     * when it moved. Answers at once.
     */
    long outsideChanges();

    /** Announces every change this journal commits (its own writes and restores), for screens to follow. */
    JournalChanges changes();

    /** Counts for status lines and checks. */
    Stats stats();

    record Stats(int contacts, int encounters, int ties, int trashed) {
    }

    @Override
    void close();
}
