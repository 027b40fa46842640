package app.rapport.ui.events;

import app.rapport.journal.Contact;
import app.rapport.journal.Event;
import app.rapport.journal.Journal;
import app.rapport.journal.RecordFields;
import app.rapport.journal.Session;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.EditorSave;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.journal.ContactCompletion;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Creating or editing an event: name, series, date and times, place, topic, attendees, agenda, goals and notes. */
public final class EventEditorDialog extends Dialog<Event> {

    private final EventEditorViewModel vm;
    private final AppContext ctx;
    private final FlowPane attendeeBox = new FlowPane(6, 6);
    private final VBox sessionBox = new VBox(6);
    private final Map<String, javafx.scene.control.Control> fields = new HashMap<>();
    /** Looking up or adding the speakers typed by hand, before the event itself is saved. */
    private final javafx.beans.property.BooleanProperty findingSpeakers = new javafx.beans.property.SimpleBooleanProperty();

    /** The label of each field the conflict dialog may name. */
    static final Map<String, String> FIELD_LABELS = Map.of("name", "events.field.name",
            "series", "events.field.series", "start", "events.field.start", "end", "events.field.end",
            "place", "events.field.place", "topic", "events.field.topic", "attendees", "events.field.attendees",
            "sessions", "events.field.agenda", "notes", "events.field.notes");

