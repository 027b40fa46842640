package app.rapport.ui.common;

import app.rapport.journal.ChangedMeanwhileException;
import app.rapport.journal.Journal;
import app.rapport.journal.RecordFields;
import app.rapport.journal.ThreeWayMerge;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;

/**
 * How an editor stores what the user edited from a loaded version: in the background, the form
 * open until it is stored. When the record was changed elsewhere meanwhile (an import on the
 * command line), the user chooses in a {@link ConflictDialog} and the choice is saved; any other
 * failure (a journal another program keeps busy) goes to the editor, which keeps the form open and
 * says why. Callbacks run on the JavaFX thread.
 *
 * <pre>new EditorSave&lt;&gt;(RecordFields.EVENT, journal::saveEvent).named(Event::name)
 *     .onSaved(this::close).onProblem(e -&gt; message.set(...)).save(edited, loaded);</pre>
 */
public final class EditorSave<T> {

    private final RecordFields<T> fields;
    private final BiFunction<T, T, T> store;
    private Supplier<Window> owner = () -> null;
    private Function<T, String> name = Object::toString;
    private Map<String, String> labels = Map.of();
    private Journal namesFrom;
    private Function<T, Collection<String>> contactIds = t -> List.of();
    private Consumer<T> onSaved = t -> { };
    private Runnable onDropped = () -> { };
    private Consumer<Throwable> onProblem = e -> { };
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");

    /** {@code store} saves its first argument, refusing when the stored record no longer equals its second. */
    public EditorSave(RecordFields<T> fields, BiFunction<T, T, T> store) {
        this.fields = fields;
        this.store = store;
    }

    /** The window the conflict dialog belongs to (asked when it opens). */
    public EditorSave<T> owner(Supplier<Window> window) {
        this.owner = window;
        return this;
    }

    /** The record in the user's words, for the conflict dialog's question; {@code labels}: message keys by field name. */
    public EditorSave<T> named(Function<T, String> recordName, Map<String, String> fieldLabels) {
        this.name = recordName;
        this.labels = fieldLabels;
        return this;
    }

    /** The contacts a version names by id, shown by name in the conflict dialog (looked up in {@code journal}). */
    public EditorSave<T> namingContacts(Journal journal, Function<T, Collection<String>> ids) {
        this.namesFrom = journal;
        this.contactIds = ids;
        return this;
    }

    public EditorSave<T> onSaved(Consumer<T> handler) {
        this.onSaved = handler;
        return this;
    }

    /** The user took the stored version: their edit is dropped and the editor closes. */
    public EditorSave<T> onDropped(Runnable handler) {
        this.onDropped = handler;
        return this;
    }

    /** The save failed for another reason (the journal is busy, a value is refused); the form stays open. */
    public EditorSave<T> onProblem(Consumer<Throwable> handler) {
        this.onProblem = handler;
        return this;
    }

    /** True while a save runs: the editor's save button waits. */
    public BooleanProperty savingProperty() {
        return saving;
    }

    /** Stores {@code mine}, edited from {@code base} (null: a new record). */
    public void save(T mine, T base) {
        saving.set(true);
        Tasks.run(() -> store.apply(mine, base))
                .onSuccess(stored -> {
                    saving.set(false);
                    onSaved.accept(stored);
                })
                .onError(e -> {
                    if (e instanceof ChangedMeanwhileException changed) {
                        changedMeanwhile(mine, base, changed.current(fields));
                    } else {
                        saving.set(false);
                        onProblem.accept(e);
                    }
                })
                .start();
    }

    private void changedMeanwhile(T mine, T base, T theirs) {
        if (namesFrom == null) {
            ask(mine, base, theirs, ConflictDialog::describe);
            return;
        }
        Set<String> ids = new HashSet<>();
        for (T version : new HashSet<>(java.util.Arrays.asList(base, mine, theirs))) {
            if (version != null) {
                ids.addAll(contactIds.apply(version));
            }
        }
        Journal journal = namesFrom;
        Tasks.run(() -> journal.contactNames(ids))
                .onSuccess(names -> ask(mine, base, theirs, value -> ConflictDialog.describe(named(value, names))))
                .onError(e -> ask(mine, base, theirs, ConflictDialog::describe))
                .start();
    }

    private static Object named(Object value, Map<String, String> names) {
        if (value instanceof String id && names.containsKey(id)) {
            return names.get(id);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(x -> named(x, names)).toList();
        }
        return value;
    }

    private void ask(T mine, T base, T theirs, Function<Object, String> describe) {
        saving.set(false);
        ConflictDialog.Choice choice = new ConflictDialog(owner.get(), Objects.toString(name.apply(mine), ""), fields,
                base, mine, theirs, labels, describe).ask();
        switch (choice) {
            case MERGE -> save(ThreeWayMerge.merge(fields, base, mine, theirs), theirs);
            case MINE -> save(mine, theirs);
            case THEIRS -> onDropped.run();
            case BACK -> { }
        }
    }
}
