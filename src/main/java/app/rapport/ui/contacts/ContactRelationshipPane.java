package app.rapport.ui.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.Journal;
import app.rapport.journal.TagCadence;
import app.rapport.reminders.GiveAndTake;
import app.rapport.reminders.KeepInTouchDue;
import app.rapport.reminders.KeepInTouchRules;
import app.rapport.reminders.Relationship;
import app.rapport.reminders.Relationships;
import app.rapport.reminders.Reminders;
import app.rapport.reminders.Snoozes;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.LatestTask;
import app.rapport.ui.common.Tasks;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The relationship on a contact's detail: how warm it is (from the timeline the detail already
 * holds), when the next catch-up is due, and the give-and-take ledger with its balance, where
 * entries are added, edited and removed.
 */
final class ContactRelationshipPane {

    static final int LEDGER_FIRST = 5;

    /** What is loaded besides the detail: the ledger and the tag cadences. */
    record Loaded(String contactId, List<Exchange> ledger, KeepInTouchRules rules, Map<String, LocalDate> snoozes) {
    }

    private final AppContext app;
    private final Clock clock;
    private final VBox box = new VBox(8);
    private final VBox summary = new VBox(4);
    private final VBox ledger = new VBox(2);
    private final Label balance = new Label();
    private final LatestTask<Loaded> loader = new LatestTask<>(this::loaded);
    private ContactDetail detail;
    private Loaded last;
    private boolean ledgerOpen;

    ContactRelationshipPane(AppContext app, Clock clock) {
        this.app = app;
        this.clock = clock;
        box.setId("contact-relationship");
        // The detail only changes when the contact or its timeline does; the ledger can change alone.
        app.journalRevision().addListener(o -> {
            if (detail != null) {
                load(detail.id());
            }
        });
    }

    /** The section for this contact; filled in further once the ledger is loaded. */
    Node show(ContactDetail d) {
        return show(d, true);
    }

