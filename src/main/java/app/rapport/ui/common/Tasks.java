package app.rapport.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * The one way the UI runs work off the JavaFX thread: storage, import and suggestion work go
 * through here, and a failure always reaches an error handler (the default one shows it).
 *
 * <pre>Tasks.run(() -> journal.contacts(filter)).onSuccess(list::setAll).start();</pre>
 */
public final class Tasks {

    private static final Logger LOG = Logger.getLogger(Tasks.class.getName());
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "rapport-background-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    /** Where tasks run unless they ask for a thread of their own: the shared threads, or a test's. */
    private static volatile Executor executor = EXECUTOR;
    private static final ReadOnlyIntegerWrapper RUNNING = new ReadOnlyIntegerWrapper(0);
    private static volatile Consumer<Throwable> defaultErrorHandler =
            e -> Logs.failure(LOG, Level.SEVERE, "background task failed", e);

    private Tasks() {
    }

    /** How many background tasks are running; the UI shows a busy indicator while it is above 0. */
    public static ReadOnlyIntegerProperty runningProperty() {
        return RUNNING.getReadOnlyProperty();
    }

    /**
     * The executor background work runs on: the shared threads, or what {@link #useExecutor} set.
     * Work a task fans out and waits for (a prefetch, a second comparison) goes here too.
     */
    public static Executor executor() {
        return executor;
    }

    /** Runs every task started from now on on {@code threads} (a test's same-thread executor, say); null: the shared threads. */
    public static void useExecutor(Executor threads) {
        executor = threads == null ? EXECUTOR : threads;
    }

    /** Where failures go when a task sets no handler of its own: the main window shows them. */
    public static void setDefaultErrorHandler(Consumer<Throwable> handler) {
        defaultErrorHandler = Objects.requireNonNull(handler);
    }

    /** The handler failures go to when a task sets none (for a task that handles some and passes the rest on). */
    public static Consumer<Throwable> defaultErrorHandler() {
        return defaultErrorHandler;
    }

    /**
     * A thread of its own for one kind of long, steady work (the network map's layout), so that it
     * starts at once instead of queueing behind the shared threads' loads; pass it to
     * {@link Builder#on}. Its thread is a daemon and runs one task at a time.
     */
    public static Executor ownThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rapport-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    public static <T> Builder<T> run(Callable<T> work) {
        return new Builder<>(work);
    }

    public static Builder<Void> run(Runnable work) {
        return new Builder<>(() -> {
            work.run();
            return null;
        });
    }

    /** Fluent set-up of one background task. Callbacks run on the JavaFX thread. */
    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = v -> { };
        private Consumer<Throwable> onError;
        private Runnable onFinally = () -> { };
        private Executor executor;

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        /** Runs the work on {@code threads} (see {@link #ownThread}) instead of the shared ones. */
        public Builder<T> on(Executor threads) {
            this.executor = Objects.requireNonNull(threads);
            return this;
        }

        public Builder<T> onFinally(Runnable handler) {
            this.onFinally = handler;
            return this;
        }

        /** Submits the work; the returned task can be cancelled or bound to a progress indicator. */
        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            // onFinally comes last, after what succeeded or failed was handled (and even if that threw).
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    finish();
                }
            });
            task.setOnFailed(e -> {
                try {
                    Throwable error = task.getException();
                    if (onError == null && error instanceof app.rapport.journal.JournalClosedException) {
                        return; // a view of a journal closed meanwhile asked: it is gone, nothing to tell
                    }
                    (onError != null ? onError : defaultErrorHandler).accept(error);
                } finally {
                    finish();
                }
            });
            task.setOnCancelled(e -> finish());
            changeRunning(+1);
            (executor != null ? executor : Tasks.executor).execute(task);
            return task;
        }

        private void finish() {
            changeRunning(-1);
            onFinally.run();
        }
    }

    private static void changeRunning(int delta) {
        if (Platform.isFxApplicationThread()) {
            RUNNING.set(RUNNING.get() + delta);
        } else {
            Platform.runLater(() -> RUNNING.set(RUNNING.get() + delta));
        }
    }
}
