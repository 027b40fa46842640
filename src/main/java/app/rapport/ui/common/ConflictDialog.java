package app.rapport.ui.common;

import app.rapport.journal.RecordFields;
import app.rapport.journal.ThreeWayMerge;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks what to do when a record the user edited was changed elsewhere meanwhile (an import on the
 * command line): merge both (the default), keep the user's version, take the stored one, or go
 * back to the form. It shows each field that either side changed, both versions side by side, and
 * what merging makes of a field both changed. For a record deleted meanwhile it offers to save the
 * user's version again or let it go.
 */
public final class ConflictDialog extends Dialog<ConflictDialog.Choice> {

    /** What the user chose. */
    public enum Choice {
        /** Both sides' changes ({@link ThreeWayMerge#merge}). */
        MERGE,
        /** The user's version over the stored one. */
        MINE,
        /** The stored version; the user's edit is dropped. */
        THEIRS,
        /** Neither yet: the form stays open. */
        BACK
    }

    private static final int MAX_SHOWN_CHARACTERS = 400;

    /**
     * @param name     the record in the user's words ("Anna Schmidt", "Lunch at Früh")
     * @param labels   the message key of each field's label, by field name; fields without one are shown by name
     * @param describe a field's value as text, or null for the generic form ({@link #describe(Object)})
     */
    public <T> ConflictDialog(Window owner, String name, RecordFields<T> fields, T base, T mine, T theirs,
                              Map<String, String> labels, Function<Object, String> describe) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(I18n.text("conflict.title"));
        setResizable(true);
        Themes.style(getDialogPane());
        getDialogPane().getStyleClass().add("conflict-dialog");
        ButtonType back = new ButtonType(I18n.text("conflict.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Function<Object, String> text = describe != null ? describe : ConflictDialog::describe;
        if (theirs == null) {
            setHeaderText(I18n.text("conflict.deleted", name));
            ButtonType mineAgain = new ButtonType(I18n.text("conflict.deleted.keep"), ButtonBar.ButtonData.OK_DONE);
            ButtonType drop = new ButtonType(I18n.text("conflict.deleted.drop"), ButtonBar.ButtonData.OTHER);
            getDialogPane().getButtonTypes().setAll(mineAgain, drop, back);
            id(mineAgain, "conflict-mine").setDefaultButton(true);
            id(drop, "conflict-theirs");
            id(back, "conflict-back");
            Label hint = new Label(I18n.text("conflict.deleted.hint"));
            hint.setWrapText(true);
            hint.setMaxWidth(560);
            getDialogPane().setContent(hint);
            setResultConverter(b -> b == mineAgain ? Choice.MINE : b == drop ? Choice.THEIRS : Choice.BACK);
            return;
        }
        setHeaderText(I18n.text("conflict.header", name));
        ButtonType merge = new ButtonType(I18n.text("conflict.merge"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keepMine = new ButtonType(I18n.text("conflict.mine"), ButtonBar.ButtonData.OTHER);
        ButtonType takeTheirs = new ButtonType(I18n.text("conflict.theirs"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().setAll(merge, keepMine, takeTheirs, back);
        id(merge, "conflict-merge").setDefaultButton(true);
        id(keepMine, "conflict-mine");
        id(takeTheirs, "conflict-theirs");
        id(back, "conflict-back");
        getDialogPane().setContent(table(ThreeWayMerge.changes(fields, base, mine, theirs), labels, text));
        setResultConverter(b -> b == merge ? Choice.MERGE : b == keepMine ? Choice.MINE
                : b == takeTheirs ? Choice.THEIRS : Choice.BACK);
    }

    /** Shows the dialog and waits; closing it any other way means {@link Choice#BACK}. */
    public Choice ask() {
        return showAndWait().orElse(Choice.BACK);
    }

    private Button id(ButtonType type, String id) {
        Button b = (Button) getDialogPane().lookupButton(type);
        b.setId(id);
        return b;
    }

    private static VBox table(List<ThreeWayMerge.Change> changes, Map<String, String> labels,
                              Function<Object, String> text) {
        Label intro = new Label(I18n.text("conflict.intro"));
        intro.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setId("conflict-fields");
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints(120, 190, 280);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value, value, value);
        grid.add(heading(""), 0, 0);
        grid.add(heading(I18n.text("conflict.column.mine")), 1, 0);
        grid.add(heading(I18n.text("conflict.column.theirs")), 2, 0);
        grid.add(heading(I18n.text("conflict.column.merged")), 3, 0);
        int row = 1;
        for (ThreeWayMerge.Change c : changes) {
            String key = labels.get(c.field());
            Label field = new Label(key == null ? c.field() : I18n.text(key));
            field.getStyleClass().add(Styles.TEXT_BOLD);
            GridPane.setValignment(field, VPos.TOP);
            grid.add(field, 0, row);
            grid.add(value(text.apply(c.mine()), c.side() != ThreeWayMerge.Side.THEIRS, "conflict-mine-" + c.field()),
                    1, row);
            grid.add(value(text.apply(c.theirs()), c.side() != ThreeWayMerge.Side.MINE,
                    "conflict-theirs-" + c.field()), 2, row);
            grid.add(value(text.apply(c.merged()), true, "conflict-merged-" + c.field()), 3, row);
            if (c.side() == ThreeWayMerge.Side.BOTH) {
                Label merged = new Label(I18n.text(switch (c.kind()) {
                    case VALUE -> "conflict.both.value";
                    case TEXT -> "conflict.both.text";
                    case LIST -> "conflict.both.list";
                }));
                merged.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
                merged.setWrapText(true);
                row++;
                grid.add(merged, 1, row, 3, 1);
            }
            row++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 40 + 44.0 * changes.size()));
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox box = new VBox(12, intro, scroll);
        box.setPadding(new Insets(8, 16, 4, 16));
        box.setPrefWidth(760);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    /** One side's value; muted where that side left the field as it was. */
    private static Label value(String text, boolean changed, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(280);
        if (!changed) {
            l.getStyleClass().add(Styles.TEXT_MUTED);
        }
        GridPane.setValignment(l, VPos.TOP);
        return l;
    }

    /** A value as the dialog shows it: lists one entry a line, nothing as a dash, long text cut short. */
    public static String describe(Object value) {
        String s;
        if (value == null || value instanceof String t && t.isBlank() || value instanceof List<?> l && l.isEmpty()) {
            return "—";
        } else if (value instanceof List<?> list) {
            s = String.join("\n", list.stream().map(ConflictDialog::describe).toList());
        } else if (value instanceof Boolean b) {
            s = I18n.text(b ? "conflict.yes" : "conflict.no");
        } else if (value instanceof java.time.OffsetDateTime t) {
            s = Formats.dateTime(t);
        } else if (value instanceof java.time.LocalDate d) {
            s = Formats.date(d);
        } else if (value instanceof app.rapport.journal.Birthday b) {
            s = Formats.birthday(b);
        } else if (value instanceof app.rapport.journal.FollowUp f) {
            s = (f.done() ? "✓ " : "") + f.what() + (f.due() == null ? "" : " (" + Formats.date(f.due()) + ")");
        } else if (value instanceof app.rapport.journal.Session session) {
            s = session.topic() == null ? describe(session.start()) : session.topic();
        } else if (value instanceof app.rapport.journal.PostalAddress a) {
            s = a.oneLine();
        } else if (value instanceof app.rapport.journal.Photo) {
            s = I18n.text("conflict.photo");
        } else {
            s = value.toString();
        }
        return s.length() > MAX_SHOWN_CHARACTERS ? s.substring(0, MAX_SHOWN_CHARACTERS) + "…" : s;
    }
}
