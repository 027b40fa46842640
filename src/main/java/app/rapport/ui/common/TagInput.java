package app.rapport.ui.common;

import app.rapport.journal.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Tags as removable chips followed by a field to type the next one. Enter or a comma adds what
 * was typed, Backspace in the empty field removes the last chip; suggestions come from the tags
 * already used in the journal.
 */
public final class TagInput extends FlowPane {

    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final TextField field = new TextField();
    private final String chipStyle;

    /**
     * @param chipStyle  extra style class of the chips ({@code interests}, {@code offers}, {@code seeks})
     * @param knownTags  tags already used (read in the background when suggestions are needed)
     */
    public TagInput(String chipStyle, Supplier<List<String>> knownTags) {
        this.chipStyle = chipStyle;
        getStyleClass().add("tag-input");
        setHgap(4);
        setVgap(4);
        field.getStyleClass().add("tag-input-field");
        field.setPrefColumnCount(10);
        new AutoCompletion<String>(field,
                typed -> AutoCompletion.matching(knownTags.get(), typed, 8).stream()
                        .filter(t -> tags.stream().noneMatch(x -> Tags.normalize(x).equals(Tags.normalize(t))))
                        .toList(),
                t -> t,
                t -> {
                    add(t);
                    field.clear();
                }).selectFirst(false);
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !field.getText().isBlank()) {
                commitTyped();
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && field.getText().isEmpty() && !tags.isEmpty()) {
                tags.removeLast();
                e.consume();
            }
        });
        // A comma ends a tag. Handled inside the change itself, not put off with runLater: keys
        // typed fast (or queued while the window was busy) arrive before anything put off, and the
        // field was then reset to an older text, losing or moving the letters typed meanwhile.
        field.setTextFormatter(new TextFormatter<String>(this::splitAtCommas));
        // Typed text that was never confirmed still counts when the field loses focus.
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitTyped();
            }
        });
        setOnMouseClicked(e -> field.requestFocus());
        getChildren().add(field);
        tags.addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    /** Turns what stands before the last comma of a change into chips; the field keeps the rest. */
    private TextFormatter.Change splitAtCommas(TextFormatter.Change change) {
        String next = change.getControlNewText();
        int last = next.lastIndexOf(',');
        if (last < 0) {
            return change;
        }
        for (String part : next.substring(0, last).split(",")) {
            add(part);
        }
        String rest = next.substring(last + 1);
        int caret = Math.clamp(change.getCaretPosition() - (last + 1L), 0, rest.length());
        change.setRange(0, change.getControlText().length());
        change.setText(rest);
        change.selectRange(caret, caret);
        return change;
    }

    private void commitTyped() {
        if (!field.getText().isBlank()) {
            add(field.getText());
            field.clear();
        }
    }

    /** Adds a tag unless one that normalises alike is there already. */
    public void add(String tag) {
        List<String> cleaned = Tags.clean(List.of(tag));
        if (cleaned.isEmpty()) {
            return;
        }
        String t = cleaned.getFirst();
        if (tags.stream().noneMatch(x -> Tags.normalize(x).equals(Tags.normalize(t)))) {
            tags.add(t);
        }
    }

    /** The tags shown, including what is typed but not yet confirmed. */
    public List<String> value() {
        List<String> all = new ArrayList<>(tags);
        if (!field.getText().isBlank()) {
            all.add(field.getText());
        }
        return Tags.clean(all);
    }

    public ObservableList<String> getTags() {
        return tags;
    }

    public TextField field() {
        return field;
    }

    /** Redraws the chips before the field; the field itself stays, so it keeps the focus and its text. */
    private void rebuild() {
        List<Node> chips = new ArrayList<>();
        for (String t : tags) {
            chips.add(removableChip(t));
        }
        getChildren().remove(0, getChildren().indexOf(field));
        getChildren().addAll(0, chips);
    }

    private Node removableChip(String tag) {
        Label label = new Label(tag);
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.getStyleClass().addAll("chip-remove", "flat");
        remove.setFocusTraversable(false);
        remove.accessibleTextProperty().bind(I18n.bind("tags.remove", tag));
        remove.setOnAction(e -> tags.remove(tag));
        HBox chip = new HBox(2, label, remove);
        chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chip.getStyleClass().addAll("chip", chipStyle);
        return chip;
    }
}
