package app.rapport.interchange.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactMerge;
import app.rapport.journal.Duplicates;
import app.rapport.journal.Progress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What an import would do, shown before anything is written: the contacts that are new, those
 * that look like people already in the journal (with the reason), and the records that cannot be
 * imported and why.
 */
public record ImportPreview(AddressBook book, List<ImportedContact> newContacts, List<Duplicate> duplicates) {

    public ImportPreview {
        newContacts = List.copyOf(newContacts);
        duplicates = List.copyOf(duplicates);
    }

    /** An imported contact that looks like one already in the journal. */
    public record Duplicate(ImportedContact imported, Contact existing, Duplicates.Reason reason, double score) {
    }

    /** What to do with the likely duplicates. */
    public enum DuplicateChoice {
        /** Add them as contacts of their own; the duplicates view can merge them later. */
        ADD_SEPARATELY,
        /** Merge each into the contact it looks like: every value of both is kept. */
        MERGE,
        /** Leave them out. */
        SKIP
    }

    /** Compares the file's contacts with the journal's. */
    public static ImportPreview of(AddressBook book, Collection<Contact> existing, Progress progress) {
        Duplicates.Index index = Duplicates.index(existing);
        List<ImportedContact> fresh = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        int done = 0;
        for (ImportedContact c : book.contacts()) {
            if (done++ % 256 == 0) {
                progress.checkCancelled();
                progress.update("compare", done, book.contacts().size());
            }
            var match = index.bestMatch(c.contact());
            if (match.isPresent()) {
                duplicates.add(new Duplicate(c, match.get().existing(), match.get().reason(), match.get().score()));
            } else {
                fresh.add(c);
            }
        }
        progress.update("compare", book.contacts().size(), book.contacts().size());
        return new ImportPreview(book, fresh, duplicates);
    }

    public List<RecordProblem> invalid() {
        return book.invalid();
    }

    public int invalidRecords() {
        return book.invalidRecords();
    }

    public boolean hasInvalid() {
        return book.invalidRecords() > 0;
    }

    /**
     * The contacts to store: the new ones, and the duplicates as chosen. A merged duplicate is the
     * existing contact (same id) with the imported values added, so storing it updates that contact.
     * Several imported records that look like the same existing contact are merged into it one after the other.
     */
    public List<Contact> contactsToStore(DuplicateChoice choice) {
        List<Contact> out = new ArrayList<>();
        for (ImportedContact c : newContacts) {
            out.add(c.contact());
        }
        java.util.Map<String, Integer> mergedAt = new java.util.HashMap<>();
        for (Duplicate d : duplicates) {
            switch (choice) {
                case ADD_SEPARATELY -> out.add(d.imported().contact());
                case MERGE -> {
                    Integer at = mergedAt.get(d.existing().id());
                    if (at == null) {
                        mergedAt.put(d.existing().id(), out.size());
                        out.add(ContactMerge.merge(d.existing(), d.imported().contact()));
                    } else {
                        out.set(at, ContactMerge.merge(out.get(at), d.imported().contact()));
                    }
                }
                case SKIP -> {
                    // left out
                }
                default -> throw new IllegalStateException(choice.toString());
            }
        }
        return out;
    }
}
