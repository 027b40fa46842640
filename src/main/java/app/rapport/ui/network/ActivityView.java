package app.rapport.ui.network;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Exchange;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalSnapshot;
import app.rapport.reminders.Activity;
import app.rapport.reminders.KeepInTouchRules;
import app.rapport.reminders.Snoozes;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Network screen's second tab: charts of the user's networking over the last two years with
 * JavaFX's own charts (styled by the theme), in the window's language. A click on a bar (or Enter
 * on it) lists the encounters, people or introductions behind it below the charts.
 */
final class ActivityView {

    /** How many months the charts look back, the current one included. */
    static final int MONTHS = 24;

    /** One row of the list behind a bar: what it says, and the contact it opens (may be null). */
    record Entry(String text, String contactId) {
    }

    private final AppContext ctx;
    private final Clock clock;
    private final VBox charts = new VBox(16);
    private final Label behindTitle = new Label();
    private final ListView<Entry> behind = new ListView<>();
    private ScrollPane view;
    private Activity activity;
    private JournalSnapshot snapshot;
    private Map<String, Contact> contacts = Map.of();
    private Map<String, Encounter> encounters = Map.of();
    private long loadedRevision = -1;
    private boolean loading;

    private final javafx.beans.InvalidationListener languageChanged = o -> render();

