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

    /** Node property that {@link #mayElide} sets; the layout test reads it. */
    public static final String MAY_ELIDE = "rapport.layout.mayElide";

    /**
     * Marks a text that may end in an ellipsis on purpose: free text of the user's in a list row
     * (a title, a place, a note's first line) whose whole text is one click away. Buttons, tabs,
     * labels of our own, names and numbers are never marked: they must fit.
     */
    public static <T extends Node> T mayElide(T node) {
        node.getProperties().put(MAY_ELIDE, Boolean.TRUE);
        return node;
    }

    /**
     * A row of buttons that wraps onto a second line when the window is narrow, each button
     * keeping its whole text.
     */
    public static javafx.scene.layout.FlowPane buttonRow(double gap, Node... nodes) {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(gap, gap, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setPrefWrapLength(0);
        for (Node n : nodes) {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return row;
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

    /**
     * Keeps the same point of the content at the top of the scroll pane when the content changes
     * height. Re-laid out (an item leaves a list, a page is rebuilt), content is shorter for a
     * moment; the scroll pane clamped to that, kept the clamped position, and the page jumped
     * under the pointer. This remembers where the user scrolled to, ignores what the scroll pane
     * does while the height is changing, and goes back there as far as the new height allows.
     */
    public static void keepScrollPlace(ScrollPane scroll, javafx.scene.layout.Region content) {
        double[] top = {0};
        double[] settledHeight = {0};
        boolean[] adjusting = {false};
        java.util.function.DoubleSupplier room = () -> content.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.vvalueProperty().addListener((o, was, now) -> {
            if (!adjusting[0] && content.getHeight() == settledHeight[0]) {
                top[0] = Math.max(0, now.doubleValue() * room.getAsDouble());
            }
        });
        content.heightProperty().addListener((o, was, now) -> {
            settledHeight[0] = now.doubleValue();
            double r = room.getAsDouble();
            adjusting[0] = true;
            scroll.setVvalue(r <= 0 ? 0 : Math.clamp(top[0] / r, 0, 1));
            adjusting[0] = false;
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