    private static java.util.List<String> contactIds(Event e) {
        java.util.List<String> ids = new java.util.ArrayList<>(e.attendees());
        e.sessions().stream().map(Session::speaker).filter(java.util.Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** Opens the form for a new event; returns at once. {@code onSaved} gets the stored event. */
    public static EventEditorDialog create(AppContext ctx, Clock clock, Consumer<Event> onSaved) {
        EventEditorDialog d = new EventEditorDialog(ctx, new EventEditorViewModel(ctx, clock, LocalDate.now(clock)), onSaved);
        d.show();
        return d;
    }

    /** Loads the people the event names, then opens the form on it. */
    public static void edit(AppContext ctx, Clock clock, Event event, Consumer<Event> onSaved) {
        Journal journal = ctx.journal();
        Tasks.run(() -> {
            Map<String, Contact> people = new HashMap<>();
            for (String id : event.attendees()) {
                journal.contact(id).ifPresent(c -> people.put(id, c));
            }
            for (Session s : event.sessions()) {
                if (s.speaker() != null) {
                    journal.contact(s.speaker()).ifPresent(c -> people.put(c.id(), c));
                }
            }
            return people;
        }).onSuccess(people -> new EventEditorDialog(ctx, new EventEditorViewModel(ctx, clock, event, people), onSaved)
                .show()).start();
    }

    EventEditorDialog(AppContext ctx, EventEditorViewModel vm, Consumer<Event> onSaved) {
        this.ctx = ctx;
        this.vm = vm;
        if (ctx.window() != null) {
            initOwner(ctx.window());
        }
        initModality(Modality.WINDOW_MODAL);
        setResizable(true);
        setTitle(I18n.text(vm.isEditing() ? "events.editor.titleEdit" : "events.editor.titleNew"));

        ButtonType save = new ButtonType(I18n.text("events.editor.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.text("events.editor.cancel"), ButtonData.CANCEL_CLOSE);
        DialogPane pane = getDialogPane();
        pane.getStylesheets().add(EventsScreen.STYLESHEET);
        pane.getStyleClass().add("event-editor");
        pane.getButtonTypes().addAll(save, cancel);
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        pane.setContent(scroll);
        pane.setPrefWidth(780);
        pane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Journal journal = ctx.journal();
        EditorSave<Event> saving = new EditorSave<>(RecordFields.EVENT, journal::saveEvent)
                .owner(() -> getDialogPane().getScene().getWindow())
                .named(Event::name, FIELD_LABELS)
                .namingContacts(journal, EventEditorDialog::contactIds)
                .onSaved(stored -> {
                    setResult(stored);
                    close();
                    onSaved.accept(stored);
                })
                .onDropped(() -> {
                    ctx.journalChanged();
                    close();
                })
                .onProblem(vm::saveFailed);
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("event-save");
        saveButton.setDefaultButton(true);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the event is stored
            Event event = vm.toEvent();
            if (event == null) {
                focusFirstProblem();
                return;
            }
            vm.clearMessage();
            List<String> typed = vm.typedSpeakers();
            if (typed.isEmpty()) {
                saving.save(event, vm.original());
                return;
            }
            // A speaker typed by hand becomes a contact (or is found as one) before the event is stored.
            findingSpeakers.set(true);
            String howWeMet = vm.speakerHowWeMet();
            app.rapport.ui.common.Tasks.run(() -> EventEditorViewModel.speakerContacts(journal, typed, howWeMet))
                    .onSuccess(found -> {
                        findingSpeakers.set(false);
                        vm.useSpeakers(found);
                        Event withSpeakers = vm.toEvent();
                        if (withSpeakers != null) {
                            saving.save(withSpeakers, vm.original());
                        }
                    })
                    .onError(x -> {
                        findingSpeakers.set(false);
                        vm.saveFailed(x);
                    })
                    .start();
        });
        // A failed save can be retried.
        saveButton.disableProperty().bind(saving.savingProperty().or(findingSpeakers));
        setResultConverter(b -> null);
        Platform.runLater(() -> fields.get("name").requestFocus());
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);

        int row = 0;
        grid.addRow(row++, label("events.field.name"), text("name", vm.nameProperty(), "events.prompt.name"));
        grid.addRow(row++, label("events.field.series"), text("series", vm.seriesProperty(), "events.prompt.series"));
        grid.addRow(row++, label("events.field.date"), when());
        grid.addRow(row++, label("events.field.lastDate"), lastDate());
        grid.addRow(row++, label("events.field.place"), text("place", vm.placeProperty(), "events.prompt.place"));
        grid.addRow(row++, label("events.field.topic"), text("topic", vm.topicProperty(), "events.prompt.topic"));
        grid.addRow(row++, label("events.field.attendees"), attendees());

        Button addSession = new Button(I18n.text("events.editor.addSession"), new FontIcon(Material2AL.ADD));
        addSession.setId("event-add-session");
        addSession.getStyleClass().add(Styles.FLAT);
        addSession.setOnAction(e -> {
            vm.addSession();
        });
        vm.sessions().addListener((ListChangeListener<EventEditorViewModel.SessionRow>) c -> showSessions());
        showSessions();
        Label speakersHint = new Label(I18n.text("events.editor.speakersHint"));
        speakersHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        speakersHint.setWrapText(true);
        grid.addRow(row++, label("events.field.agenda"), new VBox(6, sessionBox, addSession, speakersHint));

        TextArea notes = new TextArea();
        notes.setId("event-notes");
        notes.setPromptText(I18n.text("events.prompt.notes"));
        notes.setWrapText(true);
        notes.setPrefRowCount(5);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        fields.put("notes", notes);
        grid.addRow(row++, label("events.field.notes"), notes);

        Label message = new Label();
        message.setId("event-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        grid.add(message, 0, row, 2, 1);
        vm.invalidFields().addListener((javafx.collections.SetChangeListener<String>) c -> markInvalid());
        grid.setPadding(new Insets(16, 20, 8, 20)); // as quick capture: the labels clear of the edge
        return grid;
    }

    /**
     * The day, and the times from and to: the date as the chosen language writes it (not the
     * system), the times as the app shows them.
     */
    private Node when() {
        DatePicker date = Formats.localised(new DatePicker());
        date.setId("event-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        date.setPrefWidth(150);
        TextField start = text("start", vm.startTimeProperty(), "events.prompt.startTime");
        start.setPrefColumnCount(5);
        TextField end = text("end", vm.endTimeProperty(), "events.prompt.endTime");
        end.setPrefColumnCount(5);
        for (TextField t : new TextField[] {start, end}) {
            t.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        fields.put("date", date);
        Label from = label("events.field.from");
        Label to = label("events.field.to");
        for (Label l : new Label[] {from, to}) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // German "von", "bis" never cut off
        }
        HBox when = new HBox(8, date, from, start, to, end);
        when.setAlignment(Pos.CENTER_LEFT);
        return when;
    }

    /** Conferences and barcamps run over days; empty, the event ends on the day it starts. */
    private DatePicker lastDate() {
        DatePicker lastDate = Formats.localised(new DatePicker());
        lastDate.setId("event-last-date");
        lastDate.setPromptText(I18n.text("events.prompt.lastDate"));
        lastDate.valueProperty().bindBidirectional(vm.lastDateProperty());
        lastDate.setPrefWidth(260);
        lastDate.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fields.put("lastDate", lastDate);
        return lastDate;
    }

    /** The attendees chosen, and a field that completes names from the journal. */
    private Node attendees() {
        TextField attendeeField = new TextField();
        attendeeField.setId("event-attendees");
        attendeeField.setPromptText(I18n.text("events.prompt.attendees"));
        ContactCompletion completion = new ContactCompletion(attendeeField, ctx::journal, this::attendeeIds, false,
                choice -> {
                    vm.addAttendee(choice.contact().id(), choice.contact().name());
                    attendeeField.clear();
                });
        completion.setTextQuietly("");
        vm.attendees().addListener((ListChangeListener<EventEditorViewModel.Person>) c -> showAttendees());
        showAttendees();
        return new VBox(6, attendeeBox, attendeeField);
    }

    private Set<String> attendeeIds() {
        Set<String> ids = new HashSet<>();
        vm.attendees().forEach(p -> ids.add(p.id()));
        return ids;
    }

    private void showAttendees() {
        attendeeBox.getChildren().setAll(vm.attendees().stream().map(p -> {
            Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "chip-remove");
            remove.setOnAction(e -> vm.attendees().remove(p));
            Label chip = new Label(p.name(), remove);
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.getStyleClass().add("chip");
            return (Node) chip;
        }).toList());
    }

    private void showSessions() {
        sessionBox.getChildren().clear();
        for (int i = 0; i < vm.sessions().size(); i++) {
            EventEditorViewModel.SessionRow row = vm.sessions().get(i);
            TextField start = text("session-" + i + "-start", row.startProperty(), "events.prompt.startTime");
            start.setPrefColumnCount(4);
            start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            start.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            TextField end = text("session-" + i + "-end", row.endProperty(), "events.prompt.endTime");
            end.setPrefColumnCount(4);
            end.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            end.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            TextField topic = text("session-" + i + "-topic", row.topicProperty(), "events.prompt.sessionTopic");
            HBox.setHgrow(topic, Priority.ALWAYS);
            TextField speaker = new TextField(row.speakerTextProperty().get());
            // What is typed stays in the row: kept when the agenda is redrawn, and saved as a speaker.
            speaker.textProperty().addListener((o, was, now) -> row.speakerTextProperty().set(now));
            speaker.setId("event-session-" + i + "-speaker");
            speaker.setPromptText(I18n.text("events.prompt.speaker"));
            speaker.setPrefColumnCount(10);
            ContactCompletion completion = new ContactCompletion(speaker, ctx::journal, Set::of, false, choice ->
                    row.speakerProperty().set(new EventEditorViewModel.Person(choice.contact().id(), choice.contact().name())));
            speaker.textProperty().addListener((o, was, now) -> {
                if (row.speakerProperty().get() != null && !row.speakerProperty().get().name().equals(now)) {
                    row.speakerProperty().set(null); // typed over: no longer that contact
                }
            });
            row.speakerProperty().addListener((o, was, now) -> {
                if (now != null) {
                    completion.setTextQuietly(now.name());
                }
            });
            Button remove = new Button(null, new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setOnAction(e -> vm.sessions().remove(row));
            fields.put("session-" + i + "-speaker", speaker);
            HBox line = new HBox(6, start, new Label("–"), end, topic, speaker, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            sessionBox.getChildren().add(line);
        }
        markInvalid();
    }

    private TextField text(String field, javafx.beans.property.StringProperty property, String promptKey) {
        TextField t = new TextField();
        t.setId("event-" + field);
        t.textProperty().bindBidirectional(property);
        t.setPromptText(I18n.text(promptKey));
        fields.put(field, t);
        return t;
    }

    private static Label label(String key) {
        Label l = new Label(I18n.text(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private void markInvalid() {
        fields.forEach((name, control) -> control.pseudoClassStateChanged(Styles.STATE_DANGER,
                vm.invalidFields().contains(name)));
    }

    private void focusFirstProblem() {
        for (String f : new String[] {"name", "date", "start", "end", "lastDate"}) {
            if (vm.invalidFields().contains(f)) {
                fields.get(f).requestFocus();
                return;
            }
        }
    }
}
