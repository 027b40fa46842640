package app.rapport.interchange.contacts;

/**
 * A file that cannot be imported at all: empty, not text, not an address book, too large, or
 * broken beyond the record level. Nothing has been stored when this is thrown.
 */
public class ImportFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient RecordProblem problem;

    public ImportFailedException(RecordProblem problem) {
        super(problem.file() + ": " + problem.messageKey() + " " + problem.arguments());
        this.problem = problem;
    }

    public RecordProblem problem() {
        return problem;
    }
}
