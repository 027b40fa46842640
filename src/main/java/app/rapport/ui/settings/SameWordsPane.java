package app.rapport.ui.settings;

import app.rapport.journal.Tags;
import app.rapport.journal.Teachings;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.common.WhileShown;
import app.rapport.ui.introductions.IntroductionsViewModel;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Words Rapport treats as the same: the user's own synonyms beside the shipped concept list (and
 * the words they said are different), stored in the journal and used by the introductions at once.
 */
public final class SameWordsPane extends VBox {

    private final AppContext app;
    private final VBox same = new VBox(4);
    private final VBox different = new VBox(4);
    private final Label differentTitle = new Label();
    final TextField first = new TextField();
    final TextField second = new TextField();
    final Button add = new Button();
    private final Label message = new Label();

    SameWordsPane(AppContext app) {
        super(10);
        this.app = app;
        setId("same-words");
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind("settings.words.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        first.setId("same-words-first");
        first.promptTextProperty().bind(I18n.bind("settings.words.first"));
        first.setPrefColumnCount(14);
        second.setId("same-words-second");
        second.promptTextProperty().bind(I18n.bind("settings.words.second"));
        second.setPrefColumnCount(14);
        add.setId("same-words-add");
        add.textProperty().bind(I18n.bind("settings.words.add"));
        add.setGraphic(new FontIcon(Material2AL.ADD));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> save());
        second.setOnAction(e -> save());
        Label equals = new Label("=");
        equals.setMinWidth(Region.USE_PREF_SIZE);
        HBox form = new HBox(8, first, equals, second, add);
        // The fields share the width, so their examples show whole in either language.
        for (TextField f : List.of(first, second)) {
            HBox.setHgrow(f, Priority.ALWAYS);
            f.setMaxWidth(Double.MAX_VALUE);
        }
        form.setAlignment(Pos.CENTER_LEFT);
        message.setId("same-words-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        same.setId("same-words-rows");
        different.setId("different-words-rows");
        differentTitle.textProperty().bind(I18n.bind("settings.words.different.title"));
        differentTitle.getStyleClass().add(Styles.TEXT_BOLD);
        differentTitle.managedProperty().bind(differentTitle.visibleProperty());
        getChildren().addAll(hint, same, form, message, differentTitle, different);
        // Read again on changes and language switches (rows are worded in the language of the moment).
        WhileShown.refreshOnChanges(this, app, this::refresh);
        refresh();
    }

    void refresh() {
        var journal = app.journal();
        Tasks.run(journal::teachings).onSuccess(this::show).start();
    }

    private void show(Teachings t) {
        same.getChildren().clear();
        if (t.sameWords().isEmpty()) {
            Label none = new Label(I18n.text("settings.words.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            same.getChildren().add(none);
        }
        for (Teachings.WordPair w : t.sameWords()) {
            same.getChildren().add(row(w, "settings.words.same.row"));
        }
        different.getChildren().clear();
        for (Teachings.WordPair w : t.differentWords()) {
            different.getChildren().add(row(w, "settings.words.different.row"));
        }
        differentTitle.setVisible(!t.differentWords().isEmpty());
    }

    private HBox row(Teachings.WordPair w, String key) {
        Label text = new Label(I18n.text(key, w.first(), w.second()));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "same-words-remove");
        String forget = I18n.text("settings.words.remove", w.first(), w.second());
        remove.setAccessibleText(forget);
        remove.setTooltip(new javafx.scene.control.Tooltip(forget));
        remove.setOnAction(e -> IntroductionsViewModel.forgetWords(app, w));
        HBox row = new HBox(8, text, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(w.same() ? "same-words-row" : "different-words-row");
        return row;
    }

    private void save() {
        String a = first.getText() == null ? "" : first.getText().strip();
        String b = second.getText() == null ? "" : second.getText().strip();
        if (Tags.normalize(a).isEmpty() || Tags.normalize(b).isEmpty()) {
            message.setText(I18n.text("settings.words.missing"));
            (Tags.normalize(a).isEmpty() ? first : second).requestFocus();
            return;
        }
        if (Tags.normalize(a).equals(Tags.normalize(b))) {
            message.setText(I18n.text("settings.words.sameWord"));
            second.requestFocus();
            return;
        }
        message.setText("");
        IntroductionsViewModel.teachWords(app, new Teachings.WordPair(a, b, true));
        first.clear();
        second.clear();
        first.requestFocus();
    }
}
