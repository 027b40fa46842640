package app.rapport.ui.duplicates;

import app.rapport.journal.Duplicates;
import app.rapport.journal.Journal;
import app.rapport.journal.Progress;
import app.rapport.ui.common.Tasks;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Possible duplicates": pairs of contacts that look like one person, found in the background,
 * merged on request (the first of the pair is kept) and undone from the notice.
 */
public final class DuplicatesViewModel {

    private final Journal journal;
    private final ObservableList<Duplicates.Match> pairs = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty();

    public DuplicatesViewModel(Journal journal) {
        this.journal = journal;
    }

    public ObservableList<Duplicates.Match> pairs() {
        return pairs;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public void refresh() {
        searching.set(true);
        Tasks.run(() -> Duplicates.within(journal.snapshot().contacts(), Progress.NONE))
                .onSuccess(pairs::setAll).onFinally(() -> searching.set(false)).start();
    }

    /** Merges the pair (keeping the first); {@code done} gets the merge for the undo notice. */
    public void merge(Duplicates.Match pair, Consumer<Journal.Merge> done) {
        Tasks.run(() -> journal.mergeContacts(pair.candidate().id(), pair.existing().id()))
                .onSuccess(m -> {
                    done.accept(m);
                    refresh();
                }).start();
    }

    public void undo(Journal.Merge merge, Runnable done) {
        Tasks.run(() -> journal.undoMerge(merge.id())).onSuccess(v -> {
            done.run();
            refresh();
        }).start();
    }
}
