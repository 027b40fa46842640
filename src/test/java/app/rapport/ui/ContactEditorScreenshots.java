package app.rapport.ui;

import app.rapport.journal.Contact;
import app.rapport.journal.PostalAddress;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.UiSettings;
import app.rapport.ui.contacts.ContactEditorDialog;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * PNG screenshots of the contact editor with a photo and postal addresses, and of the contact's
 * page that shows them; English and German, light and dark, into the folder of the system
 * property {@code screenshots}: <pre>mvn -q -B test -Dtest=ContactEditorScreenshots -Dscreenshots=/tmp/shots</pre>
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ContactEditorScreenshots extends org.testfx.api.FxRobot {

    private Path out;
    private SqliteJournal journal;
    private MainWindow window;
    private UiSettings settings;
    private Contact anna;

    @Start
    void start(Stage stage) throws IOException {
        out = Path.of(System.getProperty("screenshots")).toAbsolutePath();
        Files.createDirectories(out);
        Path dataDir = Files.createTempDirectory("rapport-editor-screenshots");
        journal = TestJournals.open(dataDir);
        Map<String, Contact> people = SampleJournal.fill(journal);
        Path picture = dataDir.resolve("anna.png");
        BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f6f8f), 600, 600, new Color(0xe0a060)));
        g.fillRect(0, 0, 600, 600);
        g.setColor(new Color(0xf4e2d0));
        g.fillOval(180, 110, 240, 260);
        g.fillOval(90, 390, 420, 360);
        g.dispose();
        ImageIO.write(image, "png", picture.toFile());
        var photo = app.rapport.ui.contacts.ContactEditorViewModel.readPhoto(picture).photo();
        anna = journal.saveContact(people.get("Anna Schmidt").toBuilder().photo(photo).addresses(List.of(
                new PostalAddress("Venloer Str. 12\nHinterhaus, 2. OG", "50672", "Köln", null, "Deutschland"),
                new PostalAddress("Rheinallee 3", "53173", "Bonn", "NRW", null))).build());
        settings = UiSettings.inMemory();
        settings.languageProperty().set(UiSettings.LanguageChoice.ENGLISH);
        settings.themeProperty().set(UiSettings.ThemeChoice.LIGHT);
        window = new MainWindow(stage, settings, dataDir, java.time.Clock.systemDefaultZone());
        window.show();
        stage.setWidth(1180);
        stage.setHeight(860);
        window.journalOpened(journal);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void editorAndDetail() throws Exception {
        for (String language : new String[] {"en", "de"}) {
            for (String theme : new String[] {"light", "dark"}) {
                Fx.run(() -> {
                    settings.themeProperty().set(theme.equals("dark") ? UiSettings.ThemeChoice.DARK : UiSettings.ThemeChoice.LIGHT);
                    settings.languageProperty().set(language.equals("de")
                            ? UiSettings.LanguageChoice.GERMAN : UiSettings.LanguageChoice.ENGLISH);
                    window.showContact(anna.id());
                });
                Fx.waitUntil("Anna's detail is shown", () -> {
                    var d = window.contactsScreen().model().detailProperty().get();
                    return d != null && d.id().equals(anna.id());
                });
                snap(window.stage().getScene(), "detail-" + language + "-" + theme);

                Platform.runLater(() -> new ContactEditorDialog(window, journal.contact(anna.id()).orElseThrow()).show());
                Fx.waitUntil("the editor is open", () -> editor() != null);
                Fx.sleep(300);
                snap(editor().getScene(), "editor-top-" + language + "-" + theme);
                Fx.run(() -> {
                    ScrollPane scroll = (ScrollPane) editor().getScene().lookup(".contact-editor .scroll-pane");
                    app.rapport.ui.common.Nodes.scrollIntoView(editor().getScene().lookup("#editor-address-add"));
                    scroll.layout();
                });
                snap(editor().getScene(), "editor-addresses-" + language + "-" + theme);
                Fx.run(() -> ((Stage) editor()).close());
            }
        }
    }

    private static Window editor() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getStyleClass().contains("contact-editor"))
                .findFirst().orElse(null);
    }

    private void snap(Scene scene, String name) throws IOException {
        Fx.sleep(250);
        var image = Fx.call(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }
}
