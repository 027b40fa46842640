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
        Tasks.run(() -> {
            // Pairs the user said are two people stay apart.
            java.util.Set<Journal.ContactPair> apart = journal.notSamePersonPairs();
            return Duplicates.within(journal.snapshot().contacts(), Progress.NONE).stream()
                    .filter(m -> !apart.contains(pairOf(m))).toList();
        }).onSuccess(pairs::setAll).onFinally(() -> searching.set(false)).start();
    }

    static Journal.ContactPair pairOf(Duplicates.Match m) {
        return Journal.ContactPair.of(m.candidate().id(), m.existing().id());
    }

    /** Merges the pair as reviewed (keeping the first); {@code done} gets the merge for the undo notice. */
    public void merge(Duplicates.Match pair, app.rapport.journal.MergeChoice choice, Consumer<Journal.Merge> done) {
        Tasks.run(() -> journal.mergeContacts(pair.candidate().id(), pair.existing().id(), choice))
                .onSuccess(m -> {
                    done.accept(m);
                    refresh();
                }).start();
    }

    /** Remembers that the two are different people; {@code done} runs when it is stored. */
    public void notSamePerson(Duplicates.Match pair, Runnable done) {
        Tasks.run(() -> journal.markNotSamePerson(pairOf(pair))).onSuccess(v -> {
            done.run();
            refresh();
        }).start();
    }

    public void undoNotSamePerson(Duplicates.Match pair, Runnable done) {
        Tasks.run(() -> journal.unmarkNotSamePerson(pairOf(pair))).onSuccess(v -> {
            done.run();
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
