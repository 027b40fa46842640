package app.rapport.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Small helpers for node trees. */
public final class Nodes {

    private Nodes() {
    }

    /** Scrolls the nearest enclosing scroll pane so that the node is in view; does nothing if it is. */
    public static void scrollIntoView(Node node) {
        ScrollPane scroll = enclosingScrollPane(node);
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        double margin = 16;
        double newTop = top;
        if (b.getMinY() - margin < top) {
            newTop = b.getMinY() - margin;
        } else if (b.getMaxY() + margin > top + viewHeight) {
            newTop = b.getMaxY() + margin - viewHeight;
        }
        scroll.setVvalue(Math.clamp(newTop / (contentHeight - viewHeight), 0.0, 1.0));
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }
}
