package app.rapport.ui.common;

import app.rapport.journal.JournalOpenException;
import app.rapport.journal.JournalStorageException;
import app.rapport.journal.ValidationException;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Message and confirmation dialogs in the app's theme, language and keyboard conventions. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Asks before something that cannot be undone; the safe choice (Cancel) is the default. */
    public static boolean confirm(Window owner, String title, String header, String content, String confirmText) {
        return confirm(owner, title, header, content, confirmText, I18n.text("dialog.cancel"));
    }

    /**
     * Asks before something that cannot be undone, with both answers named ("Replace drafts",
     * "Keep my drafts"); the safe one is the default and what Escape or closing the dialog means.
     */
    public static boolean confirm(Window owner, String title, String header, String content, String confirmText,
                                  String cancelText) {
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, confirm, cancel);
        prepare(alert, owner, title, header);
        // Pressing Enter by reflex must not destroy anything.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == confirm).isPresent();
    }

    public static Alert error(Window owner, String title, String header, String content) {
        return message(Alert.AlertType.ERROR, owner, title, header, content);
    }

    /** Something worth knowing about what went well (an import with remarks): not in an error's colours. */
    public static Alert info(Window owner, String title, String header, String content) {
        return message(Alert.AlertType.INFORMATION, owner, title, header, content);
    }

    private static Alert message(Alert.AlertType type, Window owner, String title, String header, String content) {
        ButtonType ok = new ButtonType(I18n.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(type, "", ok);
        prepare(alert, owner, title, header);
        Label text = new Label(content);
        text.setWrapText(true);
        text.setMaxWidth(520);
        // A wrapping label still asks for the width of its longest line: a long message made the
        // dialog wider than the window and centred it partly off the screen.
        double oneLine = new javafx.scene.text.Text(content).getLayoutBounds().getWidth();
        text.setPrefWidth(Math.min(520, Math.ceil(oneLine) + 4));
        alert.getDialogPane().setContent(text);
        return alert;
    }

    /** What went wrong in a background task, said as plainly as we can. */
    public static void showError(Window owner, Throwable error) {
        String header = error instanceof JournalStorageException || error instanceof JournalOpenException
                || error instanceof app.rapport.journal.JournalBusyException ? I18n.text("error.notSaved") : I18n.text("error.unexpected");
        error(owner, I18n.text("app.name"), header, describe(error)).showAndWait();
    }

    /**
     * A failure in the user's words: what was invalid, or which file could not be saved (a full
     * disk, a read-only file) or read and what to do; else the exception's own message.
     */
    public static String describe(Throwable error) {
        if (error instanceof ValidationException v) {
            return v.problems().stream().map(p -> I18n.text(p.messageKey(), p.argument()))
                    .collect(Collectors.joining("\n"));
        }
        if (error instanceof app.rapport.journal.JournalBusyException) {
            return I18n.text("journal.busy");
        }
        if (error instanceof JournalStorageException s) {
            return I18n.text(s.reason().messageKey(), s.file()) + " " + I18n.text(s.reason().adviceKey(), s.file());
        }
        if (error instanceof JournalOpenException o) {
            String detail = o.getCause() != null && o.getCause().getMessage() != null ? o.getCause().getMessage()
                    : o.getMessage();
            return I18n.text(o.reason().messageKey(), o.file()) + " " + I18n.text(o.reason().adviceKey(), o.file(), detail);
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    private static void prepare(Alert alert, Window owner, String title, String header) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        Themes.style(alert.getDialogPane());
    }
}
