package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.Screen;
import app.rapport.ui.common.UiSettings;
import app.rapport.ui.testing.LayoutCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * What a new user sees first, before the journal holds much: every screen's empty state and a
 * contact with nothing recorded yet, at 1024x700 in English and German, with no text cut short
 * (LayoutTest's sample journal fills every list, so its empty states were never checked; a new
 * contact's timeline read "Erfassen Sie die erste mit „Begegnung erfas…").
 */
class EmptyJournalLayoutTest extends WindowTest {

    private Contact newcomer;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        Fx.run(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
    }

    @Override
    protected void prepare(SqliteJournal j) {
        newcomer = j.saveContact(Contact.builder("Anna Weber").build());
    }

    @Test
    void english() {
        assertEquals(List.of(), problems());
    }

    @Test
    void german() {
        Fx.run(() -> settings.languageProperty().set(UiSettings.LanguageChoice.GERMAN));
        assertEquals(List.of(), problems());
    }

    private List<String> problems() {
        Set<String> found = new LinkedHashSet<>();
        for (Screen s : Fx.call(window::screens)) {
            Fx.run(() -> window.showScreen(s));
            settle();
            check(s.titleKey(), found);
        }
        showContact(newcomer.id());
        check("a contact with nothing recorded", found);
        return new ArrayList<>(found);
    }

    private void check(String where, Set<String> found) {
        Fx.sleep(100);
        settle();
        LayoutTest.snapshot(window.stage().getScene(), "empty " + where);
        for (String p : Fx.call(() -> LayoutCheck.problems(window.stage().getScene()))) {
            found.add(where + ": " + p);
        }
    }
}
