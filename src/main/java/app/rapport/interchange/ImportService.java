package app.rapport.interchange;

import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFiles;
import app.rapport.interchange.contacts.ImportFailedException;
import app.rapport.interchange.contacts.ImportPreview;
import app.rapport.interchange.ical.ICalendarImporter;
import app.rapport.journal.Contact;
import app.rapport.journal.Journal;
import app.rapport.journal.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reading a file to import and storing what it holds, on the {@link Importers} registry, the same
 * for the import dialog, {@code rapport import} and the Events screen: the format is found from
 * the content; an address book is read for a preview (invalid records, likely duplicates) and its
 * chosen contacts stored in one transaction; a journal, an account or a calendar is read whole
 * and stored at once after a backup, a calendar keeping what the user added to its events.
 * Reading never stores anything.
 */
public final class ImportService {

    /** What a file holds, read and checked; nothing is stored yet. */
    public sealed interface Read permits Contacts, Records {
        Importer importer();
    }

    /** An address book: contacts for a preview. */
    public record Contacts(Importer importer, AddressBook book) implements Read {
    }

    /** A journal, an account or a calendar: records imported whole. */
    public record Records(Importer importer, ImportResult result) implements Read {
    }

    private final List<Importer> importers;

    /** {@code clock}: the zone of days without a time and the today around which repeating events are expanded. */
    public ImportService(Clock clock) {
        this.importers = Importers.all(clock);
    }

    /**
     * The file, read no further than any import goes: a device, a pipe or a file larger than an
     * import takes is refused before it fills the memory.
     */
    public static byte[] readBounded(Path file) throws ImportFailedException {
        return ContactFiles.readBounded(file);
    }

    /** The importer for this content, if any recognises it. */
    public Optional<Importer> detect(byte[] content) {
        return importers.stream().filter(i -> i.recognizes(content)).findFirst();
    }

    /** The importer of a kind, such as the calendar's for the Events screen. */
    public Importer importer(Importer.Kind kind) {
        return importers.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }

    /**
     * Reads {@code content} as {@code importer}'s format ({@link #detect}); with no importer (or
     * an address book's) as an address book, whose reader names what the file is when it is none.
     *
     * @param fileName names the file in messages about an address book
     * @throws ImportFailedException an address book that cannot be read at all
     * @throws ImportException       a file read whole that has problems; they are listed
     */
    public Read read(Importer importer, String fileName, byte[] content, Progress progress)
            throws ImportFailedException, ImportException {
        if (importer == null || importer.kind() == Importer.Kind.ADDRESS_BOOK) {
            return new Contacts(importer(Importer.Kind.ADDRESS_BOOK), ContactFiles.read(fileName, content, progress));
        }
        return new Records(importer, importer.read(content));
    }

    /**
     * An address book compared with the journal's contacts: new ones, likely duplicates, invalid
     * records; the file's contacts are compared with each other on {@code alongside} meanwhile.
     */
    public static ImportPreview preview(AddressBook book, List<Contact> inJournal, Progress progress,
                                        java.util.concurrent.Executor alongside) {
        return ImportPreview.of(book, inJournal, progress, alongside);
    }

    /**
     * Stores records read whole in one transaction, after a backup. A calendar imported again
     * updates its events and keeps the attendees, agenda and notes added in Rapport.
     */
    public static void store(Journal journal, Records read) {
        journal.backupBeforeImport();
        var snapshot = read.result().snapshot();
        journal.importSnapshot(read.importer().kind() == Importer.Kind.CALENDAR
                ? ICalendarImporter.keepWhatTheUserAdded(snapshot, journal::event) : snapshot);
    }

    /** Stores the contacts chosen from an address book's preview in one transaction. */
    public static void store(Journal journal, List<Contact> contacts, Progress progress) {
        journal.importContacts(contacts, progress);
    }
}
