package app.rapport.ui.introductions;

import app.rapport.journal.Contact;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
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
 * Introductions: the engine's ranked suggestions on the left, each with its reason and an
 * expandable "why"; on the right the introductions under way as a pipeline, and the selected one
 * with its steps, its double opt-in drafts and its outcome.
 */
public final class IntroductionsScreen implements Screen {

    private static final String STYLESHEET = Objects.requireNonNull(
            IntroductionsScreen.class.getResource("introductions.css")).toExternalForm();

    /** The screen's stylesheet, for the status chips shown elsewhere (a contact's introductions). */
    public static String stylesheet() {
        return STYLESHEET;
    }

    /** The steps shown in the pipeline, in order; the outcome is one of the last two. */
    static final List<IntroductionStatus> STEPS = List.of(IntroductionStatus.PLANNED, IntroductionStatus.ASKED_A,
            IntroductionStatus.ASKED_B, IntroductionStatus.INTRODUCED, IntroductionStatus.MET);

    private final AppContext ctx;
    private final IntroductionsViewModel model;
    private final VBox suggestionList = new VBox();
    private final SuggestionCards suggestionCards;
    private final DraftsSection drafts;
    private final VBox detail = new VBox();
    private Node view;

    public IntroductionsScreen(AppContext ctx) {
        this(ctx, ctx.clock());
    }

    public IntroductionsScreen(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.model = new IntroductionsViewModel(ctx, clock);
        this.suggestionCards = new SuggestionCards(ctx, model);
        this.drafts = new DraftsSection(ctx, model);
    }

    public IntroductionsViewModel model() {
        return model;
    }

    @Override
    public String titleKey() {
        return "introductions.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.CONNECT_WITHOUT_CONTACT;
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
        model.activate();
        model.load();
    }

    /** Shows the introduction (for example from a contact's detail pane). */
    public void select(String introductionId) {
        model.select(introductionId);
    }

    // ---------------------------------------------------------------- layout

    private Node build() {
        SplitPane split = new SplitPane(suggestionsColumn(), pipelineColumn());
        split.setDividerPositions(0.45);
        split.getStylesheets().add(STYLESHEET);
        split.getStyleClass().add("introductions-screen");
        split.setId("introductions-screen");
        return split;
    }

