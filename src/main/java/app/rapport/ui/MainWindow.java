package app.rapport.ui;

import app.rapport.journal.Journal;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Dialogs;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Logs;
import app.rapport.ui.common.NotificationBar;
import app.rapport.ui.common.Screen;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.common.Themes;
import app.rapport.ui.common.UiSettings;
import app.rapport.ui.contacts.ContactsScreen;
import app.rapport.ui.journal.JournalScreen;
import app.rapport.ui.journal.QuickCaptureDialog;
import app.rapport.ui.settings.SettingsScreen;
import app.rapport.ui.trash.TrashScreen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The one window: a sidebar of screens, the current screen, and a notification bar with Undo.
 * It is the {@link AppContext} every screen gets. To add a screen, create it in
 * {@link #createScreens()}; its position there is its Shortcut+number.
 */
public final class MainWindow implements AppContext {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 780;
    /** Below this width the sidebar shows its icons only. */
    static final double COMPACT_SIDEBAR_BELOW = 1120;
    private static final javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");
    /** How often the window asks whether another program changed the journal: a question of microseconds. */
    private static final java.time.Duration OUTSIDE_CHANGES_INTERVAL = java.time.Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    private final Stage stage;
    private final UiSettings settings;
    private final Path dataDir;
    private final java.time.Clock clock;
    private app.rapport.journal.BackupService backups;
    private app.rapport.ui.settings.SyncViewModel sync;
    /**
     * Counts changes to the journal shown. Replaced (counting on) when the window switches journals:
     * the screens of the journal left behind listen to the old one, so they stop reloading and can
     * be collected instead of querying the new journal on every change.
     */
    private ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "journalRevision", 0);
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final BorderPane root = new BorderPane();
    private final NotificationBar notifications = new NotificationBar(root);
    private final StackPane content = new StackPane();
    private final VBox navigation = new VBox();
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private final Map<Screen, ToggleButton> buttons = new IdentityHashMap<>();
    private final Map<Screen, Node> views = new IdentityHashMap<>();
    private final List<Screen> screens = new ArrayList<>();
    private volatile boolean closing;
    /** Read by the watch for other programs' changes, off the JavaFX thread. */
    private volatile Journal journal;
    private app.rapport.ui.common.OutsideChanges outsideChanges;
    /** The changes each journal opened here announces; only those of the journal shown move the revision. */
    private final Map<Journal, app.rapport.ui.common.JournalChangeFeed> feeds = new IdentityHashMap<>();
    /** The user's own journal, and the sample journal while the user explores it (else null). */
    private Journal ownJournal;
    private Journal sampleJournal;
    private java.util.function.Function<Path, Journal> opener;
    private Node generating;
    private boolean exploring;
    private ContactsScreen contacts;
    private app.rapport.ui.introductions.IntroductionsScreen introductions;
    private app.rapport.ui.network.NetworkScreen network;

    public MainWindow(Stage stage, UiSettings settings, Path dataDir, java.time.Clock clock) {
        this.stage = stage;
        this.settings = settings;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** Shows the window at once, before the journal is open; screens appear when it is. */
    public void show() {
        I18n.setLocale(settings.languageProperty().get().locale());
        settings.languageProperty().addListener((o, was, now) -> I18n.setLocale(now.locale()));
        Themes.follow(settings.themeProperty());
        settings.saveOnChange();
        Tasks.setDefaultErrorHandler(e -> {
            if (closing) {
                // Queries still running when the window closes find the journal closed; nobody is looking.
                Logs.failure(LOG, Level.FINE, "background task failed while closing", e);
                return;
            }
            Logs.failure(LOG, Level.WARNING, "background task failed", e);
            Dialogs.showError(stage, e);
        });

        root.getStyleClass().add("main-window");
        root.setLeft(buildSidebar());
        content.getStyleClass().add("screen-area");
        content.getChildren().add(opening());
        root.setCenter(content);

        // An address book dragged onto the window opens the import dialog with its preview.
        app.rapport.ui.importing.FileDrop.install(root, () -> journal != null, this::importContacts);
        Scene scene = new Scene(root);
        Themes.style(scene);
        installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            Screen s = current.get();
            return s == null ? I18n.text("app.name") : I18n.text("window.title", I18n.text(s.titleKey()));
        }, current, I18n.localeProperty()));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        WindowBounds.restore(stage, settings);
        stage.show();
        WindowBounds.remember(stage, settings);
        stage.setOnHidden(e -> {
            settings.flush();
            if (outsideChanges != null) {
                outsideChanges.close(); // nobody is looking any more
            }
        });
    }

    /** The backups of the journal about to be opened, for the Settings screen; call before {@link #journalOpened}. */
    public void useBackups(app.rapport.journal.BackupService service) {
        this.backups = service;
    }

    /** Opens the import dialog with its file chooser (Shortcut+I). */
    @Override
    public void importContacts() {
        if (refuseImportIntoSample()) {
            return;
        }
        if (journal != null) {
            app.rapport.ui.importing.ImportDialog dialog = new app.rapport.ui.importing.ImportDialog(this);
            dialog.show();
            dialog.chooseFile();
        }
    }

    /** Opens the import dialog on a file dropped on the window, which it reads at once. */
    public void importContacts(java.nio.file.Path file) {
        if (refuseImportIntoSample()) {
            return;
        }
        if (journal != null) {
            app.rapport.ui.importing.ImportDialog dialog = new app.rapport.ui.importing.ImportDialog(this);
            dialog.show();
            dialog.open(file);
        }
    }

    /** The sample is thrown away: a real address book imported there would seem lost. */
    private boolean refuseImportIntoSample() {
        if (exploringSample()) {
            notify(I18n.text("sample.importRefused"), null);
            return true;
        }
        return false;
    }

    /** Builds the screens on the freshly opened journal and shows the first one. */
    public void journalOpened(Journal openedJournal) {
        if (ownJournal == null) {
            ownJournal = openedJournal;
            startSync(openedJournal);
        }
        this.journal = openedJournal;
        follow(openedJournal);
        if (outsideChanges == null) {
            // An import on the command line while the window is open shows up without a restart.
            outsideChanges = app.rapport.ui.common.OutsideChanges.watch(() -> closing ? null : journal,
                    OUTSIDE_CHANGES_INTERVAL, this::journalChanged);
        }
        buildScreens();
    }

    /**
     * Sync of the user's journal (Settings, Sync): in the background after changes and every few
     * minutes once the passphrase is given, which is asked now if the journal syncs.
     */
    private void startSync(Journal own) {
        if (dataDir == null) {
            return;
        }
        sync = new app.rapport.ui.settings.SyncViewModel(own, dataDir, backups, clock);
        app.rapport.ui.common.JournalChangeFeed.follow(own, () -> {
            if (!closing) {
                sync.journalChanged();
            }
        });
        sync.start(() -> javafx.application.Platform.runLater(() -> {
            if (!closing) {
                app.rapport.ui.settings.SyncPane.askPassphrase(stage, sync);
            }
        }));
    }

    // ---------------------------------------------------------------- the sample journal

    /** How many people the sample journal has: enough to show what suggestions and Today do. */
    static final int SAMPLE_CONTACTS = 300;
    private static final long SAMPLE_SEED = 7;

    /** How journals are opened by folder (the composition root gives {@code d -> SqliteJournal.open(d, clock)}). */
    public void useJournalOpener(java.util.function.Function<Path, Journal> journalOpener) {
        this.opener = journalOpener;
    }

    /** The sample journal's own folder, inside the data folder: it never touches the user's journal file. */
    public Path sampleFolder() {
        return dataDir.resolve("sample");
    }

    /** Whether the window shows the sample journal rather than the user's own. */
    public boolean exploringSample() {
        return exploring;
    }

    @Override
    public void exploreSampleJournal() {
        if (exploring || generating != null) {
            return;
        }
        if (sampleJournal != null) {
            exploring = true;
            switchTo(sampleJournal);
            root.setTop(WindowParts.sampleBanner(this::backToOwnJournal));
            return;
        }
        if (opener == null) {
            return;
        }
        Path folder = sampleFolder();
        java.time.LocalDate today = java.time.LocalDate.now(clock());
        generating = WindowParts.busyOverlay("sample.generating");
        content.getChildren().add(generating);
        Tasks.run(() -> {
            Journal sample = opener.apply(folder);
            try {
                if (sample.stats().contacts() == 0) {
                    sample.importSnapshot(app.rapport.interchange.demo.DemoJournal.generate(SAMPLE_CONTACTS, SAMPLE_SEED, today));
                }
            } catch (RuntimeException e) {
                sample.close();
                throw e;
            }
            return sample;
        }).onSuccess(sample -> {
            content.getChildren().remove(generating);
            generating = null;
            sampleJournal = sample;
            exploring = true;
            switchTo(sample);
            root.setTop(WindowParts.sampleBanner(this::backToOwnJournal));
        }).onError(e -> {
            content.getChildren().remove(generating);
            generating = null;
            Logs.failure(LOG, Level.WARNING, "the sample journal could not be made", e);
            Dialogs.showError(stage, e);
        }).start();
    }

    /**
     * Leaves the sample journal and shows the user's own again. The sample stays open (closed with
     * the window): queries its screens started may still be running, and coming back is instant.
     */
    public void backToOwnJournal() {
        if (!exploring) {
            return;
        }
        exploring = false;
        root.setTop(null);
        switchTo(ownJournal);
    }

    /** The screens reload after every change {@code j} commits while it is the journal shown. */
    private void follow(Journal j) {
        feeds.computeIfAbsent(j, x -> app.rapport.ui.common.JournalChangeFeed.follow(x, () -> {
            if (journal == x && !closing) {
                journalChanged();
            }
        }));
    }

    /** Rebuilds every screen on another journal. */
    private void switchTo(Journal other) {
        notifications.hide();
        screens.clear();
        views.clear();
        buttons.clear();
        navigation.getChildren().clear();
        journal = other;
        follow(other);
        revision = new ReadOnlyLongWrapper(this, "journalRevision", revision.get() + 1);
        buildScreens();
    }

    /** Makes the screens on the journal shown, their buttons in the sidebar, and shows the first. */
    private void buildScreens() {
        screens.addAll(createScreens());
        for (int i = 0; i < screens.size(); i++) {
            navigation.getChildren().add(navigationButton(screens.get(i), i + 1));
        }
        showScreen(screens.getFirst());
    }

    private List<Screen> createScreens() {
        contacts = new ContactsScreen(this);
        List<Screen> list = new ArrayList<>();
        list.add(new app.rapport.ui.today.TodayScreen(this));
        list.add(contacts);
        list.add(new JournalScreen(this));
        list.add(new app.rapport.ui.events.EventsScreen(this));
        introductions = new app.rapport.ui.introductions.IntroductionsScreen(this);
        list.add(introductions);
        network = new app.rapport.ui.network.NetworkScreen(this);
        list.add(network);
        list.add(new app.rapport.ui.duplicates.DuplicatesScreen(this));
        list.add(new TrashScreen(this));
        // The sample's Settings show its own folder and no backups: those are of the user's journal.
        list.add(new SettingsScreen(this, settings, exploring ? sampleFolder() : dataDir, exploring ? null : backups,
                exploring ? null : sync));
        return list;
    }

    private Node buildSidebar() {
        Label name = new Label();
        name.textProperty().bind(I18n.bind("app.name"));
        name.getStyleClass().add("sidebar-title");
        navigation.getStyleClass().add("sidebar-navigation");
        StackPane busySlot = WindowParts.busyIndicator();
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox sidebar = new VBox(name, navigation, spacer, busySlot);
        sidebar.getStyleClass().add("sidebar");
        // A narrow window gives the screens the sidebar's room: icons only, the names in tooltips.
        javafx.beans.binding.BooleanBinding compact = root.widthProperty().lessThan(COMPACT_SIDEBAR_BELOW)
                .and(root.widthProperty().greaterThan(0));
        compact.addListener((o, was, now) -> sidebar.pseudoClassStateChanged(COMPACT, now));
        sidebar.pseudoClassStateChanged(COMPACT, compact.get());
        name.visibleProperty().bind(compact.not());
        name.managedProperty().bind(compact.not());
        return sidebar;
    }

    private ToggleButton navigationButton(Screen screen, int number) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(I18n.bind(screen.titleKey()));
        b.setGraphic(new FontIcon(screen.icon()));
        b.setToggleGroup(navigationGroup);
        b.getStyleClass().add("nav-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setId("nav-" + screen.titleKey().replace('.', '-'));
        if (number <= 9) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.createStringBinding(() -> I18n.text(screen.titleKey()) + " ("
                    + shortcutText(new KeyCodeCombination(digit(number), KeyCombination.SHORTCUT_DOWN)) + ")",
                    I18n.localeProperty()));
            b.setTooltip(tip);
        }
        // A toggle that is pressed again must stay selected: the sidebar always shows where you are.
        b.setOnAction(e -> showScreen(screen));
        buttons.put(screen, b);
        return b;
    }

    private static KeyCode digit(int n) {
        return KeyCode.valueOf("DIGIT" + n);
    }

    static String shortcutText(KeyCombination k) {
        return k.getDisplayText();
    }

    /** Until the journal is open: a quiet line of text (no spinner, which would delay the first frame). */
    private Node opening() {
        Label label = new Label();
        label.textProperty().bind(I18n.bind("window.opening"));
        label.getStyleClass().add("text-muted");
        StackPane box = new StackPane(label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    public void showScreen(Screen screen) {
        Node view = views.computeIfAbsent(screen, Screen::view);
        if (content.getChildren().size() != 1 || content.getChildren().getFirst() != view) {
            content.getChildren().setAll(view);
        }
        ToggleButton b = buttons.get(screen);
        if (b != null) {
            b.setSelected(true);
        }
        current.set(screen);
        screen.onShow();
    }

    public ReadOnlyObjectProperty<Screen> currentScreenProperty() {
        return current.getReadOnlyProperty();
    }

    public List<Screen> screens() {
        return List.copyOf(screens);
    }

    private void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newContact);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        accelerators.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::importContacts);
        accelerators.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
            if (journal != null) {
                // On the Contacts screen the encounter is most likely with the contact shown.
                String shown = current.get() == contacts ? contacts.model().selectedIdProperty().get() : null;
                quickCapture(shown == null ? List.of() : List.of(shown));
            }
        });
        for (int i = 1; i <= 9; i++) {
            int index = i - 1;
            accelerators.put(new KeyCodeCombination(digit(i), KeyCombination.SHORTCUT_DOWN), () -> {
                if (index < screens.size()) {
                    showScreen(screens.get(index));
                }
            });
        }
    }

    /** Goes to Contacts and opens the editor for a new contact (Shortcut+N). */
    @Override
    public void newContact() {
        if (contacts != null) {
            showScreen(contacts);
            contacts.newContact();
        }
    }

    private void focusSearch() {
        Screen s = current.get();
        if (s != null) {
            s.focusSearch();
            // A screen with a search field now has the focus in a text field of its own.
            Node focused = stage.getScene().getFocusOwner();
            if (focused instanceof javafx.scene.control.TextInputControl && isInside(focused, views.get(s))) {
                return;
            }
        }
        if (contacts != null) {
            showScreen(contacts);
            contacts.focusSearch();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Closes the journal; called when the application stops. */
    public void close() {
        closing = true;
        if (outsideChanges != null) {
            outsideChanges.close();
        }
        feeds.values().forEach(app.rapport.ui.common.JournalChangeFeed::close);
        settings.flush();
        for (Journal j : new Journal[] {sampleJournal, ownJournal != null ? ownJournal : journal}) {
            if (j == null) {
                continue;
            }
            try {
                j.close();
            } catch (RuntimeException e) {
                Logs.failure(LOG, Level.WARNING, "closing the journal failed", e);
            }
        }
    }

    public Stage stage() {
        return stage;
    }

    public ContactsScreen contactsScreen() {
        return contacts;
    }

    // AppContext

    @Override
    public Journal journal() {
        return journal;
    }

    @Override
    public Window window() {
        return stage;
    }

    @Override
    public java.time.Clock clock() {
        return clock;
    }

    @Override
    public ReadOnlyLongProperty journalRevision() {
        return revision.getReadOnlyProperty();
    }

    @Override
    public void journalChanged() {
        revision.set(revision.get() + 1);
    }

    @Override
    public Path dataFolder() {
        return exploring ? sampleFolder() : dataDir;
    }

    @Override
    public void showContact(String contactId) {
        if (contacts != null) {
            showScreen(contacts);
            contacts.select(contactId);
        }
    }

    @Override
    public void showIntroduction(String introductionId) {
        if (introductions != null) {
            showScreen(introductions);
            introductions.select(introductionId);
        }
    }

    public app.rapport.ui.introductions.IntroductionsScreen introductionsScreen() {
        return introductions;
    }

    public app.rapport.ui.network.NetworkScreen networkScreen() {
        return network;
    }

    @Override
    public void quickCapture(List<String> participantIds) {
        if (journal == null) {
            return;
        }
        // The dialog saves in the background; the journal announces the change.
        QuickCaptureDialog.show(this, participantIds == null ? List.of() : participantIds);
    }

    @Override
    public void notify(String text, Runnable undo) {
        notifications.show(text, undo);
    }

    /** What the notification bar says now, or null when it is hidden (for tests). */
    public String notificationText() {
        return notifications.text();
    }
}
