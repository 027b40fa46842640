package app.rapport.interchange.monica;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.Importer;
import app.rapport.interchange.Importers;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * The JSON export of a Monica account (Monica 4's "Export data → JSON"): contacts, activities,
 * calls, relationships, gifts, debts and reminders, read into a journal that is imported whole.
 */
public final class MonicaJsonImporter implements Importer {

    private final ZoneId zone;

    /** With the time zone in which a day without a time (an activity's) is placed. */
    public MonicaJsonImporter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Kind kind() {
        return Kind.ACCOUNT;
    }

    @Override
    public java.util.List<String> fileEndings() {
        return java.util.List.of("json");
    }

    @Override
    public String formatName() {
        return "Monica JSON";
    }

    /** A JSON object whose first lines name Monica's export version, app version and account. */
    @Override
    public boolean recognizes(byte[] content) {
        int i = Importers.firstSignificantByte(content);
        if (i >= content.length || content[i] != '{') {
            return false;
        }
        String head = new String(content, i, Math.min(content.length - i, 4096), StandardCharsets.UTF_8);
        return MonicaAccountReader.looksLikeMonica(head);
    }

    @Override
    public ImportResult read(byte[] content) throws ImportException {
        return MonicaAccountReader.read(content, zone);
    }
}
