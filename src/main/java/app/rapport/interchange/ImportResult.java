package app.rapport.interchange;

import app.rapport.journal.JournalSnapshot;
import java.util.List;

/** What an importer read: the records to store, and what it ignored along the way. */
public record ImportResult(JournalSnapshot snapshot, List<ImportProblem> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
