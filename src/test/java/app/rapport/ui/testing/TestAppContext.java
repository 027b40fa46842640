package app.rapport.ui.testing;

import app.rapport.journal.Journal;
import app.rapport.ui.common.AppContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.stage.Window;

/**
 * The main window's part for screen and dialog tests: a real journal, a window, and a record of
 * what the screen asked the window to do (notices, contacts shown, quick captures, imports and
 * new contacts).
 */
public final class TestAppContext implements AppContext {

    public record Notice(String text, Runnable undo) {
    }

    private final Journal journal;
    private final Window window;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    public final List<Notice> notices = new CopyOnWriteArrayList<>();
    public final List<String> shownContacts = new CopyOnWriteArrayList<>();
    public final List<List<String>> quickCaptures = new CopyOnWriteArrayList<>();
    /** How often a screen asked for the import dialog (Shortcut+I in the window). */
    public final AtomicInteger importRequests = new AtomicInteger();
    /** How often a screen asked for a new contact (Shortcut+N in the window). */
    public final AtomicInteger newContactRequests = new AtomicInteger();
    /** What quick capture does when asked; by default it is only recorded. */
    public Consumer<List<String>> quickCapture = ids -> { };

    public TestAppContext(Journal journal, Window window) {
        this.journal = journal;
        this.window = window;
        // As the main window does: the journal's own changes move the revision.
        // Held weakly: a test's journal outlives the contexts made on it, and their screens must
        // stay collectable (the main window lives as long as its journals, so it holds on).
        if (journal != null) {
            var self = new java.lang.ref.WeakReference<>(this);
            app.rapport.ui.common.JournalChangeFeed.follow(journal, () -> {
                TestAppContext ctx = self.get();
                if (ctx != null) {
                    ctx.journalChanged();
                }
            });
        }
    }

    @Override
    public Journal journal() {
        return journal;
    }

    @Override
    public Window window() {
        return window;
    }

    private java.time.Clock clock = java.time.Clock.systemDefaultZone();

    /** Screens made after this see {@code fixed} as today and now. */
    public TestAppContext useClock(java.time.Clock fixed) {
        this.clock = fixed;
        return this;
    }

    @Override
    public java.time.Clock clock() {
        return clock;
    }

    @Override
    public ReadOnlyLongProperty journalRevision() {
        return revision.getReadOnlyProperty();
    }

    @Override
    public void journalChanged() {
        revision.set(revision.get() + 1);
    }

    @Override
    public void showContact(String contactId) {
        shownContacts.add(contactId);
    }

    @Override
    public void quickCapture(List<String> participantIds) {
        quickCaptures.add(List.copyOf(participantIds));
        quickCapture.accept(participantIds);
    }

    @Override
    public void importContacts() {
        importRequests.incrementAndGet();
    }

    @Override
    public void newContact() {
        newContactRequests.incrementAndGet();
    }

    @Override
    public void notify(String text, Runnable undo) {
        notices.add(new Notice(text, undo));
    }
}
