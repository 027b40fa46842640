package app.rapport.ui.journal;

import app.rapport.journal.ContactSummary;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Journal;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Quick capture of an encounter, also used to edit one: who was there (with auto-completion over
 * contact names), when (now by default), how, and what came of it. Save is the default button and
 * Shortcut+Enter saves from anywhere, including the notes; Escape cancels.
 *
 * <pre>QuickCaptureDialog.show(ctx, List.of(contactId));   // what AppContext.quickCapture does</pre>
 */
public final class QuickCaptureDialog extends Dialog<Encounter> {

    static final KeyCombination SAVE_SHORTCUT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final QuickCaptureViewModel vm;
    private final AppContext ctx;
    private final FlowPane participantBox = new FlowPane(6, 6);
    private final TextField participantField = new TextField();
    private final DatePicker datePicker = new DatePicker();
    private final TextField timeField = new TextField();
    private final TextField titleField = new TextField();
    private final VBox followUpBox = new VBox(6);
    private final Map<QuickCaptureViewModel.FollowUpRow, TextField> followUpFields = new HashMap<>();
    private final Map<QuickCaptureViewModel.FollowUpRow, DatePicker> dueFields = new HashMap<>();

    /**
     * Opens quick capture for a new encounter with these contacts already chosen (may be empty) and
     * returns at once; the dialog saves in the background, and the journal announces the change.
     */
    public static QuickCaptureDialog show(AppContext ctx, List<String> preselectedParticipantIds) {
        QuickCaptureViewModel vm = new QuickCaptureViewModel(ctx, ctx.clock(), List.of());
        QuickCaptureDialog dialog = new QuickCaptureDialog(ctx, vm, !preselectedParticipantIds.isEmpty());
        if (!preselectedParticipantIds.isEmpty()) {
            Journal journal = ctx.journal();
            List<String> ids = List.copyOf(preselectedParticipantIds);
            Tasks.run(() -> {
                List<ContactSummary> found = new ArrayList<>();
                for (String id : ids) {
                    journal.contact(id).ifPresent(c -> found.add(
                            new ContactSummary(c.id(), c.name(), c.organization(), c.city(), c.archived())));
                }
                return found;
            }).onSuccess(found -> {
                for (int i = found.size() - 1; i >= 0; i--) {
                    if (!vm.participantIds().contains(found.get(i).id())) {
                        vm.participants().add(0, new QuickCaptureViewModel.Participant(found.get(i).id(),
                                found.get(i).name()));
                    }
                }
            }).start();
        }
        dialog.show();
        return dialog;
    }

    /** Opens the form on a stored encounter; saving replaces it. Loads the participants' names first. */
    public static void edit(AppContext ctx, Encounter encounter) {
        Journal journal = ctx.journal();
        Tasks.run(() -> {
            Map<String, String> names = new HashMap<>();
            for (String id : encounter.participants()) {
                journal.contact(id).ifPresent(c -> names.put(id, c.name()));
            }
            return names;
        }).onSuccess(names -> edit(ctx, encounter, names)).start();
    }

    static QuickCaptureDialog edit(AppContext ctx, Encounter encounter, Map<String, String> names) {
        QuickCaptureViewModel vm = new QuickCaptureViewModel(ctx, ctx.clock(), encounter, names);
        QuickCaptureDialog dialog = new QuickCaptureDialog(ctx, vm, true);
        dialog.show();
        return dialog;
    }

