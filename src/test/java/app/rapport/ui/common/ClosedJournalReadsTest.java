package app.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.ContactFilter;
import app.rapport.journal.JournalClosedException;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.Fx;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view still on screen (or not yet collected) when its journal closes may ask it for data, for
 * example on a language switch: that read fails quietly instead of showing an error about a journal
 * the user has left. Any other failure is still shown.
 */
class ClosedJournalReadsTest {

    @TempDir
    Path dir;

    private final List<Throwable> shown = new CopyOnWriteArrayList<>();
    private Consumer<Throwable> before;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test class started it.
        }
    }

    @AfterEach
    void restoreHandler() {
        if (before != null) {
            Tasks.setDefaultErrorHandler(before);
        }
    }

    @Test
    void aReadOfAClosedJournalIsNotShownButOtherFailuresAre() {
        SqliteJournal journal = TestJournals.open(dir);
        journal.close();
        assertThrows(JournalClosedException.class, () -> journal.contacts(ContactFilter.all()),
                "a read after closing says the journal is closed, not that the database failed");

        before = Tasks.defaultErrorHandler();
        Tasks.setDefaultErrorHandler(shown::add);
        AtomicBoolean finished = new AtomicBoolean();
        Fx.run(() -> Tasks.run(() -> journal.contacts(ContactFilter.all())).onFinally(() -> finished.set(true)).start());
        Fx.waitUntil("the read is over", finished::get);
        assertEquals(List.of(), shown);

        AtomicBoolean failed = new AtomicBoolean();
        Fx.run(() -> Tasks.run(() -> {
            throw new IllegalStateException("disk full");
        }).onFinally(() -> failed.set(true)).start());
        Fx.waitUntil("the other task is over", failed::get);
        Fx.waitUntil("its failure is shown", () -> !shown.isEmpty());
        assertTrue(shown.getFirst().getMessage().contains("disk full"), shown.toString());
    }
}
