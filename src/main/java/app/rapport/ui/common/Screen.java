package app.rapport.ui.common;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One entry of the main window's sidebar. Built once, shown and hidden as the user navigates. */
public interface Screen {

    /** Message key of the sidebar label and window title part. */
    String titleKey();

    Ikon icon();

    /** The screen's root node; called once. */
    Node view();

    /** Called each time the screen becomes visible: reload what may have changed. */
    void onShow();

    /**
     * Moves the keyboard focus to the screen's search field (Shortcut+F). Screens without one do
     * nothing; the main window then goes to Contacts and searches there.
     */
    default void focusSearch() {
    }
}
