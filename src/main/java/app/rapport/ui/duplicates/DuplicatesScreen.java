package app.rapport.ui.duplicates;

import app.rapport.journal.Duplicates;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Nodes;
import app.rapport.ui.common.Screen;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The "Possible duplicates" view: pairs with their reason, a merge button, undo from the notice. */
public final class DuplicatesScreen implements Screen {

    private final AppContext app;
    final DuplicatesViewModel model;
    final ListView<Duplicates.Match> list = new ListView<>();
    final Button merge = new Button();
    final Button notSame = new Button();
    final Label empty = new Label();
    private VBox root;

    public DuplicatesScreen(AppContext app) {
        this.app = app;
        this.model = new DuplicatesViewModel(app.journal());
    }

    @Override
    public String titleKey() {
        return "duplicates.title";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.CALL_MERGE;
    }

    @Override
    public Node view() {
        if (root != null) {
            return root;
        }
        Label heading = new Label();
        heading.textProperty().bind(I18n.bind("duplicates.title"));
        heading.getStyleClass().add("title-3");
        list.setItems(model.pairs());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Duplicates.Match m, boolean isEmpty) {
                super.updateItem(m, isEmpty);
                setText(isEmpty || m == null ? null : I18n.text("duplicates.pair", label(m.candidate()),
                        label(m.existing()), I18n.text(m.reason().messageKey())));
            }
        });
        empty.textProperty().bind(I18n.bind("duplicates.none"));
        list.setPlaceholder(empty);
        merge.textProperty().bind(I18n.bind("duplicates.merge"));
        merge.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        merge.setId("duplicates-merge");
        merge.setOnAction(e -> {
            Duplicates.Match pair = list.getSelectionModel().getSelectedItem();
            if (pair != null) {
                new MergeReviewDialog(app.window(), pair.candidate(), pair.existing()).showAndWait()
                        .ifPresent(d -> decide(pair, d));
            }
        });
        notSame.textProperty().bind(I18n.bind("duplicates.notSame"));
        notSame.setId("duplicates-not-same");
        notSame.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        notSame.setOnAction(e -> {
            Duplicates.Match pair = list.getSelectionModel().getSelectedItem();
            if (pair != null) {
                decide(pair, new MergeReviewDialog.Decision(null));
            }
        });
        root = new VBox(12, heading, list, Nodes.buttonRow(8, merge, notSame));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        app.journalRevision().addListener((obs, old, now) -> model.refresh());
        return root;
    }

    private void decide(Duplicates.Match pair, MergeReviewDialog.Decision d) {
        if (d.notSamePerson()) {
            model.notSamePerson(pair, () -> app.notify(I18n.text("duplicates.notSame.done", pair.candidate().name(),
                    pair.existing().name()), () -> model.undoNotSamePerson(pair, () -> { })));
            return;
        }
        model.merge(pair, d.choice(), m -> {
            app.notify(I18n.text("duplicates.merged", m.removedName(), m.keptName()),
                    () -> model.undo(m, () -> { }));
        });
    }

    private static String label(app.rapport.journal.Contact c) {
        return c.organization() == null ? c.name() : c.name() + " (" + c.organization() + ")";
    }

    @Override
    public void onShow() {
        model.refresh();
    }
}
