package app.rapport.interchange.contacts;

import app.rapport.journal.Contact;

/** One contact read from a file, with where it came from (for messages and the preview). */
public record ImportedContact(Contact contact, String recordKind, int record, long line) {
}
