package app.rapport.ui.common;

import app.rapport.journal.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * Suggestions under a text field as the user types: Up and Down choose, Enter or a click takes
 * one, Escape closes. Suggestions are fetched in the background (newest query wins), so a large
 * journal never stalls typing. Written here rather than ControlsFX's binding, which needs
 * JavaFX internals exported to it.
 */
public final class AutoCompletion<T> {

    private static final int MAX_VISIBLE_ROWS = 8;
    private static final double ROW_HEIGHT = 30;

    private final TextField field;
    private final Function<String, List<T>> provider;
    private final Function<T, String> text;
    private final Consumer<T> onPick;
    private final Popup popup = new Popup();
    private final ListView<T> list = new ListView<>();
    private final LatestTask<List<T>> query;
    private boolean selectFirst = true;
    private boolean picking;

    /**
     * @param provider runs in the background with the typed text, returns suggestions best first
     * @param text     how a suggestion is shown
     * @param onPick   called on the JavaFX thread when the user takes a suggestion
     */
    public AutoCompletion(TextField field, Function<String, List<T>> provider, Function<T, String> text,
                          Consumer<T> onPick) {
        this.field = field;
        this.provider = provider;
        this.text = text;
        this.onPick = onPick;
        this.query = new LatestTask<>(this::show);
        list.getStyleClass().add("auto-completion");
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                pick(item);
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        field.textProperty().addListener((o, was, now) -> {
            if (!picking) {
                request(now);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Whether the first suggestion is preselected, so that Enter takes it (default true). */
    public AutoCompletion<T> selectFirst(boolean value) {
        this.selectFirst = value;
        return this;
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    public List<T> suggestions() {
        return List.copyOf(list.getItems());
    }

    private void request(String typed) {
        if (typed == null || typed.isBlank()) {
            query.cancel();
            hide();
            return;
        }
        query.submit(() -> provider.apply(typed.strip()));
    }

    private void show(List<T> items) {
        if (items.isEmpty() || !field.isFocused() || field.getText().isBlank()) {
            hide();
            return;
        }
        list.getItems().setAll(items);
        list.getSelectionModel().clearSelection();
        if (selectFirst) {
            list.getSelectionModel().selectFirst();
        }
        list.setPrefHeight(Math.min(items.size(), MAX_VISIBLE_ROWS) * ROW_HEIGHT + 2);
        list.setPrefWidth(Math.max(field.getWidth(), 220));
        if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY() + 2);
            }
        }
    }

    public void hide() {
        popup.hide();
    }

    private void onKey(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        switch (e.getCode()) {
            case DOWN -> {
                int i = list.getSelectionModel().getSelectedIndex();
                list.getSelectionModel().clearAndSelect(Math.min(i + 1, list.getItems().size() - 1));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
            case UP -> {
                int i = list.getSelectionModel().getSelectedIndex();
                list.getSelectionModel().clearAndSelect(Math.max(i - 1, 0));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
            case ENTER, TAB -> {
                T item = list.getSelectionModel().getSelectedItem();
                if (item != null) {
                    pick(item);
                    e.consume();
                } else {
                    hide();
                }
            }
            case ESCAPE -> {
                hide();
                e.consume();
            }
            default -> {
            }
        }
    }

    private void pick(T item) {
        hide();
        query.cancel();
        picking = true;
        try {
            onPick.accept(item);
        } finally {
            picking = false;
        }
    }

    /**
     * Suggestions from a fixed list: entries whose words start with the typed text (umlaut-folded,
     * so {@code koln} suggests {@code Köln}), entries that start with it first.
     */
    public static List<String> matching(List<String> candidates, String typed, int limit) {
        String q = TextFolding.fold(typed);
        List<String> starts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String c : candidates) {
            String f = TextFolding.fold(c);
            if (f.startsWith(q)) {
                starts.add(c);
            } else if (f.contains(" " + q) || f.contains("-" + q)) {
                words.add(c);
            }
        }
        starts.addAll(words);
        return starts.size() > limit ? List.copyOf(starts.subList(0, limit)) : starts;
    }
}
