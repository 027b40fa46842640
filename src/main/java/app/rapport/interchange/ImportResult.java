package app.rapport.interchange;

import app.rapport.journal.JournalSnapshot;
import java.util.List;

/**
 * What an importer read: the records to store, what it noticed along the way ({@code warnings}),
 * and the records it could not read ({@code invalid}). An import with invalid records goes ahead
 * only when the user says so: imports are all or nothing unless the user chooses otherwise.
 */
public record ImportResult(JournalSnapshot snapshot, List<ImportProblem> warnings, List<ImportProblem> invalid) {

    public ImportResult {
        warnings = List.copyOf(warnings);
        invalid = List.copyOf(invalid);
    }

    /** A file read completely. */
    public ImportResult(JournalSnapshot snapshot, List<ImportProblem> warnings) {
        this(snapshot, warnings, List.of());
    }
}
