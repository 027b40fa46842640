package app.rapport.ui.network;

import app.rapport.journal.Contact;
import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The map's toolbar: search (Enter centres the person found), focus, everyone, "me in the middle",
 * archived, zoom, fit and export; and the filters by circle, interest, organisation, city and
 * warmth, with how many people they leave.
 */
final class MapToolbar {

    private final NetworkViewModel model;
    private final MapView map;
    private final TextField search;
    private final Runnable findAndCentre;
    private final Consumer<String> export;

    MapToolbar(NetworkViewModel model, MapView map, TextField search, Runnable findAndCentre, Consumer<String> export) {
        this.model = model;
        this.map = map;
        this.search = search;
        this.findAndCentre = findAndCentre;
        this.export = export;
    }

    /** The toolbar: search, focus, everyone, the toggles, zoom, fit, export; and the filters' row. */
    Node node() {
        HBox first = firstRow();

        ComboBox<Integer> circle = circleChoice();
        ComboBox<String> interest = choice("network-filter-interest", "network.filter.interest",
                model.interestFilterProperty(), Contact::interests);
        ComboBox<String> organization = choice("network-filter-organization", "network.filter.organization",
                model.organizationFilterProperty(), c -> c.organization() == null ? List.of() : List.of(c.organization()));
        ComboBox<String> city = choice("network-filter-city", "network.filter.city",
                model.cityFilterProperty(), c -> c.city() == null ? List.of() : List.of(c.city()));
        ComboBox<NetworkViewModel.WarmthFilter> warmth = warmthChoice();
        Label shown = shownCount();
        FlowPane second = new FlowPane(6, 6, label("network.filter.label"), circle, interest, organization, city,
                warmth, shown);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, first, second);
        bar.getStyleClass().add("network-toolbar");
        return bar;
    }

    private HBox firstRow() {
        search.setId("network-search");
        search.promptTextProperty().bind(I18n.bind("network.search.prompt"));
        search.setPrefColumnCount(16);
        search.setOnAction(e -> findAndCentre.run());
        search.textProperty().addListener((o, was, now) -> {
            int slot = model.find(now);
            if (slot >= 0) {
                model.selectedProperty().set(slot);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                map.canvas().requestFocus();
            }
        });
        Button focus = iconButton(Material2AL.CENTER_FOCUS_STRONG, "network.focus", "network-focus");
        focus.disableProperty().bind(model.selectedProperty().lessThan(0));
        focus.setOnAction(e -> model.focusOn(model.selectedProperty().get()));
        Button everyone = iconButton(Material2AL.CLEAR_ALL, "network.filter.clear", "network-clear");
        everyone.setOnAction(e -> {
            model.clearFilters();
            map.fitToWindow();
        });
        Button zoomOut = iconButton(Material2MZ.ZOOM_OUT, "network.zoomOut", "network-zoom-out");
        zoomOut.setOnAction(e -> map.zoomOut());
        Button zoomIn = iconButton(Material2MZ.ZOOM_IN, "network.zoomIn", "network-zoom-in");
        zoomIn.setOnAction(e -> map.zoomIn());
        Button fit = iconButton(Material2MZ.ZOOM_OUT_MAP, "network.fit", "network-fit");
        fit.setOnAction(e -> map.fitToWindow());
        CheckBox me = new CheckBox();
        me.textProperty().bind(I18n.bind("network.showMe"));
        me.setId("network-show-me");
        me.selectedProperty().bindBidirectional(model.showMeProperty());
        CheckBox archived = new CheckBox();
        archived.textProperty().bind(I18n.bind("network.showArchived"));
        archived.setId("network-show-archived");
        archived.selectedProperty().bindBidirectional(model.showArchivedProperty());
        Button exportButton = iconButton(Material2MZ.SAVE_ALT, "network.export", "network-export");
        ContextMenu exportMenu = new ContextMenu();
        MenuItem png = new MenuItem();
        png.textProperty().bind(I18n.bind("network.export.png"));
        png.setOnAction(e -> export.accept("png"));
        MenuItem svg = new MenuItem();
        svg.textProperty().bind(I18n.bind("network.export.svg"));
        svg.setOnAction(e -> export.accept("svg"));
        exportMenu.getItems().addAll(png, svg);
        exportButton.setOnAction(e -> exportMenu.show(exportButton, Side.BOTTOM, 0, 0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox first = new HBox(6, search, focus, everyone, spacer, me, archived, zoomOut, zoomIn, fit, exportButton);
        first.setAlignment(Pos.CENTER_LEFT);
        return first;
    }

    private ComboBox<Integer> circleChoice() {
        ComboBox<Integer> circle = new ComboBox<>();
        circle.setId("network-filter-circle");
        circle.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer c) {
                NetworkData d = model.dataProperty().get();
                NetworkData.Circle info = c == null || d == null ? null : d.circleInfo(c);
                return info == null ? I18n.text("network.filter.circle.all")
                        : NetworkViewModel.circleName(info) + " (" + info.size() + ")";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        Runnable circles = () -> {
            NetworkData d = model.dataProperty().get();
            List<Integer> items = new ArrayList<>();
            items.add(null);
            if (d != null) {
                d.circles().forEach(c -> items.add(c.number()));
            }
            Integer keep = model.circleFilterProperty().get();
            circle.getItems().setAll(items);
            circle.setValue(items.contains(keep) ? keep : null);
        };
        model.dataProperty().addListener(o -> circles.run());
        I18n.onChange(circle, circles);
        circle.valueProperty().addListener((o, was, now) -> model.circleFilterProperty().set(now));
        model.circleFilterProperty().addListener((o, was, now) -> circle.setValue(now));
        circle.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(circle.getConverter().toString(empty ? null : item));
            }
        });
        circles.run();
        return circle;
    }

    private ComboBox<NetworkViewModel.WarmthFilter> warmthChoice() {
        ComboBox<NetworkViewModel.WarmthFilter> warmth = new ComboBox<>();
        warmth.setId("network-filter-warmth");
        warmth.getItems().setAll(NetworkViewModel.WarmthFilter.values());
        warmth.setConverter(new StringConverter<>() {
            @Override
            public String toString(NetworkViewModel.WarmthFilter w) {
                return I18n.text((w == null ? NetworkViewModel.WarmthFilter.ANY : w).messageKey());
            }

            @Override
            public NetworkViewModel.WarmthFilter fromString(String s) {
                return null;
            }
        });
        warmth.valueProperty().bindBidirectional(model.warmthFilterProperty());
        I18n.onChange(warmth, () -> {
            NetworkViewModel.WarmthFilter keep = warmth.getValue();
            warmth.getItems().setAll(NetworkViewModel.WarmthFilter.values());
            warmth.setValue(keep);
        });
        return warmth;
    }

    private Label shownCount() {
        Label shown = new Label();
        shown.setId("network-shown");
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable count = () -> {
            NetworkData d = model.dataProperty().get();
            shown.setText(d == null ? "" : model.filtered()
                    ? I18n.text("network.shown.some", model.visibleCount(), d.size())
                    : I18n.text("network.shown.all", d.size(), d.ties()));
        };
        model.filterVersionProperty().addListener(o -> count.run());
        I18n.onChange(shown, count);
        return shown;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** An editable choice of the values on the map (an interest, an organisation, a city); empty means any. */
    private ComboBox<String> choice(String id, String promptKey, javafx.beans.property.StringProperty filter,
                                    Function<Contact, List<String>> values) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.setPrefWidth(160);
        box.promptTextProperty().bind(I18n.bind(promptKey));
        model.dataProperty().addListener(o -> {
            String keep = box.getValue();
            box.getItems().setAll(model.choices(values));
            box.setValue(keep);
        });
        box.valueProperty().addListener((o, was, now) -> filter.set(now == null || now.isBlank() ? null : now));
        filter.addListener((o, was, now) -> {
            if (!Objects.equals(box.getValue(), now)) {
                box.setValue(now);
            }
        });
        return box;
    }

    private Button iconButton(Ikon icon, String tooltipKey, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setId(id);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(I18n.bind(tooltipKey));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(I18n.bind(tooltipKey));
        return b;
    }
}
