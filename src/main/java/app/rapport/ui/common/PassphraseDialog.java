package app.rapport.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the passphrase of an encrypted file being opened (a backup to restore, an export to import). */
public final class PassphraseDialog {

    private PassphraseDialog() {
    }

    /** The passphrase typed, or empty when the user cancelled (the caller clears the array). */
    public static Optional<char[]> ask(Window owner, Path file) {
        Dialog<char[]> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.text("encrypt.open.title"));
        dialog.setHeaderText(I18n.text("encrypt.open.header", file.getFileName()));
        PasswordField field = new PasswordField();
        field.setId("open-passphrase");
        field.setPromptText(I18n.text("encrypt.passphrase"));
        Label text = new Label(I18n.text("encrypt.open.text"));
        text.setWrapText(true);
        text.setMaxWidth(440);
        dialog.getDialogPane().setContent(new VBox(10, text, field));
        ButtonType open = new ButtonType(I18n.text("encrypt.open.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == open ? field.getText().toCharArray() : null);
        Themes.style(dialog.getDialogPane());
        Platform.runLater(field::requestFocus);
        Optional<char[]> typed = dialog.showAndWait();
        field.clear();
        return typed;
    }
}
