package app.rapport.ui.journal;

import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.Journal;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Suggests contacts under a text field as the user types a name (full-text search, so "muller"
 * finds Müller). Arrow keys move through the suggestions, Enter or a click picks one, Escape
 * closes them. Our own popup rather than ControlsFX's, whose stylesheet does not fit AtlantaFX.
 * Public for the other screens that pick contacts (event attendees and speakers).
 */
public final class ContactCompletion {

    static final int MAX_SUGGESTIONS = 8;

    /** One suggestion: a contact, or (contact null) the offer to create one with the typed name. */
    public record Choice(ContactSummary contact, String newName) {
        static Choice of(ContactSummary c) {
            return new Choice(c, null);
        }

        public boolean isNew() {
            return contact == null;
        }
    }

    private final TextField field;
    private final Supplier<Journal> journal;
    private final Supplier<Set<String>> excludedIds;
    private final boolean offerNewContact;
    private final Consumer<Choice> onPick;
    private final ListView<Choice> list = new ListView<>();
    private final Popup popup = new Popup();
    private long generation;
    private boolean suppressSearch;

    public ContactCompletion(TextField field, Supplier<Journal> journal, Supplier<Set<String>> excludedIds,
                      boolean offerNewContact, Consumer<Choice> onPick) {
        this.field = field;
        this.journal = journal;
        this.excludedIds = excludedIds;
        this.offerNewContact = offerNewContact;
        this.onPick = onPick;

        list.getStyleClass().add("contact-completion");
        list.getStylesheets().add(JournalScreen.STYLESHEET);
        list.setFocusTraversable(false);
        list.setPrefWidth(320);
        list.setFixedCellSize(34);
        list.setCellFactory(l -> new ChoiceCell());
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                pick(list.getSelectionModel().getSelectedItem());
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);

        field.textProperty().addListener((obs, old, now) -> {
            if (!suppressSearch) {
                search(now);
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    ReadOnlyBooleanProperty showingProperty() {
        return popup.showingProperty();
    }

    List<Choice> suggestions() {
        return List.copyOf(list.getItems());
    }

    /** Sets the field's text without opening suggestions (after a pick, or when a filter is reset). */
    public void setTextQuietly(String text) {
        suppressSearch = true;
        try {
            field.setText(text);
            field.positionCaret(text == null ? 0 : text.length());
        } finally {
            suppressSearch = false;
        }
        popup.hide();
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (!popup.isShowing()) {
                    search(field.getText());
                } else {
                    move(+1);
                }
                e.consume();
            }
            case UP -> {
                if (popup.isShowing()) {
                    move(-1);
                    e.consume();
                }
            }
            case ENTER -> {
                Choice chosen = list.getSelectionModel().getSelectedItem();
                if (popup.isShowing() && chosen != null) {
                    pick(chosen);
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    e.consume();
                }
            }
            case TAB -> popup.hide();
            default -> {
            }
        }
    }

    private void move(int delta) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int i = Math.floorMod(list.getSelectionModel().getSelectedIndex() + delta, size);
        list.getSelectionModel().select(i);
        list.scrollTo(i);
    }

    private void pick(Choice choice) {
        popup.hide();
        onPick.accept(choice);
    }

    private void search(String text) {
        long mine = ++generation;
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            popup.hide();
            list.getItems().clear();
            return;
        }
        Set<String> excluded = excludedIds.get();
        Journal j = journal.get();
        Tasks.run(() -> byName(j.contacts(ContactFilter.all().withText(query).withArchived(true)
                        .withLimit(SEARCHED + excluded.size())), query))
                .onSuccess(found -> {
                    if (mine != generation) {
                        return; // the user typed on; a newer search is under way
                    }
                    List<Choice> choices = new ArrayList<>();
                    for (ContactSummary c : found) {
                        if (!excluded.contains(c.id()) && choices.size() < MAX_SUGGESTIONS) {
                            choices.add(Choice.of(c));
                        }
                    }
                    boolean exactMatch = found.stream().anyMatch(c -> c.name().strip().equalsIgnoreCase(query));
                    if (offerNewContact && !exactMatch) {
                        choices.add(new Choice(null, query));
                    }
                    show(choices);
                })
                .start();
    }

    /** How many matches a search looks at before the best {@value #MAX_SUGGESTIONS} are offered. */
    static final int SEARCHED = 60;

    /**
     * Matches whose name starts with what was typed first, then those with a word of the name
     * starting so, then the rest (a match in notes or "how we met"): typing "Luk" and Enter must
     * pick Lukas, not someone "introduced by Lukas".
     */
    static List<ContactSummary> byName(List<ContactSummary> found, String query) {
        String q = app.rapport.journal.TextFolding.fold(query);
        List<ContactSummary> ranked = new ArrayList<>(found);
        ranked.sort(java.util.Comparator.comparingInt(c -> nameRank(app.rapport.journal.TextFolding.fold(c.name()), q)));
        return ranked;
    }

    private static int nameRank(String name, String q) {
        if (name.startsWith(q)) {
            return 0;
        }
        for (String word : name.split("[\\s\\-']+")) {
            if (word.startsWith(q)) {
                return 1;
            }
        }
        return name.contains(q) ? 2 : 3;
    }

    private void show(List<Choice> choices) {
        list.getItems().setAll(choices);
        if (choices.isEmpty() || !field.isFocused() || field.getScene() == null) {
            popup.hide();
            return;
        }
        list.getSelectionModel().select(0);
        list.setPrefHeight(Math.min(choices.size(), MAX_SUGGESTIONS + 1) * list.getFixedCellSize() + 4);
        list.setPrefWidth(Math.max(280, field.getWidth()));
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b == null) {
                return;
            }
            popup.show(field, b.getMinX(), b.getMaxY() + 2);
        }
    }

    /** A suggestion as wide as the list: the name whole, where the person works shortened if need be. */
    private static final class ChoiceCell extends ListCell<Choice> {
        ChoiceCell() {
            setPrefWidth(0); // the list's width, not the row's: no sideways scrolling
        }

        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item.isNew()) {
                setText(null);
                Label label = new Label(I18n.text("capture.newContact", item.newName()));
                label.setGraphic(new FontIcon(Material2MZ.PERSON_ADD));
                setGraphic(label);
            } else {
                Label name = new Label(item.contact().name());
                name.setMinWidth(Label.USE_PREF_SIZE);
                String where = joinNonBlank(item.contact().organization(), item.contact().city());
                Label detail = app.rapport.ui.common.Nodes.mayElide(new Label(where));
                detail.getStyleClass().add("muted");
                detail.setMinWidth(0);
                HBox row = new HBox(8, name, detail);
                row.setMinWidth(0);
                setText(null);
                setGraphic(row);
            }
        }
    }

    static String joinNonBlank(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(" · ");
                }
                sb.append(p.strip());
            }
        }
        return sb.toString();
    }
}
