package app.rapport.ui.events;

import app.rapport.journal.Contact;
import app.rapport.journal.Event;
import app.rapport.journal.Session;
import app.rapport.reminders.Relationship;
import app.rapport.reminders.Warmth;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.NotificationBar;
import app.rapport.ui.common.Themes;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.introductions.IntroductionsViewModel;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The preparation brief in a window of its own, to read before the event or print (a PDF printer
 * saves it as PDF). The page looks like paper in either theme, so that it prints as it reads.
 */
public final class EventBriefWindow {

    /** What became of a print request. */
    public enum PrintOutcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    static final double PAGE_WIDTH = 640;

    private final AppContext ctx;
    private final Clock clock;
    private final Stage stage = new Stage();
    private final StackPane content = new StackPane(new ProgressIndicator());
    private final Label status = new Label();
    private EventBriefViewModel.Brief brief;
    private NotificationBar notifications;
    private ScrollPane scroll;

    private EventBriefWindow(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        Window owner = ctx.window();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Button print = new Button(I18n.text("brief.print"), new FontIcon(Material2MZ.PRINT));
        print.setId("brief-print");
        print.setDisable(true);
        print.setOnAction(e -> {
            PrintOutcome outcome = print(page(brief), stage);
            status.setText(I18n.text("brief.print." + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        });
        content.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c ->
                print.setDisable(brief == null));
        status.setId("brief-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(I18n.text("brief.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        // A long status (no printer set up) wraps; the buttons keep their labels.
        print.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinWidth(0);
        HBox bar = new HBox(10, print, status, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("brief-bar");

        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("brief-scroll");
        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        // Its own notices: Undo of a dismissal belongs where the user clicked, not behind this window.
        notifications = new NotificationBar(root);
        root.getStylesheets().add(EventsScreen.STYLESHEET);
        root.setId("brief-window");
        Scene scene = new Scene(root, PAGE_WIDTH + 80, 760);
        Themes.style(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), print::fire);
        stage.setScene(scene);
    }

    /** How many introductions among the attendees a brief names. */
    static final int BRIEF_INTRODUCTIONS = 5;

    /** Opens the brief of the event and builds it in the background. */
    public static EventBriefWindow show(AppContext ctx, Clock clock, String eventId) {
        return show(ctx, clock, eventId, EventBriefViewModel.IntroductionIdeas.engine(
                ctx.journalRevision().get(), BRIEF_INTRODUCTIONS, I18n.locale()));
    }

    public static EventBriefWindow show(AppContext ctx, Clock clock, String eventId,
                                        EventBriefViewModel.IntroductionIdeas ideas) {
        EventBriefWindow w = new EventBriefWindow(ctx, clock);
        w.stage.setTitle(I18n.text("brief.windowTitle"));
        w.stage.show();
        var journal = ctx.journal();
        Tasks.run(() -> EventBriefViewModel.brief(journal, eventId, clock, ideas))
                .onSuccess(b -> {
                    w.stage.setTitle(I18n.text("brief.windowTitle") + " – " + EventTexts.name(b.event()));
                    w.showBrief(b);
                })
                .start();
        return w;
    }

    private void showBrief(EventBriefViewModel.Brief b) {
        boolean shownBefore = brief != null;
        double top = scroll.getVvalue() * Math.max(0, content.getHeight() - scroll.getViewportBounds().getHeight());
        brief = b;
        content.getChildren().setAll(page(b, this::dismiss, this::plan));
        if (shownBefore) {
            // A pair planned or dismissed (or put back): the page stays where the user is, near its
            // end where the introductions are, instead of going back to the top.
            scroll.applyCss();
            scroll.layout();
            double room = content.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.clamp(top / room, 0, 1));
        }
    }

    /**
     * Dismisses the pair as the Introductions screen does, and takes it off the brief (and its
     * print-out) at once; Undo in the notification puts it back where it was.
     */
    private void dismiss(EventBriefViewModel.IntroductionIdea idea) {
        Runnable putBack = takeOff(idea);
        IntroductionsViewModel.dismiss(ctx, clock, idea.a(), idea.b(), idea.reason(), notifications::show, putBack);
    }

    /** Takes the pair off the brief (and its print-out) at once; what it returns puts it back where it was. */
    private Runnable takeOff(EventBriefViewModel.IntroductionIdea idea) {
        List<EventBriefViewModel.IntroductionIdea> before = brief.introductions();
        List<EventBriefViewModel.IntroductionIdea> after = new java.util.ArrayList<>(before);
        after.remove(idea);
        showBrief(brief.withIntroductions(after));
        return () -> {
            if (stage.isShowing() && !brief.introductions().contains(idea)) {
                List<EventBriefViewModel.IntroductionIdea> back = new java.util.ArrayList<>(brief.introductions());
                back.add(Math.min(before.indexOf(idea), back.size()), idea);
                showBrief(brief.withIntroductions(back));
            }
        };
    }

    /**
     * Plans the introduction (with its drafts, as on Today) and takes it off the brief; the drafts
     * wait on the Introductions screen. Undo in the brief's notification.
     */
    private void plan(EventBriefViewModel.IntroductionIdea idea) {
        Runnable putBack = takeOff(idea);
        var journal = ctx.journal();
        var planned = IntroductionsViewModel.planned(idea.a(), idea.b(), idea.reason(), clock);
        Tasks.run(() -> journal.saveIntroduction(planned)).onSuccess(saved -> {
            notifications.show(I18n.text("introductions.planned", idea.a().name(), idea.b().name()), () ->
                    Tasks.run(() -> journal.removeIntroduction(saved.id())).onSuccess(v -> {
                        putBack.run();
                    }).start());
        }).start();
    }

    /** What the brief's notification bar says now, or null when it is hidden (for tests). */
    String notificationText() {
        return notifications.text();
    }

    ScrollPane scroll() {
        return scroll;
    }

    public Stage stage() {
        return stage;
    }

    /** The brief as shown (and printed), or null while it is being built. */
    EventBriefViewModel.Brief brief() {
        return brief;
    }

    // ---------------------------------------------------------------- the page

    /** The page as printed: the text only. */
    static VBox page(EventBriefViewModel.Brief b) {
        return page(b, null, null);
    }

    /** The page; on screen ({@code dismiss} not null) each introduction can be dismissed. */
    static VBox page(EventBriefViewModel.Brief b, Consumer<EventBriefViewModel.IntroductionIdea> dismiss,
                     Consumer<EventBriefViewModel.IntroductionIdea> plan) {
        Event e = b.event();
        VBox page = new VBox(14);
        page.getStyleClass().add("brief-page");
        page.setId("brief-page");
        page.setPrefWidth(PAGE_WIDTH);
        page.setMaxWidth(PAGE_WIDTH);
        page.getStylesheets().add(EventsScreen.STYLESHEET);

        Label kicker = new Label(I18n.text("brief.kicker"));
        kicker.getStyleClass().add("brief-kicker");
        Label title = new Label(EventTexts.name(e));
        title.getStyleClass().add("brief-title");
        title.setWrapText(true);
        VBox head = new VBox(2, kicker, title, text(EventTexts.when(e, b.zone()), "brief-meta"));
        if (e.place() != null) {
            head.getChildren().add(text(e.place(), "brief-meta"));
        }
        if (e.topic() != null) {
            head.getChildren().add(text(I18n.text("brief.topic", e.topic()), "brief-meta"));
        }
        page.getChildren().add(head);

        page.getChildren().add(section("brief.goals", e.notes() == null
                ? text(I18n.text("brief.noGoals"), "brief-muted") : text(e.notes(), "brief-text")));

        page.getChildren().add(section("brief.people", people(b)));

        if (!b.topics().isEmpty()) {
            VBox topics = new VBox(4);
            topics.setId("brief-topics");
            for (EventBriefViewModel.RoomTopic t : b.topics()) {
                topics.getChildren().add(text(I18n.text("brief.topicLine", t.interest(), names(t.holders())), "brief-text"));
            }
            page.getChildren().add(section("brief.topics", topics));
        }

        page.getChildren().add(section("brief.introductions", introductions(b, dismiss, plan)));

        if (!e.sessions().isEmpty()) {
            GridPane agenda = new GridPane();
            agenda.setHgap(14);
            agenda.setVgap(4);
            int row = 0;
            for (Session s : e.sessions()) {
                Contact speaker = s.speaker() == null ? null : b.speakers().get(s.speaker());
                Label topic = text(s.topic() == null ? "" : s.topic(), "brief-text");
                agenda.addRow(row++, text(EventTexts.slot(s.start(), s.end()), "brief-slot"), topic,
                        text(speaker == null ? "" : speaker.name(), "brief-muted"));
            }
            page.getChildren().add(section("brief.agenda", agenda));
        }
        return page;
    }

    /** Who comes: how warm the user is with them, in sum and one by one. */
    private static Node people(EventBriefViewModel.Brief b) {
        Map<Warmth, Integer> counts = EventBriefViewModel.warmthCounts(b);
        VBox people = new VBox(10);
        people.setId("brief-attendees");
        if (b.attendees().isEmpty()) {
            people.getChildren().add(text(I18n.text("brief.noAttendees"), "brief-muted"));
        } else {
            people.getChildren().add(text(I18n.text("brief.attendeeSummary", b.attendees().size(),
                    counts.get(Warmth.WARM), counts.get(Warmth.COOLING), counts.get(Warmth.COLD)), "brief-muted"));
        }
        for (EventBriefViewModel.Attendee a : b.attendees()) {
            people.getChildren().add(attendee(a));
        }
        return people;
    }

    /** Whom to introduce to whom there; on screen each can be planned or dismissed. */
    private static Node introductions(EventBriefViewModel.Brief b, Consumer<EventBriefViewModel.IntroductionIdea> dismiss,
                                      Consumer<EventBriefViewModel.IntroductionIdea> plan) {
        VBox intros = new VBox(6);
        intros.setId("brief-introductions");
        if (b.introductions().isEmpty()) {
            intros.getChildren().add(text(I18n.text("brief.noIntroductions"), "brief-muted"));
        }
        for (EventBriefViewModel.IntroductionIdea idea : b.introductions()) {
            VBox pair = new VBox(1,
                    text(idea.a().name() + " ↔ " + idea.b().name(), "brief-name"),
                    text(idea.reason(), "brief-text"));
            if (dismiss == null) {
                intros.getChildren().add(pair);
                continue;
            }
            Button drop = new Button(null, new FontIcon(Material2AL.CLOSE));
            drop.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "brief-dismiss");
            drop.setTooltip(new Tooltip(I18n.text("introductions.dismiss.action")));
            drop.setAccessibleText(I18n.text("introductions.dismiss.action"));
            drop.setOnAction(ev -> dismiss.accept(idea));
            Button make = new Button(null, new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE));
            make.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "brief-plan");
            make.setTooltip(new Tooltip(I18n.text("introductions.plan")));
            make.setAccessibleText(I18n.text("introductions.plan"));
            make.setOnAction(ev -> plan.accept(idea));
            HBox.setHgrow(pair, Priority.ALWAYS);
            HBox row = new HBox(4, pair, make, drop);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("brief-introduction");
            intros.getChildren().add(row);
        }
        return intros;
    }

    private static Node attendee(EventBriefViewModel.Attendee a) {
        Relationship r = a.relationship();
        Region dot = new Region();
        dot.getStyleClass().addAll("warmth-dot", "warmth-" + r.warmth().wireName());
        String org = a.contact().organization() == null ? "" : " · " + a.contact().organization();
        Label name = new Label(a.contact().name() + org, dot);
        name.getStyleClass().add("brief-name");
        String last = r.everMet()
                ? I18n.text("brief.lastMet", I18n.text(r.warmth().messageKey()),
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(I18n.locale()).format(r.lastDay()),
                        r.lastTopic() == null ? "–" : r.lastTopic())
                : I18n.text("brief.neverMet");
        VBox box = new VBox(1, name, text(last, "brief-text"));
        if (!a.sharedInterests().isEmpty()) {
            box.getChildren().add(text(I18n.text("brief.talkAbout", String.join(", ", a.sharedInterests())), "brief-text"));
        }
        box.getStyleClass().add("brief-attendee");
        return box;
    }

    private static Node section(String titleKey, Node body) {
        Label title = new Label(I18n.text(titleKey));
        title.getStyleClass().add("brief-section");
        return new VBox(6, title, body);
    }

    private static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static String names(List<Contact> people) {
        return String.join(", ", people.stream().map(Contact::name).toList());
    }

    // ---------------------------------------------------------------- printing

    /**
     * Prints the page through the system's print dialog, scaled to the paper's width and split
     * over as many sheets as it needs. With no printer installed there is nothing to print to:
     * that is reported, not thrown.
     */
    static PrintOutcome print(VBox page, Window owner) {
        return print(page, owner, PrinterJob::createPrinterJob, job -> job.showPrintDialog(owner));
    }

    static PrintOutcome print(VBox page, Window owner, java.util.function.Supplier<PrinterJob> jobs,
                              Function<PrinterJob, Boolean> confirm) {
        PrinterJob job;
        try {
            job = jobs.get();
        } catch (RuntimeException e) {
            return PrintOutcome.NO_PRINTER;
        }
        if (job == null) {
            return PrintOutcome.NO_PRINTER;
        }
        if (!confirm.apply(job)) {
            job.cancelJob();
            return PrintOutcome.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        // Lay the page out in a scene of its own so that its style applies, at its natural width.
        Group holder = new Group(page);
        new Scene(holder);
        page.applyCss();
        page.layout();
        double width = page.prefWidth(-1);
        double height = page.prefHeight(width);
        page.resize(width, height);
        double scale = Math.min(1, layout.getPrintableWidth() / width);
        double sheet = layout.getPrintableHeight() / scale;
        int sheets = (int) Math.ceil(height / sheet);
        for (int i = 0; i < sheets; i++) {
            page.getTransforms().setAll(new Scale(scale, scale), new Translate(0, -i * sheet));
            page.setClip(new Rectangle(0, i * sheet, width, sheet));
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                return PrintOutcome.FAILED;
            }
        }
        return job.endJob() ? PrintOutcome.PRINTED : PrintOutcome.FAILED;
    }
}
