package app.rapport.ui.today;

import app.rapport.journal.Encounter;
import app.rapport.journal.Event;
import app.rapport.reminders.BirthdayReminder;
import app.rapport.reminders.FollowUpReminder;
import app.rapport.reminders.KeepInTouchDue;
import app.rapport.reminders.NetworkHealth;
import app.rapport.reminders.Relationship;
import app.rapport.reminders.Warmth;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import atlantafx.base.controls.Card;
import atlantafx.base.controls.Tile;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The start screen: who is due for a catch-up, birthdays, follow-ups, recent encounters and the
 * network's health, as cards. Every item acts in one click.
 */
public final class TodayScreen implements Screen {

    /** Items per card before "Show more"; the rest are a click away. */
    static final int FIRST_ITEMS = 6;
    static final int MORE_ITEMS = 10;

    private final TodayViewModel model;
    private final VBox columnLeft = new VBox();
    private final VBox columnRight = new VBox();
    private Node view;

    public TodayScreen(AppContext ctx) {
        this(ctx, ctx.clock());
    }

    public TodayScreen(AppContext ctx, Clock clock) {
        this.model = new TodayViewModel(ctx, clock);
        // Loaded at once, not on first show: the start-up notification says what is due today.
        model.load();
    }

    public TodayViewModel model() {
        return model;
    }

