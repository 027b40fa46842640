package app.rapport.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Opening a journal in a test that does not care what day it is: with the system's clock. The app
 * itself has no such shortcut; its one clock is made in {@code Main} and handed down.
 */
public final class TestJournals {

    private TestJournals() {
    }

    /** Opens (creating if needed) the journal in {@code dataDir}, on the system's clock. */
    public static SqliteJournal open(Path dataDir) {
        return SqliteJournal.open(dataDir, Clock.systemDefaultZone());
    }
}
