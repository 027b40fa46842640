package app.rapport.interchange;

import java.util.List;

/**
 * A file that cannot be imported, with every problem found (up to a limit). Nothing has been
 * stored when this is thrown.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;
    private final int omitted;

    public ImportException(List<ImportProblem> problems, int omitted) {
        super(problems.isEmpty() ? "import failed" : problems.getFirst().messageKey()
                + (problems.size() > 1 ? " and " + (problems.size() - 1 + omitted) + " more" : ""));
        this.problems = List.copyOf(problems);
        this.omitted = omitted;
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem), 0);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** Problems found beyond those listed, which were not kept. */
    public int omitted() {
        return omitted;
    }
}
