package app.rapport.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs queries in the background where only the newest answer matters (search as you type,
 * the selected contact). At most one query runs at a time; a query asked for while another runs
 * waits, and only the newest waiting one is run. Answers to superseded queries are dropped, so a
 * slow old answer never overwrites a newer one, and fast typing never queues up work.
 */
public final class LatestTask<T> {

    private final Consumer<T> onResult;
    private Callable<T> waiting;
    private boolean running;
    private long asked;
    private final javafx.beans.property.ReadOnlyBooleanWrapper busy =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    /** {@code onResult} runs on the JavaFX thread with the answer to the newest query. */
    public LatestTask(Consumer<T> onResult) {
        this.onResult = onResult;
    }

    /** Asks for a new answer; call on the JavaFX thread. */
    public void submit(Callable<T> query) {
        asked++;
        if (running) {
            waiting = query;
        } else {
            start(query);
        }
    }

    /** Drops any waiting query and the answer of the running one. */
    public void cancel() {
        asked++;
        waiting = null;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void start(Callable<T> query) {
        running = true;
        busy.set(true);
        long ticket = asked;
        Tasks.run(query)
                .onSuccess(result -> {
                    if (ticket == asked) {
                        onResult.accept(result);
                    }
                })
                .onFinally(this::next)
                .start();
    }

    private void next() {
        running = false;
        Callable<T> q = waiting;
        waiting = null;
        if (q != null) {
            start(q);
        } else {
            busy.set(false);
        }
    }
}
