package app.rapport.journal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * What a journal announces after each committed change, its own writes and a restore alike: the
 * revision, one up per change. Listeners are called on the thread that wrote, after the commit
 * and outside the journal's locks; they should hand the news on (to the JavaFX thread, say) and
 * return. Changes other programs make to the file are not announced here.
 */
public final class JournalChanges {

    /** Stops the listener hearing of further changes. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong revision = new AtomicLong();

    /** {@code listener} hears every change committed from now on, with its revision. */
    public Subscription subscribe(LongConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The number of changes committed since the journal was opened. */
    public long revision() {
        return revision.get();
    }

    /**
     * Called by the journal when it closes: nothing more will change, and listeners let go, so a
     * closed journal kept somewhere (a cache keyed by journal) does not keep its windows alive.
     */
    public void closed() {
        listeners.clear();
    }

    /** Called by the journal after a change was committed. */
    public void committed() {
        long now = revision.incrementAndGet();
        for (LongConsumer l : listeners) {
            l.accept(now);
        }
    }
}
