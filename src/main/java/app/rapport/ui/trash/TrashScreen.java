package app.rapport.ui.trash;

import app.rapport.journal.TrashItem;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Dialogs;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Deleted contacts and encounters, each with a Restore button; emptying the trash asks first. */
public final class TrashScreen implements Screen {

    private final AppContext app;
    private final TrashViewModel model;
    private final ListView<TrashItem> list = new ListView<>();
    private VBox root;

    public TrashScreen(AppContext app) {
        this.app = app;
        this.model = new TrashViewModel(app);
    }

    @Override
    public String titleKey() {
        return "trash.title";
    }

    @Override
    public Ikon icon() {
        return Material2AL.DELETE_OUTLINE;
    }

    @Override
    public void onShow() {
        model.reload();
    }

    public TrashViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        if (root != null) {
            return root;
        }
        Label title = new Label();
        title.textProperty().bind(I18n.bind("trash.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind("trash.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox heading = new VBox(4, title, hint);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Button empty = new Button();
        empty.setId("empty-trash");
        empty.textProperty().bind(I18n.bind("trash.empty"));
        empty.setGraphic(new FontIcon(Material2AL.DELETE_FOREVER));
        empty.getStyleClass().add(Styles.DANGER);
        empty.disableProperty().bind(Bindings.isEmpty(model.items()));
        empty.setOnAction(e -> confirmEmpty());
        empty.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(16, heading, empty);
        top.setAlignment(Pos.CENTER_LEFT);

        list.setId("trash-list");
        list.getStyleClass().add("trash-list");
        list.setItems(model.items());
        list.setCellFactory(v -> new TrashCell());
        list.setFixedCellSize(56);
        Label none = new Label();
        none.textProperty().bind(I18n.bind("trash.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(new StackPane(none));
        VBox.setVgrow(list, Priority.ALWAYS);
        // Dates are formatted in the chosen language.
        I18n.onChange(list, list::refresh);

        root = new VBox(16, top, list);
        root.getStyleClass().add("trash-screen");
        root.setPadding(new Insets(20, 24, 20, 24));
        return root;
    }

    private void confirmEmpty() {
        int n = model.items().size();
        if (Dialogs.confirm(app.window(), I18n.text("trash.empty"), I18n.text("trash.confirm.header", n),
                I18n.text("trash.confirm.content"), I18n.text("trash.confirm.ok"))) {
            model.emptyTrash();
        }
    }

    private final class TrashCell extends ListCell<TrashItem> {
        private final FontIcon icon = new FontIcon();
        private final Label label = new Label();
        private final Label when = new Label();
        private final Button restore = new Button();
        private final HBox box;

        TrashCell() {
            label.getStyleClass().add("trash-label");
            when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            restore.textProperty().bind(I18n.bind("trash.restore"));
            // An arrow back, not a trash can: the button takes the item out of the trash.
            restore.setGraphic(new FontIcon(Material2MZ.RESTORE));
            restore.getStyleClass().add(Styles.SMALL);
            restore.setOnAction(e -> {
                if (getItem() != null) {
                    model.restore(getItem());
                }
            });
            VBox text = new VBox(2, label, when);
            text.setAlignment(Pos.CENTER_LEFT);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            StackPane iconBox = new StackPane(icon);
            iconBox.getStyleClass().add("timeline-icon-box");
            iconBox.setMinSize(32, 32);
            iconBox.setMaxSize(32, 32);
            box = new HBox(12, iconBox, text, new Region(), restore);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(TrashItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(switch (item.kind()) {
                case CONTACT -> Material2MZ.PERSON;
                case ENCOUNTER -> Material2AL.EVENT_NOTE;
                case EVENT -> Material2AL.EVENT;
            });
            label.setText(TrashViewModel.title(item));
            String kind = I18n.text("trash.kind." + item.kind().name().toLowerCase(java.util.Locale.ROOT));
            when.setText(I18n.text("trash.deletedAt", kind, Formats.dateTime(item.deletedAt())));
            restore.setId("restore-" + item.id());
            setGraphic(box);
        }
    }
}
