package app.rapport.interchange.contacts;

import java.util.List;

/**
 * What an address book file held: the contacts that could be read, the records that could not
 * (each with its reasons; {@code invalidRecords} counts them, as one record may have several
 * problems), and warnings about what was left out of records that were read.
 */
public record AddressBook(String file, ContactFormat format, List<ImportedContact> contacts,
                          List<RecordProblem> invalid, List<RecordProblem> warnings, int invalidRecords) {

    public AddressBook {
        contacts = List.copyOf(contacts);
        invalid = List.copyOf(invalid);
        warnings = List.copyOf(warnings);
    }

    /** Records in the file: the contacts read and the invalid ones. */
    public int records() {
        return contacts.size() + invalidRecords;
    }
}
