package app.rapport.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window writes to its log (standard error, and from there a desktop's session log) when
 * something fails: the kind of failure and where it happened, never its message. Messages quote
 * what was being saved or read (a name, an e-mail address, a line of an imported file), and
 * personal data does not belong in a log; the user sees the message in the window.
 */
public final class Logs {

    private Logs() {
    }

    /** Logs {@code error} without the messages of it and its causes. */
    public static void failure(Logger log, Level level, String what, Throwable error) {
        log.log(level, what, withoutMessages(error, 0));
    }

    /** A copy of {@code t} and its causes that keeps their classes and stack traces but no message. */
    static Throwable withoutMessages(Throwable t, int depth) {
        Throwable cause = t.getCause() != null && t.getCause() != t && depth < 16
                ? withoutMessages(t.getCause(), depth + 1) : null;
        Throwable copy = new Kind(t.getClass().getName(), cause);
        copy.setStackTrace(t.getStackTrace());
        for (Throwable s : t.getSuppressed()) {
            if (depth < 16) {
                copy.addSuppressed(withoutMessages(s, depth + 1));
            }
        }
        return copy;
    }

    /** Stands in for a failure of the named class; prints as that name alone. */
    private static final class Kind extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String className;

        Kind(String className, Throwable cause) {
            super(null, cause, true, true);
            this.className = className;
        }

        @Override
        public String toString() {
            return className;
        }
    }
}
