package app.rapport.ui.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.Photo;
import app.rapport.ui.common.Chips;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The right half of the Contacts screen: profile, tags as chips, who the contact knows, and the
 * timeline of encounters ({@link ContactTimeline}), newest first.
 */
final class ContactDetailView {

    private final ContactsViewModel model;
    private final ContactsScreen screen;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final StackPane root = new StackPane();
    private final Node empty;
    private final ContactRelationshipPane relationship;
    private final ContactTimeline timeline;
    private boolean relabelling;

    ContactDetailView(ContactsViewModel model, ContactsScreen screen) {
        this.model = model;
        this.screen = screen;
        this.relationship = new ContactRelationshipPane(model.app(), model.app().clock());
        this.timeline = new ContactTimeline(model, () -> show(model.detailProperty().get(), true));
        content.getStyleClass().add("contact-detail");
        content.setId("contact-detail");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("contact-detail-scroll", atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        empty = emptyState();
        model.detailProperty().addListener((o, was, now) -> {
            boolean sameContact = was != null && now != null && was.id().equals(now.id());
            show(now, sameContact);
        });
        // A new language relabels what is shown; nothing is read from the journal again.
        I18n.onChange(root, () -> {
            relabelling = true;
            try {
                show(model.detailProperty().get(), true);
            } finally {
                relabelling = false;
            }
        });
        root.getChildren().setAll(empty);
    }

    Node view() {
        return root;
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Material2MZ.PEOPLE_OUTLINE);
        icon.getStyleClass().add("empty-state-icon");
        Label title = new Label();
        title.textProperty().bind(I18n.bind("contacts.detail.none"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind("contacts.detail.none.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Button add = new Button(null, new FontIcon(Material2MZ.PERSON_ADD));
        add.textProperty().bind(I18n.bind("contacts.new"));
        add.setOnAction(e -> screen.newContact());
        VBox box = new VBox(12, icon, title, hint, add);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(360);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private void show(ContactDetail detail, boolean keepScroll) {
        if (detail == null) {
            root.getChildren().setAll(empty);
            return;
        }
        double v = scroll.getVvalue();
        if (!keepScroll) {
            timeline.firstPage();
        }
        Contact c = detail.contact();
        List<Node> sections = new ArrayList<>();
        sections.add(header(c));
        sections.add(actions(detail));
        sections.add(relationship.show(detail, !relabelling)); // warmth, next catch-up, give and take (issue 5)
        Node profile = profile(c);
        if (profile != null) {
            sections.add(profile);
        }
        Node tags = tags(c);
        if (tags != null) {
            sections.add(tags);
        }
        sections.add(ties(detail));
        if (!detail.colleagues().isEmpty()) {
            sections.add(colleagues(detail));
        }
        if (!detail.introductions().isEmpty()) {
            sections.add(introductions(detail));
        }
        sections.add(timeline.view(detail));
        content.getChildren().setAll(sections);
        root.getChildren().setAll(scroll);
        scroll.setVvalue(keepScroll ? v : 0);
    }

    private Node header(Contact c) {
        Label name = new Label(c.name());
        name.setId("detail-name");
        name.getStyleClass().add(Styles.TITLE_2);
        name.setWrapText(true);
        VBox text = new VBox(2, name);
        String line = ContactsScreen.joinNonBlank(" · ", c.role(), c.organization(), c.city());
        if (!line.isEmpty()) {
            Label sub = new Label(line);
            sub.setWrapText(true);
            sub.getStyleClass().addAll(Styles.TEXT_MUTED, "detail-subtitle");
            text.getChildren().add(sub);
        }
        HBox badges = new HBox(6);
        if (c.archived()) {
            badges.getChildren().add(badge("contacts.badge.archived", "badge-muted"));
        }
        if (c.doNotIntroduce()) {
            badges.getChildren().add(badge("contacts.badge.doNotIntroduce", "badge-warning"));
        }
        if (c.keepInTouchDays() != null) {
            Label keep = new Label(I18n.text("contacts.badge.keepInTouch", c.keepInTouchDays()));
            keep.getStyleClass().addAll("badge", "badge-accent");
            badges.getChildren().add(keep);
        }
        if (!badges.getChildren().isEmpty()) {
            text.getChildren().add(badges);
            VBox.setMargin(badges, new Insets(4, 0, 0, 0));
        }
        HBox header = new HBox(16, c.photo() != null ? photo(c) : avatar(c.name()), text);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("detail-header");
        return header;
    }

    private static Label badge(String key, String style) {
        Label l = new Label(I18n.text(key));
        l.getStyleClass().addAll("badge", style);
        return l;
    }

    /** The contact's picture in the avatar's circle; initials if it cannot be read. */
    private static Node photo(Contact c) {
        return photoOrAvatar(c.name(), c.photo(), "detail-photo");
    }

    /** The picture cut to a circle, or the initials of {@code name} when there is none or it cannot be read. */
    static Node photoOrAvatar(String name, Photo photo, String id) {
        if (photo == null) {
            return avatar(name);
        }
        // Photos are scaled down on the way in (at most 256 KB), so decoding here does not hold up the pane.
        javafx.scene.image.Image image = new javafx.scene.image.Image(
                new java.io.ByteArrayInputStream(photo.bytes()), 104, 104, true, true);
        if (image.isError() || image.getWidth() <= 0) {
            return avatar(name);
        }
        javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(image);
        double side = Math.min(image.getWidth(), image.getHeight());
        view.setViewport(new javafx.geometry.Rectangle2D((image.getWidth() - side) / 2, (image.getHeight() - side) / 2,
                side, side));
        view.setFitWidth(52);
        view.setFitHeight(52);
        view.setSmooth(true);
        view.setClip(new Circle(26, 26, 26));
        view.setId(id);
        StackPane avatar = new StackPane(view);
        avatar.setMinSize(52, 52);
        return avatar;
    }

    /** Initials on a coloured circle; the colour follows the name so a person keeps theirs. */
    static Node avatar(String name) {
        Circle circle = new Circle(26);
        circle.getStyleClass().addAll("avatar-circle", "avatar-" + Math.floorMod(name.hashCode(), 6));
        Label initials = new Label(initials(name));
        initials.getStyleClass().add("avatar-initials");
        StackPane avatar = new StackPane(circle, initials);
        avatar.setMinSize(52, 52);
        return avatar;
    }

    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
        }
        String s = sb.toString();
        if (s.isEmpty()) {
            return name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1));
        }
        return s.length() <= 2 ? s : s.substring(0, 1) + s.substring(s.length() - 1);
    }

