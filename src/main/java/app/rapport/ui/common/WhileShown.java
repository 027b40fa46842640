package app.rapport.ui.common;

import javafx.scene.Node;

/**
 * Reads a view's data again when the journal or the language changes, but only while the view is
 * on a window that shows; otherwise once it is shown again. A view of a closed window (and its
 * closed journal), kept until collected, thus never reads for nobody.
 */
public final class WhileShown {

    private final Node view;
    private final Runnable refresh;
    private boolean stale;

    private WhileShown(Node view, Runnable refresh) {
        this.view = view;
        this.refresh = refresh;
    }

    /** Refreshes {@code view} on journal changes and language switches while it is shown. */
    public static void refreshOnChanges(Node view, AppContext app, Runnable refresh) {
        WhileShown w = new WhileShown(view, refresh);
        app.journalRevision().addListener((o, was, now) -> w.request());
        I18n.onChange(view, w::request);
        view.sceneProperty().addListener((o, was, now) -> {
            if (now != null && w.stale) {
                w.stale = false;
                refresh.run();
            }
        });
    }

    private void request() {
        var scene = view.getScene();
        if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
            stale = false;
            refresh.run();
        } else {
            stale = true;
        }
    }
}
