package app.rapport.journal;

/**
 * A record the user edited was changed by someone else (an import on the command line, another
 * window) after the editor loaded it. Nothing was saved: the editor offers to keep the user's
 * version, take the stored one, or merge the two ({@link ThreeWayMerge}).
 */
public class ChangedMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Object current;

    /** {@code current}: the record as stored now, or null when it is gone. */
    public ChangedMeanwhileException(String what, String id, Object current) {
        super("the " + what + " " + id + (current == null ? " was deleted" : " was changed")
                + " after it was loaded for editing");
        this.current = current;
    }

    /** The record as stored now, or null when it was deleted meanwhile. */
    public <T> T current(RecordFields<T> fields) {
        @SuppressWarnings("unchecked")
        T t = (T) current;
        return t;
    }

    public boolean deleted() {
        return current == null;
    }
}
