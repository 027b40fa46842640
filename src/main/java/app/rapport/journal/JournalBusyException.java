package app.rapport.journal;

/**
 * Another program (an import on the command line, another Rapport) kept the journal locked for
 * writing longer than Rapport waits for it. Nothing was changed: the same save can be tried again.
 * The window keeps the form open and says so (message key {@code journal.busy}); the command
 * line prints the same sentence.
 */
public class JournalBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JournalBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
