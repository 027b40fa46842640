package app.rapport.ui.network;

import app.rapport.journal.Contact;
import app.rapport.reminders.Relationship;
import app.rapport.suggest.Bridges;
import app.rapport.suggest.Suggestion;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Chips;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Network screen: a map of who knows whom (circles, bridges, suggested and planned
 * introductions) with filters, search and a side panel for the person selected; and charts of
 * how the user's networking went over time.
 */
public final class NetworkScreen implements Screen {

    private static final String STYLESHEET = Objects.requireNonNull(
            NetworkScreen.class.getResource("network.css")).toExternalForm();

    private final AppContext ctx;
    private final NetworkViewModel model;
    private final Clock clock;
    private MapView map;
    private ActivityView activity;
    private final VBox side = new VBox(10);
    private final TextField search = new TextField();
    private Node view;
    private TabPane tabs;

    public NetworkScreen(AppContext ctx) {
        this(ctx, ctx.clock());
    }

    public NetworkScreen(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        this.model = new NetworkViewModel(ctx, clock);
    }

    public NetworkViewModel model() {
        return model;
    }

    @Override
    public String titleKey() {
        return "network.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.BUBBLE_CHART;
    }

    @Override
    public Node view() {
        if (view == null) {
            model.activate(); // the map's data is read while the screen is built
            view = build();
        }
        return view;
    }

    @Override
    public void onShow() {
        model.activate();
        if (activity != null && tabs.getSelectionModel().getSelectedIndex() == 1) {
            activity.load();
        }
    }

    @Override
    public void focusSearch() {
        tabs.getSelectionModel().select(0);
        search.requestFocus();
        search.selectAll();
    }

    MapView map() {
        return map;
    }

    /** Centres the map on the person (search does so). */
    public void centreOn(int slot) {
        map.centreOn(slot);
    }

    /** Moves the picture by so many pixels, as a drag does (for the bench). */
    public void panBy(double dx, double dy) {
        map.panBy(dx, dy);
    }

    /** Zooms about the middle of the map, as the wheel does (for the bench). */
    public void zoomBy(double factor) {
        map.zoomAt(factor, map.getWidth() / 2, map.getHeight() / 2);
    }

    /**
     * How often the map was drawn, the time it took in all, in nanoseconds, and how many of those
     * were pictures of laid-out positions with their ties (for the bench).
     */
    public long[] drawFigures() {
        return new long[] {map.draws(), map.drawNanos(), map.pictures()};
    }

    /** What the map's hover says now, or null when it says nothing. */
    public String hoverText() {
        return map == null ? null : map.hoverText();
    }

    // ---------------------------------------------------------------- layout

    private Node build() {
        map = new MapView(model);
        map.setOnOpen(model::openContact);
        StackPane mapArea = new StackPane(map, emptyState(), legend(), progress());
        StackPane.setAlignment(mapArea.getChildren().get(2), Pos.BOTTOM_LEFT);
        StackPane.setAlignment(mapArea.getChildren().get(3), Pos.TOP_RIGHT);
        mapArea.getStyleClass().add("network-map-area");

        side.getStyleClass().add("network-side");
        side.setId("network-side");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "network-side-scroll");
        sideScroll.setPrefWidth(300);
        sideScroll.setMinWidth(260);
        sideScroll.setMaxWidth(300);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.visibleProperty().bind(model.selectedProperty().greaterThanOrEqualTo(0));
        sideScroll.managedProperty().bind(sideScroll.visibleProperty());
        model.selectedProperty().addListener(o -> fillSide());
        model.dataProperty().addListener(o -> fillSide());
        I18n.onChange(side, this::fillSide);

        BorderPane mapTab = new BorderPane(mapArea);
        mapTab.setTop(toolbar());
        mapTab.setRight(sideScroll);

