package app.rapport.ui.network;

import app.rapport.journal.Contact;
import app.rapport.reminders.Relationship;
import app.rapport.suggest.Bridges;
import app.rapport.suggest.Suggestion;
import app.rapport.ui.common.Chips;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The side panel of the person selected on the map: who they are, how warm, their circle, why
 * they matter as a bridge, their interests, "open contact", "log encounter" and "focus", their
 * ties (a click selects and centres) and the introductions the engine suggests for them.
 */
final class SidePanel {

    private final NetworkViewModel model;
    private final IntConsumer centreOn;
    private final VBox side = new VBox(10);

    SidePanel(NetworkViewModel model, IntConsumer centreOn) {
        this.model = model;
        this.centreOn = centreOn;
        side.getStyleClass().add("network-side");
        side.setId("network-side");
    }

    VBox node() {
        return side;
    }

    /** Fills the panel for the person selected (empty when no one is). */
    void fill() {
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

        actions(slot);
        ties(d, slot);
        introductions(c, slot);
    }

    /** Open contact, log encounter, focus. */
    private void actions(int slot) {
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

    }

    /** The person's ties, by name, the first 30; a click selects and centres one. */
    private void ties(NetworkData d, int slot) {
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
                centreOn.accept(t);
            });
            tieList.getChildren().add(link);
        }
        if (sorted.size() > 30) {
            tieList.getChildren().add(wrapped(I18n.text("network.side.moreTies", sorted.size() - 30), Styles.TEXT_MUTED));
        }
        side.getChildren().add(tieList);

    }

    /** The engine's best introductions for the person, each with its reason and Plan. */
    private void introductions(Contact c, int slot) {
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
}
