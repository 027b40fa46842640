package app.rapport.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

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

    /**
     * Gives the control a tooltip with the text of {@code key} (following the language), made the
     * first time the pointer comes over it. A tooltip is a popup control of its own: on a screen of
     * many small icon buttons, such as Today's, making them all up front took half the time of
     * putting the items on screen. Accessible text does not wait: it is set at once. The node must
     * not have a tooltip of its own.
     */
    public static void tooltipOnHover(Node node, String key) {
        node.setAccessibleText(I18n.text(key));
        I18n.onChange(node, () -> node.setAccessibleText(I18n.text(key)));
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(I18n.bind(key));
                if (node instanceof Control c) {
                    if (c.getTooltip() == null) {
                        c.setTooltip(tip);
                    }
                } else {
                    Tooltip.install(node, tip);
                }
            }
        });
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
