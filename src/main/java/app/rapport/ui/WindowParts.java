package app.rapport.ui;

import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Pieces of the window that hold no state of their own: the busy signs and the sample's banner. */
final class WindowParts {

    private WindowParts() {
    }

    /**
     * The sidebar's sign that work is going on in the background, shown once it has taken 400 ms.
     * The busy indicator is made the first time work takes long enough to show it: an animated
     * ProgressIndicator costs time before the first frame and redraws on every pulse.
     */
    static StackPane busyIndicator() {
        StackPane busySlot = new StackPane();
        busySlot.getStyleClass().add("sidebar-busy");
        busySlot.setAlignment(Pos.CENTER_LEFT);
        PauseTransition busyDelay = new PauseTransition(Duration.millis(400));
        busyDelay.setOnFinished(e -> {
            if (Tasks.runningProperty().get() > 0) {
                if (busySlot.getChildren().isEmpty()) {
                    ProgressIndicator busy = new ProgressIndicator();
                    busy.setMaxSize(18, 18);
                    busySlot.getChildren().add(busy);
                }
                busySlot.setVisible(true);
            }
        });
        busySlot.setVisible(false);
        ChangeListener<Number> follow = (o, was, now) -> {
            if (now.intValue() > 0) {
                busyDelay.playFromStart();
            } else {
                busyDelay.stop();
                busySlot.setVisible(false);
            }
        };
        // The count of work running is static and outlives every window: it holds the listener
        // weakly and the slot holds it strongly, or it would keep each window that was ever shown
        // (with its screens and journal) alive.
        busySlot.getProperties().put(ChangeListener.class, follow);
        Tasks.runningProperty().addListener(new WeakChangeListener<>(follow));
        return busySlot;
    }

    /** Always in view while the sample is open, so it is never mistaken for the user's journal. */
    static Node sampleBanner(Runnable backToOwnJournal) {
        Label text = new Label();
        text.textProperty().bind(I18n.bind("sample.banner"));
        text.setId("sample-banner-text");
        text.setGraphic(new FontIcon(Material2AL.INFO));
        text.setStyle("-fx-text-fill: -color-warning-fg; -fx-font-weight: bold;");
        Button back = new Button();
        back.textProperty().bind(I18n.bind("sample.back"));
        back.setId("sample-back");
        back.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        back.setOnAction(e -> backToOwnJournal.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(12, text, spacer, back);
        banner.setId("sample-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setStyle("-fx-background-color: -color-warning-subtle; -fx-padding: 6 12 6 12;"
                + " -fx-border-color: transparent transparent -color-warning-muted transparent;");
        return banner;
    }

    /** A spinner and a line of text over the screen while the sample journal is made. */
    static Node busyOverlay(String key) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(36, 36);
        Label label = new Label();
        label.textProperty().bind(I18n.bind(key));
        VBox box = new VBox(12, progress, label);
        box.setAlignment(Pos.CENTER);
        box.setId("sample-progress");
        box.setStyle("-fx-background-color: -color-bg-default;");
        return box;
    }
}
