package app.rapport.ui.common;

import javafx.scene.control.Label;

/** Small rounded labels for tags: interests, offers and seeks each have their own colour. */
public final class Chips {

    private Chips() {
    }

    public static Label chip(String text, String kind) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", kind);
        return chip;
    }
}
