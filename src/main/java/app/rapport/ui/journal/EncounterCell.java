package app.rapport.ui.journal;

import app.rapport.journal.Encounter;
import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** One encounter in the journal list: when, how, what, who, where, how good, and what is left to do. */
final class EncounterCell extends ListCell<Encounter> {

    private final JournalViewModel vm;
    private final FontIcon kindIcon = new FontIcon();
    private final Label title = new Label();
    private final Label when = new Label();
    private final Label line = new Label();
    private final HBox stars = new HBox();
    private final Label snippet = new Label();
    private final Label followUps = new Label();
    private final Label overdue = new Label();
    private final HBox badges = new HBox(8, followUps, overdue);
    private final GridPane root = new GridPane();

    EncounterCell(JournalViewModel vm) {
        this.vm = vm;
        getStyleClass().add("encounter-cell");
        StackPane icon = new StackPane(kindIcon);
        icon.getStyleClass().add("kind-icon");
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "encounter-title");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        // The user's own text, shown whole in the detail beside the list.
        app.rapport.ui.common.Nodes.mayElide(title);
        app.rapport.ui.common.Nodes.mayElide(line);
        app.rapport.ui.common.Nodes.mayElide(snippet);
        when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        when.setMinWidth(Label.USE_PREF_SIZE);
        line.getStyleClass().add(Styles.TEXT_SMALL);
        snippet.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        followUps.getStyleClass().addAll(Styles.TEXT_SMALL, "follow-up-badge");
        followUps.setGraphic(new FontIcon(Material2AL.ASSIGNMENT));
        overdue.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "overdue-badge");
        overdue.setGraphic(new FontIcon(Material2AL.ALARM));
        stars.getStyleClass().add("stars");
        stars.setAlignment(Pos.CENTER_RIGHT);
        stars.setMinWidth(HBox.USE_PREF_SIZE);

        VBox text = new VBox(2, title, line, snippet, badges);
        text.setMinWidth(0);
        VBox right = new VBox(4, when, stars);
        right.setAlignment(Pos.TOP_RIGHT);
        root.add(icon, 0, 0);
        root.add(text, 1, 0);
        root.add(right, 2, 0);
        root.setHgap(10);
        GridPane.setHgrow(text, Priority.ALWAYS);
        GridPane.setValignment(icon, javafx.geometry.VPos.TOP);
        root.setMinWidth(0);
        // The cell takes the list's width and its content fills it; a long title is cut with an
        // ellipsis instead of making the list scroll sideways.
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        root.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()),
                widthProperty(), paddingProperty()));
    }

    @Override
    protected void updateItem(Encounter e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        if (empty || e == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        var names = vm.namesProperty().get();
        kindIcon.setIconCode(app.rapport.ui.common.EncounterIcons.of(e.kind()));
        title.setText(EncounterTexts.heading(e, names));
        when.setText(EncounterTexts.dateTime(e.date()));
        line.setText(ContactCompletion.joinNonBlank(EncounterTexts.kind(e.kind()),
                EncounterTexts.participants(e.participants(), names), e.place()));
        stars.getChildren().setAll(EncounterTexts.stars(e.rating()).getChildren());

        String notes = EncounterTexts.snippet(e.notes());
        snippet.setText(notes);
        show(snippet, !notes.isEmpty());

        LocalDate today = vm.todayProperty().get();
        long open = EncounterTexts.openCount(e);
        long late = EncounterTexts.overdueCount(e, today);
        followUps.setText(I18n.text("journal.followUps.open", open));
        show(followUps, open > 0);
        overdue.setText(I18n.text("journal.followUps.overdue", late));
        show(overdue, late > 0);
        show(badges, open > 0);
        pseudoClassStateChanged(Styles.STATE_DANGER, late > 0);

        setAccessibleText(title.getText() + ", " + when.getText() + ", " + line.getText());
        setGraphic(root);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