    @Override
    public String titleKey() {
        return "today.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.HOME;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    @Override
    public void onShow() {
        model.load();
    }

    // ---------------------------------------------------------------- layout

    private Node build() {
        Label title = new Label();
        title.textProperty().bind(I18n.bind("today.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label date = new Label();
        date.getStyleClass().add(Styles.TEXT_MUTED);
        date.textProperty().bind(Bindings.createStringBinding(() -> model.todayProperty().get() == null ? ""
                : TodayTexts.longDate(model.todayProperty().get()), model.todayProperty(), I18n.localeProperty()));
        VBox heading = new VBox(2, title, date);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(heading, spacer, healthSummary());
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("today-header");

        columnLeft.getChildren().addAll(
                card("today.catchUps.title", Material2MZ.PEOPLE, "catch-ups", model.catchUps(),
                        this::catchUpTile, "today.catchUps.empty"),
                card("today.followUps.title", Material2AL.CHECK_CIRCLE_OUTLINE, "follow-ups", model.followUps(),
                        this::followUpTile, "today.followUps.empty"),
                card("today.events.title", Material2AL.EVENT, "events", model.nextEvents(),
                        this::eventTile, "today.events.empty"));
        columnRight.getChildren().addAll(
                card("today.birthdays.title", Material2AL.CAKE, "birthdays", model.birthdays(),
                        this::birthdayTile, "today.birthdays.empty"),
                card("today.introductions.title", Material2AL.CONNECT_WITHOUT_CONTACT, "introductions",
                        model.introductions(), this::introductionTile, "today.introductions.empty"),
                card("today.recent.title", Material2AL.HISTORY, "recent", model.recent(),
                        this::recentTile, "today.recent.empty"),
                healthCard());
        for (VBox column : List.of(columnLeft, columnRight)) {
            column.getStyleClass().add("today-column");
            column.setMinWidth(0);
            column.setPrefWidth(0); // the two columns share the width equally
            HBox.setHgrow(column, Priority.ALWAYS);
        }
        HBox columns = new HBox(columnLeft, columnRight);
        columns.getStyleClass().add("today-columns");

        VBox page = new VBox(header, emptyJournalCard(), columns);
        page.getStyleClass().add("today-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("today-screen", Tweaks.EDGE_TO_EDGE);
        scroll.getStylesheets().add(Objects.requireNonNull(
                TodayScreen.class.getResource("today.css")).toExternalForm());
        scroll.setId("today-screen");
        // An item done or snoozed leaves a card: what is under the pointer stays where it is.
        app.rapport.ui.common.Nodes.keepScrollPlace(scroll, page);
        return scroll;
    }

    /**
     * A card listing items: a header with icon, title and count, the first items as tiles, and
     * "Show more" for the rest. Rebuilt when the list changes; only shown items get nodes.
     */
    private <T> Card card(String titleKey, Ikon icon, String id, ObservableList<T> items,
                          Function<T, Node> tile, String emptyKey) {
        Label title = new Label();
        title.textProperty().bind(I18n.bind(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        Label count = new Label();
        count.getStyleClass().add("today-count");
        count.textProperty().bind(Bindings.size(items).asString());
        count.visibleProperty().bind(Bindings.isNotEmpty(items));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, icon(icon, "today-card-icon"), title, spacer, count);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox();
        body.getStyleClass().add("today-list");
        Hyperlink more = new Hyperlink();
        more.getStyleClass().add("today-more");
        IntegerProperty shown = new SimpleIntegerProperty(FIRST_ITEMS);
        more.setOnAction(e -> shown.set(shown.get() + MORE_ITEMS));
        // A Text wrapped at the card's width: a wrapping Label in a Card is measured as one line
        // and was cut off with "…", hiding the hint on what to do.
        javafx.scene.text.Text empty = new javafx.scene.text.Text();
        empty.textProperty().bind(I18n.bind(emptyKey));
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, "today-empty");
        empty.wrappingWidthProperty().bind(Bindings.max(120, body.widthProperty().subtract(24)));
        StackPane emptyBox = new StackPane(empty);
        emptyBox.setAlignment(Pos.TOP_LEFT);
        emptyBox.getStyleClass().add("today-empty-box");

        Card card = new Card();
        card.getStyleClass().add("today-card");
        card.setId("today-" + id);
        card.setHeader(header);
        card.setBody(body);
        Runnable render = () -> {
            if (items.isEmpty()) {
                body.getChildren().setAll(emptyBox);
                card.setFooter(null);
                return;
            }
            int n = Math.min(shown.get(), items.size());
            body.getChildren().setAll(items.subList(0, n).stream().map(tile).toList());
            int rest = items.size() - n;
            if (rest > 0) {
                // When one more step shows everything, say so: "Show 1 more (of 1)" read oddly.
                more.setText(rest <= MORE_ITEMS ? I18n.text("today.more.all", items.size())
                        : I18n.text("today.more", MORE_ITEMS, rest));
                card.setFooter(more);
            } else {
                card.setFooter(null);
            }
        };
        items.addListener((Observable o) -> render.run());
        shown.addListener(o -> render.run());
        I18n.onChange(card, render);
        render.run();
        return card;
    }

    /**
     * A tile whose title wraps: a follow-up, an event or a pair of names is read whole, not cut at
     * the width of a column. AtlantaFX's title label does not wrap, and keeps one line's height.
     */
    private static Tile tile(String title, String description, Node graphic) {
        Tile tile = new Tile(title, description, graphic);
        tile.skinProperty().addListener((o, was, now) -> {
            if (tile.lookup(".title") instanceof javafx.scene.control.Label label) {
                label.setWrapText(true);
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        return tile;
    }

    private Node catchUpTile(KeepInTouchDue due) {
        Relationship r = due.relationship();
        String when = I18n.text("today.catchUps.overdue", due.cadenceDays(), due.daysOverdue());
        String last = r.everMet()
                ? I18n.text("today.catchUps.last", orDash(r.lastTopic()), TodayTexts.date(r.lastDay()))
                : I18n.text("today.catchUps.neverMet");
        Tile tile = tile(due.contact().name(), when + "\n" + last, warmthDot(r.warmth()));
        tile.setAction(actions(
                button(Material2AL.ADD_COMMENT, "today.action.log", "log", () -> model.logEncounter(due.contact().id())),
                button(Material2MZ.SNOOZE, "today.action.snoozeWeek", "snooze", () -> model.snooze(due))));
        tile.setActionHandler(() -> model.openContact(due.contact().id()));
        tile.getStyleClass().add("today-tile");
        if (due.daysOverdue() >= due.cadenceDays()) {
            tile.getStyleClass().add("long-overdue");
        }
        return tile;
    }

    private Node birthdayTile(BirthdayReminder b) {
        String when = I18n.text("today.birthdays.when", b.daysUntil(), TodayTexts.dayMonth(b.date()));
        if (b.turning() != null) {
            when = when + " · " + I18n.text("today.birthdays.turning", b.turning());
        }
        String topic = b.relationship().lastTopic();
        String prompt = topic == null ? I18n.text("today.birthdays.prompt")
                : I18n.text("today.birthdays.promptTopic", topic);
        Tile tile = tile(b.contact().name(), when + "\n" + prompt, icon(Material2AL.CAKE, "today-birthday-icon"));
        tile.setAction(actions(
                button(Material2AL.ADD_COMMENT, "today.action.logWritten", "log", () -> model.logEncounter(b.contact().id())),
                button(Material2MZ.SNOOZE, b.isToday() ? "today.action.snoozeDay" : "today.action.snoozeToTheDay", "snooze",
                        () -> model.snooze(b))));
        tile.setActionHandler(() -> model.openContact(b.contact().id()));
        tile.getStyleClass().add("today-tile");
        if (b.isToday()) {
            tile.getStyleClass().add("birthday-today");
        }
        return tile;
    }

    private Node followUpTile(FollowUpReminder f) {
        Encounter e = f.encounter();
        String when;
        if (f.isOverdue()) {
            when = I18n.text("today.followUp.overdue", f.daysOverdue());
        } else if (f.daysOverdue() == 0) {
            when = I18n.text("today.followUp.dueToday");
        } else {
            when = I18n.text("today.followUp.dueOn", TodayTexts.date(f.due()));
        }
        String from = I18n.text("today.followUp.from", TodayTexts.encounterTitle(e), model.names(e.participants()),
                TodayTexts.date(e.date().toLocalDate()));
        Button done = button(Material2AL.CHECK, "today.action.done", "done", () -> model.markDone(f));
        done.getStyleClass().removeAll(Styles.FLAT, Styles.BUTTON_ICON);
        done.getStyleClass().addAll(Styles.BUTTON_CIRCLE, Styles.BUTTON_OUTLINED, Styles.SUCCESS);
        Tile tile = tile(f.followUp().what(), when + "\n" + from, done);
        tile.setAction(actions(
                button(Material2MZ.SNOOZE, "today.action.snoozeDay", "snooze", () -> model.snooze(f))));
        if (!e.participants().isEmpty()) {
            tile.setActionHandler(() -> model.openContact(e.participants().getFirst()));
        }
        tile.getStyleClass().addAll("today-tile", "follow-up");
        if (f.isOverdue()) {
            tile.getStyleClass().add("overdue");
        }
        return tile;
    }

    private Node recentTile(Encounter e) {
        String description = TodayTexts.date(e.date().toLocalDate()) + " · " + model.names(e.participants());
        Tile tile = tile(TodayTexts.encounterTitle(e), description, icon(app.rapport.ui.common.EncounterIcons.of(e.kind()), "today-kind-icon"));
        if (!e.participants().isEmpty()) {
            String first = e.participants().getFirst();
            tile.setAction(actions(button(Material2AL.ADD_COMMENT, "today.action.logAgain", "log",
                    () -> model.logEncounter(first))));
            tile.setActionHandler(() -> model.openContact(first));
        }
        tile.getStyleClass().add("today-tile");
        return tile;
    }

    private Node eventTile(Event e) {
        String when = e.start() == null ? "" : e.isAllDay() ? TodayTexts.date(e.start().toLocalDate())
                : TodayTexts.date(e.start().toLocalDate()) + ", " + TodayTexts.time(e.start());
        String where = e.place() == null ? "" : " · " + e.place();
        String who = I18n.text("today.events.attendees", e.attendees().size());
        Tile tile = tile(e.name() == null ? "" : e.name(), when + where + "\n" + who,
                icon(Material2AL.EVENT, "today-kind-icon"));
        tile.setAction(actions(button(Material2AL.ASSIGNMENT, "today.action.prepare", "prepare", () -> model.prepare(e))));
        tile.setActionHandler(() -> model.prepare(e));
        tile.getStyleClass().add("today-tile");
        return tile;
    }

    /**
     * For a journal with nobody in it yet: the ways to put people in (import an address book, or
     * add one), as the text suggests, and a way to see what Rapport does, on a sample journal.
     */
    private Node emptyJournalCard() {
        Label title = new Label();
        title.textProperty().bind(I18n.bind("sample.offer.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        javafx.scene.text.Text text = new javafx.scene.text.Text();
        text.textProperty().bind(I18n.bind("sample.offer.text"));
        text.getStyleClass().add("today-offer-text");
        // Importing is how most people start: the accent goes there.
        Button importContacts = offerButton(Material2AL.IMPORT_CONTACTS, "today.empty.import",
                "today.empty.import.tooltip", KeyCode.I, "today-import-contacts", model::importContacts);
        importContacts.getStyleClass().add(Styles.ACCENT);
        Button newContact = offerButton(Material2MZ.PERSON_ADD, "contacts.new", "contacts.new.tooltip", KeyCode.N,
                "today-new-contact", model::newContact);
        Button explore = offerButton(Material2AL.EXPLORE, "sample.offer.explore", null, null,
                "today-explore-sample", model::exploreSampleJournal);
        // Wraps onto a second line in a narrow window (and in German) rather than cutting a label off.
        FlowPane buttons = new FlowPane(8, 8, importContacts, newContact, explore);
        Card card = new Card();
        card.getStyleClass().add("today-card");
        card.setId("today-empty-journal");
        card.setHeader(new HBox(8, icon(Material2MZ.PEOPLE_OUTLINE, "today-card-icon"), title));
        VBox offer = new VBox(12, text, buttons);
        text.wrappingWidthProperty().bind(Bindings.max(200, offer.widthProperty().subtract(4)));
        // The text is as wide as it was last wrapped: without this the card could never get
        // narrower again, and Today kept a horizontal scroll bar after the window was made smaller.
        offer.setMinWidth(0);
        // Measured at the width there is, not the default 400 pixels (which left an empty row).
        buttons.prefWrapLengthProperty().bind(offer.widthProperty());
        card.setBody(offer);
        card.visibleProperty().bind(model.emptyProperty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    /** A button of the empty journal's card; with a shortcut, its tooltip names it. */
    private static Button offerButton(Ikon ikon, String textKey, String tooltipKey, KeyCode shortcut, String id,
                                      Runnable action) {
        Button b = new Button(null, new FontIcon(ikon));
        b.textProperty().bind(I18n.bind(textKey));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (tooltipKey != null) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(I18n.bind(tooltipKey,
                    new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN).getDisplayText()));
            b.setTooltip(tip);
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node introductionTile(app.rapport.suggest.Suggestion s) {
        Tile tile = tile(I18n.text("introductions.pair", s.a().name(), s.b().name()), s.reason(),
                icon(Material2AL.CONNECT_WITHOUT_CONTACT, "today-kind-icon"));
        tile.setAction(actions(
                button(Material2AL.CHECK_CIRCLE_OUTLINE, "introductions.plan", "plan", () -> model.planIntroduction(s)),
                button(Material2AL.CLOSE, "introductions.dismiss.action", "dismiss", () -> model.dismissIntroduction(s))));
        tile.setActionHandler(() -> model.openContact(s.a().id()));
        tile.getStyleClass().addAll("today-tile", "introduction-suggestion");
        return tile;
    }

    private Node healthSummary() {
        HBox chips = new HBox(6);
        chips.setAlignment(Pos.CENTER_RIGHT);
        for (Warmth w : Warmth.values()) {
            Label chip = new Label();
            chip.setGraphic(warmthDot(w));
            chip.getStyleClass().addAll("today-health-chip", "warmth-" + w.wireName());
            chip.setId("today-health-" + w.wireName());
            chip.textProperty().bind(Bindings.createStringBinding(() -> I18n.text("today.health.chip",
                    model.healthProperty().get().count(w), I18n.text(w.messageKey())),
                    model.healthProperty(), I18n.localeProperty()));
            chips.getChildren().add(chip);
        }
        return chips;
    }

    /** Warm, cooling and cold as a bar of three parts, with the counts. */
    private Card healthCard() {
        Label title = new Label();
        title.textProperty().bind(I18n.bind("today.health.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(8, icon(Material2AL.FAVORITE_BORDER, "today-card-icon"), title);
        header.setAlignment(Pos.CENTER_LEFT);

        HBox bar = new HBox();
        bar.getStyleClass().add("health-bar");
        VBox legend = new VBox(4);
        for (Warmth w : Warmth.values()) {
            Region part = new Region();
            part.getStyleClass().addAll("health-part", "warmth-" + w.wireName());
            part.setMinWidth(0);
            bar.getChildren().add(part);
            Label line = new Label();
            line.setGraphic(warmthDot(w));
            line.textProperty().bind(Bindings.createStringBinding(() -> {
                NetworkHealth h = model.healthProperty().get();
                return I18n.text("today.health.line", h.count(w), I18n.text(w.messageKey()),
                        I18n.text("warmth." + w.wireName() + ".meaning"));
            }, model.healthProperty(), I18n.localeProperty()));
            line.setWrapText(true);
            legend.getChildren().add(line);
        }
        model.healthProperty().addListener(o -> sizeBar(bar, model.healthProperty().get()));
        bar.widthProperty().addListener(o -> sizeBar(bar, model.healthProperty().get()));
        Card card = new Card();
        card.getStyleClass().add("today-card");
        card.setId("today-health");
        card.setHeader(header);
        card.setBody(new VBox(10, bar, legend));
        return card;
    }

    /** Widths in proportion to the counts; an empty part disappears. */
    private static void sizeBar(HBox bar, NetworkHealth h) {
        int shown = 0;
        for (Warmth w : Warmth.values()) {
            shown += h.count(w) > 0 ? 1 : 0;
        }
        double room = Math.max(0, bar.getWidth() - bar.getSpacing() * Math.max(0, shown - 1));
        for (int i = 0; i < Warmth.values().length; i++) {
            Region part = (Region) bar.getChildren().get(i);
            int n = h.count(Warmth.values()[i]);
            part.setVisible(n > 0);
            part.setManaged(n > 0);
            part.setPrefWidth(h.total() == 0 ? 0 : Math.floor(room * n / h.total()));
        }
    }

    // ---------------------------------------------------------------- small parts

    static Node warmthDot(Warmth w) {
        Region dot = new Region();
        dot.getStyleClass().addAll("warmth-dot", "warmth-" + w.wireName());
        app.rapport.ui.common.Nodes.tooltipOnHover(dot, w.messageKey());
        return dot;
    }

    private static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add(styleClass);
        return i;
    }

    private static Button button(Ikon ikon, String tooltipKey, String styleClass, Runnable action) {
        Button b = new Button(null, new FontIcon(ikon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "today-action", "today-action-" + styleClass);
        // Today has dozens of these: their tooltips are made when the pointer first comes over one.
        app.rapport.ui.common.Nodes.tooltipOnHover(b, tooltipKey);
        b.setOnAction(e -> {
            action.run();
            e.consume();
        });
        return b;
    }

    private static HBox actions(Node... buttons) {
        HBox box = new HBox(2, buttons);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
