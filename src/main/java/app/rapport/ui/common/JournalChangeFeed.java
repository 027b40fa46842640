package app.rapport.ui.common;

import app.rapport.journal.Journal;
import app.rapport.journal.JournalChanges;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Hands a journal's announced changes to the JavaFX thread: however many writes commit before the
 * thread gets to it, {@code changed} runs once for them, after the last commit it has heard of.
 * Screens thus reload after every change wherever it was made, without anyone calling for it.
 */
public final class JournalChangeFeed implements AutoCloseable {

    private final AtomicBoolean pending = new AtomicBoolean();
    private final JournalChanges.Subscription subscription;

    private JournalChangeFeed(Journal journal, Runnable changed) {
        subscription = journal.changes().subscribe(revision -> {
            if (pending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    pending.set(false);
                    changed.run();
                });
            }
        });
    }

    /** Runs {@code changed} on the JavaFX thread after changes to {@code journal}, coalesced. */
    public static JournalChangeFeed follow(Journal journal, Runnable changed) {
        return new JournalChangeFeed(journal, changed);
    }

    @Override
    public void close() {
        subscription.close();
    }
}
