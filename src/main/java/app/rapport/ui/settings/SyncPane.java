package app.rapport.ui.settings;

import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Settings, Sync: choose the shared folder, set (or enter) the passphrase, see what a first merge
 * will change, the last sync, the devices seen, what went wrong, and the changes to review with a
 * button per value. The logic is {@link SyncViewModel}'s.
 */
public final class SyncPane extends VBox {

    final SyncViewModel model;
    final TextField folder = new TextField();
    final Button choose = new Button();
    final PasswordField passphrase = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button submit = new Button();
    final Label message = new Label();
    final Label preview = new Label();
    final Button merge = new Button();
    final Button cancel = new Button();
    final Label status = new Label();
    final Label devices = new Label();
    final Label error = new Label();
    final Button syncNow = new Button();
    final Button stop = new Button();
    final Label toReview = new Label();
    final VBox reviews = new VBox(10);
    private final javafx.collections.ListChangeListener<SyncViewModel.Review> reviewsChanged = c -> showReviews();

    public SyncPane(SyncViewModel model) {
        super(10);
        this.model = model;
        getStyleClass().add("sync-pane");
        setId("sync-pane");
        Node folderRow = folderRow();
        Node askingBox = askingBox();
        Node previewBox = previewBox();
        Node actions = statusAndActions();
        // Weakly: the model lives as long as the window, a pane only until Settings is built again.
        model.reviews().addListener(new javafx.collections.WeakListChangeListener<>(reviewsChanged));
        // Status, errors and the fields of the changes to review are said in the language of the moment.
        I18n.onChange(this, () -> {
            model.describe();
            showReviews();
        });
        // What to do next (or how the last sync went) above the fields that do it.
        getChildren().addAll(folderRow, muted("sync.folder.hint"), status, askingBox, message, previewBox, devices,
                error, actions, toReview, reviews);
        setPadding(new Insets(4, 0, 8, 0));
        showReviews();
    }

