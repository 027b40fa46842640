package app.rapport.ui.settings;

import app.rapport.journal.TagCadence;
import app.rapport.journal.Tags;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Dialogs;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.common.WhileShown;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Keep in touch by tag: everyone with a tag should hear from the user every so many days, unless
 * the contact has a cadence of its own. Stored in the journal, so every window and the command
 * line see the same.
 */
public final class TagCadencesPane extends VBox {

    static final int DEFAULT_DAYS = 30;

    private final AppContext app;
    private final VBox rows = new VBox(4);
    final TextField tag = new TextField();
    final Spinner<Integer> days = new Spinner<>(1, TagCadence.MAX_DAYS, DEFAULT_DAYS);
    final Button add = new Button();
    private final Label message = new Label();

    TagCadencesPane(AppContext app) {
        super(10);
        this.app = app;
        setId("tag-cadences");
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind("settings.cadences.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        tag.setId("tag-cadence-tag");
        tag.promptTextProperty().bind(I18n.bind("settings.cadences.tag"));
        tag.setPrefColumnCount(16);
        days.setId("tag-cadence-days");
        days.setEditable(true);
        days.setPrefWidth(110);
        add.setId("tag-cadence-add");
        add.textProperty().bind(I18n.bind("settings.cadences.add"));
        add.setGraphic(new FontIcon(Material2AL.ADD));
        add.setOnAction(e -> save());
        tag.setOnAction(e -> save());
        Label every = new Label();
        every.textProperty().bind(I18n.bind("settings.cadences.every"));
        Label daysLabel = new Label();
        daysLabel.textProperty().bind(I18n.bind("settings.cadences.days"));
        for (Region r : List.of(every, daysLabel, add)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox form = new HBox(8, tag, every, days, daysLabel, add);
        form.setAlignment(Pos.CENTER_LEFT);
        message.setId("tag-cadence-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        rows.setId("tag-cadence-rows");
        getChildren().addAll(hint, rows, form, message);
        // Read again on changes and language switches (rows are worded in the language of the moment).
        WhileShown.refreshOnChanges(this, app, this::refresh);
        refresh();
    }

    /**
     * Asks how often to keep in touch with everyone tagged {@code tag} (its present rhythm, else
     * {@value #DEFAULT_DAYS} days, filled in) and stores the answer; from a tag's context menu.
     */
    public static void ask(AppContext app, String tag) {
        var journal = app.journal();
        Tasks.run(() -> journal.tagCadences().stream()
                .filter(c -> Tags.normalize(c.tag()).equals(Tags.normalize(tag)))
                .findFirst()).onSuccess(existing -> {
                    javafx.scene.control.Dialog<Integer> dialog = new javafx.scene.control.Dialog<>();
                    dialog.initOwner(app.window());
                    dialog.setTitle(I18n.text("settings.section.keepInTouch"));
                    dialog.setHeaderText(I18n.text("tags.cadence.header", tag));
                    Spinner<Integer> every = new Spinner<>(1, TagCadence.MAX_DAYS,
                            existing.map(TagCadence::days).orElse(DEFAULT_DAYS));
                    every.setEditable(true);
                    every.setId("tag-cadence-ask-days");
                    HBox row = new HBox(8, new Label(I18n.text("settings.cadences.every")), every,
                            new Label(I18n.text("settings.cadences.days")));
                    row.setAlignment(Pos.CENTER_LEFT);
                    dialog.getDialogPane().setContent(row);
                    var save = new javafx.scene.control.ButtonType(I18n.text("tags.cadence.save"),
                            javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
                    var cancel = new javafx.scene.control.ButtonType(I18n.text("dialog.cancel"),
                            javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
                    dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
                    dialog.getDialogPane().lookupButton(save).setId("tag-cadence-ask-save");
                    dialog.setResultConverter(b -> {
                        if (b != save) {
                            return null;
                        }
                        try {
                            return Math.clamp(Integer.parseInt(every.getEditor().getText().strip()), 1, TagCadence.MAX_DAYS);
                        } catch (NumberFormatException e) {
                            return every.getValue();
                        }
                    });
                    dialog.showAndWait().ifPresent(n -> Tasks.run(() -> journal.saveTagCadence(new TagCadence(tag, n)))
                            .onSuccess(v -> {
                                app.notify(I18n.text("tags.cadence.saved", tag, n), null);
                            }).start());
                }).start();
    }

    void refresh() {
        var journal = app.journal();
        Tasks.run(journal::tagCadences).onSuccess(this::show).start();
    }

    private void show(List<TagCadence> cadences) {
        rows.getChildren().clear();
        if (cadences.isEmpty()) {
            Label none = new Label(I18n.text("settings.cadences.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(none);
        }
        for (TagCadence c : cadences) {
            Label text = new Label(I18n.text("settings.cadences.row", c.tag(), c.days()));
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setAccessibleText(I18n.text("settings.cadences.remove", c.tag()));
            remove.setTooltip(new javafx.scene.control.Tooltip(I18n.text("settings.cadences.remove", c.tag())));
            remove.getStyleClass().add("tag-cadence-remove");
            remove.setOnAction(e -> remove(c));
            HBox row = new HBox(8, text, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("tag-cadence-row");
            rows.getChildren().add(row);
        }
    }

    private void save() {
        String name = tag.getText() == null ? "" : tag.getText().strip();
        if (name.isEmpty()) {
            message.setText(I18n.text("settings.cadences.tagMissing"));
            tag.requestFocus();
            return;
        }
        try { // a number typed into the spinner counts without leaving it first
            int typed = Integer.parseInt(days.getEditor().getText().strip());
            days.getValueFactory().setValue(Math.clamp(typed, 1, TagCadence.MAX_DAYS));
        } catch (NumberFormatException e) {
            days.getEditor().setText(String.valueOf(days.getValue()));
        }
        TagCadence cadence = new TagCadence(name, days.getValue());
        message.setText("");
        var journal = app.journal();
        Tasks.run(() -> journal.saveTagCadence(cadence)).onSuccess(v -> {
            tag.clear();
            refresh();
        }).onError(x -> message.setText(Dialogs.describe(x))).start();
    }

    private void remove(TagCadence cadence) {
        var journal = app.journal();
        Tasks.run(() -> journal.removeTagCadence(cadence.tag())).onSuccess(v -> {
            refresh();
            app.notify(I18n.text("settings.cadences.removed", cadence.tag()), () -> Tasks.run(
                    () -> journal.saveTagCadence(cadence)).onSuccess(x -> {
                        refresh();
                    }).start());
        }).start();
    }
}
