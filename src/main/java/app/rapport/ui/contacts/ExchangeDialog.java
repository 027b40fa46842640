package app.rapport.ui.contacts;

import app.rapport.journal.Contact;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;

/** One give-and-take entry: whether the user gave or received, when, and what. */
final class ExchangeDialog extends Dialog<Exchange> {

    private ExchangeDialog(AppContext app, Clock clock, Contact contact, Exchange entry) {
        if (app.window() != null) {
            initOwner(app.window());
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(I18n.text(entry == null ? "giveAndTake.dialog.new" : "giveAndTake.dialog.edit", contact.name()));
        ButtonType ok = new ButtonType(I18n.text("giveAndTake.dialog.save"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);

        ToggleGroup direction = new ToggleGroup();
        ToggleButton gave = new ToggleButton(I18n.text("exchange.direction.given"));
        gave.setId("exchange-given");
        gave.setUserData(ExchangeDirection.GIVEN);
        gave.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton got = new ToggleButton(I18n.text("exchange.direction.received"));
        got.setId("exchange-received");
        got.setUserData(ExchangeDirection.RECEIVED);
        got.getStyleClass().add(Styles.RIGHT_PILL);
        gave.setToggleGroup(direction);
        got.setToggleGroup(direction);
        direction.selectToggle(entry != null && entry.direction() == ExchangeDirection.RECEIVED ? got : gave);
        direction.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                direction.selectToggle(was); // always one of the two
            }
        });
        DatePicker date = Formats.localised(new DatePicker(entry == null ? LocalDate.now(clock) : entry.date()));
        date.setId("exchange-date");
        TextField what = new TextField(entry == null || entry.what() == null ? "" : entry.what());
        what.setId("exchange-what");
        what.setPromptText(I18n.text("giveAndTake.dialog.whatPrompt"));
        what.setPrefColumnCount(28);
        Label message = new Label();
        message.getStyleClass().add(Styles.DANGER);
        message.setId("exchange-message");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(I18n.text("giveAndTake.dialog.direction")), new HBox(0, gave, got));
        grid.addRow(1, new Label(I18n.text("giveAndTake.dialog.date")), date);
        grid.addRow(2, new Label(I18n.text("giveAndTake.dialog.what")), what);
        grid.add(message, 1, 3);
        grid.setPadding(new Insets(8));
        getDialogPane().setContent(grid);

        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("exchange-save");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (what.getText().isBlank()) {
                message.setText(I18n.text("giveAndTake.dialog.whatRequired"));
                what.requestFocus();
                e.consume();
            }
        });
        setResultConverter(b -> b != ok ? null : new Exchange(contact.id(),
                (ExchangeDirection) direction.getSelectedToggle().getUserData(), date.getValue(), what.getText().strip()));
        Platform.runLater(what::requestFocus);
    }

    /** Asks for the entry (a new one when {@code entry} is null); empty when cancelled. */
    static Optional<Exchange> show(AppContext app, Clock clock, Contact contact, Exchange entry) {
        return new ExchangeDialog(app, clock, contact, entry).showAndWait();
    }
}
