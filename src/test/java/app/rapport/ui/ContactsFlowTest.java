package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.store.SqliteJournal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** What a user does on the Contacts screen, on a real journal. */
class ContactsFlowTest extends WindowTest {

    private Contact anna;
    private Contact juergen;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        // The window opens on Today; these flows start from the contact list.
        window.showScreen(window.contactsScreen());
    }

    @Override
    protected void prepare(SqliteJournal j) {
        anna = j.saveContact(Contact.builder("Anna Schmidt").organization("Kreislauf GmbH").city("Köln")
                .interests(List.of("circular economy")).build());
        juergen = j.saveContact(Contact.builder("Jürgen Müller").organization("Rheinland Ventures").build());
        j.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-01-15T12:30:00+01:00"), EncounterKind.MEAL,
                "Lunch at Früh", "Köln", null, List.of(anna.id(), juergen.id()), "Talked about seed funding.", 4,
                List.of()));
    }

    @Test
    void aNewContactWithTagsAppearsInTheListAndItsDetailShowsTheTagsAsChips() {
        clickOn("#new-contact");
        assertTrue(Fx.call(() -> lookup("#editor-name").query().isFocused()), "focus lands on the name");
        // The headless platform sends keys to the window last clicked, so click into the dialog first.
        clickOn("#editor-name").write("Lena Hoffmann");
        clickIntoText("#editor-interests-field").write("accessibility").type(KeyCode.ENTER);
        write("design systems,");
        clickIntoText("#editor-offers-field").write("UX research");
        clickIntoText("#editor-seeks-field").write("long-term clients").type(KeyCode.ENTER);
        clickOn("#editor-ok");

        Fx.waitUntil("Lena is listed", () -> listedNames().contains("Lena Hoffmann"));
        Fx.waitUntil("Lena's detail is shown", () -> detail() != null
                && detail().contact().name().equals("Lena Hoffmann"));
        Set<String> chips = Fx.call(() -> lookup("#contact-detail .chip").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet()));
        assertEquals(Set.of("accessibility", "design systems", "UX research", "long-term clients"), chips);

        Contact stored = journal.contact(detail().id()).orElseThrow();
        assertEquals(List.of("accessibility", "design systems"), stored.interests());
        assertEquals(List.of("UX research"), stored.offers());
        assertEquals(List.of("long-term clients"), stored.seeks());
    }

    @Test
    void aMissingNameAndABadEmailAreNamedUnderTheirFieldsAndNothingIsSaved() {
        clickOn("#new-contact");
        clickOn("#editor-email-0").write("anna(at)example.org");
        clickOn("#editor-ok");

        assertTrue(editorIsOpen(), "the editor stays open");
        assertEquals("Name is required.", errorText("name"));
        String emailError = errorText("emails");
        assertTrue(emailError.contains("anna(at)example.org") && emailError.contains("e-mail"), emailError);

        // Fixing the name alone is not enough; the message follows the correction as the user types.
        clickOn("#editor-name").write("Anna Neu");
        assertEquals(null, errorText("name"));
        clickOn("#editor-ok");
        assertTrue(editorIsOpen(), "still open with a bad e-mail");

        type(KeyCode.ESCAPE);
        Fx.waitUntil("the editor is closed", () -> !editorIsOpen());
        assertEquals(2, journal.contacts(ContactFilter.all().withArchived(true)).size(), "nothing was saved");
    }

    @Test
    void aBirthdayThatDoesNotExistIsRefused() {
        clickOn("#new-contact");
        clickOn("#editor-name").write("Clara Vogel");
        clickIntoText("#editor-birthday-day").write("31");
        Fx.run(() -> lookup("#editor-birthday-month").<javafx.scene.control.ComboBox<java.time.Month>>query()
                .setValue(java.time.Month.FEBRUARY));
        clickOn("#editor-ok");
        assertTrue(editorIsOpen());
        assertEquals("February has no day 31.", errorText("birthday"));
        // Without a year the birthday is fine once the day exists.
        clickVisible("#editor-birthday-day"); doubleClickOn("#editor-birthday-day").write("28");
        clickOn("#editor-ok");
        Fx.waitUntil("Clara is listed", () -> listedNames().contains("Clara Vogel"));
        Contact clara = journal.contacts(ContactFilter.all().withText("Clara")).stream().findFirst()
                .flatMap(s -> journal.contact(s.id())).orElseThrow();
        assertEquals("--02-28", clara.birthday().toString());
    }

    @Test
    void searchFindsMuellerSpelledWithoutUmlaut() {
        Fx.waitUntil("both listed", () -> listedNames().size() == 2);
        clickOn("#contact-search").write("mueller");
        Fx.waitUntil("only Jürgen Müller is listed", () -> listedNames().equals(List.of("Jürgen Müller")));
        Fx.run(() -> window.contactsScreen().model().queryProperty().set(""));
        clickOn("#contact-search").write("muller");
        Fx.waitUntil("muller finds him too", () -> listedNames().equals(List.of("Jürgen Müller")));
    }

    @Test
    void deletingAContactMovesItToTheTrashAndUndoBringsItBack() {
        Fx.waitUntil("Anna's row is drawn", () -> lookup(".contact-cell-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Anna Schmidt")));
        clickOn("Anna Schmidt");
        Fx.waitUntil("Anna's detail is shown", () -> detail() != null && detail().id().equals(anna.id()));
        settle();
        clickOn("#action-delete");

        Fx.waitUntil("Anna is gone from the list", () -> !listedNames().contains("Anna Schmidt"));
        assertEquals("Anna Schmidt moved to the trash.", Fx.call(window::notificationText));
        assertEquals(1, journal.trash().size());

        clickOn("#notification-undo");
        Fx.waitUntil("Anna is back", () -> listedNames().contains("Anna Schmidt"));
        assertTrue(journal.trash().isEmpty());
        Fx.waitUntil("and shown again", () -> detail() != null && detail().id().equals(anna.id()));
    }

    @Test
    void theTimelineShowsSharedEncountersOnBothContacts() {
        showContact(juergen.id());
        assertEquals(1, detail().encounters().size());
        Node timeline = node("#timeline");
        assertTrue(Fx.call(() -> timeline.lookupAll(".label").stream()
                .anyMatch(n -> "Lunch at Früh".equals(((javafx.scene.control.Labeled) n).getText()))));
        showContact(anna.id());
        assertEquals("Lunch at Früh", detail().encounters().getFirst().title());
    }

    @Test
    void aTieIsAddedByTypingPartOfTheName() {
        showContact(anna.id());
        clickOn("#action-add-tie");
        clickOn("#tie-contact").write("Jürg");
        Fx.waitUntil("Jürgen is suggested", () -> lookup(".auto-completion").tryQuery().isPresent()
                && lookup(".auto-completion").queryListView().getItems().size() == 1);
        type(KeyCode.ENTER);
        clickOn("#tie-ok");
        Fx.waitUntil("the tie is shown", () -> detail().ties().size() == 1);
        assertEquals("Jürgen Müller", detail().ties().getFirst().name());
        assertEquals(1, journal.tiesOf(juergen.id()).size());
    }

    @Test
    void archivedContactsAreHiddenUntilAskedFor() {
        showContact(anna.id());
        clickOn("#action-archive");
        Fx.waitUntil("Anna is hidden", () -> !listedNames().contains("Anna Schmidt"));
        assertTrue(journal.contact(anna.id()).orElseThrow().archived());
        clickOn("#show-archived");
        Fx.waitUntil("Anna is listed again", () -> listedNames().contains("Anna Schmidt"));
    }

    @Test
    void shortcutForNewContactOpensTheEditorWithTheFocusOnTheName() {
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        Fx.waitUntil("the editor is open", this::editorIsOpen);
        assertTrue(Fx.call(() -> lookup("#editor-name").query().isFocused()));
        type(KeyCode.ESCAPE);
        Fx.waitUntil("closed", () -> !editorIsOpen());
        assertFalse(editorIsOpen());
    }

    @Test
    void shortcutsSwitchScreensAndSearchFindsTheContactsSearchFromAnywhere() {
        int settingsNumber = 1 + Fx.call(() -> window.screens().stream().map(app.rapport.ui.common.Screen::titleKey)
                .toList().indexOf("settings.title"));
        KeyCode digit = KeyCode.valueOf("DIGIT" + settingsNumber);
        press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        assertEquals("settings.title", Fx.call(() -> window.currentScreenProperty().get().titleKey()));
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertEquals("contacts.title", Fx.call(() -> window.currentScreenProperty().get().titleKey()));
        assertTrue(Fx.call(() -> lookup("#contact-search").query().isFocused()));
        write("schmidt");
        Fx.waitUntil("Anna is found", () -> listedNames().equals(List.of("Anna Schmidt")));
    }

    @Test
    void loggingAnEncounterFromTheDetailPanePutsItOnTheContactsTimeline() {
        showContact(anna.id());
        String shortcut = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.E,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText();
        assertEquals("Log an encounter with this contact (" + shortcut + ")", Fx.call(() ->
                ((javafx.scene.control.Button) lookup("#action-log-encounter").query()).getTooltip().getText()),
                "the tooltip teaches the shortcut");
        clickOn("#action-log-encounter");
        Fx.waitUntil("quick capture opens with Anna chosen", () -> lookup(".participant-box").tryQuery()
                .map(box -> box.lookupAll(".label").stream().anyMatch(
                        l -> "Anna Schmidt".equals(((javafx.scene.control.Labeled) l).getText())))
                .orElse(false));
        clickOn("#capture-title").write("Call about the seed round");
        clickOn("#capture-save");
        Fx.waitUntil("the call is first on Anna's timeline", () -> detail() != null
                && detail().encounters().size() == 2
                && "Call about the seed round".equals(detail().encounters().getFirst().title()));
    }

    @Test
    void quickCaptureHasItsShortcutEverywhere() {
        showScreen("settings.title");
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        Fx.waitUntil("quick capture opens", () -> lookup("#capture-participants").tryQuery().isPresent());
        clickOn("#capture-participants");
        type(KeyCode.ESCAPE);
        Fx.waitUntil("it closes", () -> lookup("#capture-participants").tryQuery().isEmpty());
    }

    @Test
    void theTagAndOrganisationFiltersNarrowTheList() {
        Fx.waitUntil("both listed", () -> listedNames().size() == 2);
        javafx.scene.control.ComboBox<String> tags = node("#tag-filter");
        Fx.waitUntil("the tags are offered", () -> tags.getItems().contains("circular economy"));
        Fx.run(() -> tags.setValue("circular economy"));
        Fx.waitUntil("only Anna has that tag", () -> listedNames().equals(List.of("Anna Schmidt")));
        Fx.run(() -> tags.setValue(null));
        // Anna is shown; a filter that leaves her out leaves the detail pane empty rather than showing her.
        Fx.run(() -> window.contactsScreen().model().select(
                window.contactsScreen().model().contacts().stream().filter(c -> c.name().equals("Anna Schmidt"))
                        .findFirst().orElseThrow().id()));
        Fx.waitUntil("Anna's detail", () -> window.contactsScreen().model().detailProperty().get() != null);
        javafx.scene.control.ComboBox<String> organizations = node("#organization-filter");
        Fx.run(() -> organizations.setValue("Rheinland Ventures"));
        Fx.waitUntil("only Jürgen works there", () -> listedNames().equals(List.of("Jürgen Müller")));
        // The pane never shows someone the list does not: empty, or (if the list picked one) someone listed.
        try {
            Fx.waitUntil("Anna's detail has gone with her", () -> {
                var shown = window.contactsScreen().model().detailProperty().get();
                return shown == null || !shown.contact().name().equals("Anna Schmidt")
                        && listedNames().contains(shown.contact().name());
            });
        } catch (AssertionError e) {
            var shown = window.contactsScreen().model().detailProperty().get();
            throw new AssertionError(e.getMessage() + "; shown: " + (shown == null ? null : shown.contact().name())
                    + ", selected " + window.contactsScreen().model().selectedIdProperty().get() + ", listed "
                    + listedNames(), e);
        }
    }

    @Test
    void editingAContactShowsTheChangeAtOnce() {
        showContact(juergen.id());
        clickOn("#action-edit");
        Fx.waitUntil("the editor is open", this::editorIsOpen);
        assertEquals("Jürgen Müller", Fx.call(() -> lookup("#editor-name").queryTextInputControl().getText()));
        clickOn("#editor-city").write("Düsseldorf");
        clickOn("#editor-ok");
        Fx.waitUntil("the city is shown", () -> detail() != null && "Düsseldorf".equals(detail().contact().city()));
        assertEquals("Düsseldorf", journal.contact(juergen.id()).orElseThrow().city());
        assertEquals("Rheinland Ventures", journal.contact(juergen.id()).orElseThrow().organization());
    }

    @Test
    void aContactsPhotoIsShownInsteadOfTheInitials() throws Exception {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        Contact marie = journal.saveContact(Contact.builder("Marie Curie").photo(
                new app.rapport.journal.Photo("image/png", png.toByteArray())).build());
        Fx.run(() -> window.journalChanged());
        showContact(marie.id());
        Fx.waitUntil("the photo is shown", () -> lookup("#detail-photo").tryQuery().isPresent());

        showContact(anna.id());
        Fx.waitUntil("Anna, without a photo, has her initials", () -> lookup("#detail-photo").tryQuery().isEmpty()
                && lookup(".avatar-initials").tryQuery().isPresent());
    }

    private boolean editorIsOpen() {
        return Fx.call(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("contact-editor")));
    }

    private String errorText(String field) {
        return Fx.call(() -> {
            Label l = lookup("#error-" + field).queryAs(Label.class);
            return l.isVisible() ? l.getText() : null;
        });
    }
}
