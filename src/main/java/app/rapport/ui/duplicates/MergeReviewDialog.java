package app.rapport.ui.duplicates;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactMerge;
import app.rapport.journal.MergeChoice;
import app.rapport.journal.MergeChoice.Field;
import app.rapport.journal.MergeChoice.ListField;
import app.rapport.journal.MergeChoice.Side;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Two records of one person side by side before they are merged: for each field both differ in,
 * which value to keep (for notes and how we met, also both); for lists, every value ticked, to
 * untick what should go. Answers with the choice, or that the two are not the same person.
 */
public final class MergeReviewDialog extends Dialog<MergeReviewDialog.Decision> {

    /** What the user decided: merge with {@code choice}, or (choice null) the two are different people. */
    public record Decision(MergeChoice choice) {
        public boolean notSamePerson() {
            return choice == null;
        }
    }

    private final Map<Field, ToggleGroup> sides = new EnumMap<>(Field.class);
    private final Map<ListField, Map<String, CheckBox>> values = new EnumMap<>(ListField.class);
    private int row;

    public MergeReviewDialog(Window owner, Contact kept, Contact removed) {
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        setResizable(true);
        setTitle(I18n.text("duplicates.review.title"));
        getDialogPane().getStyleClass().add("merge-review");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.setPadding(new Insets(16, 20, 8, 20));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(label);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints side = new ColumnConstraints();
            side.setHgrow(Priority.ALWAYS);
            side.setPercentWidth(-1);
            side.setPrefWidth(260);
            grid.getColumnConstraints().add(side);
        }
        Label hint = new Label(I18n.text("duplicates.review.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        grid.add(hint, 0, row++, 3, 1);
        grid.add(heading(kept), 1, row);
        grid.add(heading(removed), 2, row++);

        Contact all = ContactMerge.merge(kept, removed);
        choose(grid, Field.NAME, "contact.field.name", kept, removed, Contact::name, false, all);
        choose(grid, Field.ORGANIZATION, "contact.field.organization", kept, removed, Contact::organization, false, all);
        choose(grid, Field.ROLE, "contact.field.role", kept, removed, Contact::role, false, all);
        choose(grid, Field.CITY, "contact.field.city", kept, removed, Contact::city, false, all);
        choose(grid, Field.BIRTHDAY, "contact.field.birthday", kept, removed, c -> birthday(c.birthday()), false, all);
        choose(grid, Field.KEEP_IN_TOUCH, "duplicates.review.keepInTouch", kept, removed,
                c -> c.keepInTouchDays() == null ? null : I18n.text("duplicates.review.days", c.keepInTouchDays()),
                false, all);
        choose(grid, Field.HOW_WE_MET, "contact.field.howWeMet", kept, removed, Contact::howWeMet, true, all);
        choose(grid, Field.NOTES, "contact.field.notes", kept, removed, Contact::notes, true, all);
        for (ListField f : ListField.values()) {
            list(grid, f, all);
        }

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, 140 + row * 40));
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefWidth(760);

        ButtonType merge = new ButtonType(I18n.text("duplicates.review.merge"), ButtonData.OK_DONE);
        ButtonType different = new ButtonType(I18n.text("duplicates.notSame"), ButtonData.OTHER);
        ButtonType cancel = new ButtonType(I18n.text("duplicates.review.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(merge, different, cancel);
        getDialogPane().lookupButton(merge).setId("merge-review-merge");
        getDialogPane().lookupButton(different).setId("merge-review-not-same");
        setResultConverter(b -> b == merge ? new Decision(choice()) : b == different ? new Decision(null) : null);
    }

    /** The choice as the form stands. */
    public MergeChoice choice() {
        MergeChoice c = MergeChoice.keepAll();
        sides.forEach((field, group) -> {
            if (group.getSelectedToggle() != null) {
                c.take(field, (Side) group.getSelectedToggle().getUserData());
            }
        });
        values.forEach((field, boxes) -> boxes.forEach((value, box) -> {
            if (!box.isSelected()) {
                c.drop(field, value);
            }
        }));
        return c;
    }

    private static Label heading(Contact c) {
        Label l = new Label(c.organization() == null ? c.name() : c.name() + " (" + c.organization() + ")");
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setWrapText(true);
        return l;
    }

    /** A row for a field both records fill differently; nothing to choose otherwise. */
    private void choose(GridPane grid, Field field, String labelKey, Contact kept, Contact removed,
                        Function<Contact, String> value, boolean both, Contact all) {
        String a = blankToNull(value.apply(kept));
        String b = blankToNull(value.apply(removed));
        if (a == null || b == null || a.strip().equals(b.strip())) {
            return;
        }
        ToggleGroup group = new ToggleGroup();
        String id = "merge-" + field.name().toLowerCase().replace('_', '-');
        RadioButton left = radio(a, Side.KEPT, group, id + "-kept");
        RadioButton right = radio(b, Side.REMOVED, group, id + "-removed");
        Label name = new Label(I18n.text(labelKey));
        GridPane.setValignment(name, VPos.TOP);
        grid.add(name, 0, row);
        grid.add(left, 1, row);
        grid.add(right, 2, row++);
        boolean mergedIsBoth = both && Objects.equals(value.apply(all), a + "\n\n" + b);
        if (both) {
            RadioButton keepBoth = radio(I18n.text("duplicates.review.both"), Side.BOTH, group, id + "-both");
            grid.add(keepBoth, 1, row++, 2, 1);
            group.selectToggle(mergedIsBoth ? keepBoth : left);
        } else {
            group.selectToggle(left);
        }
        sides.put(field, group);
    }

    private static RadioButton radio(String text, Side side, ToggleGroup group, String id) {
        RadioButton r = new RadioButton(text);
        r.setWrapText(true);
        r.setUserData(side);
        r.setToggleGroup(group);
        r.setId(id);
        r.setMaxWidth(Double.MAX_VALUE);
        return r;
    }

    /** Every value of a list both records have, ticked: the merged contact keeps it unless unticked. */
    private void list(GridPane grid, ListField field, Contact all) {
        List<String> merged = field.of(all);
        if (merged.isEmpty()) {
            return;
        }
        Map<String, CheckBox> boxes = new LinkedHashMap<>();
        List<CheckBox> shown = new ArrayList<>();
        for (String v : merged) {
            CheckBox box = new CheckBox(v);
            box.setSelected(true);
            box.getStyleClass().add("merge-value");
            boxes.put(v, box);
            shown.add(box);
        }
        FlowPane flow = new FlowPane(12, 6);
        flow.getChildren().addAll(shown);
        flow.setPrefWrapLength(480);
        flow.setId("merge-" + field.name().toLowerCase());
        Label name = new Label(I18n.text("contact.field." + field.name().toLowerCase()));
        GridPane.setValignment(name, VPos.TOP);
        grid.add(name, 0, row);
        grid.add(flow, 1, row++, 2, 1);
        values.put(field, boxes);
    }

    private static String birthday(Birthday b) {
        return b == null ? null : Formats.birthday(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
