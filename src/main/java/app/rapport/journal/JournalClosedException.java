package app.rapport.journal;

/**
 * The journal was closed (the window closed it, or opened another) while a read of it was still
 * under way or queued. Nothing is lost and nobody needs telling: the view that asked is gone.
 */
public class JournalClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JournalClosedException(String message) {
        super(message);
    }
}
