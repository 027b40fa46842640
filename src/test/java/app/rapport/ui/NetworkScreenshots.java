package app.rapport.ui;

import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.UiSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * PNG screenshots of the Network screen (map and activity; light, dark and German) on the sample
 * journal the app offers (300 generated people), into the folder of the system property
 * {@code screenshots}: <pre>mvn -q -B test -Dtest=NetworkScreenshots -Dscreenshots=docs/screenshots</pre>
 * With {@code -Dscreenshots.charts=true} also every chart of the activity tab, below the fold too.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class NetworkScreenshots extends org.testfx.api.FxRobot {

    private Path out;
    private Path dataDir;
    private SqliteJournal journal;
    private MainWindow window;
    private UiSettings settings;

    @Start
    void start(Stage stage) throws IOException {
        out = Path.of(System.getProperty("screenshots")).toAbsolutePath();
        Files.createDirectories(out);
        dataDir = Files.createTempDirectory("rapport-network-screenshots");
        journal = TestJournals.open(dataDir);
        int people = Integer.getInteger("screenshots.people", 300);
        if (people > 0) {
            journal.importSnapshot(app.rapport.interchange.demo.DemoJournal.generate(people, 7, java.time.LocalDate.now()));
        } else {
            SampleJournal.fill(journal);
        }
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
    void networkScreen() throws Exception {
        for (String variant : new String[] {"light", "dark", "german-light"}) {
            Fx.run(() -> {
                settings.themeProperty().set(variant.equals("dark") ? UiSettings.ThemeChoice.DARK : UiSettings.ThemeChoice.LIGHT);
                settings.languageProperty().set(variant.startsWith("german")
                        ? UiSettings.LanguageChoice.GERMAN : UiSettings.LanguageChoice.ENGLISH);
                window.showScreen(window.networkScreen());
            });
            var model = window.networkScreen().model();
            Fx.waitUntil("laid out", () -> model.laidOutProperty().get() && model.engineDoneProperty().get());
            Fx.sleep(400);
            // A bridge selected, so that the side panel and its sentence show.
            Fx.run(() -> {
                var d = model.data();
                int pick = d.bridges().isEmpty() ? 0 : d.bridges().getFirst().slot();
                model.selectedProperty().set(pick);
            });
            Fx.waitUntil("settled", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0);
            // The side panel narrows the map, which fits its picture again and draws it on a later pulse:
            // on a busy machine one sleep was once too short, and the picture stood cut off at the right.
            for (int i = 0; i < 3; i++) {
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                Fx.sleep(200);
            }
            snap(window.stage().getScene(), "network-" + variant);
            Fx.run(() -> ((javafx.scene.control.TabPane) window.stage().getScene().lookup("#network-tabs"))
                    .getSelectionModel().select(1));
            Fx.waitUntil("settled", () -> app.rapport.ui.common.Tasks.runningProperty().get() == 0);
            Fx.sleep(500);
            snap(window.stage().getScene(), "network-activity-" + variant);
            if (Boolean.getBoolean("screenshots.charts")) {
                // All the charts, below the window's fold too (to look at, not for the README).
                var content = Fx.call(() -> ((javafx.scene.control.ScrollPane) window.stage().getScene()
                        .lookup("#activity-view")).getContent());
                var image = Fx.call(() -> content.snapshot(null, null));
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                        out.resolve("network-activity-charts-" + variant + ".png").toFile());
            }
            Fx.run(() -> ((javafx.scene.control.TabPane) window.stage().getScene().lookup("#network-tabs"))
                    .getSelectionModel().select(0));
        }
    }

    private void snap(Scene scene, String name) throws Exception {
        var image = Fx.call(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }
}
