package app.rapport.ui.settings;

import app.rapport.journal.BackupService;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Screen;
import app.rapport.ui.common.UiSettings;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Language, theme, and where the journal lives. */
public final class SettingsScreen implements Screen {

    private final SettingsViewModel model;
    private final AppContext app;
    private final BackupService backups;
    private final SyncViewModel sync;
    private BackupsPane backupsPane;
    private Node root;

    public SettingsScreen(AppContext app, UiSettings settings, Path dataDir) {
        this(app, settings, dataDir, null);
    }

    /** With {@code backups} null (a journal without a file) the Backups section is left out. */
    public SettingsScreen(AppContext app, UiSettings settings, Path dataDir, BackupService backups) {
        this(app, settings, dataDir, backups, null);
    }

    /** With {@code sync} null (the sample journal, a journal without a folder) the Sync section is left out. */
    public SettingsScreen(AppContext app, UiSettings settings, Path dataDir, BackupService backups, SyncViewModel sync) {
        this.model = new SettingsViewModel(settings, dataDir);
        this.app = app;
        this.backups = backups;
        this.sync = sync;
    }

    @Override
    public String titleKey() {
        return "settings.title";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.SETTINGS;
    }

    @Override
    public Node view() {
        if (root != null) {
            return root;
        }
        Label title = label("settings.title");
        title.getStyleClass().add(Styles.TITLE_3);

        ComboBox<UiSettings.LanguageChoice> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(UiSettings.LanguageChoice.values());
        language.valueProperty().bindBidirectional(model.languageProperty());
        cells(language, SettingsScreen::languageName);
        ComboBox<UiSettings.ThemeChoice> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(UiSettings.ThemeChoice.values());
        theme.valueProperty().bindBidirectional(model.themeProperty());
        cells(theme, t -> I18n.text(t.messageKey()));
        language.setPrefWidth(240);
        theme.setPrefWidth(240);

        GridPane appearance = form();
        addRow(appearance, 0, "settings.language", language, "settings.language.hint");
        addRow(appearance, 1, "settings.theme", theme, "settings.theme.hint");

        TextField folder = new TextField(model.dataFolder());
        folder.setId("settings-data-folder");
        folder.setEditable(false);
        folder.setPrefColumnCount(36);
        GridPane data = form();
        addRow(data, 0, "settings.dataFolder", folder, "settings.dataFolder.hint");

        javafx.scene.control.Button importButton = new javafx.scene.control.Button();
        importButton.setId("settings-import");
        importButton.textProperty().bind(I18n.bind("settings.import"));
        importButton.setOnAction(e -> {
            app.rapport.ui.importing.ImportDialog dialog = new app.rapport.ui.importing.ImportDialog(app);
            dialog.show();
            dialog.chooseFile();
        });
        javafx.scene.control.Button exportButton = new javafx.scene.control.Button();
        exportButton.setId("settings-export");
        exportButton.textProperty().bind(I18n.bind("export.open"));
        exportButton.setOnAction(e -> new app.rapport.ui.importing.ExportDialog(app, null, false).show());
        VBox box = new VBox(8, title,
                section("settings.section.appearance", appearance),
                section("settings.section.data", new VBox(12, data,
                        new javafx.scene.layout.HBox(8, importButton, exportButton))),
                section("settings.section.keepInTouch", new TagCadencesPane(app)),
                section("settings.section.words", new SameWordsPane(app)),
                section("settings.section.learned", new LearnedPane(app)));
        if (sync != null) {
            box.getChildren().add(section("settings.section.sync", new SyncPane(sync)));
        }
        if (backups != null) {
            backupsPane = new BackupsPane(backups, app);
            box.getChildren().add(section("settings.section.backups", backupsPane));
        }
        box.getStyleClass().add("settings-screen");
        box.setPadding(new Insets(20, 24, 24, 24));
        box.setMaxWidth(820);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        root = scroll;
        return root;
    }

    /** Backups may have been taken since Settings was last shown (the daily one, before an import). */
    @Override
    public void onShow() {
        if (backupsPane != null) {
            backupsPane.refresh();
        }
    }

    /** The language's own name, so a user who cannot read the current one still finds theirs. */
    static String languageName(UiSettings.LanguageChoice choice) {
        return switch (choice) {
            case ENGLISH -> "English";
            case GERMAN -> "Deutsch";
            case SYSTEM -> I18n.text("settings.language.system",
                    choice.locale().getDisplayLanguage(choice.locale()));
        };
    }

    private static <T> void cells(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(v -> new LocalizedCell<>(text));
        box.setButtonCell(new LocalizedCell<>(text));
    }

    /** A cell whose text follows language switches. */
    private static final class LocalizedCell<T> extends ListCell<T> {
        LocalizedCell(Function<T, String> text) {
            textProperty().bind(Bindings.createStringBinding(
                    () -> isEmpty() || getItem() == null ? null : text.apply(getItem()),
                    itemProperty(), emptyProperty(), I18n.localeProperty()));
        }
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(14);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setPrefWidth(160);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static void addRow(GridPane grid, int row, String labelKey, Node field, String hintKey) {
        Label label = label(labelKey);
        label.getStyleClass().add("settings-label");
        label.setLabelFor(field);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setMargin(label, new Insets(6, 0, 0, 0));
        Label hint = label(hintKey);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        grid.add(label, 0, row);
        grid.add(new VBox(4, field, hint), 1, row);
    }

    private static Node section(String titleKey, Node body) {
        Label title = label(titleKey);
        title.getStyleClass().add(Styles.TITLE_4);
        VBox section = new VBox(12, title, body);
        section.getStyleClass().add("settings-section");
        return section;
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        return l;
    }
}
