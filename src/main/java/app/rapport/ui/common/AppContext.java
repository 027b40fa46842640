package app.rapport.ui.common;

import app.rapport.journal.Journal;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.stage.Window;

/**
 * What a screen may use from the application around it: the journal, the window, and navigation
 * between screens. The main window implements it; tests can provide their own.
 */
public interface AppContext {

    Journal journal();

    /** Owner for dialogs. */
    Window window();

    /** What "today" and "now" are for every screen: the system's clock, a fixed one in tests. */
    java.time.Clock clock();

    /**
     * Goes up after every change to the journal (on the JavaFX thread): those the journal announces
     * ({@link app.rapport.journal.Journal#changes()}, coalesced) and those of other programs; screens
     * listen and reload what they show.
     */
    ReadOnlyLongProperty journalRevision();

    /**
     * Moves the revision for a change the journal cannot announce: another program's write to the
     * file. Writes through the journal need no call; it announces them itself.
     */
    void journalChanged();

    /**
     * The folder of the journal shown (where unfinished exports are noted, so that the next start
     * removes what a killed one left), or null when there is none.
     */
    default java.nio.file.Path dataFolder() {
        return null;
    }

    /** Navigates to the Contacts screen and selects the contact. */
    void showContact(String contactId);

    /** Navigates to the Introductions screen and selects the introduction. */
    default void showIntroduction(String introductionId) {
    }

    /**
     * Opens a generated sample journal in its own folder, in place of the (empty) journal of the
     * user, with a banner that leads back. Nothing of it is mixed into the user's journal.
     */
    default void exploreSampleJournal() {
    }

    /** Opens the import dialog with its file chooser, as Shortcut+I does. */
    void importContacts();

    /** Goes to Contacts and opens the editor for a new contact, as Shortcut+N does. */
    void newContact();

    /** Opens quick capture of an encounter with these participants preselected (may be empty). */
    void quickCapture(List<String> participantIds);

    /** A short message at the bottom of the window, optionally with an Undo action. */
    void notify(String text, Runnable undo);
}
