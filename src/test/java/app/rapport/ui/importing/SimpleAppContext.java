package app.rapport.ui.importing;

import app.rapport.journal.Journal;
import app.rapport.ui.common.AppContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.stage.Window;

/** The main window's part for dialog tests: a real journal, a window, and the notices shown. */
public final class SimpleAppContext implements AppContext {

    public record Notice(String text, Runnable undo) {
    }

    private final Journal journal;
    private final Window window;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    public final List<Notice> notices = new CopyOnWriteArrayList<>();

    public SimpleAppContext(Journal journal, Window window) {
        this.journal = journal;
        this.window = window;
    }

    @Override
    public Journal journal() {
        return journal;
    }

    @Override
    public Window window() {
        return window;
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
    }

    @Override
    public void quickCapture(List<String> participantIds) {
    }

    @Override
    public void notify(String text, Runnable undo) {
        notices.add(new Notice(text, undo));
    }
}
