package app.rapport.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a user sees as unfinished in a laid-out scene: a label, button or tab whose text is cut
 * with an ellipsis, and a horizontal scroll bar. A node that may shorten its text on purpose (a
 * note's first line with the whole text a click away) says so with {@link #ELIDES}; a pane that is
 * meant to scroll sideways with {@link #SCROLLS_SIDEWAYS}. Call on the JavaFX thread.
 */
public final class LayoutCheck {

    /** Node property: this node's text (or its descendants') may end in an ellipsis by design. */
    public static final String ELIDES = app.rapport.ui.common.Nodes.MAY_ELIDE;
    /** Node property: this scroll pane or list may scroll sideways by design. */
    public static final String SCROLLS_SIDEWAYS = "rapport.layout.scrollsSideways";

    private LayoutCheck() {
    }

    /** One line per problem, naming the node's text and where it sits; empty when the scene is clean. */
    public static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        walk(scene.getRoot(), found, false);
        return found;
    }

    private static void walk(Node node, List<String> found, boolean elides) {
        if (!node.isVisible()) {
            return;
        }
        boolean mayElide = elides || node.getProperties().containsKey(ELIDES);
        if (node instanceof Labeled l && !mayElide && l.getText() != null && !l.getText().isEmpty()) {
            String shown = shownText(l);
            if (shown != null && cut(l, shown)) {
                found.add("cut: \"" + shown + "\" of \"" + l.getText() + "\" in " + path(node));
            }
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                && bar.getWidth() > 0 && bar.getHeight() > 0 && !sidewaysAllowed(bar)) {
            found.add("horizontal scroll bar in " + path(bar));
        }
        if (node instanceof ScrollPane) {
            // The scroll pane's own bars are children of its skin, reached below.
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, found, mayElide);
            }
        }
    }

    private static boolean sidewaysAllowed(Node bar) {
        for (Node n = bar; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(SCROLLS_SIDEWAYS)) {
                return true;
            }
        }
        return false;
    }

    /** The text the skin draws: its LabeledText child, whose text is the clipped one. */
    private static String shownText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    private static boolean cut(Labeled l, String shown) {
        String full = l.getText();
        if (l.isMnemonicParsing()) {
            full = full.replaceFirst("(?<!_)_(?!_)", "").replace("__", "_");
        }
        if (shown.equals(full)) {
            return false;
        }
        String ellipsis = l.getEllipsisString();
        return shown.length() < full.length() || (!ellipsis.isEmpty() && shown.contains(ellipsis) && !full.contains(ellipsis));
    }

    private static String path(Node node) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Node n = node; n != null && depth < 6; n = n.getParent(), depth++) {
            if (!sb.isEmpty()) {
                sb.append(" < ");
            }
            sb.append(n.getClass().getSimpleName());
            if (n.getId() != null) {
                sb.append('#').append(n.getId());
            } else if (!n.getStyleClass().isEmpty()) {
                sb.append('.').append(n.getStyleClass().getFirst());
            }
        }
        return sb.toString();
    }
}
