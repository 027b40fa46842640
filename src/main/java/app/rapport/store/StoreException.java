package app.rapport.store;

/** Reading or writing the journal file failed; the transaction was rolled back. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
