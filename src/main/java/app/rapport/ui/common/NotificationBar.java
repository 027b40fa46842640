package app.rapport.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The bar at the bottom of a window that says what just happened, with Undo where it can be undone.
 * It hides by itself after a while (longer with Undo: reading, then deciding), stays while the
 * pointer is on it, and a language switch retires it (its text was of that moment's language).
 *
 * <p>Built on the first message: its icons load Ikonli's fonts, which a first frame does not need.
 * Each window that acts shows its own, so that Undo is where the user just clicked.
 */
public final class NotificationBar {

    static final Duration TIME = Duration.seconds(10);
    static final Duration UNDO_TIME = Duration.seconds(20);

    private final BorderPane host;
    private final HBox bar = new HBox();
    private final Label text = new Label();
    private final Button undoButton = new Button();
    private final PauseTransition timer = new PauseTransition(TIME);
    private Runnable pendingUndo;

    /** A bar that will show at the bottom of {@code host}. */
    public NotificationBar(BorderPane host) {
        this.host = host;
    }

    /** Shows the text; {@code undo} (may be null) runs when the user clicks Undo. */
    public void show(String message, Runnable undo) {
        if (host.getBottom() != bar) {
            build();
            host.setBottom(bar);
        }
        text.setText(message);
        pendingUndo = undo;
        undoButton.setVisible(undo != null);
        undoButton.setManaged(undo != null);
        bar.setVisible(true);
        timer.setDuration(undo != null ? UNDO_TIME : TIME);
        timer.playFromStart();
    }

    /** Hides the bar (and forgets its Undo) if it shows. */
    public void hide() {
        timer.stop();
        pendingUndo = null;
        bar.setVisible(false);
    }

    /** What the bar says now, or null when it is hidden. */
    public String text() {
        return host.getBottom() == bar && bar.isVisible() ? text.getText() : null;
    }

    private void build() {
        if (!bar.getChildren().isEmpty()) {
            return;
        }
        bar.getStyleClass().add("notification-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setSpacing(12);
        text.getStyleClass().add("notification-text");
        text.setId("notification-text");
        undoButton.textProperty().bind(I18n.bind("notification.undo"));
        undoButton.setId("notification-undo");
        undoButton.getStyleClass().add("flat");
        undoButton.setGraphic(new FontIcon(Material2MZ.UNDO));
        undoButton.setOnAction(e -> {
            Runnable undo = pendingUndo;
            hide();
            if (undo != null) {
                undo.run();
            }
        });
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.getStyleClass().addAll("flat", "notification-close");
        close.accessibleTextProperty().bind(I18n.bind("notification.close"));
        close.setOnAction(e -> hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().setAll(text, spacer, undoButton, close);
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        timer.setOnFinished(e -> hide());
        I18n.onChange(bar, () -> {
            if (bar.isVisible()) {
                hide();
            }
        });
        bar.setOnMouseEntered(e -> timer.pause());
        bar.setOnMouseExited(e -> {
            if (bar.isVisible()) {
                timer.play();
            }
        });
    }
}
