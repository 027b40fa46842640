package app.rapport.interchange;

/**
 * Reads one file format into a journal snapshot. Importers are chosen by the file's content, not
 * its name (see {@link Importers#detect}), so a LinkedIn CSV renamed to .txt still imports.
 */
public interface Importer {

    /** What a file of the format holds, which says where it is imported and how. */
    enum Kind {
        /** A whole Rapport journal, imported at once. */
        JOURNAL,
        /** Another program's whole account (Monica), imported as a journal is. */
        ACCOUNT,
        /** Events, imported on the Events screen; importing one again keeps what the user added. */
        CALENDAR,
        /** Contacts with a preview: invalid records to skip, likely duplicates to merge. */
        ADDRESS_BOOK
    }

    Kind kind();

    /** The endings files of the format usually have, without the dot, for the file choosers' filters. */
    java.util.List<String> fileEndings();

    /** A short name of the format for messages, such as {@code Rapport JSON}. */
    String formatName();

    /**
     * Whether the content looks like this format. Only a quick look at the beginning: a file
     * that is recognised may still fail to read.
     */
    boolean recognizes(byte[] content);

    /** Reads the whole file, or reports every problem; never stores anything itself. */
    ImportResult read(byte[] content) throws ImportException;
}
