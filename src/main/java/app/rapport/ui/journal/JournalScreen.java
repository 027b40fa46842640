package app.rapport.ui.journal;

import app.rapport.journal.ContactSummary;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Journal: every encounter, newest first, with search and filters on the left and the selected
 * encounter on the right. Reloads whenever the journal changes anywhere in the app.
 */
public final class JournalScreen implements Screen {

    static final String STYLESHEET = Objects.requireNonNull(
            JournalScreen.class.getResource("journal.css"), "journal.css").toExternalForm();
    /** Quick capture's shortcut as the issue names it; the main window installs it for the whole app. */
    public static final KeyCombination QUICK_CAPTURE_SHORTCUT =
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SEARCH_SHORTCUT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final AppContext ctx;
    private final JournalViewModel vm;
    private BorderPane root;
    private CustomTextField search;

    public JournalScreen(AppContext ctx) {
        this(ctx, ctx.clock());
    }

    JournalScreen(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.vm = new JournalViewModel(ctx, clock);
    }

    @Override
    public String titleKey() {
        return "journal.title";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.MENU_BOOK;
    }

    @Override
    public Node view() {
        if (root == null) {
            root = build();
            vm.reload();
        }
        return root;
    }

    @Override
    public void onShow() {
        vm.reload();
    }

    public JournalViewModel viewModel() {
        return vm;
    }

    /** Puts the cursor in the search field (the main window's search shortcut can call this). */
    public void focusSearch() {
        if (search != null) {
            search.requestFocus();
            search.selectAll();
        }
    }

