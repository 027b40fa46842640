package app.rapport.interchange.contacts;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.Importer;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Progress;
import java.util.List;

/**
 * vCard and CSV address books as an {@link Importer}, so that detection by content finds them
 * next to Rapport JSON. Callers that show a preview (invalid records to skip, duplicates to merge)
 * use {@link ContactFiles} and {@link ImportPreview} directly; this plain form refuses a file with
 * any invalid record and adds every contact as new.
 */
public final class AddressBookImporter implements Importer {

    @Override
    public Kind kind() {
        return Kind.ADDRESS_BOOK;
    }

    @Override
    public List<String> fileEndings() {
        return List.of("vcf", "vcard", "csv");
    }

    @Override
    public String formatName() {
        return "vCard, CSV (LinkedIn, Google, Outlook, Excel)";
    }

    @Override
    public boolean recognizes(byte[] content) {
        return ContactFiles.detect(content).isPresent();
    }

    @Override
    public ImportResult read(byte[] content) throws ImportException {
        AddressBook book;
        try {
            book = ContactFiles.read("", content, Progress.NONE);
        } catch (ImportFailedException e) {
            throw new ImportException(problem(e.problem()));
        }
        if (book.invalidRecords() > 0) {
            throw new ImportException(book.invalid().stream().map(AddressBookImporter::problem).toList(), 0);
        }
        return new ImportResult(new JournalSnapshot(book.contacts().stream().map(ImportedContact::contact).toList(),
                List.of(), List.of()), book.warnings().stream().map(AddressBookImporter::problem).toList());
    }

    /** The same place in the interchange package's terms: cards[2] is card 3. */
    static ImportProblem problem(RecordProblem p) {
        String list = p.recordKind() == null ? null : p.recordKind() + "s";
        return new ImportProblem(list, p.recordKind() == null ? -1 : p.record() - 1, null, p.field(), p.messageKey(),
                p.arguments(), p.line(), 0);
    }
}