    ActivityView(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        ctx.journalRevision().addListener(o -> {
            if (view != null && view.getScene() != null && loadedRevision >= 0) {
                load();
            }
        });
        // The language is the application's: listened to weakly, the listener held here, so that a
        // closed window's charts are not kept alive by it.
        I18n.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(languageChanged));
    }

    Node view() {
        if (view == null) {
            behindTitle.getStyleClass().add(Styles.TEXT_BOLD);
            behindTitle.setId("activity-behind-title");
            behind.setId("activity-behind");
            behind.setPrefHeight(180);
            behind.getStyleClass().add(Styles.BORDERED);
            behind.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Entry e, boolean empty) {
                    super.updateItem(e, empty);
                    setText(empty || e == null ? null : e.text());
                }
            });
            behind.setOnMouseClicked(e -> {
                Entry sel = behind.getSelectionModel().getSelectedItem();
                if (e.getClickCount() == 2 && sel != null && sel.contactId() != null) {
                    ctx.showContact(sel.contactId());
                }
            });
            behind.setOnKeyPressed(e -> {
                Entry sel = behind.getSelectionModel().getSelectedItem();
                if (e.getCode() == KeyCode.ENTER && sel != null && sel.contactId() != null) {
                    ctx.showContact(sel.contactId());
                }
            });
            Label placeholder = new Label();
            placeholder.textProperty().bind(I18n.bind("activity.behind.hint"));
            placeholder.getStyleClass().add(Styles.TEXT_MUTED);
            behind.setPlaceholder(placeholder);
            VBox content = new VBox(12, charts, behindTitle, behind);
            content.setPadding(new Insets(16));
            content.getStyleClass().add("activity");
            view = new ScrollPane(content);
            view.setFitToWidth(true);
            view.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
            view.setId("activity-view");
        }
        return view;
    }

    /** Counts again in the background, if the journal changed since. */
    void load() {
        Journal journal = ctx.journal();
        long revision = ctx.journalRevision().get();
        if (journal == null || loading || revision == loadedRevision) {
            return;
        }
        loading = true;
        LocalDate today = LocalDate.now(clock);
        var zone = clock.getZone();
        Tasks.run(() -> {
            JournalSnapshot s = journal.snapshot();
            KeepInTouchRules rules = KeepInTouchRules.of(journal.tagCadences());
            Snoozes snoozes = new Snoozes(journal.snoozes());
            return Map.entry(s, Activity.of(s, rules, snoozes, today, zone, MONTHS));
        }).onSuccess(result -> {
            snapshot = result.getKey();
            activity = result.getValue();
            Map<String, Contact> byId = new HashMap<>();
            snapshot.contacts().forEach(c -> byId.put(c.id(), c));
            contacts = byId;
            Map<String, Encounter> e = new HashMap<>();
            snapshot.encounters().forEach(x -> e.put(x.id(), x));
            encounters = e;
            loadedRevision = revision;
            render();
        }).onFinally(() -> {
            loading = false;
            if (ctx.journalRevision().get() != loadedRevision && loadedRevision >= 0) {
                load();
            }
        }).start();
    }

    Activity activity() {
        return activity;
    }

    ListView<Entry> behind() {
        return behind;
    }

    private void render() {
        if (activity == null) {
            return;
        }
        behind.getItems().clear();
        behindTitle.setText(null);
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yy", I18n.locale());
        List<Activity.Month> months = activity.months();

        StackedBarChart<String, Number> encounterChart = encounterChart(months, monthFormat);
        StackedBarChart<String, Number> added = newContactsChart(months, monthFormat);
        BarChart<String, Number> warmth = warmthChart();
        BarChart<Number, String> intros = introductionsChart();
        StackedBarChart<String, Number> ledger = giveTakeChart(months, monthFormat);

        GridPane small = new GridPane(16, 16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        small.getColumnConstraints().addAll(half, half);
        small.add(added, 0, 0);
        small.add(warmth, 1, 0);
        small.add(intros, 0, 1);
        small.add(ledger, 1, 1);
        encounterChart.setPrefHeight(320);
        charts.getChildren().setAll(encounterChart, small);
    }

    /** Encounters per month by kind, stacked. */
    private StackedBarChart<String, Number> encounterChart(List<Activity.Month> months, DateTimeFormatter monthFormat) {
        StackedBarChart<String, Number> encounterChart = new StackedBarChart<>(months(months, monthFormat), count());
        encounterChart.setId("activity-encounters");
        for (EncounterKind kind : EncounterKind.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(I18n.text(kind.messageKey()));
            boolean any = false;
            for (Activity.Month m : months) {
                List<String> ids = m.encounters().getOrDefault(kind, List.of());
                any |= !ids.isEmpty();
                XYChart.Data<String, Number> bar = new XYChart.Data<>(monthFormat.format(m.month()), ids.size());
                clickable(bar, I18n.text("activity.behind.encounters", I18n.text(kind.messageKey()),
                        monthFormat.format(m.month()), ids.size()), () -> encounterEntries(ids));
                series.getData().add(bar);
            }
            if (any) {
                encounterChart.getData().add(series);
            }
        }
        style(encounterChart, "activity.encounters.title");
        return encounterChart;
    }

    /**
     * New contacts per month, by the month each came into the network: first met, or added without
     * an encounter yet (an imported address book would otherwise stand as one bar on its day).
     */
    private StackedBarChart<String, Number> newContactsChart(List<Activity.Month> months, DateTimeFormatter monthFormat) {
        StackedBarChart<String, Number> added = new StackedBarChart<>(sparseMonths(months, monthFormat), count());
        added.setId("activity-new-contacts");
        XYChart.Series<String, Number> metSeries = new XYChart.Series<>();
        metSeries.setName(I18n.text("activity.newContacts.met"));
        XYChart.Series<String, Number> addedSeries = new XYChart.Series<>();
        addedSeries.setName(I18n.text("activity.newContacts.added"));
        for (int i = 0; i < months.size(); i++) {
            Activity.Month m = months.get(i);
            String month = monthFormat.format(m.month());
            String category = sparseName(months, i, monthFormat);
            XYChart.Data<String, Number> met = new XYChart.Data<>(category, m.met().size());
            clickable(met, I18n.text("activity.behind.met", month, m.met().size()), () -> peopleEntries(m.met()));
            metSeries.getData().add(met);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(category, m.added().size());
            clickable(bar, I18n.text("activity.behind.added", month, m.added().size()), () -> peopleEntries(m.added()));
            addedSeries.getData().add(bar);
        }
        added.getData().add(metSeries);
        added.getData().add(addedSeries);
        style(added, "activity.newContacts.title");
        return added;
    }

    /** How warm the network is: shares of the active contacts. */
    private BarChart<String, Number> warmthChart() {
        Activity.WarmthShare share = activity.warmth();
        CategoryAxis warmthAxis = new CategoryAxis();
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel(I18n.text("activity.warmth.axis"));
        BarChart<String, Number> warmth = new BarChart<>(warmthAxis, percent);
        warmth.setId("activity-warmth");
        XYChart.Series<String, Number> warmthSeries = new XYChart.Series<>();
        List<Map.Entry<String, List<String>>> parts = List.of(
                Map.entry(I18n.text("activity.warmth.due"), share.due()),
                Map.entry(I18n.text("network.filter.warmth.warm"), share.warm()),
                Map.entry(I18n.text("network.filter.warmth.cooling"), share.cooling()),
                Map.entry(I18n.text("network.filter.warmth.cold"), share.cold()));
        for (Map.Entry<String, List<String>> part : parts) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(part.getKey(), share.percent(part.getValue()));
            clickable(bar, I18n.text("activity.behind.warmth", part.getKey(), part.getValue().size(), share.total()),
                    () -> peopleEntries(part.getValue()));
            warmthSeries.getData().add(bar);
        }
        warmth.getData().add(warmthSeries);
        warmth.setLegendVisible(false);
        style(warmth, "activity.warmth.title");
        return warmth;
    }

    /** Introductions by stage and outcome. */
    private BarChart<Number, String> introductionsChart() {
        // Lying bars: the stages' names are too long to stand under a bar.
        CategoryAxis stages = new CategoryAxis();
        List<String> stageNames = new ArrayList<>();
        for (IntroductionStatus s : Activity.STAGES.reversed()) {
            stageNames.add(I18n.text(s.messageKey()));
        }
        stages.getCategories().setAll(stageNames);
        BarChart<Number, String> intros = new BarChart<>(count(), stages);
        intros.setId("activity-introductions");
        XYChart.Series<Number, String> introSeries = new XYChart.Series<>();
        for (IntroductionStatus s : Activity.STAGES.reversed()) {
            List<Introduction> list = activity.introductions().get(s);
            String name = I18n.text(s.messageKey());
            XYChart.Data<Number, String> bar = new XYChart.Data<>(list.size(), name);
            clickable(bar, list.size(), I18n.text("activity.behind.introductions", name, list.size()),
                    () -> introductionEntries(list));
            introSeries.getData().add(bar);
        }
        intros.getData().add(introSeries);
        intros.setLegendVisible(false);
        style(intros, "activity.introductions.title");
        return intros;
    }

    /** Give and take per month. */
    private StackedBarChart<String, Number> giveTakeChart(List<Activity.Month> months, DateTimeFormatter monthFormat) {
        StackedBarChart<String, Number> ledger = new StackedBarChart<>(sparseMonths(months, monthFormat), count());
        ledger.setId("activity-give-take");
        XYChart.Series<String, Number> given = new XYChart.Series<>();
        given.setName(I18n.text("activity.giveTake.given"));
        XYChart.Series<String, Number> received = new XYChart.Series<>();
        received.setName(I18n.text("activity.giveTake.received"));
        for (int i = 0; i < months.size(); i++) {
            Activity.Month m = months.get(i);
            String month = monthFormat.format(m.month());
            String category = sparseName(months, i, monthFormat);
            XYChart.Data<String, Number> g = new XYChart.Data<>(category, m.given().size());
            clickable(g, I18n.text("activity.behind.given", month, m.given().size()), () -> exchangeEntries(m.given()));
            given.getData().add(g);
            XYChart.Data<String, Number> r = new XYChart.Data<>(category, m.received().size());
            clickable(r, I18n.text("activity.behind.received", month, m.received().size()),
                    () -> exchangeEntries(m.received()));
            received.getData().add(r);
        }
        ledger.getData().add(given);
        ledger.getData().add(received);
        style(ledger, "activity.giveTake.title");
        return ledger;
    }

    private static CategoryAxis months(List<Activity.Month> months, DateTimeFormatter format) {
        CategoryAxis axis = new CategoryAxis();
        List<String> names = new ArrayList<>();
        months.forEach(m -> names.add(format.format(m.month())));
        axis.getCategories().setAll(names);
        axis.setTickLabelRotation(-45);
        return axis;
    }

    /**
     * A month's name on a half-wide chart: 24 names side by side do not fit, so only the first month
     * of each quarter is named; the others get a name of their own that shows as nothing (zero-width
     * spaces, as many as the month's place). Each bar keeps its month in its tooltip and help.
     */
    static String sparseName(List<Activity.Month> months, int index, DateTimeFormatter format) {
        YearMonth m = months.get(index).month();
        return (m.getMonthValue() - 1) % 3 == 0 ? format.format(m) : "\u200B".repeat(index + 1);
    }

    private static CategoryAxis sparseMonths(List<Activity.Month> months, DateTimeFormatter format) {
        CategoryAxis axis = new CategoryAxis();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            names.add(sparseName(months, i, format));
        }
        axis.getCategories().setAll(names);
        axis.setTickLabelRotation(0);
        axis.setTickMarkVisible(false);
        return axis;
    }

    private static NumberAxis count() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Formats.number(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return axis;
    }

    private static void style(XYChart<?, ?> chart, String titleKey) {
        chart.setTitle(I18n.text(titleKey));
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        chart.getStyleClass().add("activity-chart");
    }

    /** A bar that lists what is behind it when clicked or when Enter is pressed on it. */
    private void clickable(XYChart.Data<String, Number> bar, String title, java.util.function.Supplier<List<Entry>> entries) {
        clickable(bar, bar.getYValue(), title, entries);
    }

    private void clickable(XYChart.Data<?, ?> bar, Number value, String title,
                           java.util.function.Supplier<List<Entry>> entries) {
        bar.nodeProperty().addListener((o, was, node) -> {
            if (node == null) {
                return;
            }
            node.setCursor(Cursor.HAND);
            node.setFocusTraversable(value.doubleValue() > 0);
            // The chart binds each bar's accessible text to its value; the help says what it counts.
            if (!node.accessibleHelpProperty().isBound()) {
                node.setAccessibleHelp(title);
            }
            node.getProperties().put("activity.title", title);
            Runnable show = () -> {
                behindTitle.setText(title);
                behind.getItems().setAll(entries.get());
            };
            node.setOnMouseClicked(e -> show.run());
            node.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    show.run();
                }
            });
            javafx.scene.control.Tooltip.install(node, new javafx.scene.control.Tooltip(title));
        });
    }

    private List<Entry> peopleEntries(List<String> ids) {
        List<Entry> out = new ArrayList<>();
        for (String id : ids) {
            Contact c = contacts.get(id);
            if (c != null) {
                out.add(new Entry(c.organization() == null ? c.name() : c.name() + " · " + c.organization(), id));
            }
        }
        out.sort((a, b) -> java.text.Collator.getInstance(I18n.locale()).compare(a.text(), b.text()));
        return out;
    }

    private List<Entry> encounterEntries(List<String> ids) {
        List<Entry> out = new ArrayList<>();
        List<Encounter> list = new ArrayList<>();
        for (String id : ids) {
            Encounter e = encounters.get(id);
            if (e != null) {
                list.add(e);
            }
        }
        list.sort((a, b) -> b.date().compareTo(a.date()));
        for (Encounter e : list) {
            List<String> names = new ArrayList<>();
            for (String p : e.participants()) {
                Contact c = contacts.get(p);
                if (c != null) {
                    names.add(c.name());
                }
            }
            String title = e.title() == null || e.title().isBlank() ? I18n.text(e.kind().messageKey()) : e.title();
            out.add(new Entry(Formats.date(e.date()) + " · " + title + " · " + String.join(", ", names),
                    e.participants().isEmpty() ? null : e.participants().getFirst()));
        }
        return out;
    }

    private List<Entry> introductionEntries(List<Introduction> list) {
        List<Entry> out = new ArrayList<>();
        for (Introduction i : list) {
            out.add(new Entry(I18n.text("activity.behind.pair", name(i.a()), name(i.b())), i.a()));
        }
        return out;
    }

    private List<Entry> exchangeEntries(List<Exchange> list) {
        List<Entry> out = new ArrayList<>();
        for (Exchange x : list) {
            out.add(new Entry(Formats.date(x.date()) + " · " + name(x.contact())
                    + (x.what() == null || x.what().isBlank() ? "" : " · " + x.what()), x.contact()));
        }
        return out;
    }

    private String name(String id) {
        Contact c = contacts.get(id);
        return c == null ? "?" : c.name();
    }

    static YearMonth month(LocalDate day) {
        return YearMonth.from(day);
    }
}