    /** Left: the suggestions, with a sign while the engine works. */
    private Node suggestionsColumn() {
        Label title = new Label();
        title.textProperty().bind(I18n.bind("introductions.suggestions"));
        title.getStyleClass().add(Styles.TITLE_3);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("introductions-progress");
        progress.setMaxSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, progress);
        head.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind("introductions.suggestions.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, "introductions-hint");
        hint.setWrapText(true);
        suggestionList.getStyleClass().add("suggestion-list");
        suggestionList.setId("suggestion-list");
        Runnable render = this::renderSuggestions;
        model.suggestions().addListener((Observable o) -> render.run());
        model.loadedProperty().addListener(o -> render.run());
        I18n.onChange(suggestionList, render);
        render.run();
        VBox left = new VBox(10, head, hint, suggestionList);
        left.getStyleClass().add("introductions-column");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "introductions-scroll");
        leftScroll.setId("introductions-suggestions");
        return leftScroll;
    }

    /** Right: the pipeline and the selected introduction. */
    private Node pipelineColumn() {
        Label pipelineTitle = new Label();
        pipelineTitle.textProperty().bind(I18n.bind("introductions.pipeline"));
        pipelineTitle.getStyleClass().add(Styles.TITLE_3);
        ListView<Introduction> pipeline = new ListView<>(model.pipeline());
        pipeline.setId("introductions-pipeline");
        pipeline.getStyleClass().addAll(Styles.BORDERED, "pipeline-list");
        pipeline.setCellFactory(l -> new PipelineCell());
        // As tall as its rows, up to six; longer pipelines scroll.
        pipeline.setFixedCellSize(42);
        pipeline.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(Math.max(model.pipeline().size(), 2), 6) * 42.0 + 4, model.pipeline()));
        pipeline.minHeightProperty().bind(pipeline.prefHeightProperty());
        Label empty = new Label();
        empty.textProperty().bind(I18n.bind("introductions.pipeline.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        // Not while loading: right after planning one, "none planned yet" would be a moment's untruth.
        empty.visibleProperty().bind(model.busyProperty().not());
        pipeline.setPlaceholder(empty);
        pipeline.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (pipeline.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    pipeline.getSelectionModel().clearSelection();
                } else {
                    pipeline.getSelectionModel().select(now);
                    pipeline.scrollTo(now);
                }
            }
            if (!onlyDraftTextsDiffer(was, now)) {
                showDetail(now);
            }
        });
        I18n.onChange(pipeline, () -> {
            showDetail(model.selectedProperty().get());
            // The reasons are sentences in the UI language: asked anew if the screen is in view
            // (otherwise when it is next shown; a closed window's journal is closed).
            Node v = view;
            if (v != null && v.getScene() != null && v.getScene().getWindow() != null
                    && v.getScene().getWindow().isShowing()) {
                model.load();
            }
        });
        detail.getStyleClass().add("introduction-detail");
        detail.setId("introduction-detail");
        showDetail(null);
        VBox right = new VBox(10, pipelineTitle, pipeline, detail);
        right.getStyleClass().add("introductions-column");
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "introductions-scroll");
        rightScroll.setId("introductions-right");
        return rightScroll;
    }

    /**
     * Whether the only change is text typed into the drafts (saved when the text area is left): the
     * detail is then left as it is, so the text being typed and the focus stay where they are.
     */
    static boolean onlyDraftTextsDiffer(Introduction was, Introduction now) {
        if (was == null || now == null || !Objects.equals(was.id(), now.id()) || was.equals(now)) {
            return was != null && now != null && was.equals(now);
        }
        String wasLanguage = was.drafts() == null ? null : was.drafts().language();
        String nowLanguage = now.drafts() == null ? null : now.drafts().language();
        return Objects.equals(wasLanguage, nowLanguage) && was.withDrafts(null).equals(now.withDrafts(null));
    }

    // ---------------------------------------------------------------- suggestions

    private void renderSuggestions() {
        if (model.suggestions().isEmpty()) {
            Label none = new Label(I18n.text(model.loadedProperty().get()
                    ? "introductions.suggestions.empty" : "introductions.suggestions.computing"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setId("suggestions-empty");
            suggestionList.getChildren().setAll(none);
            return;
        }
        suggestionList.getChildren().setAll(model.suggestions().stream().map(suggestionCards::card).toList());
    }

    private Hyperlink contactLink(Contact c) {
        Hyperlink link = new Hyperlink(c.name());
        link.getStyleClass().add("contact-link");
        link.setOnAction(e -> ctx.showContact(c.id()));
        return link;
    }

    // ---------------------------------------------------------------- the pipeline

    /**
     * One introduction under way: the two names, where it stands and since when. The row is as
     * wide as the list (no sideways scrolling that hid the date): status and date keep their full
     * width, and long names give way, shortened with "…" and whole in the tooltip.
     */
    private final class PipelineCell extends ListCell<Introduction> {

        PipelineCell() {
            // Laid out at the list's width instead of widening the list to the row's natural width.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Introduction i, boolean empty) {
            super.updateItem(i, empty);
            if (empty || i == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String pair = I18n.text("introductions.pair", model.name(i.a()), model.name(i.b()));
            Label names = new Label(pair);
            names.getStyleClass().add("pipeline-names");
            names.setMinWidth(0);
            setTooltip(new Tooltip(pair));
            Label status = statusChip(i.status());
            LocalDate when = i.reachedOn(i.status());
            Label date = new Label(when == null ? "" : Formats.date(when));
            date.getStyleClass().add(Styles.TEXT_MUTED);
            date.setMinWidth(Region.USE_PREF_SIZE);
            // The names take the whole width of the row; where it stands and since when go below.
            HBox state = new HBox(8, status, date);
            state.setAlignment(Pos.CENTER_LEFT);
            VBox row = new VBox(4, names, state);
            row.setMinWidth(0);
            setText(null);
            setGraphic(row);
        }
    }

    /** Where an introduction stands, never cut short: names around it give way instead. */
    private static Label statusChip(IntroductionStatus status) {
        Label chip = new Label(I18n.text(status.messageKey()));
        chip.getStyleClass().addAll("status-chip", "status-" + status.wireName());
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    // ---------------------------------------------------------------- the selected introduction

    private void showDetail(Introduction i) {
        if (i == null) {
            Label none = new Label(I18n.text(model.pipeline().isEmpty()
                    ? "introductions.detail.noneYet" : "introductions.detail.none"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            detail.getChildren().setAll(none);
            return;
        }
        Contact a = model.contact(i.a()).orElse(null);
        Contact b = model.contact(i.b()).orElse(null);
        javafx.scene.layout.FlowPane names = new javafx.scene.layout.FlowPane(4, 0);
        names.setPrefWrapLength(0);
        names.setAlignment(Pos.CENTER_LEFT);
        names.getChildren().addAll(a == null ? new Label(model.name(i.a())) : contactLink(a), new Label("↔"),
                b == null ? new Label(model.name(i.b())) : contactLink(b));
        names.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        HBox.setHgrow(names, Priority.ALWAYS);
        names.getStyleClass().add("detail-names");
        Label status = statusChip(i.status());
        status.setId("introduction-status");
        HBox header = new HBox(8, names, status);
        header.setAlignment(Pos.CENTER_LEFT);
        detail.getChildren().setAll(header);
        if (i.reason() != null && !i.reason().isBlank()) {
            Label reason = new Label(i.reason());
            reason.setId("introduction-reason");
            reason.setWrapText(true);
            reason.getStyleClass().add(Styles.TEXT_MUTED);
            detail.getChildren().add(reason);
            model.reasonNow(i, reason::setText);
        }
        // The outcome is asked once the two have been introduced, and then before the drafts, which
        // have done their work; recording success on a merely planned introduction would mislead
        // the engine, which learns from introductions that worked out.
        boolean introduced = i.status().ordinal() >= IntroductionStatus.INTRODUCED.ordinal();
        if (introduced) {
            detail.getChildren().addAll(steps(i), outcome(i), drafts.section(i));
        } else {
            detail.getChildren().addAll(steps(i), drafts.section(i));
        }
    }

    /** The steps with the day each was reached (correctable), the next step in one click, and a correction menu. */
    private Node steps(Introduction i) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("step-grid");
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        List<IntroductionStatus> shown = new java.util.ArrayList<>(STEPS);
        if (i.status().isFinal()) {
            shown.add(i.status());
        }
        for (IntroductionStatus step : shown) {
            LocalDate day = i.reachedOn(step);
            FontIcon mark = new FontIcon(day != null ? Material2AL.CHECK_CIRCLE : Material2MZ.RADIO_BUTTON_UNCHECKED);
            mark.getStyleClass().add(day != null ? "step-done" : "step-open");
            Label name = new Label(stepName(step, i));
            name.getStyleClass().add(day != null ? "step-name-done" : "step-name-open");
            grid.add(mark, 0, row);
            grid.add(name, 1, row);
            if (day != null) {
                DatePicker picker = new DatePicker(day);
                picker.setId("step-day-" + step.wireName());
                picker.getStyleClass().add("step-day");
                picker.setPrefWidth(140);
                Formats.localised(picker); // the window's language, with the year in full
                picker.valueProperty().addListener((o, was, now) -> {
                    if (now != null && !model.setStepDay(i, step, now)) {
                        // Not stored: the picker goes back to the day that is (the message says why),
                        // once this change has reached everyone listening.
                        Platform.runLater(() -> picker.setValue(day));
                    }
                });
                grid.add(picker, 2, row);
            } else {
                // Every step's row is as tall as one with its day: Next stays where it was after a click.
                DatePicker room = new DatePicker();
                room.setPrefWidth(140);
                room.setVisible(false);
                room.setFocusTraversable(false);
                grid.add(room, 2, row);
            }
            row++;
        }
        IntroductionStatus next = i.status().next();
        javafx.scene.layout.FlowPane actions = app.rapport.ui.common.Nodes.buttonRow(6);
        if (next != null) {
            Button advance = new Button(I18n.text("introductions.next", stepName(next, i)),
                    new FontIcon(Material2AL.ARROW_FORWARD));
            advance.setId("introduction-advance");
            advance.getStyleClass().add(Styles.ACCENT);
            advance.setDefaultButton(false);
            advance.setOnAction(e -> model.advance(i));
            advance.setMinWidth(Region.USE_PREF_SIZE);
            actions.getChildren().add(advance);
        }
        MenuButton correct = new MenuButton(I18n.text("introductions.correct"));
        correct.setId("introduction-correct");
        correct.getStyleClass().add(Styles.FLAT);
        for (IntroductionStatus s : IntroductionStatus.values()) {
            if (s.isStep() && s != i.status()) {
                MenuItem item = new MenuItem(stepName(s, i));
                item.setId("correct-" + s.wireName());
                item.setOnAction(e -> model.moveTo(i, s));
                correct.getItems().add(item);
            }
        }
        correct.setMinWidth(Region.USE_PREF_SIZE);
        actions.getChildren().add(correct);
        Label problem = new Label();
        problem.setId("step-day-problem");
        problem.getStyleClass().addAll(Styles.DANGER, "step-day-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.stepDayProblemProperty());
        problem.visibleProperty().bind(model.stepDayProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(8, sectionTitle("introductions.steps"), grid, problem, actions);
        box.getStyleClass().add("detail-section");
        return box;
    }

    private String stepName(IntroductionStatus step, Introduction i) {
        return model.stepName(step, i);
    }

    private Node outcome(Introduction i) {
        Label question = new Label(I18n.text("introductions.outcome.question"));
        question.setWrapText(true);
        ToggleGroup group = new ToggleGroup();
        ToggleButton yes = new ToggleButton(I18n.text("introductions.outcome.yes"), new FontIcon(Material2MZ.THUMB_UP));
        yes.setId("outcome-yes");
        yes.getStyleClass().add(Styles.LEFT_PILL);
        yes.setToggleGroup(group);
        ToggleButton no = new ToggleButton(I18n.text("introductions.outcome.no"), new FontIcon(Material2MZ.THUMB_DOWN));
        no.setId("outcome-no");
        no.getStyleClass().add(Styles.RIGHT_PILL);
        no.setToggleGroup(group);
        yes.setSelected(i.status() == IntroductionStatus.WORKING_TOGETHER);
        no.setSelected(i.status() == IntroductionStatus.DID_NOT_WORK_OUT);
        TextArea note = new TextArea(i.outcome() == null ? "" : i.outcome());
        note.setId("outcome-note");
        note.setPromptText(I18n.text("introductions.outcome.notePrompt"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        Button record = new Button(I18n.text("introductions.outcome.record"));
        record.setId("outcome-record");
        record.disableProperty().bind(group.selectedToggleProperty().isNull());
        record.setOnAction(e -> model.recordOutcome(i, yes.isSelected(), note.getText()));
        HBox choice = new HBox(0, yes, no);
        VBox box = new VBox(8, sectionTitle("introductions.outcome"), question, choice, note, record);
        box.getStyleClass().add("detail-section");
        box.setId("introduction-outcome");
        return box;
    }

    static Label sectionTitle(String key) {
        Label l = new Label(I18n.text(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }
}
