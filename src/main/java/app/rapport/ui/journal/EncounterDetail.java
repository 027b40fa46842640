package app.rapport.ui.journal;

import app.rapport.journal.Encounter;
import app.rapport.journal.FollowUp;
import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The selected encounter with every field, its follow-ups to tick off, and what can be done with it. */
final class EncounterDetail extends StackPane {

    private final JournalViewModel vm;
    private final VBox content = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label placeholder = new Label();

    EncounterDetail(JournalViewModel vm) {
        this.vm = vm;
        getStyleClass().add("encounter-detail");
        content.setPadding(new Insets(20));
        content.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        placeholder.textProperty().bind(I18n.bind("journal.detail.none"));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        getChildren().setAll(placeholder, scroll);
        vm.selectedProperty().addListener((obs, old, now) -> draw());
        vm.namesProperty().addListener((obs, old, now) -> draw());
        I18n.onChange(this, this::draw);
        draw();
    }

    private void draw() {
        Encounter e = vm.selectedProperty().get();
        scroll.setVisible(e != null);
        placeholder.setVisible(e == null);
        if (e == null) {
            content.getChildren().clear();
            return;
        }
        var names = vm.namesProperty().get();
        List<Node> nodes = new ArrayList<>();

        Label title = new Label(EncounterTexts.heading(e, names));
        title.setId("detail-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        nodes.add(title);

        Label kind = new Label(EncounterTexts.kind(e.kind()), new FontIcon(app.rapport.ui.common.EncounterIcons.of(e.kind())));
        Label when = new Label(EncounterTexts.dateTime(e.date()), new FontIcon(Material2MZ.SCHEDULE));
        when.setId("detail-when");
        FlowPane facts = new FlowPane(18, 6, kind, when);
        if (e.place() != null && !e.place().isBlank()) {
            Label place = new Label(e.place(), new FontIcon(Material2MZ.PLACE));
            place.setWrapText(true);
            facts.getChildren().add(place);
        }
        if (e.rating() != null) {
            facts.getChildren().add(EncounterTexts.stars(e.rating()));
        }
        nodes.add(facts);

        FlowPane people = new FlowPane(4, 4);
        people.setId("detail-participants");
        for (String id : e.participants()) {
            Hyperlink link = new Hyperlink(EncounterTexts.participantName(id, names), new FontIcon(Material2MZ.PERSON));
            link.setTooltip(new Tooltip(I18n.text("journal.detail.openContact")));
            link.setDisable(!names.containsKey(id));
            link.setOnAction(a -> vm.showContact(id));
            people.getChildren().add(link);
        }
        nodes.add(section("journal.detail.participants", people));

        if (e.notes() != null && !e.notes().isBlank()) {
            Label notes = new Label(e.notes());
            notes.setId("detail-notes");
            notes.setWrapText(true);
            notes.setMinHeight(Label.USE_PREF_SIZE);
            nodes.add(section("journal.detail.notes", notes));
        }

        if (!e.followUps().isEmpty()) {
            VBox list = new VBox(6);
            list.setId("detail-followups");
            LocalDate today = vm.todayProperty().get();
            for (int i = 0; i < e.followUps().size(); i++) {
                list.getChildren().add(followUp(e, i, today));
            }
            nodes.add(section("journal.detail.followUps", list));
        }

        Button edit = new Button(I18n.text("journal.edit"), new FontIcon(Material2AL.EDIT));
        edit.setId("detail-edit");
        edit.setOnAction(a -> vm.edit(e));
        Button delete = new Button(I18n.text("journal.delete"), new FontIcon(Material2AL.DELETE));
        delete.setId("detail-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(a -> vm.delete(e));
        HBox actions = new HBox(8, edit, delete);
        actions.setPadding(new Insets(8, 0, 0, 0));
        nodes.add(actions);

        content.getChildren().setAll(nodes);
    }

    private Node followUp(Encounter e, int index, LocalDate today) {
        FollowUp f = e.followUps().get(index);
        CheckBox done = new CheckBox(f.what());
        done.setId("detail-followup-" + index);
        done.setWrapText(true);
        done.setSelected(f.done());
        done.selectedProperty().addListener((obs, was, is) -> vm.setFollowUpDone(e, index, is));
        if (f.done()) {
            done.getStyleClass().add(Styles.TEXT_MUTED);
        }
        VBox row = new VBox(2, done);
        if (f.due() != null) {
            boolean late = EncounterTexts.isOverdue(f, today);
            Label due = new Label(I18n.text(late ? "journal.followUp.overdue" : "journal.followUp.due",
                    EncounterTexts.date(f.due())));
            due.getStyleClass().add(Styles.TEXT_SMALL);
            due.getStyleClass().add(late ? Styles.DANGER : Styles.TEXT_MUTED);
            if (late) {
                due.setGraphic(new FontIcon(Material2AL.ALARM));
            }
            due.setPadding(new Insets(0, 0, 0, 28)); // under the text, past the box
            row.getChildren().add(due);
        }
        return row;
    }

    private static Node section(String key, Node body) {
        Label heading = new Label(I18n.text(key));
        heading.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED, "section-heading");
        return new VBox(6, heading, body);
    }
}
