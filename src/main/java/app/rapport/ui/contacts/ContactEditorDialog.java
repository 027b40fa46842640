package app.rapport.ui.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalBusyException;
import app.rapport.journal.RecordFields;
import app.rapport.journal.ValidationException;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.EditorSave;
import app.rapport.ui.common.Dialogs;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Nodes;
import app.rapport.ui.common.TagInput;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.common.Themes;
import atlantafx.base.theme.Styles;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Creating and editing a contact. OK is the default button and Cancel the cancel button; OK with
 * invalid data keeps the dialog open and names the problem under each field. The dialog saves
 * before it closes: while another program keeps the journal busy the form stays open and says so,
 * and when the contact was changed elsewhere since the form was filled the user chooses between
 * merging, their version and the stored one ({@link ConflictDialog}).
 */
public final class ContactEditorDialog extends Dialog<Contact> {

    /** The label of each field the conflict dialog may name. */
    static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("name", "contact.field.name"), Map.entry("organization", "contact.field.organization"),
            Map.entry("role", "contact.field.role"), Map.entry("city", "contact.field.city"),
            Map.entry("emails", "contact.field.emails"), Map.entry("phones", "contact.field.phones"),
            Map.entry("links", "contact.field.links"), Map.entry("addresses", "contact.field.addresses"),
            Map.entry("birthday", "contact.field.birthday"),
            Map.entry("howWeMet", "contact.field.howWeMet"), Map.entry("notes", "contact.field.notes"),
            Map.entry("interests", "contact.field.interests"), Map.entry("offers", "contact.field.offers"),
            Map.entry("seeks", "contact.field.seeks"), Map.entry("keepInTouchDays", "contact.field.keepInTouch"),
            Map.entry("doNotIntroduce", "contact.field.doNotIntroduce"),
            Map.entry("archived", "contact.field.archived"), Map.entry("photo", "contact.field.photo"));

    private final Contact loaded;
    private final ContactEditorViewModel model;
    private final ContactEditorParts parts;
    private final EditorSave<Contact> saving;
    private final GridPane grid = new GridPane();
    private final TextField name = new TextField();
    private volatile List<String> knownTags = List.of();
    private int row;

    public ContactEditorDialog(AppContext app, Contact contact) {
        this(app, contact, saved -> { });
    }

    /** {@code onSaved} runs on the JavaFX thread with the contact as stored, also if the dialog was closed meanwhile. */
    public ContactEditorDialog(AppContext app, Contact contact, Consumer<Contact> onSaved) {
        this.loaded = contact;
        this.model = new ContactEditorViewModel(contact);
        this.parts = new ContactEditorParts(model);
        Journal journal = app.journal();
        this.saving = new EditorSave<>(RecordFields.CONTACT, journal::saveContact)
                .owner(() -> getDialogPane().getScene().getWindow())
                .named(Contact::name, FIELD_LABELS)
                .onSaved(saved -> {
                    onSaved.accept(saved);
                    setResult(saved);
                    close();
                })
                .onDropped(() -> {
                    app.journalChanged(); // show the stored version
                    close();
                })
                .onProblem(this::notSaved);
        if (app.window() != null) {
            initOwner(app.window());
        }
        setTitle(I18n.text(contact == null ? "editor.title.new" : "editor.title.edit"));
        setResizable(true);
        Tasks.run(() -> app.journal().tags()).onSuccess(tags -> knownTags = List.copyOf(tags)).start();

        ButtonType ok = new ButtonType(I18n.text(contact == null ? "editor.create" : "editor.save"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().getStyleClass().add("contact-editor");
        Themes.style(getDialogPane());
        getDialogPane().setContent(new VBox(saveProblem(), buildForm()));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        getDialogPane().setPrefSize(Math.min(680, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 80));

        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("editor-ok");
        okButton.setDefaultButton(true);
        ((Button) getDialogPane().lookupButton(cancel)).setCancelButton(true);
        // Invalid data never leaves the dialog; valid data is saved first, and the dialog closes once it is stored.
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Optional<Contact> valid = model.validate();
            if (valid.isEmpty()) {
                focusFirstProblem();
            } else {
                model.saveProblemProperty().set(null);
                saving.save(valid.get(), loaded);
            }
        });
        okButton.disableProperty().bind(saving.savingProperty());
        setResultConverter(button -> null);
        setOnShown(e -> Platform.runLater(() -> {
            // Some platforms (the headless one among them) do not focus a new dialog window by themselves.
            getDialogPane().getScene().getWindow().requestFocus();
            name.requestFocus();
        }));
    }

    /** Shows the editor and waits; the contact as saved, or empty if cancelled. */
    public static Optional<Contact> show(AppContext app, Contact contact, Consumer<Contact> onSaved) {
        return new ContactEditorDialog(app, contact, onSaved).showAndWait();
    }

    private void notSaved(Throwable e) {
        if (e instanceof JournalBusyException || e instanceof ValidationException) {
            model.saveProblemProperty().set(Dialogs.describe(e));
        } else {
            Dialogs.showError(getDialogPane().getScene().getWindow(), e);
        }
    }

    /** Why the last attempt to save failed (a busy journal), above the form; hidden when there is nothing to say. */
    private Node saveProblem() {
        Label problem = new Label();
        problem.setId("editor-save-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.saveProblemProperty());
        problem.visibleProperty().bind(model.saveProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox.setMargin(problem, new Insets(8, 20, 0, 16));
        return problem;
    }

    /** Makes the picture in {@code file} the photo (what the file chooser does once a file is picked). */
    public void usePhotoFile(java.nio.file.Path file) {
        parts.usePhotoFile(file);
    }

    public ContactEditorViewModel model() {
        return model;
    }

    private Node buildForm() {
        grid.getStyleClass().add("editor-form");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 20, 16, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);

        name.setId("editor-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        addField("contact.field.name.required", name, ContactEditorViewModel.NAME);
        addField("contact.field.photo", parts.photo(), null);
        addField("contact.field.organization", text("editor-organization", model.organizationProperty()), null);
        addField("contact.field.role", text("editor-role", model.roleProperty()), null);
        addField("contact.field.city", text("editor-city", model.cityProperty()), null);

        heading("editor.section.reach");
        addField("contact.field.emails", listEditor("editor-email", model.emails(), "editor.addEmail",
                v -> v.isBlank() || ContactValidator.isEmail(v), ContactEditorViewModel.EMAILS),
                ContactEditorViewModel.EMAILS);
        addField("contact.field.phones", listEditor("editor-phone", model.phones(), "editor.addPhone",
                v -> v.isBlank() || ContactValidator.isPhone(v), ContactEditorViewModel.PHONES),
                ContactEditorViewModel.PHONES);
        addField("contact.field.links", listEditor("editor-link", model.links(), "editor.addLink", v -> true, null),
                null);
        addField("contact.field.addresses", parts.addresses(), null);

        heading("editor.section.background");
        addField("contact.field.birthday", birthday(), ContactEditorViewModel.BIRTHDAY);
        addField("contact.field.howWeMet", text("editor-how-we-met", model.howWeMetProperty()), null);
        TextArea notes = new TextArea();
        notes.setId("editor-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(model.notesProperty());
        addField("contact.field.notes", notes, null);

        heading("editor.section.tags");
        addField("contact.field.interests", tags("editor-interests", "interests", model.interests()), null);
        addField("contact.field.offers", tags("editor-offers", "offers", model.offers()), null);
        addField("contact.field.seeks", tags("editor-seeks", "seeks", model.seeks()), null);
        Label tagHint = new Label(I18n.text("editor.tags.hint"));
        tagHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        tagHint.setWrapText(true);
        grid.add(tagHint, 1, row++);

        relationshipSection();

        // Tabbing through a long form keeps the field being typed into in view.
        grid.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((x, before, focused) -> {
                    if (focused != null && isInside(focused, grid)) {
                        Nodes.scrollIntoView(focused);
                    }
                });
            }
        });
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    /** How often to keep in touch, whether to introduce the contact at all, and whether it is archived. */
    private void relationshipSection() {
        heading("editor.section.relationship");
        TextField days = text("editor-keep-in-touch", model.keepInTouchDaysProperty());
        days.setPrefColumnCount(5);
        days.setMaxWidth(80);
        days.setPromptText(I18n.text("editor.keepInTouch.prompt")); // "e.g. 90": an example, not a value
        Label daysLabel = new Label(I18n.text("editor.keepInTouch.days"));
        HBox keep = new HBox(8, days, daysLabel);
        keep.setAlignment(Pos.CENTER_LEFT);
        addField("contact.field.keepInTouch", keep, ContactEditorViewModel.KEEP_IN_TOUCH);
        markInvalid(days, ContactEditorViewModel.KEEP_IN_TOUCH);
        CheckBox doNotIntroduce = new CheckBox(I18n.text("contact.field.doNotIntroduce"));
        doNotIntroduce.setId("editor-do-not-introduce");
        doNotIntroduce.selectedProperty().bindBidirectional(model.doNotIntroduceProperty());
        Label dniHint = new Label(I18n.text("editor.doNotIntroduce.hint"));
        dniHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        dniHint.setWrapText(true);
        grid.add(new VBox(2, doNotIntroduce, dniHint), 1, row++);
        CheckBox archived = new CheckBox(I18n.text("contact.field.archived"));
        archived.setId("editor-archived");
        archived.selectedProperty().bindBidirectional(model.archivedProperty());
        grid.add(archived, 1, row++);
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void heading(String key) {
        Label h = new Label(I18n.text(key));
        h.getStyleClass().addAll("editor-heading");
        GridPane.setMargin(h, new Insets(14, 0, 2, 0));
        GridPane.setHalignment(h, HPos.LEFT);
        grid.add(h, 0, row++, 2, 1);
    }

    private void addField(String labelKey, Node field, String errorField) {
        Label label = new Label(I18n.text(labelKey));
        label.getStyleClass().add("editor-label");
        label.setLabelFor(field);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setMargin(label, new Insets(6, 0, 0, 0));
        VBox box = new VBox(4, field);
        if (errorField != null) {
            Label error = new Label();
            error.setId("error-" + errorField);
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            ReadOnlyStringProperty message = model.errorProperty(errorField);
            error.textProperty().bind(message);
            error.visibleProperty().bind(message.isNotNull());
            error.managedProperty().bind(error.visibleProperty());
            box.getChildren().add(error);
            if (field instanceof TextField tf) {
                markInvalid(tf, errorField);
            }
        }
        grid.add(label, 0, row);
        grid.add(box, 1, row++);
    }

    private void markInvalid(Node field, String errorField) {
        ReadOnlyStringProperty message = model.errorProperty(errorField);
        message.addListener((o, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
    }

    private static TextField text(String id, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    /** One text field per entry, a remove button on each, and an "add" button below. */
    private Node listEditor(String id, ObservableList<StringProperty> values, String addKey,
                            Predicate<String> valid, String errorField) {
        VBox rows = new VBox(4);
        Runnable rebuild = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < values.size(); i++) {
                StringProperty value = values.get(i);
                TextField f = new TextField();
                f.setId(id + "-" + i);
                f.textProperty().bindBidirectional(value);
                HBox.setHgrow(f, Priority.ALWAYS);
                if (errorField != null) {
                    Runnable mark = () -> f.pseudoClassStateChanged(Styles.STATE_DANGER,
                            model.errorProperty(errorField).get() != null && !valid.test(f.getText()));
                    model.errorProperty(errorField).addListener((o, was, now) -> mark.run());
                    f.textProperty().addListener((o, was, now) -> mark.run());
                    mark.run();
                }
                Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
                remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
                remove.setFocusTraversable(false);
                remove.setAccessibleText(I18n.text("editor.remove"));
                remove.setOnAction(e -> {
                    values.remove(value);
                    if (values.isEmpty()) {
                        values.add(new SimpleStringProperty(""));
                    }
                });
                HBox line = new HBox(4, f, remove);
                line.setAlignment(Pos.CENTER_LEFT);
                rows.getChildren().add(line);
            }
        };
        values.addListener((ListChangeListener<StringProperty>) c -> rebuild.run());
        rebuild.run();
        Button add = new Button(I18n.text(addKey), new FontIcon(Material2AL.ADD));
        add.setId(id + "-add");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setOnAction(e -> {
            values.add(new SimpleStringProperty(""));
            Platform.runLater(() -> {
                Node last = rows.getChildren().getLast();
                if (last instanceof HBox h) {
                    h.getChildren().getFirst().requestFocus();
                }
            });
        });
        return new VBox(4, rows, add);
    }

    private Node birthday() {
        TextField day = text("editor-birthday-day", model.birthdayDayProperty());
        day.setPrefColumnCount(2);
        day.setMaxWidth(60);
        day.setPromptText(I18n.text("editor.birthday.day"));
        ComboBox<Month> month = new ComboBox<>();
        month.setId("editor-birthday-month");
        month.getItems().add(null);
        month.getItems().addAll(Month.values());
        month.setPromptText(I18n.text("editor.birthday.month"));
        month.setCellFactory(v -> new MonthCell());
        month.setButtonCell(new MonthCell());
        month.valueProperty().bindBidirectional(model.birthdayMonthProperty());
        month.setPrefWidth(150);
        TextField year = text("editor-birthday-year", model.birthdayYearProperty());
        year.setPrefColumnCount(4);
        year.setMaxWidth(80);
        year.setPromptText(I18n.text("editor.birthday.year"));
        Label optional = new Label(I18n.text("editor.birthday.yearOptional"));
        optional.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        for (Node n : List.of(day, month, year)) {
            markInvalid(n, ContactEditorViewModel.BIRTHDAY);
        }
        HBox box = new HBox(8, day, month, year, optional);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static final class MonthCell extends ListCell<Month> {
        @Override
        protected void updateItem(Month item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? I18n.text("editor.birthday.noMonth")
                    : item.getDisplayName(TextStyle.FULL_STANDALONE, I18n.locale()));
        }
    }

    private Node tags(String id, String kind, ObservableList<String> values) {
        TagInput input = new TagInput(kind, () -> knownTags);
        input.setId(id);
        input.field().setId(id + "-field");
        Bindings.bindContentBidirectional(input.getTags(), values);
        return input;
    }

    private void focusFirstProblem() {
        String[] order = {ContactEditorViewModel.NAME, ContactEditorViewModel.EMAILS, ContactEditorViewModel.PHONES,
                ContactEditorViewModel.BIRTHDAY, ContactEditorViewModel.KEEP_IN_TOUCH};
        for (String field : order) {
            if (model.errorProperty(field).get() != null) {
                Node target = switch (field) {
                    case ContactEditorViewModel.NAME -> name;
                    case ContactEditorViewModel.EMAILS -> grid.lookup("#editor-email-0");
                    case ContactEditorViewModel.PHONES -> grid.lookup("#editor-phone-0");
                    case ContactEditorViewModel.BIRTHDAY -> grid.lookup("#editor-birthday-day");
                    default -> grid.lookup("#editor-keep-in-touch");
                };
                if (target != null) {
                    target.requestFocus();
                }
                return;
            }
        }
    }
}
