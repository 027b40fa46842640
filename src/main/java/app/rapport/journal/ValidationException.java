package app.rapport.journal;

import java.util.List;

/** Data that must not be saved, with every problem named by field. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One problem: the field (as in the interchange format) and a message key with its argument. */
    public record Problem(String field, String messageKey, Object argument) {
    }

    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()
                + (p.argument() == null ? "" : " (" + p.argument() + ")")).reduce((x, y) -> x + "; " + y).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
