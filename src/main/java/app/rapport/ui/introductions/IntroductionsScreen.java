package app.rapport.ui.introductions;

import app.rapport.journal.Contact;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Tags;
import app.rapport.journal.Teachings;
import app.rapport.suggest.Reason;
import app.rapport.suggest.Suggestion;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Dialogs;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
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
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
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
    private final VBox detail = new VBox();
    private Node view;

    public IntroductionsScreen(AppContext ctx) {
        this(ctx, ctx.clock());
    }

    public IntroductionsScreen(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.model = new IntroductionsViewModel(ctx, clock);
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
        // Left: suggestions
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

        // Right: the pipeline and the selected introduction
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

        SplitPane split = new SplitPane(leftScroll, rightScroll);
        split.setDividerPositions(0.45);
        split.getStylesheets().add(STYLESHEET);
        split.getStyleClass().add("introductions-screen");
        split.setId("introductions-screen");
        return split;
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
        suggestionList.getChildren().setAll(model.suggestions().stream().map(this::suggestionCard).toList());
    }

    private Node suggestionCard(Suggestion s) {
        Hyperlink a = contactLink(s.a());
        Hyperlink b = contactLink(s.b());
        Label and = new Label("↔");
        and.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label score = new Label(String.format(I18n.locale(), "%.1f", s.score()));
        score.getStyleClass().add("suggestion-score");
        score.setTooltip(new Tooltip(I18n.text("introductions.score")));
        // The two names wrap onto a second line rather than losing their ends; the score keeps its place.
        score.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane pair = new javafx.scene.layout.FlowPane(4, 0, a, and, b);
        pair.setPrefWrapLength(0);
        for (Region r : List.of(a, and, b)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(pair, Priority.ALWAYS);
        HBox names = new HBox(4, pair, score);
        names.setAlignment(Pos.TOP_LEFT);
        Label reason = new Label(s.reason());
        reason.setWrapText(true);
        reason.getStyleClass().add("suggestion-reason");

        VBox reasons = new VBox(4);
        boolean factorsNamed = false;
        for (Reason r : s.why()) {
            if (r.kind().isFactor() && !factorsNamed) {
                // The points already carry these factors; say so, so that nobody multiplies twice.
                factorsNamed = true;
                Label caption = new Label(I18n.text("introductions.why.factors"));
                caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "reason-factors");
                caption.setWrapText(true);
                reasons.getChildren().add(caption);
            }
            Label weight = new Label(weight(r));
            weight.getStyleClass().add("reason-weight");
            weight.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(r.text());
            text.setWrapText(true);
            HBox line = new HBox(8, weight, text);
            line.getStyleClass().add("reason-line");
            if (r.tags().size() == 2 && !Tags.normalize(r.tags().get(0)).equals(Tags.normalize(r.tags().get(1)))) {
                // Two tags matched in other words: the user may know better.
                Hyperlink different = new Hyperlink(I18n.text("introductions.why.different"));
                different.getStyleClass().addAll(Styles.TEXT_SMALL, "reason-different");
                different.setMinWidth(Region.USE_PREF_SIZE);
                different.setTooltip(new Tooltip(I18n.text("introductions.why.different.hint", r.tags().get(0),
                        r.tags().get(1))));
                different.setOnAction(e -> IntroductionsViewModel.teachWords(ctx,
                        new Teachings.WordPair(r.tags().get(0), r.tags().get(1), false)));
                different.setPadding(javafx.geometry.Insets.EMPTY);
                // Below the reason, so the reason keeps the card's width.
                line.getChildren().setAll(weight, new VBox(0, text, different));
            }
            reasons.getChildren().add(line);
        }
        List<List<String>> unmatched = unmatchedTags(s);
        if (!unmatched.isEmpty()) {
            javafx.scene.control.MenuButton same = new javafx.scene.control.MenuButton(
                    I18n.text("introductions.why.same"));
            same.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "reason-same");
            same.setTooltip(new Tooltip(I18n.text("introductions.why.same.hint")));
            for (List<String> tags : unmatched) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                        I18n.text("introductions.why.same.item", tags.get(0), tags.get(1)));
                item.setOnAction(e -> IntroductionsViewModel.teachWords(ctx,
                        new Teachings.WordPair(tags.get(0), tags.get(1), true)));
                same.getItems().add(item);
            }
            reasons.getChildren().add(same);
        }
        TitledPane why = new TitledPane();
        why.textProperty().bind(I18n.bind("introductions.why"));
        why.setContent(reasons);
        why.setExpanded(false);
        why.setAnimated(false);
        why.getStyleClass().addAll(Styles.DENSE, "suggestion-why");

        Button plan = new Button(I18n.text("introductions.plan"), new FontIcon(Material2AL.CHECK));
        plan.getStyleClass().addAll(Styles.ACCENT, "suggestion-plan");
        plan.setOnAction(e -> model.plan(s));
        Button dismiss = new Button(I18n.text("introductions.dismiss"), new FontIcon(Material2AL.CLOSE));
        dismiss.getStyleClass().addAll(Styles.FLAT, "suggestion-dismiss");
        dismiss.setTooltip(new Tooltip(I18n.text("introductions.dismiss.hint")));
        dismiss.setOnAction(e -> model.dismiss(s));
        Node actions = app.rapport.ui.common.Nodes.buttonRow(6, plan, dismiss);

        VBox card = new VBox(8, names, reason, why, actions);
        card.getStyleClass().add("suggestion-card");
        card.setUserData(s);
        return card;
    }

    static final int UNMATCHED_SHOWN = 12;

    /**
     * Tags of the two that could meet but do not (what one seeks and the other offers, interests of
     * both), each pair once, for "treat as the same": at most {@value #UNMATCHED_SHOWN}.
     */
    static List<List<String>> unmatchedTags(Suggestion s) {
        java.util.Set<String> matched = new java.util.HashSet<>();
        for (Reason r : s.why()) {
            if (r.tags().size() == 2) {
                matched.add(key(r.tags().get(0), r.tags().get(1)));
            }
        }
        List<List<String>> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<List<List<String>>> sides = List.of(List.of(s.a().seeks(), s.b().offers()),
                List.of(s.b().seeks(), s.a().offers()), List.of(s.a().interests(), s.b().interests()));
        for (List<List<String>> side : sides) {
            for (String x : side.get(0)) {
                for (String y : side.get(1)) {
                    if (out.size() == UNMATCHED_SHOWN || Tags.normalize(x).isEmpty() || Tags.normalize(y).isEmpty()
                            || Tags.normalize(x).equals(Tags.normalize(y))) {
                        continue;
                    }
                    String key = key(x, y);
                    if (!matched.contains(key) && seen.add(key)) {
                        out.add(List.of(x, y));
                    }
                }
            }
        }
        return out;
    }

    private static String key(String x, String y) {
        String a = Tags.normalize(x);
        String b = Tags.normalize(y);
        return a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    /** "+2.4" for points a reason adds, "×0.8" for a factor. */
    static String weight(Reason r) {
        return r.kind().isFactor() ? String.format(I18n.locale(), "×%.2f", r.weight())
                : String.format(I18n.locale(), "+%.2f", r.weight());
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
            detail.getChildren().addAll(steps(i), outcome(i), drafts(i));
        } else {
            detail.getChildren().addAll(steps(i), drafts(i));
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

    private Node drafts(Introduction i) {
        Introduction.Drafts d = model.draftsOf(i);
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("draft-language");
        language.getItems().setAll(DoubleOptInDrafts.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : I18n.text("introductions.language." + tag);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        String lang = d.language() == null ? DoubleOptInDrafts.languageOf(I18n.locale()) : d.language();
        language.setValue(lang);
        language.setTooltip(new Tooltip(I18n.text("introductions.language.hint")));
        Label languageLabel = new Label(I18n.text("introductions.language"));
        HBox languageChoice = new HBox(8, languageLabel, language);
        languageChoice.setAlignment(Pos.CENTER_LEFT);
        languageLabel.setMinWidth(Region.USE_PREF_SIZE);
        language.setMinWidth(Region.USE_PREF_SIZE);
        Node title = sectionTitle("introductions.drafts");
        ((Region) title).setMinWidth(Region.USE_PREF_SIZE);
        // On a narrow column the language choice goes below the title instead of squeezing it.
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(8, 6, title, languageChoice);
        head.setPrefWrapLength(0);
        head.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(I18n.text("introductions.drafts.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        TextArea toA = draftArea("draft-to-a", d.toA());
        TextArea toB = draftArea("draft-to-b", d.toB());
        TextArea intro = draftArea("draft-introduction", d.introduction());
        Runnable save = () -> model.saveDrafts(i, new Introduction.Drafts(lang, toA.getText(), toB.getText(),
                intro.getText()));
        for (TextArea area : List.of(toA, toB, intro)) {
            area.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    save.run();
                }
            });
        }
        boolean[] puttingBack = {false};
        language.valueProperty().addListener((o, was, now) -> {
            if (puttingBack[0] || now == null || now.equals(was)) {
                return;
            }
            Introduction.Drafts shown = new Introduction.Drafts(was, toA.getText(), toB.getText(), intro.getText());
            if (!model.draftsEdited(i, shown)) {
                model.writeDraftsIn(i, now);
                return;
            }
            // Edited drafts are the user's work: asked once the choice box's menu has closed.
            Platform.runLater(() -> {
                if (confirmReplacingDrafts(now)) {
                    model.writeDraftsIn(i, now);
                } else {
                    save.run();
                    puttingBack[0] = true;
                    try {
                        language.setValue(was);
                    } finally {
                        puttingBack[0] = false;
                    }
                }
            });
        });
        VBox box = new VBox(8, head, hint,
                draft(I18n.text("introductions.draft.toA", model.name(i.a())), "to-a", toA, i,
                        IntroductionsViewModel.Message.TO_A, save),
                draft(I18n.text("introductions.draft.toB", model.name(i.b())), "to-b", toB, i,
                        IntroductionsViewModel.Message.TO_B, save),
                draft(I18n.text("introductions.draft.introductionTitle"), "introduction", intro, i,
                        IntroductionsViewModel.Message.INTRODUCTION, save));
        box.getStyleClass().add("detail-section");
        return box;
    }

    /** "Replace your edited drafts with new ones in German?"; keeping them is the default. */
    private boolean confirmReplacingDrafts(String language) {
        return Dialogs.confirm(ctx.window(), I18n.text("introductions.language.replace.title"),
                I18n.text("introductions.language.replace." + language),
                I18n.text("introductions.language.replace.text"),
                I18n.text("introductions.language.replace.confirm"),
                I18n.text("introductions.language.replace.keep"));
    }

    private static TextArea draftArea(String id, String text) {
        TextArea area = new TextArea(text == null ? "" : text);
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(7);
        area.getStyleClass().add("draft-text");
        return area;
    }

    private Node draft(String title, String id, TextArea area, Introduction i, IntroductionsViewModel.Message which,
                       Runnable save) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = iconButton(Material2AL.CONTENT_COPY, "introductions.copy", "draft-copy-" + id, () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(area.getText());
            Clipboard.getSystemClipboard().setContent(content);
            ctx.notify(I18n.text("introductions.copied"), null);
        });
        Button mail = iconButton(Material2MZ.MAIL_OUTLINE, "introductions.mail", "draft-mail-" + id, () -> {
            save.run();
            // The text goes on the clipboard too: a mail program may open without the body (a
            // long one), and when none opens, the notice says to paste it into a new e-mail.
            ClipboardContent content = new ClipboardContent();
            content.putString(area.getText());
            Clipboard.getSystemClipboard().setContent(content);
            model.openInMailProgram(i, which, area.getText());
        });
        // Title and buttons wrap onto two lines where the pane is narrow (German labels are long),
        // rather than cutting off either.
        copy.setMinWidth(Region.USE_PREF_SIZE);
        mail.setMinWidth(Region.USE_PREF_SIZE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(4, copy, mail);
        buttons.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(12, 2, label, buttons);
        head.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, head, area);
    }

    private static Button iconButton(Ikon icon, String textKey, String id, Runnable action) {
        Button b = new Button(I18n.text(textKey), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
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

    private static Label sectionTitle(String key) {
        Label l = new Label(I18n.text(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }
}