        activity = new ActivityView(ctx, clock);
        Tab mapTabItem = new Tab();
        mapTabItem.textProperty().bind(I18n.bind("network.tab.map"));
        mapTabItem.setContent(mapTab);
        mapTabItem.setClosable(false);
        mapTabItem.setId("network-tab-map");
        Tab activityTab = new Tab();
        activityTab.textProperty().bind(I18n.bind("network.tab.activity"));
        activityTab.setContent(activity.view());
        activityTab.setClosable(false);
        activityTab.setId("network-tab-activity");
        tabs = new TabPane(mapTabItem, activityTab);
        tabs.setId("network-tabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() == 1) {
                activity.load();
            }
        });
        VBox root = new VBox(tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getStyleClass().add("network-screen");
        root.getStylesheets().add(STYLESHEET);
        return root;
    }

    private Node toolbar() {
        search.setId("network-search");
        search.promptTextProperty().bind(I18n.bind("network.search.prompt"));
        search.setPrefColumnCount(16);
        search.setOnAction(e -> findAndCentre());
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
        Button export = iconButton(Material2MZ.SAVE_ALT, "network.export", "network-export");
        ContextMenu exportMenu = new ContextMenu();
        MenuItem png = new MenuItem();
        png.textProperty().bind(I18n.bind("network.export.png"));
        png.setOnAction(e -> chooseAndExport("png"));
        MenuItem svg = new MenuItem();
        svg.textProperty().bind(I18n.bind("network.export.svg"));
        svg.setOnAction(e -> chooseAndExport("svg"));
        exportMenu.getItems().addAll(png, svg);
        export.setOnAction(e -> exportMenu.show(export, Side.BOTTOM, 0, 0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox first = new HBox(6, search, focus, everyone, spacer, me, archived, zoomOut, zoomIn, fit, export);
        first.setAlignment(Pos.CENTER_LEFT);

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

        ComboBox<String> interest = choice("network-filter-interest", "network.filter.interest",
                model.interestFilterProperty(), Contact::interests);
        ComboBox<String> organization = choice("network-filter-organization", "network.filter.organization",
                model.organizationFilterProperty(), c -> c.organization() == null ? List.of() : List.of(c.organization()));
        ComboBox<String> city = choice("network-filter-city", "network.filter.city",
                model.cityFilterProperty(), c -> c.city() == null ? List.of() : List.of(c.city()));
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
        FlowPane second = new FlowPane(6, 6, label("network.filter.label"), circle, interest, organization, city,
                warmth, shown);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, first, second);
        bar.getStyleClass().add("network-toolbar");
        return bar;
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

    private Node progress() {
        Label computing = new Label();
        computing.textProperty().bind(I18n.bind("network.laying.out"));
        computing.getStyleClass().addAll(Styles.TEXT_MUTED, "network-progress");
        computing.setId("network-progress");
        computing.visibleProperty().bind(model.laidOutProperty().not()
                .and(model.stateProperty().isEqualTo(NetworkViewModel.State.READY)));
        computing.setMouseTransparent(true);
        return computing;
    }

    /** What the colours, outlines and line styles mean. */
    private Node legend() {
        VBox legend = new VBox(4);
        legend.getStyleClass().add("network-legend");
        legend.setId("network-legend");
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setPickOnBounds(false);
        Runnable fill = () -> {
            legend.getChildren().clear();
            legend.getChildren().add(legendLine("network-legend-size", "network.legend.size"));
            legend.getChildren().add(legendLine("network-legend-bridge", "network.legend.bridge"));
            legend.getChildren().add(legendLine("network-legend-suggested", "network.legend.suggested"));
            legend.getChildren().add(legendLine("network-legend-planned", "network.legend.planned"));
            legend.getChildren().add(legendLine("network-legend-made", "network.legend.made"));
        };
        fill.run();
        I18n.onChange(legend, fill);
        legend.visibleProperty().bind(model.stateProperty().isEqualTo(NetworkViewModel.State.READY));
        return legend;
    }

    private Node legendLine(String swatchClass, String key) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("network-legend-swatch", swatchClass);
        Label text = new Label(I18n.text(key));
        text.getStyleClass().add("network-legend-text");
        HBox line = new HBox(8, swatch, text);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** An empty or tiny journal gets a word and a way forward, not an empty canvas. */
    private Node emptyState() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true); // "Eine Person ist noch kein Netzwerk" is wider than the box
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label text = new Label();
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Button add = new Button();
        add.textProperty().bind(I18n.bind("network.empty.add"));
        add.setGraphic(new FontIcon(Material2AL.ADD));
        add.setOnAction(e -> ctx.newContact());
        add.setId("network-empty-add");
        Button sample = new Button();
        sample.textProperty().bind(I18n.bind("network.empty.sample"));
        sample.setGraphic(new FontIcon(Material2AL.EXPLORE));
        sample.setOnAction(e -> ctx.exploreSampleJournal());
        sample.setId("network-empty-sample");
        HBox buttons = new HBox(8, add, sample);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(10, title, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(460);
        box.getStyleClass().add("network-empty");
        box.setId("network-empty");
        StackPane holder = new StackPane(box);
        holder.setPickOnBounds(false);
        Runnable update = () -> {
            NetworkViewModel.State s = model.stateProperty().get();
            NetworkData d = model.dataProperty().get();
            boolean noTies = s == NetworkViewModel.State.READY && d != null && d.ties() == 0;
            holder.setVisible(s == NetworkViewModel.State.EMPTY || s == NetworkViewModel.State.TINY || noTies);
            if (s == NetworkViewModel.State.EMPTY) {
                title.setText(I18n.text("network.empty.title"));
                text.setText(I18n.text("network.empty.text"));
            } else if (s == NetworkViewModel.State.TINY) {
                title.setText(I18n.text("network.tiny.title"));
                text.setText(I18n.text("network.tiny.text"));
            } else {
                title.setText(I18n.text("network.noTies.title"));
                text.setText(I18n.text("network.noTies.text"));
            }
            sample.setVisible(s == NetworkViewModel.State.EMPTY);
            sample.setManaged(s == NetworkViewModel.State.EMPTY);
            add.setVisible(s != NetworkViewModel.State.READY);
            add.setManaged(s != NetworkViewModel.State.READY);
            box.getStyleClass().removeAll("network-empty-banner");
            if (noTies) {
                box.getStyleClass().add("network-empty-banner");
                StackPane.setAlignment(box, Pos.TOP_CENTER);
            } else {
                StackPane.setAlignment(box, Pos.CENTER);
            }
        };
        model.stateProperty().addListener(o -> update.run());
        model.dataProperty().addListener(o -> update.run());
        I18n.onChange(holder, update);
        update.run();
        holder.setVisible(false);
        return holder;
    }

    private void findAndCentre() {
        int slot = model.find(search.getText());
        if (slot >= 0) {
            if (!model.isVisible(slot)) {
                model.clearFilters();
            }
            model.selectedProperty().set(slot);
            map.centreOn(slot);
        }
    }

    // ---------------------------------------------------------------- the side panel

    private void fillSide() {
        side.getChildren().clear();
        NetworkData d = model.dataProperty().get();
        int slot = model.selectedProperty().get();
        if (d == null || slot < 0 || slot >= d.size()) {
            return;
        }
        Contact c = d.person(slot);
        Label name = new Label(c.name());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        name.setId("network-side-name");
        side.getChildren().add(name);
        String work = c.role() != null && c.organization() != null
                ? I18n.text("network.side.work", c.role(), c.organization())
                : c.role() != null ? c.role() : c.organization();
        if (work != null) {
            side.getChildren().add(wrapped(work, null));
        }
        if (c.city() != null) {
            side.getChildren().add(wrapped(c.city(), Styles.TEXT_MUTED));
        }
        Relationship r = d.relationship(slot);
        String warmth = I18n.text(d.warmth(slot).messageKey());
        side.getChildren().add(wrapped(r.everMet()
                ? I18n.text("network.side.warmthMet", warmth, Formats.date(r.lastDay()), r.encounters())
                : I18n.text("network.side.warmthNever", warmth), null));
        NetworkData.Circle circle = d.circleInfo(d.circle(slot));
        if (circle != null) {
            side.getChildren().add(wrapped(I18n.text("network.side.circle", NetworkViewModel.circleName(circle),
                    circle.size()), null));
        }
        Bridges.Bridge bridge = d.bridgeOf(slot);
        if (bridge != null) {
            Label why = wrapped(bridgeSentence(d, bridge), "network-bridge-why");
            why.setId("network-side-bridge");
            side.getChildren().add(why);
        }
        if (!c.interests().isEmpty()) {
            FlowPane chips = new FlowPane(4, 4);
            chips.setPrefWrapLength(260);
            c.interests().forEach(t -> chips.getChildren().add(Chips.chip(t, "interest")));
            side.getChildren().add(chips);
        }

        Button open = new Button();
        open.textProperty().bind(I18n.bind("network.side.open"));
        open.setGraphic(new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        open.setId("network-side-open");
        open.setDefaultButton(false);
        open.setOnAction(e -> model.openContact(slot));
        Button log = new Button();
        log.textProperty().bind(I18n.bind("network.side.log"));
        log.setGraphic(new FontIcon(Material2AL.EDIT));
        log.setId("network-side-log");
        log.setOnAction(e -> model.logEncounter(slot));
        Button focus = new Button();
        focus.textProperty().bind(I18n.bind("network.focus.short"));
        focus.setGraphic(new FontIcon(Material2AL.CENTER_FOCUS_STRONG));
        Tooltip focusTip = new Tooltip();
        focusTip.textProperty().bind(I18n.bind("network.focus"));
        focus.setTooltip(focusTip);
        focus.setId("network-side-focus");
        focus.setOnAction(e -> model.focusOn(slot));
        FlowPane actions = new FlowPane(6, 6, open, log, focus);
        actions.setPrefWrapLength(260);
        side.getChildren().add(actions);

        int[] ties = d.tiesOf(slot);
        side.getChildren().add(heading(I18n.text("network.side.ties", ties.length)));
        if (ties.length == 0) {
            side.getChildren().add(wrapped(I18n.text("network.side.noTies"), Styles.TEXT_MUTED));
        }
        List<Integer> sorted = new ArrayList<>();
        for (int t : ties) {
            sorted.add(t);
        }
        sorted.sort((a, b) -> java.text.Collator.getInstance(I18n.locale()).compare(d.person(a).name(), d.person(b).name()));
        VBox tieList = new VBox(2);
        tieList.setId("network-side-ties");
        for (int t : sorted.subList(0, Math.min(sorted.size(), 30))) {
            Hyperlink link = new Hyperlink(d.person(t).name());
            link.setOnAction(e -> {
                model.selectedProperty().set(t);
                map.centreOn(t);
            });
            tieList.getChildren().add(link);
        }
        if (sorted.size() > 30) {
            tieList.getChildren().add(wrapped(I18n.text("network.side.moreTies", sorted.size() - 30), Styles.TEXT_MUTED));
        }
        side.getChildren().add(tieList);

        side.getChildren().add(heading(I18n.text("network.side.introductions")));
        VBox intros = new VBox(6);
        intros.setId("network-side-introductions");
        Label waiting = wrapped(I18n.text("network.side.introductions.computing"), Styles.TEXT_MUTED);
        intros.getChildren().add(waiting);
        side.getChildren().add(intros);
        model.suggestionsFor(slot, list -> {
            if (model.selectedProperty().get() != slot) {
                return;
            }
            intros.getChildren().clear();
            if (list.isEmpty()) {
                intros.getChildren().add(wrapped(I18n.text("network.side.introductions.none"), Styles.TEXT_MUTED));
            }
            for (Suggestion s : list) {
                Contact other = s.a().id().equals(c.id()) ? s.b() : s.a();
                Label who = new Label(other.name());
                who.getStyleClass().add(Styles.TEXT_BOLD);
                Label reason = wrapped(s.reason(), Styles.TEXT_SMALL);
                Button plan = new Button();
                plan.textProperty().bind(I18n.bind("network.side.plan"));
                plan.getStyleClass().add(Styles.SMALL);
                plan.getStyleClass().add("network-side-plan");
                plan.setOnAction(e -> {
                    plan.setDisable(true);
                    model.plan(s);
                });
                intros.getChildren().add(new VBox(2, who, reason, plan));
            }
        });
    }

    /** Why a bridge matters, in one sentence naming the circles they connect. */
    static String bridgeSentence(NetworkData d, Bridges.Bridge bridge) {
        List<String> names = new ArrayList<>();
        for (int c : bridge.circles().subList(0, Math.min(2, bridge.circles().size()))) {
            names.add(NetworkViewModel.circleName(d.circleInfo(c)));
        }
        String first = d.person(bridge.slot()).name();
        return I18n.text("network.bridge.sentence", first, names.get(0), names.get(1),
                Math.round(bridge.betweenness() * 100));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_BOLD, "network-side-heading");
        return l;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    // ---------------------------------------------------------------- export

    private void chooseAndExport(String format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("network.export"));
        chooser.setInitialFileName(I18n.text("network.export.fileName") + "." + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(java.util.Locale.ROOT),
                "*." + format));
        java.io.File file = chooser.showSaveDialog(ctx.window());
        if (file != null) {
            export(file.toPath(), format);
        }
    }

    /** Writes the map as PNG (what the window shows) or SVG (the whole map, to scale); says so in the notification. */
    public void export(Path file, String format) {
        MapExport.write(map, model, file, format, () -> ctx.notify(I18n.text("network.exported", file.getFileName()), null));
    }
}
