package app.rapport.journal;

import java.util.concurrent.CancellationException;

/**
 * Reports how far a long operation (an import, a duplicate search) has got, and lets the user
 * stop it. An operation that sees {@link #cancelled()} stops with a {@link CancellationException}
 * and leaves nothing written.
 */
public interface Progress {

    /** For callers that neither show progress nor cancel. */
    Progress NONE = new Progress() {
        @Override
        public void update(String step, long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * @param step  what is being done, a short stable word such as {@code read}, {@code compare},
     *              {@code save}, which the caller may translate
     * @param done  units done so far
     * @param total units in all, or -1 when unknown
     */
    void update(String step, long done, long total);

    boolean cancelled();

    /** Throws when the user has cancelled; call it between units of work. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
