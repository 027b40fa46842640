package app.rapport.ui.contacts;

import app.rapport.journal.ContactSummary;
import app.rapport.journal.Tie;
import app.rapport.ui.common.AutoCompletion;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Themes;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.Rating;

/**
 * "Knows": records that the contact and someone else already know each other, so that they are
 * never suggested for an introduction. The other person is found by typing part of their name.
 */
final class TieDialog extends Dialog<Tie> {

    private final ObjectProperty<ContactSummary> other = new SimpleObjectProperty<>(this, "other");

    TieDialog(ContactsViewModel model, ContactDetail detail) {
        String selfId = detail.id();
        Set<String> alreadyKnown = detail.ties().stream().map(ContactDetail.KnownPerson::id).collect(Collectors.toSet());
        if (model.app().window() != null) {
            initOwner(model.app().window());
        }
        setTitle(I18n.text("ties.dialog.title"));
        setHeaderText(I18n.text("ties.dialog.header", detail.contact().name()));
        ButtonType ok = new ButtonType(I18n.text("ties.dialog.add"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        Themes.style(getDialogPane());

        TextField who = new TextField();
        who.setId("tie-contact");
        who.setPromptText(I18n.text("ties.dialog.who.prompt"));
        new AutoCompletion<ContactSummary>(who,
                typed -> model.suggestContacts(typed, selfId).stream()
                        .filter(c -> !alreadyKnown.contains(c.id())).toList(),
                c -> c.organization() == null || c.organization().isBlank() ? c.name()
                        : c.name() + " (" + c.organization() + ")",
                c -> {
                    other.set(c);
                    who.setText(c.name());
                    who.positionCaret(who.getText().length());
                });
        // Typing again after a choice means choosing someone else.
        who.textProperty().addListener((o, was, now) -> {
            if (other.get() != null && !other.get().name().equals(now)) {
                other.set(null);
            }
        });
        Rating strength = new Rating(5, 0);
        strength.setId("tie-strength");
        strength.setPartialRating(false);
        strength.setUpdateOnHover(false);
        Button clearStrength = new Button(I18n.text("ties.dialog.strength.clear"));
        clearStrength.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clearStrength.setOnAction(e -> strength.setRating(0));
        clearStrength.visibleProperty().bind(strength.ratingProperty().greaterThan(0));
        HBox strengthRow = new HBox(8, strength, clearStrength);
        strengthRow.setAlignment(Pos.CENTER_LEFT);
        TextField note = new TextField();
        note.setId("tie-note");
        note.setPromptText(I18n.text("ties.dialog.note.prompt"));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 8, 8, 8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label(I18n.text("ties.dialog.who")), who);
        grid.addRow(1, new Label(I18n.text("ties.dialog.strength")), strengthRow);
        grid.addRow(2, new Label(I18n.text("ties.dialog.note")), note);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(520);

        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("tie-ok");
        okButton.setDefaultButton(true);
        okButton.disableProperty().bind(other.isNull());
        setResultConverter(b -> {
            if (b != ok || other.get() == null) {
                return null;
            }
            int s = (int) Math.round(strength.getRating());
            String n = note.getText() == null || note.getText().isBlank() ? null : note.getText().strip();
            return new Tie(selfId, other.get().id(), s == 0 ? null : s, n);
        });
        setOnShown(e -> Platform.runLater(who::requestFocus));
    }

    static Optional<Tie> show(ContactsViewModel model, ContactDetail detail) {
        return new TieDialog(model, detail).showAndWait();
    }
}
