package app.rapport.interchange.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactMerge;
import app.rapport.journal.Duplicates;
import app.rapport.journal.Progress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What an import would do, shown before anything is written: the contacts that are new, those
 * that look like people already in the journal (with the reason), and the records that cannot be
 * imported and why.
 */
public record ImportPreview(AddressBook book, List<ImportedContact> newContacts, List<Duplicate> duplicates,
                            List<FileDuplicate> withinFile) {

    public ImportPreview {
        newContacts = List.copyOf(newContacts);
        duplicates = List.copyOf(duplicates);
        withinFile = List.copyOf(withinFile);
    }

    /** An imported contact that looks like one already in the journal. */
    public record Duplicate(ImportedContact imported, Contact existing, Duplicates.Reason reason, double score) {
    }

    /**
     * A record that looks like an earlier record of the same file (two cards of one person, as
     * address books that were merged from two phones have): {@code later} is like {@code earlier}.
     */
    public record FileDuplicate(ImportedContact later, ImportedContact earlier, Duplicates.Reason reason, double score) {
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

    /**
     * Compares the file's contacts with the journal's, and with each other on {@code alongside}
     * (a second core if there is one: on the first import of a session both comparisons run while
     * the JIT warms up; a test's same-thread executor runs it first).
     */
    public static ImportPreview of(AddressBook book, Collection<Contact> existing, Progress progress,
                                   java.util.concurrent.Executor alongside) {
        CompletableFuture<List<FileDuplicate>> withinFile =
                CompletableFuture.supplyAsync(() -> withinFile(book.contacts(), progress), alongside);
        Duplicates.Index index = Duplicates.index(existing);
        Map<String, Contact> byId = new HashMap<>();
        for (Contact e : existing) {
            byId.put(e.id(), e);
        }
        List<ImportedContact> fresh = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        int done = 0;
        for (ImportedContact c : book.contacts()) {
            if (done++ % 256 == 0) {
                progress.checkCancelled();
                progress.update("compare", done, book.contacts().size());
            }
            // Exported from this journal: its id came back. Ids of another journal may collide ("c53"),
            // so the name or an address must agree too.
            Contact sameContact = c.rapportId() == null ? null : byId.get(c.rapportId());
            if (sameContact != null && sameAsExported(sameContact, c.contact())) {
                duplicates.add(new Duplicate(c, sameContact, Duplicates.Reason.SAME_CONTACT, 1.0));
                continue;
            }
            var match = index.bestMatch(c.contact());
            if (match.isPresent()) {
                duplicates.add(new Duplicate(c, match.get().existing(), match.get().reason(), match.get().score()));
            } else {
                fresh.add(c);
            }
        }
        progress.update("compare", book.contacts().size(), book.contacts().size());
        return new ImportPreview(book, fresh, duplicates, join(withinFile));
    }

    private static boolean sameAsExported(Contact inJournal, Contact imported) {
        if (Duplicates.nameKey(inJournal.name()).equals(Duplicates.nameKey(imported.name()))) {
            return true;
        }
        for (String e : imported.emails()) {
            for (String f : inJournal.emails()) {
                if (e.strip().equalsIgnoreCase(f.strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The result of work done beside this thread, with its own exception (cancellation, a bug) rethrown. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Each record that looks like an earlier one of the file, with the earlier record it is most
     * like. Only earlier records are compared, so every pair is reported once, at its second record.
     */
    private static List<FileDuplicate> withinFile(List<ImportedContact> records, Progress progress) {
        List<Contact> contacts = new ArrayList<>(records.size());
        for (ImportedContact r : records) {
            contacts.add(r.contact());
        }
        Duplicates.Index index = Duplicates.index(contacts);
        List<FileDuplicate> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (i % 256 == 0) {
                progress.checkCancelled();
            }
            // The strongest reason, then the highest score, then the first record: the same answer every time.
            Duplicates.Earlier best = index.bestEarlierMatch(i).orElse(null);
            if (best != null) {
                out.add(new FileDuplicate(records.get(i), records.get(best.position()), best.reason(), best.score()));
            }
        }
        return out;
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

    /** The contacts to store, with records of one person in the file kept apart. */
    public List<Contact> contactsToStore(DuplicateChoice choice) {
        return contactsToStore(choice, false);
    }

    /**
     * The contacts to store: the new ones, and the duplicates as chosen. A merged duplicate is the
     * existing contact (same id) with the imported values added, so storing it updates that contact.
     * Several imported records that look like the same existing contact are merged into it one after the other.
     * With {@code mergeWithinFile}, records that look like an earlier record of the file are first
     * merged into it (all of a chain into its first record); the merged record then counts as a
     * duplicate of a journal contact if any of its records looked like one.
     */
    public List<Contact> contactsToStore(DuplicateChoice choice, boolean mergeWithinFile) {
        List<ImportedContact> all = book.contacts();
        Map<ImportedContact, Contact> existingOf = new IdentityHashMap<>();
        for (Duplicate d : duplicates) {
            existingOf.put(d.imported(), d.existing());
        }
        // Each record's group: itself, or with mergeWithinFile the first record of its chain.
        Map<ImportedContact, ImportedContact> parent = new IdentityHashMap<>();
        if (mergeWithinFile) {
            for (FileDuplicate f : withinFile) {
                ImportedContact a = root(parent, f.later());
                ImportedContact b = root(parent, f.earlier());
                if (a != b) {
                    // The earlier record leads, so the merged contact keeps the file's first values.
                    if (a.record() < b.record()) {
                        parent.put(b, a);
                    } else {
                        parent.put(a, b);
                    }
                }
            }
        }
        List<ImportedContact> roots = new ArrayList<>();
        Map<ImportedContact, Contact> merged = new IdentityHashMap<>();
        Map<ImportedContact, Contact> groupExisting = new IdentityHashMap<>();
        for (ImportedContact c : all) {
            ImportedContact r = root(parent, c);
            if (r == c) {
                roots.add(r);
            }
            merged.merge(r, c.contact(), ContactMerge::merge);
            Contact existing = existingOf.get(c);
            if (existing != null) {
                groupExisting.putIfAbsent(r, existing);
            }
        }
        List<Contact> out = new ArrayList<>();
        List<Map.Entry<Contact, Contact>> matched = new ArrayList<>();
        for (ImportedContact r : roots) {
            Contact existing = groupExisting.get(r);
            if (existing == null) {
                out.add(merged.get(r));
            } else {
                matched.add(Map.entry(merged.get(r), existing));
            }
        }
        Map<String, Integer> mergedAt = new HashMap<>();
        for (Map.Entry<Contact, Contact> d : matched) {
            Contact imported = d.getKey();
            Contact existing = d.getValue();
            switch (choice) {
                case ADD_SEPARATELY -> out.add(imported);
                case MERGE -> {
                    Integer at = mergedAt.get(existing.id());
                    if (at == null) {
                        mergedAt.put(existing.id(), out.size());
                        out.add(ContactMerge.importInto(existing, imported));
                    } else {
                        out.set(at, ContactMerge.importInto(out.get(at), imported));
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

    private static ImportedContact root(Map<ImportedContact, ImportedContact> parent, ImportedContact c) {
        ImportedContact r = c;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