    QuickCaptureDialog(AppContext ctx, QuickCaptureViewModel vm, boolean participantsPreset) {
        this.ctx = ctx;
        this.vm = vm;
        Window owner = ctx.window();
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setResizable(true);
        setTitle(I18n.text(vm.isEditing() ? "capture.dialogTitle.edit" : "capture.dialogTitle"));

        ButtonType save = new ButtonType(I18n.text("capture.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.text("capture.cancel"), ButtonData.CANCEL_CLOSE);
        DialogPane pane = getDialogPane();
        pane.getStyleClass().add("quick-capture");
        pane.getStylesheets().add(JournalScreen.STYLESHEET);
        pane.getButtonTypes().setAll(save, cancel);
        pane.setContent(form());
        pane.setPrefWidth(620);

        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("capture-save");
        saveButton.setTooltip(new Tooltip(I18n.text("capture.save.tooltip", SAVE_SHORTCUT.getDisplayText())));
        saveButton.disableProperty().bind(vm.savingProperty());
        // Keep the dialog open until the background save has succeeded.
        vm.whenChangedMeanwhile(() -> getDialogPane().getScene().getWindow(), this::close);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(stored -> {
                setResult(stored);
                close();
            });
        });
        ((Button) pane.lookupButton(cancel)).setId("capture-cancel");
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE_SHORTCUT.match(e)) {
                e.consume();
                saveButton.fire();
            }
        });
        setResultConverter(button -> null);
        setOnShown(e -> Platform.runLater(() -> {
            growToFit();
            (participantsPreset ? titleField : participantField).requestFocus();
        }));
    }

    private void growToFit() {
        Window window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        DialogPane pane = getDialogPane();
        // Measured with the new rows styled and laid out: measured before, they had no height yet,
        // and on a real window system the dialog stayed as it was with Save cut off.
        pane.applyCss();
        pane.layout();
        if (pane.prefHeight(pane.getWidth()) > pane.getScene().getHeight()) {
            window.sizeToScene();
            pane.layout();
        }
        // The pane's preferred height misses what wraps at its width (participant chips): measure
        // where Save and Cancel really end and make room for them.
        Node bar = pane.lookup(".button-bar");
        if (bar != null) {
            double overflow = bar.localToScene(bar.getBoundsInLocal()).getMaxY() + pane.snappedBottomInset()
                    - pane.getScene().getHeight();
            if (overflow > 0.5) {
                window.setHeight(window.getHeight() + Math.ceil(overflow));
            }
        }
    }

    QuickCaptureViewModel viewModel() {
        return vm;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16, 20, 8, 20));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);

        int row = 0;
        grid.addRow(row++, label("capture.participants", participantField), participants());
        grid.addRow(row++, label("capture.when", datePicker), when());
        ComboBox<EncounterKind> kind = kindBox();
        grid.addRow(row++, label("capture.kind", kind), kind);
        titleField.setId("capture-title");
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        titleField.setPromptText(I18n.text("capture.title.prompt"));
        grid.addRow(row++, label("capture.titleField", titleField), titleField);
        TextField place = new TextField();
        place.setId("capture-place");
        place.textProperty().bindBidirectional(vm.placeProperty());
        grid.addRow(row++, label("capture.place", place), place);
        StarRating rating = new StarRating();
        rating.setId("capture-rating");
        rating.ratingProperty().bindBidirectional(vm.ratingProperty());
        rating.setMaxWidth(Region.USE_PREF_SIZE);
        Label ratingText = new Label();
        ratingText.getStyleClass().add(Styles.TEXT_MUTED);
        ratingText.textProperty().bind(Bindings.createStringBinding(() -> vm.ratingProperty().get() == null
                ? I18n.text("capture.rating.none")
                : I18n.text("capture.rating.star", vm.ratingProperty().get()), vm.ratingProperty()));
        HBox ratingBox = new HBox(10, rating, ratingText);
        ratingBox.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, label("capture.rating", rating), ratingBox);
        TextArea notes = new TextArea();
        notes.setId("capture-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        notes.setMinHeight(110);
        notes.setPromptText(I18n.text("capture.notes.prompt"));
        notes.textProperty().bindBidirectional(vm.notesProperty());
        GridPane.setVgrow(notes, Priority.ALWAYS);
        Label notesLabel = label("capture.notes", notes);
        grid.addRow(row++, notesLabel, notes);
        Label followLabel = label("capture.followUps", null);
        // Labels of tall fields sit at the first line of the field.
        for (Label l : List.of(notesLabel, followLabel)) {
            GridPane.setValignment(l, VPos.TOP);
            l.setPadding(new Insets(7, 0, 0, 0));
        }
        grid.addRow(row++, followLabel, followUps());

        Label message = new Label();
        message.setId("capture-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        grid.add(message, 0, row, 2, 1);
        // Grow the window when problems or follow-up rows need room, so that nothing is cut off.
        message.textProperty().addListener((obs, old, now) -> Platform.runLater(this::growToFit));
        vm.followUps().addListener((ListChangeListener<QuickCaptureViewModel.FollowUpRow>) c ->
                Platform.runLater(this::growToFit));

        vm.invalidFields().addListener((SetChangeListener<String>) c -> markInvalid());
        return grid;
    }

    private Label label(String key, Node target) {
        Label l = new Label(I18n.text(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        if (target != null) {
            l.setLabelFor(target);
        }
        return l;
    }

    private Node participants() {
        participantBox.getStyleClass().add("participant-box");
        participantBox.setAlignment(Pos.CENTER_LEFT);
        participantField.setId("capture-participants");
        participantField.setPromptText(I18n.text("capture.participants.prompt"));
        participantField.setPrefColumnCount(16);
        new ContactCompletion(participantField, ctx::journal, vm::participantIds, true, choice -> {
            if (choice.isNew()) {
                vm.addNewParticipant(choice.newName());
            } else {
                vm.addParticipant(choice.contact());
            }
            participantField.clear();
        });
        participantField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && participantField.getText().isEmpty()
                    && !vm.participants().isEmpty()) {
                vm.removeParticipant(vm.participants().getLast());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !participantField.getText().isBlank()) {
                // A name is half typed and its suggestions are not there yet: Enter must not save.
                e.consume();
            }
        });
        vm.participants().addListener((ListChangeListener<QuickCaptureViewModel.Participant>) c -> {
            drawChips();
            // The chips take a row of their own (and more as they wrap): the dialog grows with them.
            Platform.runLater(this::growToFit);
        });
        drawChips();
        return participantBox;
    }

    private void drawChips() {
        List<Node> nodes = new ArrayList<>();
        for (QuickCaptureViewModel.Participant p : vm.participants()) {
            Label name = new Label(p.name());
            if (p.isNew()) {
                name.setGraphic(new FontIcon(Material2MZ.PERSON_ADD));
                name.setTooltip(new Tooltip(I18n.text("capture.newContact.tooltip", p.name())));
            }
            Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "chip-remove");
            remove.setFocusTraversable(false);
            remove.setAccessibleText(I18n.text("capture.participant.remove", p.name()));
            remove.setOnAction(e -> {
                vm.removeParticipant(p);
                participantField.requestFocus();
            });
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            if (p.isNew()) {
                chip.getStyleClass().add("chip-new");
            }
            nodes.add(chip);
        }
        nodes.add(participantField);
        participantBox.getChildren().setAll(nodes);
    }

    private Node when() {
        datePicker.setId("capture-date");
        datePicker.setConverter(app.rapport.ui.common.Formats.dateConverter());
        vm.dateTextProperty().set(datePicker.getConverter().toString(vm.dateProperty().get()));
        datePicker.getEditor().textProperty().bindBidirectional(vm.dateTextProperty());
        datePicker.valueProperty().bindBidirectional(vm.dateProperty());
        datePicker.setPrefWidth(170);
        timeField.setId("capture-time");
        timeField.setPrefColumnCount(6);
        timeField.textProperty().bindBidirectional(vm.timeProperty());
        timeField.setPromptText(I18n.text("capture.time.prompt"));
        Label at = new Label(I18n.text("capture.at"));
        at.setLabelFor(timeField);
        HBox box = new HBox(8, datePicker, at, timeField);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ComboBox<EncounterKind> kindBox() {
        ComboBox<EncounterKind> kind = new ComboBox<>();
        kind.setId("capture-kind");
        kind.getItems().setAll(EncounterKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setCellFactory(l -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.setPrefWidth(260);
        return kind;
    }

    private Node followUps() {
        Button add = new Button(I18n.text("capture.followUp.add"), new FontIcon(Material2AL.ADD));
        add.setId("capture-add-followup");
        add.getStyleClass().add(Styles.FLAT);
        add.setOnAction(e -> {
            QuickCaptureViewModel.FollowUpRow row = vm.addFollowUp();
            TextField field = followUpFields.get(row);
            if (field != null) {
                field.requestFocus();
            }
        });
        vm.followUps().addListener((ListChangeListener<QuickCaptureViewModel.FollowUpRow>) c -> drawFollowUps());
        drawFollowUps();
        VBox box = new VBox(6, followUpBox, add);
        box.setFillWidth(true);
        return box;
    }

    private void drawFollowUps() {
        List<Node> rows = new ArrayList<>();
        followUpFields.clear();
        dueFields.clear();
        int i = 0;
        for (QuickCaptureViewModel.FollowUpRow r : vm.followUps()) {
            CheckBox done = new CheckBox();
            done.selectedProperty().bindBidirectional(r.doneProperty());
            done.setTooltip(new Tooltip(I18n.text("capture.followUp.done")));
            done.setAccessibleText(I18n.text("capture.followUp.done"));
            TextField what = new TextField();
            what.setId("capture-followup-what-" + i);
            what.setPromptText(I18n.text("capture.followUp.what"));
            what.textProperty().bindBidirectional(r.whatProperty());
            HBox.setHgrow(what, Priority.ALWAYS);
            DatePicker due = new DatePicker();
            due.setId("capture-followup-due-" + i);
            due.setConverter(app.rapport.ui.common.Formats.dateConverter());
            if (r.dueTextProperty().get() == null) {
                r.dueTextProperty().set(due.getConverter().toString(r.dueProperty().get()));
            }
            due.getEditor().textProperty().bindBidirectional(r.dueTextProperty());
            due.setPromptText(I18n.text("capture.followUp.due"));
            due.setPrefWidth(150);
            due.valueProperty().bindBidirectional(r.dueProperty());
            Button remove = new Button(null, new FontIcon(Material2AL.DELETE));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setAccessibleText(I18n.text("capture.followUp.remove"));
            remove.setTooltip(new Tooltip(I18n.text("capture.followUp.remove")));
            remove.setOnAction(e -> vm.removeFollowUp(r));
            HBox line = new HBox(6, what, due, remove);
            if (vm.isEditing()) {
                line.getChildren().addFirst(done); // ticking off belongs to later edits, not to capture
            }
            line.setAlignment(Pos.CENTER_LEFT);
            rows.add(line);
            followUpFields.put(r, what);
            dueFields.put(r, due);
            i++;
        }
        followUpBox.getChildren().setAll(rows);
        followUpBox.setVisible(!rows.isEmpty());
        followUpBox.setManaged(!rows.isEmpty());
        markInvalid();
    }

    private void markInvalid() {
        var invalid = vm.invalidFields();
        participantField.pseudoClassStateChanged(Styles.STATE_DANGER, invalid.contains("participants"));
        datePicker.pseudoClassStateChanged(Styles.STATE_DANGER, invalid.contains("date"));
        timeField.pseudoClassStateChanged(Styles.STATE_DANGER, invalid.contains("time"));
        int i = 0;
        for (QuickCaptureViewModel.FollowUpRow r : vm.followUps()) {
            TextField f = followUpFields.get(r);
            if (f != null) {
                f.pseudoClassStateChanged(Styles.STATE_DANGER, invalid.contains("followUps[" + i + "].what"));
                dueFields.get(r).pseudoClassStateChanged(Styles.STATE_DANGER,
                        invalid.contains("followUps[" + i + "].due"));
            }
            i++;
        }
    }

    static final class KindCell extends ListCell<EncounterKind> {
        @Override
        protected void updateItem(EncounterKind item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(EncounterTexts.kind(item));
                setGraphic(new FontIcon(app.rapport.ui.common.EncounterIcons.of(item)));
            }
        }
    }

}
