package app.rapport.ui.events;

import app.rapport.journal.Contact;
import app.rapport.journal.Event;
import app.rapport.journal.Session;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Events: the list (to come, or past) and the selected event with its attendees, agenda, goals
 * and notes; from here the preparation brief and, afterwards, the capture of new people.
 */
public final class EventsScreen implements Screen {

    static final String STYLESHEET = Objects.requireNonNull(
            EventsScreen.class.getResource("events.css")).toExternalForm();

    private final EventsViewModel model;
    private final AppContext ctx;
    private final VBox detailBox = new VBox();
    private Node view;

    public EventsScreen(AppContext ctx) {
        this(ctx, ctx.clock());
    }

    public EventsScreen(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.model = new EventsViewModel(ctx, clock);
    }

    public EventsViewModel model() {
        return model;
    }

    @Override
    public String titleKey() {
        return "events.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.EVENT;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
            model.load();
        }
        return view;
    }

    @Override
    public void onShow() {
        model.load();
    }

    /** Shows the event (for example from Today's "next events"). */
    public void show(String eventId) {
        model.show(eventId);
    }

    private Node build() {
        VBox left = new VBox(bar(), eventList());
        left.getStyleClass().add("events-list-pane");
        // As wide as the bar needs: "Upcoming" and "Past" are never cut.
        left.setMinWidth(Region.USE_COMPUTED_SIZE);

        detailBox.getStyleClass().add("event-detail");
        ScrollPane right = new ScrollPane(detailBox);
        right.setFitToWidth(true);
        right.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        model.detailProperty().addListener((o, was, now) -> showDetail(now));
        I18n.onChange(right, () -> showDetail(model.detailProperty().get()));
        showDetail(null);

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(left, false);
        split.getStylesheets().add(STYLESHEET);
        split.getStyleClass().add("events-screen");
        split.setId("events-screen");
        return split;
    }

    /** Upcoming or past, the calendar's import and export, and New event. */
    private Node bar() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton upcoming = toggle("events.upcoming", EventsViewModel.Shown.UPCOMING, group);
        upcoming.getStyleClass().add(Styles.LEFT_PILL);
        upcoming.setId("events-upcoming");
        ToggleButton past = toggle("events.past", EventsViewModel.Shown.PAST, group);
        past.getStyleClass().add(Styles.RIGHT_PILL);
        past.setId("events-past");
        group.selectToggle(upcoming);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was); // one of the two is always chosen
            } else {
                model.shownProperty().set((EventsViewModel.Shown) now.getUserData());
            }
        });
        Button add = new Button(null, new FontIcon(Material2AL.ADD));
        add.setId("events-new");
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.ACCENT);
        Tooltip addTip = new Tooltip();
        addTip.textProperty().bind(I18n.bind("events.new"));
        add.setTooltip(addTip);
        add.setOnAction(e -> EventEditorDialog.create(ctx, model.clock(), saved -> model.show(saved.id())));
        // Texts bound, not set: the menu follows a language switch like the rest of the screen.
        javafx.scene.control.MenuItem importIcs = new javafx.scene.control.MenuItem();
        importIcs.textProperty().bind(I18n.bind("events.calendar.import"));
        importIcs.setOnAction(e -> importCalendar());
        javafx.scene.control.MenuItem exportIcs = new javafx.scene.control.MenuItem();
        exportIcs.textProperty().bind(I18n.bind("events.calendar.export"));
        exportIcs.setOnAction(e -> exportCalendar());
        javafx.scene.control.MenuButton calendar = new javafx.scene.control.MenuButton(null,
                new FontIcon(Material2AL.EVENT_AVAILABLE), importIcs, exportIcs);
        calendar.setId("events-calendar");
        calendar.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Tweaks.NO_ARROW);
        Tooltip calendarTip = new Tooltip();
        calendarTip.textProperty().bind(I18n.bind("events.calendar"));
        calendar.setTooltip(calendarTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.control.Control c : List.of(upcoming, past, calendar, add)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(6, upcoming, past, spacer, calendar, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("events-bar");
        return bar;
    }

    private Node eventList() {
        ListView<Event> list = new ListView<>(model.events());
        list.setId("events-list");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(l -> new EventCell());
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> I18n.text(
                model.shownProperty().get() == EventsViewModel.Shown.UPCOMING ? "events.emptyUpcoming" : "events.emptyPast"),
                model.shownProperty(), I18n.localeProperty()));
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(16, 20, 16, 20));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private void importCalendar() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(I18n.text("events.calendar.import"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                I18n.text("events.calendar.files"),
                app.rapport.interchange.Importers.filePatterns(java.util.Set.of(app.rapport.interchange.Importer.Kind.CALENDAR))));
        java.io.File file = chooser.showOpenDialog(ctx.window());
        if (file != null) {
            model.importCalendar(file.toPath(), result -> imported(result, file.toPath()));
        }
    }

    /**
     * Problems stop an import and are listed; events that cannot be read stop it too, unless the
     * user chooses to import the others; warnings are reported after it.
     */
    void imported(EventsViewModel.CalendarImport result, java.nio.file.Path file) {
        if (!result.invalid().isEmpty()) {
            boolean others = result.events() > 0 && app.rapport.ui.common.Dialogs.confirm(ctx.window(),
                    I18n.text("events.calendar.import"),
                    I18n.text("events.calendar.invalid", result.invalid().size(), result.invalid().size() + result.events()),
                    String.join("\n", result.invalid()),
                    I18n.text("events.calendar.importOthers", result.events()), I18n.text("events.calendar.importNothing"));
            if (others) {
                model.storeCalendar(result, file, r -> imported(r, file));
            } else if (result.events() == 0) {
                app.rapport.ui.common.Dialogs.error(ctx.window(), I18n.text("events.calendar.import"),
                        I18n.text("events.calendar.failed"), String.join("\n", result.invalid())).show();
            }
        } else if (!result.problems().isEmpty()) {
            app.rapport.ui.common.Dialogs.error(ctx.window(), I18n.text("events.calendar.import"),
                    I18n.text("events.calendar.failed"), String.join("\n", result.problems())).show();
        } else if (!result.warnings().isEmpty()) {
            app.rapport.ui.common.Dialogs.info(ctx.window(), I18n.text("events.calendar.import"),
                    I18n.text("events.calendar.warnings", result.events()), String.join("\n", result.warnings())).show();
        }
    }

    private void exportCalendar() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(I18n.text("events.calendar.export"));
        chooser.setInitialFileName("rapport.ics");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                I18n.text("events.calendar.files"), "*.ics"));
        java.io.File file = chooser.showSaveDialog(ctx.window());
        if (file != null) {
            model.exportCalendar(file.toPath());
        }
    }

    private static ToggleButton toggle(String key, EventsViewModel.Shown shown, ToggleGroup group) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(I18n.bind(key));
        b.setUserData(shown);
        b.setToggleGroup(group);
        return b;
    }

    private void showDetail(EventsViewModel.Detail d) {
        if (d == null) {
            Label hint = new Label(I18n.text(model.events().isEmpty() ? "events.noneYet" : "events.choose"));
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            hint.setWrapText(true);
            detailBox.getChildren().setAll(hint);
            return;
        }
        Event e = d.event();
        Label name = new Label(EventTexts.name(e));
        name.getStyleClass().add(Styles.TITLE_2);
        name.setWrapText(true);
        name.setId("event-detail-name");
        VBox head = new VBox(4, name);
        if (e.series() != null) {
            Label series = new Label(e.series());
            series.getStyleClass().add(Styles.TEXT_MUTED);
            head.getChildren().add(series);
        }
        head.getChildren().add(iconLine(Material2AL.ACCESS_TIME, EventTexts.when(e, model.clock().getZone())));
        if (e.place() != null) {
            head.getChildren().add(iconLine(Material2MZ.PLACE, e.place()));
        }
        if (e.topic() != null) {
            head.getChildren().add(iconLine(Material2AL.LABEL, e.topic()));
        }

        Button brief = new Button(I18n.text("events.brief"), new FontIcon(Material2AL.ASSIGNMENT));
        brief.setId("event-brief");
        brief.getStyleClass().add(Styles.ACCENT);
        brief.setOnAction(x -> EventBriefWindow.show(ctx, model.clock(), e.id()));
        Button capture = new Button(I18n.text("events.capture"), new FontIcon(Material2MZ.PERSON_ADD));
        capture.setId("event-capture");
        capture.setOnAction(x -> PostEventCaptureDialog.show(ctx, model.clock(), e));
        // The people met at an event are captured once it has begun: before, the encounter would be
        // dated today and "how we met" the event's day, and they would show as met today.
        boolean ahead = e.start() != null && e.start().isAfter(java.time.OffsetDateTime.now(model.clock()));
        capture.setDisable(ahead);
        Button edit = new Button(I18n.text("events.edit"), new FontIcon(Material2AL.EDIT));
        edit.setId("event-edit");
        edit.setOnAction(x -> EventEditorDialog.edit(ctx, model.clock(), e, saved -> model.show(saved.id())));
        Button delete = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("event-delete");
        delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        delete.setTooltip(new Tooltip(I18n.text("events.delete")));
        delete.setOnAction(x -> model.delete(e));
        javafx.scene.layout.FlowPane actions = app.rapport.ui.common.Nodes.buttonRow(8, brief, capture, edit, delete);
        if (ahead) {
            Label later = new Label(I18n.text("events.capture.later"));
            later.setId("event-capture-later");
            later.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            later.setWrapText(true);
            actions.getChildren().add(later);
        }

        VBox body = new VBox(16, head, actions);
        body.getChildren().add(section("events.section.attendees", attendees(d)));
        if (!e.sessions().isEmpty()) {
            body.getChildren().add(section("events.section.agenda", agenda(d)));
        }
        Label notes = new Label(e.notes() == null ? I18n.text("events.noNotes") : e.notes());
        notes.setWrapText(true);
        notes.setId("event-detail-notes");
        if (e.notes() == null) {
            notes.getStyleClass().add(Styles.TEXT_MUTED);
        }
        body.getChildren().add(section("events.section.notes", notes));
        detailBox.getChildren().setAll(body);
    }

    private static Node iconLine(Ikon ikon, String text) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("event-line-icon");
        Label l = new Label(text, icon);
        l.setWrapText(true);
        return l;
    }

    private static Node section(String titleKey, Node content) {
        Label title = new Label(I18n.text(titleKey));
        title.getStyleClass().addAll(Styles.TITLE_4, "event-section-title");
        return new VBox(6, title, content);
    }

    private Node attendees(EventsViewModel.Detail d) {
        if (d.attendees().isEmpty()) {
            Label none = new Label(I18n.text("events.noAttendees"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            return none;
        }
        FlowPane chips = new FlowPane(6, 6);
        chips.setId("event-detail-attendees");
        for (EventsViewModel.Attendee a : d.attendees()) {
            Region dot = new Region();
            dot.getStyleClass().addAll("warmth-dot", "warmth-" + a.relationship().warmth().wireName());
            Button chip = new Button(a.contact().name(), dot);
            chip.getStyleClass().addAll("chip", "attendee-chip");
            chip.setTooltip(new Tooltip(I18n.text(a.relationship().warmth().messageKey())));
            chip.setOnAction(x -> ctx.showContact(a.contact().id()));
            chips.getChildren().add(chip);
        }
        return chips;
    }

    private static Node agenda(EventsViewModel.Detail d) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.setId("event-detail-agenda");
        int row = 0;
        for (Session s : d.event().sessions()) {
            Label slot = new Label(EventTexts.slot(s.start(), s.end()));
            slot.getStyleClass().add("agenda-slot");
            Label topic = new Label(s.topic() == null ? "" : s.topic());
            topic.setWrapText(true);
            Contact speaker = s.speaker() == null ? null : d.speakers().get(s.speaker());
            Label who = new Label(speaker == null ? "" : speaker.name());
            who.getStyleClass().add(Styles.TEXT_MUTED);
            grid.addRow(row++, slot, topic, who);
        }
        return grid;
    }

    /** Date, name and place of an event in the list. */
    private static final class EventCell extends ListCell<Event> {
        EventCell() {
            // The cell takes the list's width: a long name is cut, not scrolled to; the detail shows it.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Event e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = app.rapport.ui.common.Nodes.mayElide(new Label(EventTexts.name(e)));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            String sub = e.start() == null ? I18n.text("events.noDate") : EventTexts.shortDate(e.start())
                    + (e.place() == null ? "" : " · " + e.place());
            Label meta = app.rapport.ui.common.Nodes.mayElide(new Label(sub));
            meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label count = new Label(I18n.text("events.attendeeCount", e.attendees().size()));
            count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            VBox box = new VBox(2, name, meta, count);
            box.setMinWidth(0);
            setText(null);
            setGraphic(box);
        }
    }
}
