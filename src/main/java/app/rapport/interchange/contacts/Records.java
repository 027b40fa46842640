package app.rapport.interchange.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the records of one file as the readers find them: valid contacts, and for an invalid
 * record every reason, named by the file's own field names.
 */
public final class Records {

    /** Files larger than this are refused before they are read: no address book is that large. */
    public static final long MAX_FILE_BYTES = 128L * 1024 * 1024;
    /** An import stops collecting problems after this many, so a wrong file cannot fill memory. */
    public static final int MAX_PROBLEMS = 1000;

    private final String file;
    private final ContactFormat format;
    private final List<ImportedContact> contacts = new ArrayList<>();
    private final List<RecordProblem> invalid = new ArrayList<>();
    private final List<RecordProblem> warnings = new ArrayList<>();
    private int omitted;

    public Records(String file, ContactFormat format) {
        this.file = file;
        this.format = format;
    }

    public String file() {
        return file;
    }

    /**
     * Adds the contact if it is valid, otherwise its problems (plus {@code extraProblems} found while
     * reading it). {@code fieldNames} maps the domain's field names to the file's.
     */
    public void add(Contact contact, String recordKind, int record, long line, List<RecordProblem> extraProblems,
                    Map<String, String> fieldNames) {
        add(contact, recordKind, record, line, extraProblems, fieldNames, null);
    }

    /** The same for a record that names its id in the Rapport journal that exported it. */
    public void add(Contact contact, String recordKind, int record, long line, List<RecordProblem> extraProblems,
                    Map<String, String> fieldNames, String rapportId) {
        List<RecordProblem> problems = new ArrayList<>(extraProblems);
        for (ValidationException.Problem p : ContactValidator.problems(contact)) {
            // "emails[1]" is the file's second EMAIL: files name fields, not their places in a list.
            String domainField = p.field().replaceFirst("\\[\\d+]$", "");
            String field = fieldNames.getOrDefault(domainField, domainField);
            if (extraProblems.stream().anyMatch(x -> field.equals(x.field()))) {
                continue; // the reader said it better already ("the card has no name")
            }
            problems.add(new RecordProblem(file, recordKind, record, line, field, p.messageKey(),
                    p.argument() == null ? List.of() : List.of(p.argument())));
        }
        if (problems.isEmpty()) {
            contacts.add(new ImportedContact(contact, recordKind, record, line, rapportId));
        } else {
            for (RecordProblem p : problems) {
                if (invalid.size() < MAX_PROBLEMS) {
                    invalid.add(p);
                } else {
                    omitted++;
                }
            }
            invalidRecords++;
        }
    }

    private int invalidRecords;

    public RecordProblem problem(String recordKind, int record, long line, String field, String key, Object... args) {
        return new RecordProblem(file, recordKind, record, line, field, key, List.of(args));
    }

    public void warn(RecordProblem warning) {
        if (warnings.size() < MAX_PROBLEMS) {
            warnings.add(warning);
        }
    }

    public int size() {
        return contacts.size() + invalidRecords;
    }

    public AddressBook build() {
        List<RecordProblem> all = new ArrayList<>(invalid);
        if (omitted > 0) {
            all.add(RecordProblem.ofFile(file, 0, "import.problems.omitted", omitted));
        }
        return new AddressBook(file, format, contacts, all, warnings, invalidRecords);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