    /**
     * The section for this contact; with {@code reload} false (the language changed, nothing in
     * the journal did) the ledger already loaded for the contact is shown again as it is.
     */
    Node show(ContactDetail d, boolean reload) {
        if (detail == null || !detail.id().equals(d.id())) {
            ledgerOpen = false;
        }
        this.detail = d;
        Label title = new Label(I18n.text("relationship.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Button add = new Button(null, new FontIcon(Material2AL.ADD));
        add.setId("give-and-take-add");
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        add.setTooltip(new Tooltip(I18n.text("giveAndTake.add")));
        add.setOnAction(e -> ExchangeDialog.show(app, clock, d.contact(), null).ifPresent(x -> save(null, x)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, add);
        head.setAlignment(Pos.CENTER_LEFT);

        Relationship r = Relationships.of(d.encounters(), LocalDate.now(clock), clock.getZone()).of(d.id());
        Region dot = ContactsScreen.warmthDot(r.warmth());
        Label warmth = new Label(I18n.text(r.warmth().messageKey()), dot);
        warmth.setId("relationship-warmth");
        warmth.getStyleClass().addAll(Styles.TEXT_BOLD, "relationship-warmth");
        warmth.setMinWidth(Region.USE_PREF_SIZE);
        Label since = new Label(r.everMet()
                ? I18n.text("relationship.lastMet", ChronoUnit.DAYS.between(r.lastDay(), LocalDate.now(clock)),
                        Formats.date(r.lastDay()), r.lastTopic() == null ? "–" : r.lastTopic(), r.encounters())
                : I18n.text("relationship.neverMet"));
        since.getStyleClass().add(Styles.TEXT_MUTED);
        since.setWrapText(true);
        HBox warmthLine = new HBox(10, warmth, since);
        warmthLine.setAlignment(Pos.BASELINE_LEFT);
        summary.getChildren().setAll(warmthLine);
        balance.setId("give-and-take-balance");
        balance.setText("");
        ledger.setId("give-and-take-ledger");
        ledger.getChildren().clear();
        box.getChildren().setAll(head, summary, balance, ledger);
        box.getStyleClass().setAll("detail-section");

        if (!reload && last != null && last.contactId().equals(d.id())) {
            loaded(last);
        } else {
            load(d.id());
        }
        return box;
    }

    private void load(String id) {
        Journal journal = app.journal();
        loader.submit(() -> new Loaded(id, journal.exchangesOf(id), KeepInTouchRules.of(journal.tagCadences()),
                journal.snoozes()));
    }

    private void loaded(Loaded l) {
        if (detail == null || !detail.id().equals(l.contactId())) {
            return;
        }
        last = l;
        Contact c = detail.contact();
        LocalDate today = LocalDate.now(clock);
        Relationships rels = Relationships.of(detail.encounters(), today, clock.getZone());
        List<KeepInTouchDue> schedule = Reminders.keepInTouchSchedule(List.of(c), rels, l.rules(),
                new Snoozes(l.snoozes()), today, clock.getZone());
        Label keep = new Label();
        keep.setId("relationship-keep-in-touch");
        keep.setWrapText(true);
        if (schedule.isEmpty()) {
            keep.setText(I18n.text("relationship.noCadence"));
            keep.getStyleClass().add(Styles.TEXT_MUTED);
        } else {
            KeepInTouchDue due = schedule.getFirst();
            Optional<TagCadence> byTag = l.rules().tagCadence(c);
            String every = byTag.isPresent() ? I18n.text("relationship.everyByTag", due.cadenceDays(), byTag.get().tag())
                    : I18n.text("relationship.every", due.cadenceDays());
            String when = due.daysOverdue() > 0 ? I18n.text("relationship.overdue", due.daysOverdue())
                    : due.daysOverdue() == 0 ? I18n.text("relationship.dueToday")
                    : I18n.text("relationship.nextOn", Formats.date(due.dueOn()));
            keep.setText(every + " · " + when);
            if (due.daysOverdue() > 0) {
                keep.getStyleClass().add(Styles.DANGER);
            }
        }
        if (summary.getChildren().size() > 1) {
            summary.getChildren().remove(1, summary.getChildren().size());
        }
        summary.getChildren().add(keep);

        GiveAndTake g = GiveAndTake.of(l.ledger());
        // Nothing recorded: a heading only; the hint below says what to do (no "0 and 0, nothing yet" twice).
        balance.setText(g.leaning() == GiveAndTake.Leaning.EMPTY ? I18n.text("giveAndTake.heading")
                : I18n.text("giveAndTake.balance", g.given(), g.received(), I18n.text(g.leaning().messageKey())));
        balance.getStyleClass().setAll("label", "give-and-take-balance");
        showLedger(l.ledger());
    }

    private void showLedger(List<Exchange> entries) {
        ledger.getChildren().clear();
        if (entries.isEmpty()) {
            Label none = new Label(I18n.text("giveAndTake.empty"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            ledger.getChildren().add(none);
            return;
        }
        int shown = ledgerOpen ? entries.size() : Math.min(LEDGER_FIRST, entries.size());
        for (Exchange x : entries.subList(0, shown)) {
            ledger.getChildren().add(row(x));
        }
        if (shown < entries.size()) {
            Hyperlink more = new Hyperlink(I18n.text("giveAndTake.more", entries.size() - shown));
            more.setOnAction(e -> {
                ledgerOpen = true;
                showLedger(entries);
            });
            ledger.getChildren().add(more);
        }
    }

    private Node row(Exchange x) {
        boolean given = x.direction() == ExchangeDirection.GIVEN;
        FontIcon icon = new FontIcon(given ? Material2AL.CALL_MADE : Material2AL.CALL_RECEIVED);
        icon.getStyleClass().add(given ? "exchange-given" : "exchange-received");
        Tooltip.install(icon, new Tooltip(I18n.text(x.direction().messageKey())));
        Label date = new Label(x.date() == null ? "" : Formats.date(x.date()));
        date.getStyleClass().addAll(Styles.TEXT_MUTED, "exchange-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        Label what = new Label(x.what() == null ? "" : x.what());
        what.setWrapText(true);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        Button edit = new Button(null, new FontIcon(Material2AL.EDIT));
        edit.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "exchange-edit");
        edit.setTooltip(new Tooltip(I18n.text("giveAndTake.edit")));
        edit.setOnAction(e -> ExchangeDialog.show(app, clock, detail.contact(), x).ifPresent(now -> save(x, now)));
        Button remove = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "exchange-remove");
        remove.setTooltip(new Tooltip(I18n.text("giveAndTake.remove")));
        remove.setOnAction(e -> remove(x));
        HBox row = new HBox(8, icon, date, what, edit, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("exchange-row");
        return row;
    }

    private void save(Exchange old, Exchange now) {
        Journal journal = app.journal();
        Tasks.run(() -> {
            if (old == null) {
                journal.saveExchange(now);
            } else {
                journal.replaceExchange(old, now);
            }
        }).start();
    }

    private void remove(Exchange x) {
        Journal journal = app.journal();
        Tasks.run(() -> journal.removeExchange(x)).onSuccess(v -> {
            app.notify(I18n.text("giveAndTake.removed", x.what() == null ? "" : x.what()),
                    () -> Tasks.run(() -> journal.saveExchange(x)).start());
        }).start();
    }
}
