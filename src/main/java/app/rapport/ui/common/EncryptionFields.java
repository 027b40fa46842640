package app.rapport.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * "Encrypt with a passphrase" for a file that is written (a backup, a JSON export): the checkbox,
 * and when ticked the passphrase twice, since a typing error would lock the user out of the file.
 * The passphrase is never kept: {@link #clear()} once the file is written.
 */
public final class EncryptionFields extends VBox {

    final CheckBox encrypt = new CheckBox();
    final PasswordField passphrase = new PasswordField();
    final PasswordField confirmation = new PasswordField();

    public EncryptionFields(String idPrefix) {
        this(idPrefix, "encrypt.hint");
    }

    /** @param hintKey the line under the fields: what happens to the file and what the passphrase means */
    public EncryptionFields(String idPrefix, String hintKey) {
        super(6);
        encrypt.setId(idPrefix + "-encrypt");
        encrypt.textProperty().bind(I18n.bind("encrypt.checkbox"));
        passphrase.setId(idPrefix + "-passphrase");
        passphrase.promptTextProperty().bind(I18n.bind("encrypt.passphrase"));
        confirmation.setId(idPrefix + "-passphrase-again");
        confirmation.promptTextProperty().bind(I18n.bind("encrypt.passphraseAgain"));
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind(hintKey));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox fields = new VBox(6, passphrase, confirmation, hint);
        fields.setPadding(new Insets(0, 0, 0, 26));
        fields.visibleProperty().bind(encrypt.selectedProperty());
        fields.managedProperty().bind(encrypt.selectedProperty());
        passphrase.setMaxWidth(320);
        confirmation.setMaxWidth(320);
        getChildren().addAll(encrypt, fields);
    }

    public CheckBox checkBox() {
        return encrypt;
    }

    public boolean selected() {
        return encrypt.isSelected() && !isDisabled();
    }

    /** What keeps the file from being written encrypted, in the user's words, or null. */
    public String problem() {
        if (!selected()) {
            return null;
        }
        if (passphrase.getText().isEmpty()) {
            return I18n.text("encrypt.empty");
        }
        if (!passphrase.getText().equals(confirmation.getText())) {
            return I18n.text("encrypt.mismatch");
        }
        return null;
    }

    /** The passphrase to seal with, or null when the file is not encrypted (the caller clears the array). */
    public char[] passphrase() {
        return selected() ? passphrase.getText().toCharArray() : null;
    }

    /** For tests and the user's convenience alike: both fields at once. */
    public void set(boolean on, String typed, String again) {
        encrypt.setSelected(on);
        passphrase.setText(typed);
        confirmation.setText(again);
    }

    /** Forgets what was typed. */
    public void clear() {
        passphrase.clear();
        confirmation.clear();
    }
}