    /** The folder, and the button that chooses it. */
    private Node folderRow() {
        folder.setId("sync-folder");
        folder.setEditable(false);
        folder.textProperty().bind(model.folderProperty());
        folder.promptTextProperty().bind(I18n.bind("sync.folder.none"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        choose.setId("sync-choose");
        choose.textProperty().bind(I18n.bind("sync.choose"));
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(8, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        return folderRow;
    }

    /** The passphrase: set with a confirmation for a new folder, entered for one holding a journal or at start. */
    private Node askingBox() {
        BooleanBinding asking = model.stepProperty().isEqualTo(SyncViewModel.Step.CHOSEN)
                .or(model.stepProperty().isEqualTo(SyncViewModel.Step.LOCKED));
        BooleanBinding confirming = model.stepProperty().isEqualTo(SyncViewModel.Step.CHOSEN)
                .and(model.joiningProperty().not());
        passphrase.setId("sync-passphrase");
        passphrase.promptTextProperty().bind(I18n.bind("sync.passphrase"));
        confirmation.setId("sync-confirmation");
        confirmation.promptTextProperty().bind(I18n.bind("sync.passphrase.confirm"));
        visibleWhen(confirmation, confirming);
        submit.setId("sync-submit");
        submit.textProperty().bind(Bindings.when(confirming).then(I18n.bind("sync.passphrase.set"))
                .otherwise(I18n.bind("sync.passphrase.enter")));
        submit.disableProperty().bind(model.busyProperty());
        submit.setDefaultButton(false);
        submit.setOnAction(e -> submit());
        passphrase.setOnAction(e -> submit());
        confirmation.setOnAction(e -> submit());
        HBox fields = new HBox(8, passphrase, confirmation, submit);
        fields.setAlignment(Pos.CENTER_LEFT);
        Label passphraseHint = muted("sync.passphrase.hint");
        VBox askingBox = new VBox(6, fields, passphraseHint);
        visibleWhen(askingBox, asking);

        message.setId("sync-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        visibleWhen(message, model.messageProperty().isNotEmpty());
        return askingBox;
    }

    /** What merging will change, with the buttons to go ahead or not. */
    private Node previewBox() {
        preview.setId("sync-preview");
        preview.textProperty().bind(model.previewProperty());
        preview.setWrapText(true);
        merge.setId("sync-merge");
        merge.textProperty().bind(I18n.bind("sync.merge"));
        merge.getStyleClass().add(Styles.ACCENT);
        merge.disableProperty().bind(model.busyProperty());
        merge.setOnAction(e -> model.confirmMerge());
        cancel.textProperty().bind(I18n.bind("sync.merge.cancel"));
        cancel.setOnAction(e -> model.cancelMerge());
        VBox previewBox = new VBox(8, preview, new HBox(8, merge, cancel));
        visibleWhen(previewBox, model.stepProperty().isEqualTo(SyncViewModel.Step.PREVIEW));
        return previewBox;
    }

    /** The last sync, the devices, what went wrong, the buttons while syncing, and the count to review. */
    private Node statusAndActions() {
        status.setId("sync-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        devices.textProperty().bind(model.devicesProperty());
        visibleWhen(devices, model.devicesProperty().isNotEmpty());
        error.setId("sync-error");
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        visibleWhen(error, model.errorProperty().isNotEmpty());
        BooleanBinding on = model.stepProperty().isEqualTo(SyncViewModel.Step.ON);
        syncNow.setId("sync-now");
        syncNow.textProperty().bind(I18n.bind("sync.now"));
        syncNow.disableProperty().bind(model.syncingProperty());
        syncNow.setOnAction(e -> model.syncNow());
        stop.textProperty().bind(I18n.bind("sync.stop"));
        stop.setOnAction(e -> model.stop());
        HBox actions = new HBox(8, syncNow, stop);
        visibleWhen(actions, on);

        toReview.setId("sync-review-count");
        toReview.textProperty().bind(model.toReviewProperty());
        toReview.getStyleClass().add(Styles.TEXT_BOLD);
        toReview.setWrapText(true);
        visibleWhen(toReview, model.toReviewProperty().isNotEmpty());
        reviews.setId("sync-reviews");
        return actions;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.text("sync.choose.title"));
        String current = model.folderProperty().get();
        if (!current.isEmpty() && new File(current).isDirectory()) {
            chooser.setInitialDirectory(new File(current));
        }
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            model.chooseFolder(dir.toPath());
        }
    }

    private void submit() {
        char[] p = passphrase.getText().toCharArray();
        char[] c = confirmation.getText().toCharArray();
        passphrase.clear();
        confirmation.clear();
        model.submitPassphrase(p, c);
    }

    /** One row per change to review: the person and field, and a button for each value. */
    private void showReviews() {
        reviews.getChildren().clear();
        for (SyncViewModel.Review r : model.reviews()) {
            Label what = new Label(I18n.text("sync.review.item", SyncTexts.recordName(r), SyncTexts.fieldName(r)));
            what.setWrapText(true);
            FlowPane choices = new FlowPane(8, 6);
            boolean first = true;
            for (String v : r.values()) {
                Button b = new Button(I18n.text(first ? "sync.review.keep" : "sync.review.use", SyncTexts.shown(v)));
                b.getStyleClass().add("sync-review-choice");
                b.setMnemonicParsing(false);
                b.setOnAction(e -> model.pick(r, v));
                choices.getChildren().add(b);
                first = false;
            }
            VBox row = new VBox(4, what, choices);
            row.getStyleClass().add("sync-review");
            reviews.getChildren().add(row);
        }
    }

    private static void visibleWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static Label muted(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        l.setWrapText(true);
        return l;
    }

    /**
     * At start, when this journal syncs: asks the passphrase (Later leaves sync waiting; the Sync
     * pane asks again). A wrong one is said in the pane, with the field to try again.
     */
    public static void askPassphrase(Window owner, SyncViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.text("sync.ask.title"));
        dialog.setHeaderText(I18n.text("sync.ask.header", model.folderProperty().get()));
        PasswordField field = new PasswordField();
        field.setId("sync-ask-passphrase");
        field.setPromptText(I18n.text("sync.passphrase"));
        Label hint = new Label(I18n.text("sync.ask.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        dialog.getDialogPane().setContent(new VBox(8, field, hint));
        app.rapport.ui.common.Themes.style(dialog.getDialogPane());
        ButtonType unlock = new ButtonType(I18n.text("sync.passphrase.enter"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(I18n.text("sync.ask.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(unlock, later);
        dialog.setOnShown(e -> field.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] typed = field.getText().toCharArray();
        field.clear();
        if (answer.isPresent() && answer.get() == unlock && typed.length > 0) {
            model.submitPassphrase(typed, null);
        }
    }
}
