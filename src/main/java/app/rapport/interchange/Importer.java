package app.rapport.interchange;

/**
 * Reads one file format into a journal snapshot. Importers are chosen by the file's content, not
 * its name (see {@link Importers#detect}), so a LinkedIn CSV renamed to .txt still imports.
 */
public interface Importer {

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
