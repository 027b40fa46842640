package app.rapport.ui.introductions;

import app.rapport.journal.Contact;
import app.rapport.journal.Tags;
import app.rapport.journal.Teachings;
import app.rapport.suggest.Reason;
import app.rapport.suggest.Suggestion;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Nodes;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The cards of the engine's suggestions on the Introductions screen: who, how many points and why,
 * with the words the user can teach the engine from there, and the buttons to plan or dismiss.
 */
final class SuggestionCards {

    private final AppContext ctx;
    private final IntroductionsViewModel model;

    SuggestionCards(AppContext ctx, IntroductionsViewModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    /** The card of one suggestion: the two, its points, its reason, the "why" unfolded, Plan and Dismiss. */
    Node card(Suggestion s) {
        Label reason = new Label(s.reason());
        reason.setWrapText(true);
        reason.getStyleClass().add("suggestion-reason");
        TitledPane why = new TitledPane();
        why.textProperty().bind(I18n.bind("introductions.why"));
        why.setContent(why(s));
        why.setExpanded(false);
        why.setAnimated(false);
        why.getStyleClass().addAll(Styles.DENSE, "suggestion-why");
        VBox card = new VBox(8, names(s), reason, why, actions(s));
        card.getStyleClass().add("suggestion-card");
        card.setUserData(s);
        return card;
    }

    /** The two names, each a link to the contact, and the points on the right. */
    private Node names(Suggestion s) {
        Hyperlink a = contactLink(s.a());
        Hyperlink b = contactLink(s.b());
        Label and = new Label("↔");
        and.getStyleClass().add(Styles.TEXT_MUTED);
        Label score = new Label(String.format(I18n.locale(), "%.1f", s.score()));
        score.getStyleClass().add("suggestion-score");
        score.setTooltip(new Tooltip(I18n.text("introductions.score")));
        // The two names wrap onto a second line rather than losing their ends; the score keeps its place.
        score.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane pair = new FlowPane(4, 0, a, and, b);
        pair.setPrefWrapLength(0);
        for (Region r : List.of(a, and, b)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(pair, Priority.ALWAYS);
        HBox names = new HBox(4, pair, score);
        names.setAlignment(Pos.TOP_LEFT);
        return names;
    }

    /** Each reason with its weight, and the words the user may teach: "different" under a match, "same" below. */
    private Node why(Suggestion s) {
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
            reasons.getChildren().add(reasonLine(r));
        }
        List<List<String>> unmatched = unmatchedTags(s);
        if (!unmatched.isEmpty()) {
            MenuButton same = new MenuButton(I18n.text("introductions.why.same"));
            same.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "reason-same");
            same.setTooltip(new Tooltip(I18n.text("introductions.why.same.hint")));
            for (List<String> tags : unmatched) {
                MenuItem item = new MenuItem(I18n.text("introductions.why.same.item", tags.get(0), tags.get(1)));
                item.setOnAction(e -> IntroductionsViewModel.teachWords(ctx,
                        new Teachings.WordPair(tags.get(0), tags.get(1), true)));
                same.getItems().add(item);
            }
            reasons.getChildren().add(same);
        }
        return reasons;
    }

    private Node reasonLine(Reason r) {
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
            different.setPadding(Insets.EMPTY);
            // Below the reason, so the reason keeps the card's width.
            line.getChildren().setAll(weight, new VBox(0, text, different));
        }
        return line;
    }

    private Node actions(Suggestion s) {
        Button plan = new Button(I18n.text("introductions.plan"), new FontIcon(Material2AL.CHECK));
        plan.getStyleClass().addAll(Styles.ACCENT, "suggestion-plan");
        plan.setOnAction(e -> model.plan(s));
        Button dismiss = new Button(I18n.text("introductions.dismiss"), new FontIcon(Material2AL.CLOSE));
        dismiss.getStyleClass().addAll(Styles.FLAT, "suggestion-dismiss");
        dismiss.setTooltip(new Tooltip(I18n.text("introductions.dismiss.hint")));
        dismiss.setOnAction(e -> model.dismiss(s));
        return Nodes.buttonRow(6, plan, dismiss);
    }

    static final int UNMATCHED_SHOWN = 12;

    /**
     * Tags of the two that could meet but do not (what one seeks and the other offers, interests of
     * both), each pair once, for "treat as the same": at most {@value #UNMATCHED_SHOWN}.
     */
    static List<List<String>> unmatchedTags(Suggestion s) {
        Set<String> matched = new HashSet<>();
        for (Reason r : s.why()) {
            if (r.tags().size() == 2) {
                matched.add(key(r.tags().get(0), r.tags().get(1)));
            }
        }
        List<List<String>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
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
}
