package app.rapport.ui.journal;

import app.rapport.journal.Encounter;
import app.rapport.ui.common.I18n;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One to five stars, or none. Click a star to set the rating, click it again to clear it; with the
 * keyboard, 1-5 set it, 0 or Delete clear it and the arrow keys step.
 */
final class StarRating extends HBox {

    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>(this, "rating");

    StarRating() {
        super(2);
        getStyleClass().add("star-rating");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        for (int i = 1; i <= Encounter.MAX_RATING; i++) {
            int value = i;
            Button star = new Button();
            star.getStyleClass().addAll("flat", "button-icon", "star");
            star.setFocusTraversable(false);
            star.setId("star-" + value);
            star.setOnAction(e -> {
                requestFocus();
                rating.set(Integer.valueOf(value).equals(rating.get()) ? null : value);
            });
            getChildren().add(star);
        }
        rating.addListener((obs, old, now) -> redraw());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        redraw();
    }

    ObjectProperty<Integer> ratingProperty() {
        return rating;
    }

    private void onKey(KeyEvent e) {
        Integer r = rating.get();
        int current = r == null ? 0 : r;
        switch (e.getCode()) {
            case DIGIT0, NUMPAD0, DELETE, BACK_SPACE -> rating.set(null);
            case DIGIT1, NUMPAD1 -> rating.set(1);
            case DIGIT2, NUMPAD2 -> rating.set(2);
            case DIGIT3, NUMPAD3 -> rating.set(3);
            case DIGIT4, NUMPAD4 -> rating.set(4);
            case DIGIT5, NUMPAD5 -> rating.set(5);
            case RIGHT, UP -> rating.set(Math.min(Encounter.MAX_RATING, current + 1));
            case LEFT, DOWN -> rating.set(current <= 1 ? null : current - 1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void redraw() {
        Integer r = rating.get();
        int current = r == null ? 0 : r;
        for (int i = 0; i < getChildren().size(); i++) {
            Button star = (Button) getChildren().get(i);
            boolean filled = i < current;
            FontIcon icon = new FontIcon(filled ? Material2MZ.STAR : Material2MZ.STAR_BORDER);
            icon.getStyleClass().add(filled ? "star-filled" : "star-empty");
            star.setGraphic(icon);
            star.setAccessibleText(I18n.text("capture.rating.star", i + 1));
        }
        setAccessibleText(r == null ? I18n.text("capture.rating.none")
                : I18n.text("journal.rating.accessible", r, Encounter.MAX_RATING));
    }
}
