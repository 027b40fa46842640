package app.rapport.ui.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactSummary;
import app.rapport.reminders.Warmth;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Contacts: the searchable, filterable list on the left and the selected contact on the right.
 * The list is a virtualised {@link ListView} with fixed row height, so ten thousand contacts
 * scroll as smoothly as ten.
 */
public final class ContactsScreen implements Screen {

    private static final double ROW_HEIGHT = 50;

    private final ContactsViewModel model;
    private final CustomTextField search = new CustomTextField();
    private final ListView<ContactSummary> list = new ListView<>();
    private ContactDetailView detailView;
    private SplitPane root;
    private boolean selectingFromModel;

    public ContactsScreen(AppContext app) {
        this.model = new ContactsViewModel(app);
    }

    @Override
    public String titleKey() {
        return "contacts.title";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PEOPLE;
    }

    @Override
    public Node view() {
        if (root == null) {
            detailView = new ContactDetailView(model, this);
            root = new SplitPane(buildListPane(), detailView.view());
            root.getStyleClass().add("contacts-screen");
            root.setDividerPositions(0.4);
            SplitPane.setResizableWithParent(root.getItems().getFirst(), false);
            // The list is filled by onShow(), which the main window calls right after this.
        }
        return root;
    }

    @Override
    public void onShow() {
        // Other screens may have changed names or restored contacts.
        model.reload();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public ContactsViewModel model() {
        return model;
    }

    /** Selects the contact in the list (if it is there) and shows its detail. */
    public void select(String id) {
        model.select(id);
        selectInList(id);
    }

    /** Opens the editor on a new contact; saving selects it. */
    public void newContact() {
        ContactEditorDialog.show(model.app(), null, model::saved);
    }

    /** The export dialog, offering the contacts the list shows now (first, if the user narrowed it). */
    public void exportContacts() {
        new app.rapport.ui.importing.ExportDialog(model.app(),
                model.contacts().stream().map(app.rapport.journal.ContactSummary::id).toList(), model.isNarrowed()).show();
    }

    void edit(Contact contact) {
        ContactEditorDialog.show(model.app(), contact, model::saved);
    }

    private Node buildListPane() {
        VBox pane = new VBox(10, searchRow(), filters(), statusRow(), contactList());
        pane.getStyleClass().add("contact-list-pane");
        pane.setPadding(new Insets(16, 12, 12, 16));
        pane.setMinWidth(300);
        return pane;
    }

    /** The search field (Down goes to the list, Escape clears it), Export and New contact. */
    private Node searchRow() {
        search.setId("contact-search");
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        search.promptTextProperty().bind(I18n.bind("contacts.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        Button clear = new Button(null, new FontIcon(Material2AL.CLOSE));
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "clear-search");
        clear.setCursor(Cursor.DEFAULT);
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(e -> search.clear());
        search.setRight(clear);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        Button add = new Button(null, new FontIcon(Material2MZ.PERSON_ADD));
        add.setId("new-contact");
        add.getStyleClass().add(Styles.ACCENT);
        add.accessibleTextProperty().bind(I18n.bind("contacts.new"));
        javafx.scene.control.Tooltip addTip = new javafx.scene.control.Tooltip();
        addTip.textProperty().bind(I18n.bind("contacts.new.tooltip",
                new javafx.scene.input.KeyCodeCombination(KeyCode.N, javafx.scene.input.KeyCombination.SHORTCUT_DOWN)
                        .getDisplayText()));
        add.setTooltip(addTip);
        add.setOnAction(e -> newContact());
        Button export = new Button(null, new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("export-contacts");
        export.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        export.accessibleTextProperty().bind(I18n.bind("export.open"));
        javafx.scene.control.Tooltip exportTip = new javafx.scene.control.Tooltip();
        exportTip.textProperty().bind(I18n.bind("export.open.hint"));
        export.setTooltip(exportTip);
        export.setOnAction(e -> exportContacts());
        HBox searchRow = new HBox(8, search, export, add);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        return searchRow;
    }

    private Node filters() {
        ComboBox<String> tagFilter = filterBox("contacts.filter.allTags", model.tags());
        tagFilter.setId("tag-filter");
        tagFilter.valueProperty().bindBidirectional(model.tagProperty());
        ComboBox<String> orgFilter = filterBox("contacts.filter.allOrganizations", model.organizations());
        orgFilter.setId("organization-filter");
        orgFilter.valueProperty().bindBidirectional(model.organizationProperty());
        // Warmth (issue 5): which relationships, and warm ones first if wanted.
        ComboBox<Warmth> warmthFilter = warmthFilter();
        ComboBox<ContactsViewModel.ContactOrder> order = orderChoice();
        order.setMaxWidth(Double.MAX_VALUE);
        // Two columns whatever the texts: "All organisations" and "Warmest first" take the wider
        // one, so that neither is cut in German at the smallest window.
        javafx.scene.layout.GridPane filters = new javafx.scene.layout.GridPane(8, 10);
        for (double percent : new double[] {42, 58}) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(percent);
            c.setFillWidth(true);
            filters.getColumnConstraints().add(c);
        }
        for (ComboBox<?> box : List.of(tagFilter, orgFilter, warmthFilter, order)) {
            box.setPrefWidth(60);
            box.setMinWidth(0);
        }
        filters.addRow(0, tagFilter, orgFilter);
        filters.addRow(1, warmthFilter, order);
        return filters;
    }

    /** Whether archived contacts are shown, and how many contacts the list holds. */
    private Node statusRow() {
        CheckBox archived = new CheckBox();
        archived.setId("show-archived");
        archived.textProperty().bind(I18n.bind("contacts.filter.archived"));
        archived.selectedProperty().bindBidirectional(model.showArchivedProperty());
        Label count = new Label();
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.text("contacts.count", model.contacts().size(), Formats.number(model.contacts().size())),
                model.contacts(), I18n.localeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusRow = new HBox(8, archived, spacer, count);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        return statusRow;
    }

    private Node contactList() {
        list.setId("contact-list");
        list.getStyleClass().addAll("contact-list", Styles.STRIPED);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new ContactCell(model.warmthIndex()));
        model.warmthIndex().relationshipsProperty().addListener(o -> list.refresh()); // the dots
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !selectingFromModel && !now.id().equals(model.selectedIdProperty().get())) {
                model.select(now.id());
            }
        });
        // A new search result replaces the items; keep the selected contact highlighted if it is there.
        model.contacts().addListener((ListChangeListener<ContactSummary>) c ->
                selectInList(model.selectedIdProperty().get()));
        model.selectedIdProperty().addListener((o, was, now) -> selectInList(now));
        list.setItems(model.contacts());
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private void selectInList(String id) {
        selectingFromModel = true;
        try {
            if (id == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            ContactSummary selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && selected.id().equals(id)) {
                return;
            }
            List<ContactSummary> items = model.contacts();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id().equals(id)) {
                    list.getSelectionModel().clearAndSelect(i);
                    int index = i;
                    Platform.runLater(() -> scrollIntoView(index));
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        } finally {
            selectingFromModel = false;
        }
    }

    private void scrollIntoView(int index) {
        // Scroll only when the row is out of sight, so clicking a row does not make the list jump.
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>)
                list.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null
                || index < flow.getFirstVisibleCell().getIndex() || index > flow.getLastVisibleCell().getIndex()) {
            list.scrollTo(index);
        }
    }

    private ComboBox<String> filterBox(String allKey, javafx.collections.ObservableList<String> values) {
        ComboBox<String> box = new ComboBox<>();
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(120);
        // The first entry (null) means "no filter" and is shown as "All tags" / "All organisations".
        javafx.collections.ObservableList<String> items = javafx.collections.FXCollections.observableArrayList();
        items.add(null);
        values.addListener((ListChangeListener<String>) c -> {
            String keep = box.getValue();
            items.setAll(values);
            items.addFirst(null);
            if (keep != null && !values.contains(keep)) {
                box.setValue(null);
            } else {
                box.setValue(keep);
            }
        });
        box.setItems(items);
        box.setCellFactory(v -> new FilterCell(allKey));
        box.setButtonCell(new FilterCell(allKey));
        return box;
    }

    /** All relationships, or only the warm, cooling or cold ones. */
    private ComboBox<Warmth> warmthFilter() {
        ComboBox<Warmth> box = new ComboBox<>();
        box.setId("warmth-filter");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(110);
        javafx.collections.ObservableList<Warmth> items = javafx.collections.FXCollections.observableArrayList();
        items.add(null);
        items.addAll(Warmth.values());
        box.setItems(items);
        javafx.util.Callback<javafx.scene.control.ListView<Warmth>, ListCell<Warmth>> cells = v -> new ListCell<>() {
            {
                I18n.onChange(this, () -> updateItem(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(Warmth item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? I18n.text("contacts.filter.allWarmth") : I18n.text(item.messageKey()));
                setGraphic(empty || item == null ? null : warmthDot(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.valueProperty().bindBidirectional(model.warmthProperty());
        return box;
    }

    /** By name, or warm relationships first. */
    private ComboBox<ContactsViewModel.ContactOrder> orderChoice() {
        ComboBox<ContactsViewModel.ContactOrder> box = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(ContactsViewModel.ContactOrder.values()));
        box.setId("contact-order");
        box.setPrefWidth(110);
        javafx.util.Callback<javafx.scene.control.ListView<ContactsViewModel.ContactOrder>,
                ListCell<ContactsViewModel.ContactOrder>> cells = v -> new ListCell<>() {
            {
                I18n.onChange(this, () -> updateItem(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(ContactsViewModel.ContactOrder item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : I18n.text(item.messageKey()));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.valueProperty().bindBidirectional(model.orderProperty());
        return box;
    }

    static Region warmthDot(Warmth w) {
        Region dot = new Region();
        dot.getStyleClass().addAll("warmth-dot", "warmth-" + w.wireName());
        return dot;
    }

    private static final class FilterCell extends ListCell<String> {
        private final String allKey;

        FilterCell(String allKey) {
            this.allKey = allKey;
            I18n.onChange(this, () -> updateItem(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(item == null ? I18n.text(allKey) : item);
        }
    }

    private Node placeholder() {
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> model.filter().text() == null
                        || model.filter().text().isBlank() ? I18n.text("contacts.empty") : I18n.text("contacts.noMatch"),
                model.queryProperty(), I18n.localeProperty()));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        return box;
    }

    /** One row: how warm the relationship is, the name, and organisation and city below it in a quieter colour. */
    private static final class ContactCell extends ListCell<ContactSummary> {
        private final ContactWarmth warmth;
        private final Region dot = new Region();
        private final javafx.scene.control.Tooltip dotTip = new javafx.scene.control.Tooltip();
        private final Label name = new Label();
        private final Label details = new Label();
        private final Label archivedBadge = new Label();
        private final VBox box;

        ContactCell(ContactWarmth warmth) {
            this.warmth = warmth;
            dot.getStyleClass().add("warmth-dot");
            javafx.scene.control.Tooltip.install(dot, dotTip);
            name.getStyleClass().add("contact-cell-name");
            details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            archivedBadge.textProperty().bind(I18n.bind("contacts.badge.archived"));
            archivedBadge.getStyleClass().addAll("badge", "badge-muted");
            HBox top = new HBox(6, dot, name, archivedBadge);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(1, top, details);
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("contact-cell");
        }

        @Override
        protected void updateItem(ContactSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            Warmth w = warmth.warmth(item.id());
            dot.getStyleClass().removeIf(c -> c.startsWith("warmth-") && !c.equals("warmth-dot"));
            dot.getStyleClass().add("warmth-" + w.wireName());
            dotTip.setText(I18n.text(w.messageKey()));
            String line = joinNonBlank(" · ", item.organization(), item.city());
            details.setText(line);
            details.setVisible(!line.isEmpty());
            details.setManaged(!line.isEmpty());
            archivedBadge.setVisible(item.archived());
            archivedBadge.setManaged(item.archived());
            setGraphic(box);
        }
    }

    static String joinNonBlank(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(separator);
                }
                sb.append(p.strip());
            }
        }
        return sb.toString();
    }

    static Optional<String> nonBlank(String s) {
        return Objects.isNull(s) || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
