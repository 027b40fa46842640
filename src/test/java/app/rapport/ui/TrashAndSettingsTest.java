package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.TrashItem;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.UiSettings;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Restoring from the trash, emptying it, and switching the language. */
class TrashAndSettingsTest extends WindowTest {

    private Contact clara;
    private Encounter lunch;

    @Start
    void start(Stage stage) throws IOException {
        openWindow(stage);
    }

    @Override
    protected void prepare(SqliteJournal j) {
        Contact anna = j.saveContact(Contact.builder("Anna Schmidt").build());
        clara = j.saveContact(Contact.builder("Clara Vogel").city("Leipzig").build());
        lunch = j.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-02-01T12:00:00+01:00"),
                EncounterKind.MEAL, "Lunch", null, null, List.of(anna.id()), null, null, List.of()));
        j.trashContact(clara.id());
        j.trashEncounter(lunch.id());
    }

    @Test
    void theWindowOpensOnTodayAndListsEveryScreenInTheSidebar() {
        assertEquals("today.title", Fx.call(() -> window.currentScreenProperty().get().titleKey()));
        assertEquals(java.util.List.of("today.title", "contacts.title", "journal.title", "events.title"),
                Fx.call(() -> window.screens().stream().map(app.rapport.ui.common.Screen::titleKey).limit(4).toList()));
    }

    @Test
    void aContactRestoredFromTheTrashIsBackInTheList() {
        showScreen("trash.title");
        Fx.waitUntil("both deleted items are listed", () -> trashList().getItems().size() == 2);
        Fx.waitUntil("Restore is shown", () -> lookup("#restore-" + clara.id()).tryQuery().isPresent());
        assertEquals(org.kordamp.ikonli.material2.Material2MZ.RESTORE, Fx.call(() -> ((org.kordamp.ikonli.javafx.FontIcon)
                ((javafx.scene.control.Button) lookup("#restore-" + clara.id()).query()).getGraphic()).getIconCode()),
                "Restore shows an arrow back, not a trash can");
        clickWhenShown("#restore-" + clara.id());
        Fx.waitUntil("only the encounter is left", () -> trashList().getItems().size() == 1
                && trashList().getItems().getFirst().kind() == TrashItem.Kind.ENCOUNTER);
        assertTrue(journal.contact(clara.id()).isPresent());
        showScreen("contacts.title");
        Fx.waitUntil("Clara is listed", () -> listedNames().contains("Clara Vogel"));
    }

    @Test
    void emptyingTheTrashAsksFirstAndThenDestroysEverythingInIt() {
        showScreen("trash.title");
        Fx.waitUntil("both deleted items are listed", () -> trashList().getItems().size() == 2);
        clickOn("#empty-trash");
        // The confirmation's default button is Cancel: Enter by reflex destroys nothing.
        clickOn("Cancel");
        assertEquals(2, journal.trash().size());
        clickOn("#empty-trash");
        clickOn("Delete for good");
        Fx.waitUntil("the trash is empty", () -> trashList().getItems().isEmpty());
        assertTrue(journal.trash().isEmpty());
        assertTrue(journal.encounter(lunch.id()).isEmpty());
    }

    @Test
    void switchingToGermanRelabelsTheOpenWindow() {
        showScreen("settings.title");
        assertEquals("Contacts", navText("contacts-title"));
        javafx.scene.control.ComboBox<UiSettings.LanguageChoice> language = node("#settings-language");
        Fx.run(() -> language.setValue(UiSettings.LanguageChoice.GERMAN));
        assertEquals("Kontakte", navText("contacts-title"));
        assertEquals("Papierkorb", navText("trash-title"));
        assertEquals("Einstellungen – Rapport", Fx.call(() -> window.stage().getTitle()));
        assertEquals("Datenordner", Fx.call(() -> lookup(".settings-label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).filter("Datenordner"::equals).findFirst().orElse(null)));
        showScreen("contacts.title");
        assertEquals("Kontakte durchsuchen",
                Fx.call(() -> lookup("#contact-search").queryTextInputControl().getPromptText()));

        Fx.run(() -> settings.languageProperty().set(UiSettings.LanguageChoice.ENGLISH));
        assertEquals("Contacts", navText("contacts-title"));
        assertEquals(I18n.ENGLISH, I18n.locale());
    }

    private ListView<TrashItem> trashList() {
        return node("#trash-list");
    }

    private String navText(String id) {
        ToggleButton b = node("#nav-" + id);
        return Fx.call(b::getText);
    }
}