    private Node actions(ContactDetail detail) {
        Contact c = detail.contact();
        Button log = actionButton("contacts.action.logEncounter", Material2MZ.POST_ADD, "action-log-encounter");
        log.getStyleClass().add(Styles.ACCENT);
        log.setOnAction(e -> model.app().quickCapture(List.of(c.id())));
        // The shortcut does the same with the contact shown: the tooltip teaches it, as New contact's does.
        log.setTooltip(new javafx.scene.control.Tooltip(I18n.text("contacts.action.logEncounter.tooltip",
                new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.E,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText())));
        Button edit = actionButton("contacts.action.edit", Material2AL.EDIT, "action-edit");
        edit.setOnAction(e -> screen.edit(c));
        Button archive = c.archived()
                ? actionButton("contacts.action.unarchive", Material2MZ.UNARCHIVE, "action-archive")
                : actionButton("contacts.action.archive", Material2AL.ARCHIVE, "action-archive");
        archive.setOnAction(e -> model.setArchived(c, !c.archived()));
        Button delete = actionButton("contacts.action.delete", Material2AL.DELETE_OUTLINE, "action-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> model.trash(c.id(), c.name()));
        FlowPane row = new FlowPane(8, 8, log, edit, archive, delete);
        row.getStyleClass().add("detail-actions");
        return row;
    }

    private static Button actionButton(String key, Ikon icon, String id) {
        Button b = new Button(I18n.text(key), new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        return b;
    }

    private void addTie(ContactDetail detail) {
        TieDialog.show(model, detail).ifPresent(model::saveTie);
    }

    private Node profile(Contact c) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("profile-grid");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        row = addRow(grid, row, "contact.field.emails", String.join("\n", c.emails()));
        row = addRow(grid, row, "contact.field.phones", String.join("\n", c.phones()));
        row = addRow(grid, row, "contact.field.links", String.join("\n", c.links()));
        row = addRow(grid, row, "contact.field.addresses", String.join("\n\n",
                c.addresses().stream().map(a -> String.join("\n", a.lines())).toList()));
        row = addRow(grid, row, "contact.field.birthday", birthday(c, model.app().clock()));
        row = addRow(grid, row, "contact.field.howWeMet", c.howWeMet());
        row = addRow(grid, row, "contact.field.notes", c.notes());
        if (row == 0) {
            return null;
        }
        return section("contacts.section.profile", null, grid);
    }

    private static String birthday(Contact c, java.time.Clock clock) {
        if (c.birthday() == null) {
            return null;
        }
        String text = Formats.birthday(c.birthday());
        return c.birthday().ageOn(java.time.LocalDate.now(clock))
                .map(age -> I18n.text("contacts.birthday.withAge", text, age)).orElse(text);
    }

    private static int addRow(GridPane grid, int row, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(I18n.text(labelKey));
        label.getStyleClass().addAll(Styles.TEXT_MUTED, "profile-label");
        Label text = new Label(value);
        text.setWrapText(true);
        text.getStyleClass().add("profile-value");
        text.setMaxWidth(Double.MAX_VALUE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        grid.addRow(row, label, text);
        return row + 1;
    }

    private Node tags(Contact c) {
        VBox box = new VBox(10);
        addChips(box, "contact.field.interests", c.interests(), "interests");
        addChips(box, "contact.field.offers", c.offers(), "offers");
        addChips(box, "contact.field.seeks", c.seeks(), "seeks");
        return box.getChildren().isEmpty() ? null : box;
    }

    private void addChips(VBox box, String key, List<String> tags, String kind) {
        if (tags.isEmpty()) {
            return;
        }
        Label label = new Label(I18n.text(key));
        label.getStyleClass().addAll("section-label");
        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("chips-" + kind);
        for (String t : tags) {
            Node chip = Chips.chip(t, kind);
            // A keep-in-touch rhythm for everyone with this tag, set where the tag is seen.
            chip.setOnContextMenuRequested(e -> {
                javafx.scene.control.MenuItem cadence = new javafx.scene.control.MenuItem(
                        I18n.text("tags.cadence.menu", t), new FontIcon(Material2AL.ACCESS_TIME));
                cadence.setId("tag-cadence-menu");
                cadence.setOnAction(x -> app.rapport.ui.settings.TagCadencesPane.ask(model.app(), t));
                new javafx.scene.control.ContextMenu(cadence).show(chip, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            chips.getChildren().add(chip);
        }
        box.getChildren().add(new VBox(6, label, chips));
    }

    private Node ties(ContactDetail detail) {
        VBox rows = new VBox(2);
        rows.setId("ties");
        if (detail.ties().isEmpty()) {
            Label none = new Label(I18n.text("ties.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(none);
        }
        for (ContactDetail.KnownPerson p : detail.ties()) {
            Hyperlink name = new Hyperlink(p.name());
            name.getStyleClass().add("tie-name");
            name.setOnAction(e -> model.app().showContact(p.id()));
            // Name and strength keep their width; a long note wraps below them instead.
            name.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, name);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("tie-row");
            if (p.tie().strength() != null) {
                Label strength = new Label(dots(p.tie().strength(), 5));
                strength.setMinWidth(Region.USE_PREF_SIZE);
                strength.getStyleClass().add("tie-strength");
                strength.setTooltip(new Tooltip(I18n.text("ties.strength.value", p.tie().strength())));
                row.getChildren().add(strength);
            }
            if (p.tie().note() != null && !p.tie().note().isBlank()) {
                Label note = new Label(p.tie().note());
                note.getStyleClass().add(Styles.TEXT_MUTED);
                note.setMinWidth(0);
                note.setWrapText(true);
                row.getChildren().add(note);
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Material2AL.LINK_OFF));
            remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, "tie-remove");
            remove.setTooltip(new Tooltip(I18n.text("ties.remove", p.name())));
            remove.setAccessibleText(I18n.text("ties.remove", p.name()));
            remove.setOnAction(e -> model.removeTie(p.tie(), p.name()));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().addAll(spacer, remove);
            // A tie may be wrong: the two do not know each other (the introductions may then suggest them).
            row.setOnContextMenuRequested(e -> {
                javafx.scene.control.MenuItem strangers = new javafx.scene.control.MenuItem(
                        I18n.text("strangers.mark"), new FontIcon(Material2AL.LINK_OFF));
                strangers.getStyleClass().add("tie-strangers");
                strangers.setOnAction(x -> model.markStrangers(detail.id(), p.id(), detail.contact().name(), p.name(),
                        p.tie()));
                javafx.scene.control.MenuItem removeItem = new javafx.scene.control.MenuItem(
                        I18n.text("ties.remove", p.name()), new FontIcon(Material2AL.DELETE_OUTLINE));
                removeItem.setOnAction(x -> model.removeTie(p.tie(), p.name()));
                new javafx.scene.control.ContextMenu(strangers, removeItem).show(row, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            rows.getChildren().add(row);
        }
        // Adding a tie lives here, next to the ties, rather than in the action row above.
        Button add = new Button(I18n.text("contacts.action.addTie"), new FontIcon(Material2AL.ADD));
        add.setId("action-add-tie");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setOnAction(e -> addTie(detail));
        return section("ties.title", I18n.text("ties.count", detail.ties().size()), rows, add);
    }

    /**
     * The others at the contact's organisation: the introductions take colleagues to know each
     * other, unless the user says they do not (and can take that back).
     */
    private Node colleagues(ContactDetail detail) {
        VBox rows = new VBox(2);
        rows.setId("colleagues");
        Label hint = new Label(I18n.text("colleagues.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        rows.getChildren().add(hint);
        String me = detail.contact().name();
        for (ContactDetail.Colleague p : detail.colleagues()) {
            Hyperlink name = new Hyperlink(p.name());
            name.getStyleClass().add("tie-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.setOnAction(e -> model.app().showContact(p.id()));
            Label state = new Label(I18n.text(p.strangers() ? "colleagues.strangers" : "colleagues.known"));
            state.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            state.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button toggle = new Button(I18n.text(p.strangers() ? "strangers.unmark" : "strangers.mark"));
            toggle.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "colleague-toggle");
            toggle.setMinWidth(Region.USE_PREF_SIZE);
            toggle.setOnAction(e -> {
                if (p.strangers()) {
                    model.unmarkStrangers(detail.id(), p.id(), me, p.name());
                } else {
                    model.markStrangers(detail.id(), p.id(), me, p.name(), null);
                }
            });
            HBox row = new HBox(8, name, state, spacer, toggle);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("colleague-row");
            rows.getChildren().add(row);
        }
        if (detail.moreColleagues() > 0) {
            Label more = new Label(I18n.text("colleagues.more", detail.moreColleagues()));
            more.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(more);
        }
        int count = detail.colleagues().size() + detail.moreColleagues();
        return section("colleagues.title", String.valueOf(count), rows);
    }

    /** The introductions the contact is part of: the other person, where it stands, since when. */
    private Node introductions(ContactDetail detail) {
        VBox rows = new VBox(2);
        rows.setId("contact-introductions");
        for (app.rapport.journal.Introduction i : detail.introductions()) {
            String other = i.other(detail.id());
            String otherName = detail.names().getOrDefault(other, other);
            Hyperlink name = new Hyperlink(otherName);
            name.getStyleClass().add("tie-name");
            name.setOnAction(e -> model.app().showContact(other));
            Label status = new Label(I18n.text(i.status().messageKey()));
            status.getStyleClass().addAll("status-chip", "status-" + i.status().wireName());
            java.time.LocalDate day = i.reachedOn(i.status());
            Label date = new Label(day == null ? "" : Formats.date(day));
            date.getStyleClass().add(Styles.TEXT_MUTED);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button open = new Button(null, new FontIcon(Material2AL.ARROW_FORWARD));
            open.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, "introduction-open");
            open.setTooltip(new Tooltip(I18n.text("contacts.introductions.open")));
            open.setAccessibleText(I18n.text("contacts.introductions.open"));
            open.setOnAction(e -> model.app().showIntroduction(i.id()));
            HBox row = new HBox(8, name, status, date, spacer, open);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("tie-row");
            rows.getChildren().add(row);
        }
        Node section = section("introductions.title", String.valueOf(detail.introductions().size()), rows);
        ((VBox) section).getStylesheets().add(app.rapport.ui.introductions.IntroductionsScreen.stylesheet());
        return section;
    }

    static String dots(int value, int max) {
        return "●".repeat(value) + "○".repeat(Math.max(0, max - value));
    }

    static Node section(String titleKey, String count, Node body, Node... extra) {
        Label title = new Label(I18n.text(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        HBox head = new HBox(8, title);
        head.setAlignment(Pos.BASELINE_LEFT);
        if (count != null) {
            Label c = new Label(count);
            c.getStyleClass().addAll(Styles.TEXT_MUTED);
            head.getChildren().add(c);
        }
        if (extra.length > 0) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            head.getChildren().add(spacer);
            head.getChildren().addAll(extra);
            head.setAlignment(Pos.CENTER_LEFT);
        }
        VBox section = new VBox(8, head, body);
        section.getStyleClass().add("detail-section");
        return section;
    }
}