    private BorderPane build() {
        BorderPane pane = new BorderPane();
        pane.getStyleClass().add("journal-screen");
        pane.getStylesheets().add(STYLESHEET);
        pane.setTop(new VBox(10, header(), filters()));
        BorderPane.setMargin(pane.getTop(), new Insets(16, 16, 10, 16));

        SplitPane split = new SplitPane(list(), new EncounterDetail(vm));
        split.setDividerPositions(0.55);
        pane.setCenter(split);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SEARCH_SHORTCUT.match(e)) {
                focusSearch();
                e.consume();
            }
        });
        return pane;
    }

    private Node header() {
        Label title = new Label();
        title.textProperty().bind(I18n.bind("journal.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.setId("journal-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.text(vm.moreProperty().get() ? "journal.count.more" : "journal.count",
                        vm.encounters().size()),
                vm.encounters(), vm.moreProperty(), I18n.localeProperty()));
        search = new CustomTextField();
        search.setId("journal-search");
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        search.promptTextProperty().bind(I18n.bind("journal.search.prompt"));
        search.textProperty().bindBidirectional(vm.textProperty());
        search.setPrefColumnCount(18);
        search.setMaxWidth(420);
        search.setTooltip(tooltip("journal.search.tooltip", SEARCH_SHORTCUT.getDisplayText()));
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        Button log = new Button(null, new FontIcon(Material2AL.ADD));
        log.setId("journal-log");
        log.textProperty().bind(I18n.bind("journal.log"));
        log.getStyleClass().add(Styles.ACCENT);
        log.setTooltip(tooltip("journal.log.tooltip", QUICK_CAPTURE_SHORTCUT.getDisplayText()));
        log.setOnAction(e -> vm.logEncounter());
        HBox header = new HBox(12, title, count, spacer, search, log);
        header.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(Label.USE_PREF_SIZE);
        count.setMinWidth(Label.USE_PREF_SIZE);
        log.setMinWidth(Button.USE_PREF_SIZE);
        return header;
    }

    private Node filters() {
        ComboBox<EncounterKind> kind = new ComboBox<>();
        kind.setId("journal-kind");
        kind.getItems().add(null); // "all kinds"
        kind.getItems().addAll(EncounterKind.values());
        kind.setCellFactory(l -> new KindFilterCell());
        kind.setButtonCell(new KindFilterCell());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setPrefWidth(200);

        CustomTextField person = new CustomTextField();
        person.setId("journal-participant");
        person.setLeft(new FontIcon(Material2MZ.PERSON));
        person.promptTextProperty().bind(I18n.bind("journal.participant.prompt"));
        person.setPrefColumnCount(12);
        ContactCompletion completion = new ContactCompletion(person, ctx::journal, Set::of, false,
                choice -> vm.participantProperty().set(choice.contact()));
        vm.participantProperty().addListener((obs, old, now) -> {
            if (now != null && !now.name().equals(person.getText())) {
                completion.setTextQuietly(now.name());
            } else if (now == null && old != null && old.name().equals(person.getText())) {
                completion.setTextQuietly("");
            }
        });
        // Editing the name away from the chosen contact stops filtering by that contact.
        person.textProperty().addListener((obs, old, now) -> {
            ContactSummary chosen = vm.participantProperty().get();
            if (chosen != null && !chosen.name().equals(now)) {
                vm.participantProperty().set(null);
            }
        });

        DatePicker from = datePicker("journal-from", "journal.from.prompt");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = datePicker("journal-to", "journal.to.prompt");
        to.valueProperty().bindBidirectional(vm.toProperty());

        Button clear = new Button(null, new FontIcon(Material2MZ.UNDO));
        clear.setId("journal-clear-filters");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setTooltip(tooltip("journal.filters.clear"));
        clear.accessibleTextProperty().bind(I18n.bind("journal.filters.clear"));
        clear.setOnAction(e -> vm.clearFilters());
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.isFiltered(),
                vm.textProperty(), vm.kindProperty(), vm.participantProperty(), vm.fromProperty(), vm.toProperty()));

        // Switching the language relabels the kinds and rewrites the dates in the new format.
        I18n.onChange(from, () -> {
            for (DatePicker picker : List.of(from, to)) {
                picker.setConverter(app.rapport.ui.common.Formats.dateConverter());
            }
        });

        FlowPane bar = new FlowPane(8, 8, kind, person, from, to, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Tooltip tooltip(String key, Object... args) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(I18n.bind(key, args));
        return tip;
    }

    private static DatePicker datePicker(String id, String promptKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(app.rapport.ui.common.Formats.dateConverter());
        picker.promptTextProperty().bind(I18n.bind(promptKey));
        picker.setPrefWidth(145);
        return picker;
    }

    private Node list() {
        ListView<Encounter> list = new ListView<>(vm.encounters());
        list.setId("journal-list");
        list.getStyleClass().add("encounter-list");
        list.setCellFactory(l -> new EncounterCell(vm));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(Bindings.createStringBinding(
                () -> !vm.loadedProperty().get() ? ""
                        : I18n.text(vm.isFiltered() ? "journal.empty.filtered" : "journal.empty"),
                vm.loadedProperty(), vm.textProperty(), vm.kindProperty(), vm.participantProperty(),
                vm.fromProperty(), vm.toProperty(), I18n.localeProperty()));
        list.setPlaceholder(empty);

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            // Match by id: after ticking a follow-up the selected encounter is a newer copy of the row.
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(now.id())) {
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        list.getSelectionModel().select(i);
                        list.scrollTo(i);
                    }
                    return;
                }
            }
        });
        // Names arrive with the encounters; redraw the cells when they change.
        vm.namesProperty().addListener((obs, old, now) -> list.refresh());
        I18n.onChange(list, list::refresh);

        list.setOnKeyPressed(e -> {
            Encounter chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                vm.delete(chosen);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.edit(chosen);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            Encounter chosen = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && chosen != null) {
                vm.edit(chosen);
            }
        });

        Button more = new Button();
        more.setId("journal-more");
        more.textProperty().bind(I18n.bind("journal.more"));
        more.getStyleClass().add(Styles.FLAT);
        more.setOnAction(e -> vm.showMore());
        more.visibleProperty().bind(vm.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        HBox moreBox = new HBox(more);
        moreBox.setAlignment(Pos.CENTER);
        moreBox.visibleProperty().bind(vm.moreProperty());
        moreBox.managedProperty().bind(moreBox.visibleProperty());

        VBox box = new VBox(list, moreBox);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    /** The kind filter's entries; the empty entry means every kind. */
    private static final class KindFilterCell extends ListCell<EncounterKind> {
        KindFilterCell() {
            I18n.onChange(this, () -> updateItem(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(EncounterKind item, boolean empty) {
            super.updateItem(item, empty);
            if (item == null) {
                setText(I18n.text("journal.kind.all"));
                setGraphic(new FontIcon(Material2AL.FILTER_LIST));
            } else {
                setText(EncounterTexts.kind(item));
                setGraphic(new FontIcon(app.rapport.ui.common.EncounterIcons.of(item)));
            }
        }
    }
}
