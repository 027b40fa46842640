package app.rapport.interchange.json;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.Importer;
import app.rapport.interchange.Importers;

/** Rapport's own JSON interchange format (INTERCHANGE.md). */
public final class JsonImporter implements Importer {

    @Override
    public Kind kind() {
        return Kind.JOURNAL;
    }

    @Override
    public java.util.List<String> fileEndings() {
        return java.util.List.of("json");
    }

    @Override
    public String formatName() {
        return "Rapport JSON";
    }

    /**
     * Any JSON object: a JSON file of another kind is then refused by the reader with a message
     * that says so, which is clearer than "unknown format".
     */
    @Override
    public boolean recognizes(byte[] content) {
        int i = Importers.firstSignificantByte(content);
        return i < content.length && content[i] == '{';
    }

    @Override
    public ImportResult read(byte[] content) throws ImportException {
        return JsonJournalReader.read(content);
    }
}
