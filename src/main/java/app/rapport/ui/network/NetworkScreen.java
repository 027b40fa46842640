package app.rapport.ui.network;

import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

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

    /** The map's zoom (for tests). */
    public double mapScale() {
        return map.scale();
    }

    /** Where the person is drawn, in the map canvas's coordinates (for tests). */
    public javafx.geometry.Point2D mapPosition(int slot) {
        return map.screenPosition(slot);
    }

    /** Where "you" are drawn in the middle, in the map canvas's coordinates; null when not shown (for tests). */
    public javafx.geometry.Point2D mePosition() {
        return map.mePosition();
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
        map.setLegend((Region) mapArea.getChildren().get(2));
        StackPane.setAlignment(mapArea.getChildren().get(2), Pos.BOTTOM_LEFT);
        StackPane.setAlignment(mapArea.getChildren().get(3), Pos.TOP_RIGHT);
        mapArea.getStyleClass().add("network-map-area");

        SidePanel panel = new SidePanel(model, map::centreOn);
        ScrollPane sideScroll = new ScrollPane(panel.node());
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "network-side-scroll");
        sideScroll.setPrefWidth(300);
        sideScroll.setMinWidth(260);
        sideScroll.setMaxWidth(300);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.visibleProperty().bind(model.selectedProperty().greaterThanOrEqualTo(0));
        sideScroll.managedProperty().bind(sideScroll.visibleProperty());
        model.selectedProperty().addListener(o -> panel.fill());
        model.dataProperty().addListener(o -> panel.fill());
        I18n.onChange(panel.node(), panel::fill);

        BorderPane mapTab = new BorderPane(mapArea);
        mapTab.setTop(new MapToolbar(model, map, search, this::findAndCentre, this::chooseAndExport).node());
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
