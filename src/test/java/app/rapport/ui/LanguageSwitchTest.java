package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.ui.common.Screen;
import app.rapport.ui.common.UiSettings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * A language switch in Settings reaches every screen already open: no label, button, tab or field
 * prompt keeps an English text after switching to German (the keep-in-touch-by-tag section of
 * Settings stayed English).
 */
class LanguageSwitchTest extends WindowTest {

    @Start
    void start(Stage stage) throws IOException {
        openWindow(stage);
    }

    @Override
    protected void prepare(app.rapport.store.SqliteJournal j) {
        SampleJournal.fill(j);
    }

    @Test
    void everyScreenOpenBeforeTheSwitchSpeaksGermanAfterIt() throws IOException {
        Set<String> englishOnly = englishOnlyTexts();
        List<String> left = new ArrayList<>();
        for (Screen screen : Fx.call(window::screens)) {
            Fx.run(() -> settings.languageProperty().set(UiSettings.LanguageChoice.ENGLISH));
            Fx.run(() -> window.showScreen(screen));
            settle();
            Fx.run(() -> settings.languageProperty().set(UiSettings.LanguageChoice.GERMAN));
            settle();
            for (String text : Fx.call(() -> texts(window.stage().getScene().getRoot()))) {
                if (englishOnly.contains(text)) {
                    left.add(screen.titleKey() + ": \"" + text + "\"");
                }
            }
        }
        assertEquals(List.of(), left, "English texts left after switching to German");
    }

    /** Texts of the English bundle without placeholders that the German one words otherwise. */
    private static Set<String> englishOnlyTexts() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        Set<String> texts = new HashSet<>();
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            if (!e.contains("{") && !e.equals(de.getProperty(key)) && e.length() > 3) {
                texts.add(e.replace("''", "'"));
            }
        }
        return texts;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = LanguageSwitchTest.class.getResourceAsStream("/app/rapport/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** What the user reads on the visible part of the window. */
    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (!node.isVisible()) {
            return out;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof TextInputControl t && t.getPromptText() != null) {
            out.add(t.getPromptText());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                out.add(tab.getText());
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(texts(child));
            }
        }
        return out;
    }
}
