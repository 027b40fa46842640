package app.rapport.ui.contacts;

import app.rapport.journal.Encounter;
import app.rapport.journal.FollowUp;
import app.rapport.ui.common.EncounterIcons;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.journal.QuickCaptureDialog;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The timeline of a contact's encounters in the detail pane, newest first, a page of entries at a
 * time, so a contact with hundreds of encounters opens as fast as one with three. Each entry opens
 * in its editor (double click, Enter) and has a menu to edit or delete it.
 */
final class ContactTimeline {

    static final int PAGE = 20;

    private final ContactsViewModel model;
    private final Runnable showMore;
    private int shown = PAGE;

    /** @param showMore shows the contact again, after the timeline was asked for another page */
    ContactTimeline(ContactsViewModel model, Runnable showMore) {
        this.model = model;
        this.showMore = showMore;
    }

    /** Back to the first page, for another contact. */
    void firstPage() {
        shown = PAGE;
    }

    Node view(ContactDetail detail) {
        VBox entries = new VBox(0);
        entries.setId("timeline");
        entries.getStyleClass().add("timeline");
        List<Encounter> all = detail.encounters();
        if (all.isEmpty()) {
            Label none = new Label(I18n.text("timeline.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            entries.getChildren().add(none);
        }
        int count = Math.min(all.size(), Math.max(shown, PAGE));
        for (int i = 0; i < count; i++) {
            entries.getChildren().add(entry(all.get(i), detail));
        }
        if (count < all.size()) {
            Button more = new Button(I18n.text("timeline.more", Math.min(PAGE, all.size() - count),
                    all.size() - count));
            more.setId("timeline-more");
            more.getStyleClass().add(Styles.FLAT);
            more.setOnAction(e -> {
                shown = count + PAGE;
                showMore.run();
            });
            entries.getChildren().add(more);
        }
        return ContactDetailView.section("timeline.title", I18n.text("timeline.count", all.size()), entries);
    }

    private Node entry(Encounter e, ContactDetail detail) {
        FontIcon kindIcon = new FontIcon(EncounterIcons.of(e.kind()));
        kindIcon.getStyleClass().add("timeline-icon");
        StackPane iconBox = new StackPane(kindIcon);
        iconBox.getStyleClass().add("timeline-icon-box");
        iconBox.setMinSize(32, 32);
        iconBox.setMaxSize(32, 32);

        VBox body = new VBox(3, top(e));
        HBox.setHgrow(body, Priority.ALWAYS);
        if (e.title() != null && !e.title().isBlank()) {
            Label title = new Label(e.title());
            title.getStyleClass().add("timeline-title");
            title.setWrapText(true);
            body.getChildren().add(title);
        }
        List<String> others = e.participants().stream().filter(id -> !id.equals(detail.id())).toList();
        if (!others.isEmpty()) {
            body.getChildren().add(with(others, detail));
        }
        if (e.place() != null && !e.place().isBlank()) {
            Label place = new Label(e.place(), new FontIcon(Material2MZ.PLACE));
            place.getStyleClass().addAll(Styles.TEXT_MUTED, "timeline-place");
            body.getChildren().add(place);
        }
        if (e.notes() != null && !e.notes().isBlank()) {
            Label notes = new Label(e.notes());
            notes.setWrapText(true);
            notes.getStyleClass().add("timeline-notes");
            body.getChildren().add(notes);
        }
        for (FollowUp f : e.followUps()) {
            body.getChildren().add(followUp(f));
        }
        return withActions(e, iconBox, body);
    }

    /** The date, the kind and, if given, the rating as stars. */
    private static Node top(Encounter e) {
        Label date = new Label(Formats.dateTime(e.date()));
        date.getStyleClass().add("timeline-date");
        Label kind = new Label(I18n.text(e.kind().messageKey()));
        kind.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox top = new HBox(8, date, kind);
        top.setAlignment(Pos.BASELINE_LEFT);
        if (e.rating() != null) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label rating = new Label("★".repeat(e.rating()) + "☆".repeat(5 - e.rating()));
            rating.getStyleClass().add("timeline-rating");
            // Accessible text rather than a tooltip: a Tooltip per entry makes long timelines slow to open.
            rating.setAccessibleText(I18n.text("timeline.rating", e.rating()));
            top.getChildren().addAll(spacer, rating);
        }
        return top;
    }

    /** "With" and the others who were there, each a link to their contact. */
    private Node with(List<String> others, ContactDetail detail) {
        FlowPane with = new FlowPane(0, 0);
        with.getStyleClass().add("timeline-with");
        Label prefix = new Label(I18n.text("timeline.with"));
        prefix.getStyleClass().add(Styles.TEXT_MUTED);
        prefix.setPadding(new Insets(0, 4, 0, 0));
        with.getChildren().add(prefix);
        for (int i = 0; i < others.size(); i++) {
            String id = others.get(i);
            Hyperlink link = new Hyperlink(detail.names().getOrDefault(id, "?"));
            link.setOnAction(ev -> model.app().showContact(id));
            with.getChildren().add(link);
            if (i < others.size() - 1) {
                Label comma = new Label(",");
                comma.setPadding(new Insets(0, 4, 0, 0));
                with.getChildren().add(comma);
            }
        }
        return with;
    }

    private static Node followUp(FollowUp f) {
        String text = f.due() == null ? f.what() : I18n.text("timeline.followUp.due", f.what(), Formats.date(f.due()));
        Label follow = new Label(text, new FontIcon(f.done() ? Material2AL.CHECK_BOX : Material2AL.CHECK_BOX_OUTLINE_BLANK));
        follow.setWrapText(true);
        follow.getStyleClass().add(f.done() ? "follow-up-done" : "follow-up");
        return follow;
    }

    /**
     * The entry's row, opened, edited and deleted from here as from the Journal: a double click or
     * Enter opens the encounter in its editor; the menu (also on a right click) edits or deletes it.
     */
    private Node withActions(Encounter e, Node iconBox, Node body) {
        String label = e.title() != null && !e.title().isBlank() ? e.title().strip()
                : I18n.text(e.kind().messageKey()) + ", " + Formats.dateTime(e.date());
        MenuItem edit = new MenuItem(I18n.text("journal.edit"), new FontIcon(Material2AL.EDIT));
        edit.setOnAction(x -> editEncounter(e));
        MenuItem delete = new MenuItem(I18n.text("journal.delete"), new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setOnAction(x -> model.trashEncounter(e, label));
        MenuButton actions = new MenuButton(null, new FontIcon(Material2MZ.MORE_VERT), edit, delete);
        actions.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Tweaks.NO_ARROW, "timeline-actions");
        actions.setAccessibleText(I18n.text("timeline.actions", label));
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, iconBox, body, actions);
        row.getStyleClass().add("timeline-entry");
        row.setUserData(e.id());
        row.setFocusTraversable(true);
        row.setOnMouseClicked(m -> {
            if (m.getButton() == MouseButton.PRIMARY && m.getClickCount() == 2) {
                editEncounter(e);
            }
        });
        row.setOnContextMenuRequested(m -> {
            new ContextMenu(copy(edit), copy(delete)).show(row, m.getScreenX(), m.getScreenY());
            m.consume();
        });
        row.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER) {
                editEncounter(e);
                k.consume();
            } else if (k.getCode() == KeyCode.DELETE) {
                model.trashEncounter(e, label);
                k.consume();
            }
        });
        return row;
    }

    private static MenuItem copy(MenuItem item) {
        MenuItem c = new MenuItem(item.getText(), new FontIcon(((FontIcon) item.getGraphic()).getIconCode()));
        c.setOnAction(item.getOnAction());
        return c;
    }

    private void editEncounter(Encounter e) {
        QuickCaptureDialog.edit(model.app(), e);
    }
}
