package app.rapport.cli;

/**
 * A command could not do its work for a reason the user can act on; the message says what and
 * where, in the user's language, and is printed without a stack trace (exit code 1).
 */
public class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CliFailure(String message) {
        super(message);
    }

    public CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
