/**
 * Reading and writing whole journals in other formats: Rapport's own JSON interchange format
 * (INTERCHANGE.md), and later vCard, CSV and iCalendar. An {@link app.rapport.interchange.Importer}
 * turns a file into a {@link app.rapport.journal.JournalSnapshot} or reports every problem; the
 * caller stores the snapshot in one transaction.
 */
package app.rapport.interchange;
