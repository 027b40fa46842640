package app.rapport.interchange.contacts;

import app.rapport.journal.Contact;

/**
 * One contact read from a file, with where it came from (for messages and the preview), and the
 * id it had in the Rapport journal that exported it, if the file says (a vCard's
 * {@code UID:urn:rapport:…}); null otherwise.
 */
public record ImportedContact(Contact contact, String recordKind, int record, long line, String rapportId) {

    public ImportedContact(Contact contact, String recordKind, int record, long line) {
        this(contact, recordKind, record, line, null);
    }
}
