package app.rapport.ui.events;

import app.rapport.journal.Event;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** After an event: the new people, one row each, and who of them already know each other. */
public final class PostEventCaptureDialog extends Dialog<Integer> {

    private final PostEventCaptureViewModel vm;
    private final GridPane grid = new GridPane();
    private final FlowPane tieBox = new FlowPane(12, 6);
    private final Label tieHint = new Label();

    public static PostEventCaptureDialog show(AppContext ctx, Clock clock, Event event) {
        PostEventCaptureDialog d = new PostEventCaptureDialog(ctx, new PostEventCaptureViewModel(ctx, clock, event));
        d.show();
        return d;
    }

    PostEventCaptureDialog(AppContext ctx, PostEventCaptureViewModel vm) {
        this.vm = vm;
        if (ctx.window() != null) {
            initOwner(ctx.window());
        }
        initModality(Modality.WINDOW_MODAL);
        setResizable(true);
        setTitle(I18n.text("capture.people.title", EventTexts.name(vm.event())));
        ButtonType save = new ButtonType(I18n.text("capture.people.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.text("capture.people.cancel"), ButtonData.CANCEL_CLOSE);
        DialogPane pane = getDialogPane();
        pane.getStylesheets().add(EventsScreen.STYLESHEET);
        pane.getStyleClass().add("people-capture");
        pane.getButtonTypes().addAll(save, cancel);

        Label intro = new Label(I18n.text("capture.people.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Button add = peopleGrid();

        Label tiesTitle = new Label(I18n.text("capture.people.ties"));
        tiesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        tieHint.setText(I18n.text("capture.people.tiesHint"));
        tieHint.getStyleClass().add(Styles.TEXT_MUTED);
        tieBox.setId("people-ties");
        vm.ties().addListener((Observable o) -> showTies());
        showTies();

        Label message = new Label();
        message.setId("people-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        Label known = new Label();
        known.setId("people-known");
        known.setWrapText(true);
        known.getStyleClass().add(Styles.ACCENT);
        known.textProperty().bind(vm.knownProperty());
        known.visibleProperty().bind(vm.knownProperty().isNotEmpty());
        known.managedProperty().bind(known.visibleProperty());

        VBox box = new VBox(10, intro, grid, known, add, tiesTitle, tieHint, tieBox, message);
        box.setPadding(new Insets(16, 20, 8, 20));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        pane.setContent(scroll);
        pane.setPrefWidth(880);
        pane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        saveOnlyWhenValid((Button) pane.lookupButton(save));
        setResultConverter(b -> null);
        Platform.runLater(() -> grid.lookup("#people-0-name").requestFocus());
    }

    /** The grid of people, a row each, and the button that adds a row (and goes to its name). */
    private Button peopleGrid() {
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setPercentWidth(i == 2 ? 32 : i == 3 ? 24 : 22);
            grid.getColumnConstraints().add(c);
        }
        Button add = new Button(I18n.text("capture.people.add"), new FontIcon(Material2MZ.PERSON_ADD));
        add.setId("people-add");
        add.getStyleClass().add(Styles.FLAT);
        add.setOnAction(e -> {
            vm.addRow();
            Platform.runLater(() -> grid.lookup("#people-" + (vm.rows().size() - 1) + "-name").requestFocus());
        });
        vm.rows().addListener((Observable o) -> {
            if (grid.getChildren().size() != (vm.rows().size() + 1) * 4) {
                showRows();
            }
        });
        showRows();
        return add;
    }

    /** The dialog stays open while saving, and closes once everything is stored; a problem is said in it. */
    private void saveOnlyWhenValid(Button saveButton) {
        saveButton.setId("people-save");
        saveButton.setDefaultButton(true);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            saveButton.setDisable(true);
            if (!vm.save(n -> {
                setResult(n);
                close();
            })) {
                saveButton.setDisable(false);
            }
        });
        vm.messageProperty().addListener((o, was, now) -> saveButton.setDisable(false));
    }

    private void showRows() {
        grid.getChildren().clear();
        String[] heads = {"capture.people.name", "capture.people.organization", "capture.people.line",
            "capture.people.interests"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(I18n.text(heads[c]));
            h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            grid.add(h, c, 0);
        }
        for (int i = 0; i < vm.rows().size(); i++) {
            PostEventCaptureViewModel.PersonRow r = vm.rows().get(i);
            boolean example = i == 0; // examples in the first row only; repeated they read as content
            grid.addRow(i + 1,
                    field("people-" + i + "-name", r.nameProperty(), example ? "capture.people.namePrompt" : null),
                    field("people-" + i + "-organization", r.organizationProperty(),
                            example ? "capture.people.organizationPrompt" : null),
                    field("people-" + i + "-line", r.lineProperty(), example ? "capture.people.linePrompt" : null),
                    field("people-" + i + "-interests", r.interestsProperty(),
                            example ? "capture.people.interestsPrompt" : null));
        }
    }

    private static Node field(String id, javafx.beans.property.StringProperty p, String promptKey) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        if (promptKey != null) {
            t.setPromptText(I18n.text(promptKey));
        }
        return t;
    }

    private void showTies() {
        tieHint.setVisible(vm.ties().isEmpty());
        tieHint.setManaged(vm.ties().isEmpty());
        tieBox.getChildren().setAll(vm.ties().stream().map(t -> {
            CheckBox box = new CheckBox(t.a().nameProperty().get().strip() + " – " + t.b().nameProperty().get().strip());
            box.selectedProperty().bindBidirectional(t.chosen());
            box.getStyleClass().add("tie-choice");
            return (Node) box;
        }).toList());
    }
}
