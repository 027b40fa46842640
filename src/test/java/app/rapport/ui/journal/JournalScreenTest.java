package app.rapport.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.journal.TrashItem;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import app.rapport.ui.testing.ScreenTestExtension;
import app.rapport.ui.testing.TestAppContext;

/** The Journal screen and quick capture, driven like a user would, on a real SQLite journal. */
@ExtendWith(ScreenTestExtension.class)
class JournalScreenTest {

    @TempDir
    Path dataDir;

    SqliteJournal journal;
    TestAppContext ctx;
    Stage stage;
    JournalScreen screen;
    Contact anna;
    Contact ben;
    Contact carla;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        journal = TestJournals.open(dataDir);
        anna = journal.saveContact(Contact.builder("Anna Müller").organization("Rheinwerk").city("Köln").build());
        ben = journal.saveContact(Contact.builder("Ben Schulz").city("Bonn").build());
        carla = journal.saveContact(Contact.builder("Carla Jung").build());
        ctx = new TestAppContext(journal, stage);
        ctx.quickCapture = ids -> QuickCaptureDialog.show(ctx, ids); // as the main window does
        screen = new JournalScreen(ctx);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1000, 720));
        stage.show();
    }


    // Quick capture

    @Test
    void logAnEncounterWithTwoParticipantsPutsItOnTopAndOnBothTimelines(FxRobot robot) {
        Encounter older = journal.saveEncounter(encounter(at(-3, 10, 0), EncounterKind.CALL, "Older call",
                List.of(carla.id()), null));
        robot.interact(() -> ctx.journalChanged());
        waitUntil("the older encounter is listed", () -> listItems(robot).size() == 1);

        robot.clickOn("#journal-log");
        waitUntil("quick capture opens", () -> dialog(robot) != null);
        TextField participants = robot.lookup("#capture-participants").queryAs(TextField.class);
        waitUntil("focus lands in the participant field", participants::isFocused);

        chooseParticipant(robot, "anna", "Anna Müller");
        chooseParticipant(robot, "Schu", "Ben Schulz");
        robot.clickOn("#capture-title").write("Coffee");
        robot.clickOn("#capture-notes").write("Meetup.\nBen talks.");
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);

        waitUntil("the dialog closes after saving", () -> dialog(robot) == null);
        List<Encounter> all = journal.encounters(EncounterFilter.all());
        assertEquals(2, all.size());
        Encounter logged = all.getFirst();
        assertEquals("Coffee", logged.title());
        assertEquals(List.of(anna.id(), ben.id()), logged.participants());
        assertEquals(EncounterKind.MEETING, logged.kind(), "meeting is the default kind");
        assertEquals("Meetup.\nBen talks.", logged.notes(), "Shortcut+Enter saved from the notes, which keep their lines");
        // Both timelines: the encounter is found through each participant.
        assertEquals(logged.id(), journal.encounters(EncounterFilter.all().withContact(anna.id())).getFirst().id());
        assertEquals(logged.id(), journal.encounters(EncounterFilter.all().withContact(ben.id())).getFirst().id());
        assertTrue(journal.encounters(EncounterFilter.all().withContact(carla.id())).stream()
                .noneMatch(e -> e.id().equals(logged.id())));

        waitUntil("the journal list shows the new encounter on top", () -> listItems(robot).size() == 2
                && listItems(robot).getFirst().id().equals(logged.id())
                && listItems(robot).get(1).id().equals(older.id()));
        ListCell<?> top = cellOf(robot, logged.id());
        assertTrue(texts(top).contains("Meeting · Anna Müller, Ben Schulz"), texts(top).toString());
    }

    @Test
    void dateAndTimeDefaultToNow(FxRobot robot) {
        LocalDateTime before = LocalDateTime.now().withSecond(0).withNano(0);
        robot.interact(() -> QuickCaptureDialog.show(ctx, List.of()));
        waitUntil("quick capture opens", () -> dialog(robot) != null);
        LocalDateTime after = LocalDateTime.now();
        DatePicker date = robot.lookup("#capture-date").queryAs(DatePicker.class);
        TextField time = robot.lookup("#capture-time").queryAs(TextField.class);
        LocalTime shown = app.rapport.ui.common.Formats.parseTime(time.getText()).orElseThrow();
        LocalDateTime defaulted = LocalDateTime.of(date.getValue(), shown);
        assertFalse(defaulted.isBefore(before), defaulted + " before " + before);
        assertFalse(defaulted.isAfter(after), defaulted + " after " + after);
        assertEquals(EncounterKind.MEETING, robot.lookup("#capture-kind").queryAs(ComboBox.class).getValue());
    }

    @Test
    void presetParticipantsAreChosenAndFocusGoesToTheTitle(FxRobot robot) {
        robot.interact(() -> QuickCaptureDialog.show(ctx, List.of(ben.id())));
        waitUntil("quick capture opens", () -> dialog(robot) != null);
        waitUntil("Ben is preselected", () -> texts(robot.lookup(".participant-box").query()).contains("Ben Schulz"));
        waitUntil("focus in the title", () -> robot.lookup("#capture-title").query().isFocused());
        // The headless platform does not give a new window the keyboard by itself; a click does.
        robot.clickOn("#capture-title").write("Call about the talk");
        robot.clickOn("#capture-save");
        waitUntil("saved", () -> dialog(robot) == null);
        Encounter saved = journal.encounters(EncounterFilter.all()).getFirst();
        assertEquals(List.of(ben.id()), saved.participants());
        assertEquals("Call about the talk", saved.title());
    }

    @Test
    void withoutParticipantsNothingIsSavedAndTheMessageNamesTheField(FxRobot robot) {
        robot.interact(() -> QuickCaptureDialog.show(ctx, List.of()));
        waitUntil("quick capture opens", () -> dialog(robot) != null);
        robot.clickOn("#capture-title").write("Nobody was there");
        robot.clickOn("#capture-save");
        Label message = robot.lookup("#capture-message").queryAs(Label.class);
        waitUntil("the problem is shown", message::isVisible);
        assertEquals("With: Add at least one participant.", message.getText());
        assertTrue(dialog(robot) != null, "the dialog stays open");

        // A follow-up with a date but nothing to do, and a time that is not one, are refused too.
        robot.interact(() -> robot.lookup("#capture-time").queryAs(TextField.class).setText("25:70"));
        DatePicker date = robot.lookup("#capture-date").queryAs(DatePicker.class);
        LocalDate today = date.getValue();

        robot.clickOn("#capture-add-followup");
        robot.interact(() -> robot.lookup("#capture-followup-due-0").queryAs(DatePicker.class)
                .setValue(LocalDate.now().plusDays(3)));
        chooseParticipant(robot, "Carla", "Carla Jung");
        robot.clickOn("#capture-save");
        waitUntil("the remaining problems are shown", () -> message.getText().contains("Time:")
                && message.getText().contains("Follow-ups: Follow-up 1 needs a description."),
                message::getText);
        assertFalse(message.getText().contains("With:"), message.getText());

        waitUntil("no background work", () -> Tasks.runningProperty().get() == 0);
        assertEquals(0, journal.encounters(EncounterFilter.all()).size(), "nothing was saved");
        assertTrue(dialog(robot) != null, "the dialog stays open");

        robot.interact(() -> robot.lookup("#capture-time").queryAs(TextField.class).setText("9.15"));
        robot.clickOn("#capture-followup-what-0").write("Send the slides");
        // A date typed and saved at once (Shortcut+Enter) has not reached the picker's value yet.
        robot.clickOn(date.getEditor()).press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT)
                .write(app.rapport.ui.common.Formats.dateConverter().toString(today.minusDays(1)))
                .press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        waitUntil("saved once it is valid", () -> dialog(robot) == null);
        Encounter saved = journal.encounters(EncounterFilter.all()).getFirst();
        assertEquals(today.minusDays(1).atTime(9, 15), saved.date().toLocalDateTime(),
                "the typed date counts even though the picker never lost focus");
        assertEquals(List.of(new FollowUp("Send the slides", LocalDate.now().plusDays(3), false)), saved.followUps());
    }

    @Test
    void aNameNotInTheJournalBecomesANewContact(FxRobot robot) {
        robot.interact(() -> QuickCaptureDialog.show(ctx, List.of()));
        waitUntil("quick capture opens", () -> dialog(robot) != null);
        robot.clickOn("#capture-participants").write("Dora Neumann");
        waitUntil("the offer to add her", () -> suggestionTexts(robot).contains("Add “Dora Neumann” as a new contact"));
        robot.clickOn("Add “Dora Neumann” as a new contact");
        waitUntil("she is chosen", () -> texts(robot.lookup(".participant-box").query()).contains("Dora Neumann"));
        robot.clickOn("#capture-save");
        waitUntil("saved", () -> dialog(robot) == null);
        var dora = journal.contacts(ContactFilter.all().withText("Dora"));
        assertEquals(1, dora.size());
        assertEquals(List.of(dora.getFirst().id()), journal.encounters(EncounterFilter.all()).getFirst().participants());
    }

    @Test
    void longNotesInAnyScriptAreStoredAndShownWhole(FxRobot robot) {
        String notes = ("Grüße 👋🏽 مرحبا بالعالم שלום 你好 — ").repeat(400) + "end";
        assertTrue(notes.length() > 10_000);
        robot.interact(() -> QuickCaptureDialog.show(ctx, List.of(carla.id())));
        waitUntil("Carla is preselected", () -> dialog(robot) != null
                && texts(robot.lookup(".participant-box").query()).contains("Carla Jung"));
        robot.interact(() -> robot.lookup("#capture-notes").queryAs(javafx.scene.control.TextArea.class).setText(notes));
        robot.clickOn("#capture-save");
        waitUntil("saved", () -> dialog(robot) == null);
        Encounter saved = journal.encounters(EncounterFilter.all()).getFirst();
        assertEquals(notes, saved.notes());

        waitUntil("listed", () -> ids(robot).equals(List.of(saved.id())));
        ListCell<?> cell = cellOf(robot, saved.id());
        assertTrue(texts(cell).stream().anyMatch(t -> t.startsWith("Grüße 👋🏽 مرحبا") && t.endsWith("…")),
                "the list shows the start of the notes: " + texts(cell));
        robot.clickOn(cell);
        waitUntil("the detail shows all of it", () -> robot.lookup("#detail-notes").tryQuery()
                .map(n -> notes.equals(((Label) n).getText())).orElse(false));
    }

    // Journal list

    @Test
    void filterByKindTextAndParticipant(FxRobot robot) {
        Encounter workshop = journal.saveEncounter(encounter(at(-1, 9, 0), EncounterKind.MEETING, "Strategy workshop",
                List.of(anna.id()), "Circular economy and repair cafés"));
        Encounter call = journal.saveEncounter(encounter(at(-2, 9, 0), EncounterKind.CALL, "Catch-up",
                List.of(ben.id()), "Holidays"));
        Encounter lunch = journal.saveEncounter(encounter(at(-3, 12, 30), EncounterKind.MEAL, "Lunch",
                List.of(anna.id(), carla.id()), "Her start-up does circular packaging"));
        robot.interact(() -> ctx.journalChanged());
        waitUntil("all three listed", () -> ids(robot).equals(List.of(workshop.id(), call.id(), lunch.id())));

        robot.clickOn("#journal-kind");
        robot.clickOn(kindCell(robot, "Call"));
        waitUntil("only the call", () -> ids(robot).equals(List.of(call.id())));

        robot.clickOn("#journal-kind");
        robot.clickOn(kindCell(robot, "All kinds"));
        waitUntil("all three again", () -> ids(robot).size() == 3);

        robot.clickOn("#journal-search").write("circ");
        waitUntil("prefix search in notes", () -> ids(robot).equals(List.of(workshop.id(), lunch.id())));

        robot.clickOn("#journal-kind");
        robot.clickOn(kindCell(robot, "Meal"));
        waitUntil("text and kind together", () -> ids(robot).equals(List.of(lunch.id())));

        robot.clickOn("#journal-clear-filters");
        waitUntil("filters cleared", () -> ids(robot).size() == 3);

        robot.clickOn("#journal-participant").write("mueller");
        waitUntil("Anna suggested for an umlaut-folded spelling",
                () -> suggestionTexts(robot).stream().anyMatch(t -> t.startsWith("Anna Müller")));
        robot.type(KeyCode.ENTER);
        waitUntil("only Anna's encounters", () -> ids(robot).equals(List.of(workshop.id(), lunch.id())));

        robot.interact(() -> {
            screen.viewModel().clearFilters();
            screen.viewModel().fromProperty().set(LocalDate.now().minusDays(2));
            screen.viewModel().toProperty().set(LocalDate.now().minusDays(2));
        });
        waitUntil("one day, both ends included", () -> ids(robot).equals(List.of(call.id())));
        assertEquals("", robot.lookup("#journal-participant").queryAs(TextField.class).getText());
    }

    @Test
    void aLongJournalIsShownAPageAtATime(FxRobot robot) {
        int total = JournalViewModel.PAGE + 5;
        List<Encounter> many = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            many.add(encounter(at(-i, 12, 0), EncounterKind.MESSAGE, "Message " + i, List.of(ben.id()), null)
                    .withId(java.util.UUID.randomUUID().toString()));
        }
        journal.importSnapshot(new app.rapport.journal.JournalSnapshot(List.of(), List.of(), many)); // one transaction
        robot.interact(() -> ctx.journalChanged());
        waitUntil("the first page", () -> ids(robot).size() == JournalViewModel.PAGE);
        assertEquals("Message 0", listItems(robot).getFirst().title(), "newest first");
        assertEquals("the newest 200 encounters", robot.lookup("#journal-count").queryAs(Label.class).getText());
        robot.clickOn("#journal-more");
        waitUntil("all of them", () -> ids(robot).size() == total);
        assertEquals("Message " + (total - 1), listItems(robot).getLast().title());
        assertFalse(robot.lookup("#journal-more").query().isVisible());
        assertEquals(total + " encounters", robot.lookup("#journal-count").queryAs(Label.class).getText());
    }

    @Test
    void deleteMovesToTrashAndUndoBringsItBack(FxRobot robot) {
        Encounter keep = journal.saveEncounter(encounter(at(-1, 9, 0), EncounterKind.MEETING, "Keep me",
                List.of(anna.id()), null));
        Encounter gone = journal.saveEncounter(encounter(at(-2, 9, 0), EncounterKind.VIDEO, "Delete me",
                List.of(ben.id()), null));
        robot.interact(() -> ctx.journalChanged());
        waitUntil("both listed", () -> ids(robot).size() == 2);

        robot.clickOn(cellOf(robot, gone.id()));
        waitUntil("detail shows it", () -> "Delete me".equals(
                robot.lookup("#detail-title").queryAs(Label.class).getText()));
        robot.clickOn("#detail-delete");
        waitUntil("removed from the list", () -> ids(robot).equals(List.of(keep.id())));
        assertTrue(journal.encounter(gone.id()).isEmpty() || journal.encounters(EncounterFilter.all()).size() == 1);
        assertEquals(List.of(gone.id()), journal.trash().stream()
                .filter(t -> t.kind() == TrashItem.Kind.ENCOUNTER).map(TrashItem::id).toList());
        assertEquals(1, ctx.notices.size());
        assertEquals("Moved \"Delete me\" to the trash.", ctx.notices.getFirst().text());

        robot.interact(() -> ctx.notices.getFirst().undo().run());
        waitUntil("back in the list", () -> ids(robot).equals(List.of(keep.id(), gone.id())));
        assertEquals(2, journal.encounters(EncounterFilter.all()).size());
        assertTrue(journal.trash().isEmpty());
    }

    @Test
    void tickingAFollowUpOffIsSaved(FxRobot robot) {
        Encounter e = journal.saveEncounter(encounter(at(-10, 18, 0), EncounterKind.EVENT, "Meetup",
                List.of(anna.id()), null).withFollowUps(List.of(
                new FollowUp("Send Anna the article", LocalDate.now().minusDays(2), false),
                new FollowUp("Invite her to the barcamp", LocalDate.now().plusDays(5), false))));
        robot.interact(() -> ctx.journalChanged());
        waitUntil("listed", () -> ids(robot).size() == 1);
        ListCell<?> cell = cellOf(robot, e.id());
        assertTrue(texts(cell).contains("2 follow-ups"), texts(cell).toString());
        assertTrue(texts(cell).contains("1 overdue"), "the overdue follow-up is pointed out: " + texts(cell));

        robot.clickOn(cell);
        waitUntil("follow-ups shown", () -> robot.lookup("#detail-followup-0").tryQuery().isPresent());
        robot.clickOn("#detail-followup-0");
        waitUntil("stored as done", () -> journal.encounter(e.id()).orElseThrow().followUps().getFirst().done());
        assertFalse(journal.encounter(e.id()).orElseThrow().followUps().get(1).done());
        waitUntil("the list no longer counts it as overdue",
                () -> !texts(cellOf(robot, e.id())).contains("1 overdue")
                        && texts(cellOf(robot, e.id())).contains("1 follow-up"));
        assertTrue(robot.lookup("#detail-followup-0").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void editingChangesTheStoredEncounter(FxRobot robot) {
        Encounter e = journal.saveEncounter(encounter(at(-1, 8, 0), EncounterKind.CALL, "Short call",
                List.of(anna.id()), "First notes"));
        robot.interact(() -> ctx.journalChanged());
        waitUntil("listed", () -> ids(robot).size() == 1);
        robot.clickOn(cellOf(robot, e.id()));
        robot.clickOn("#detail-edit");
        waitUntil("the editor opens", () -> dialog(robot) != null);
        assertEquals("Short call", robot.lookup("#capture-title").queryAs(TextField.class).getText());
        waitUntil("focus in the title", () -> robot.lookup("#capture-title").query().isFocused());
        robot.clickOn("#star-4");
        robot.clickOn("#capture-title").press(KeyCode.END).release(KeyCode.END).write(" with Anna");
        robot.clickOn("#capture-save");
        waitUntil("saved", () -> dialog(robot) == null);
        Encounter stored = journal.encounter(e.id()).orElseThrow();
        assertEquals("Short call with Anna", stored.title());
        assertEquals(4, stored.rating());
        assertEquals(e.date().toInstant(), stored.date().toInstant(), "the time was not touched");
        assertEquals(1, journal.encounters(EncounterFilter.all()).size());
        waitUntil("the detail follows", () -> "Short call with Anna".equals(
                robot.lookup("#detail-title").queryAs(Label.class).getText()));
    }

    @Test
    void participantLinksOpenTheContact(FxRobot robot) {
        Encounter e = journal.saveEncounter(encounter(at(-1, 8, 0), EncounterKind.MEAL, null,
                List.of(anna.id(), ben.id()), null));
        robot.interact(() -> ctx.journalChanged());
        waitUntil("listed", () -> ids(robot).size() == 1);
        assertTrue(texts(cellOf(robot, e.id())).contains("Meal with Anna Müller, Ben Schulz"));
        robot.clickOn(cellOf(robot, e.id()));
        robot.clickOn("Ben Schulz");
        assertEquals(List.of(ben.id()), ctx.shownContacts);
    }

    @Test
    void datesFollowTheLanguage(FxRobot robot) {
        OffsetDateTime when = OffsetDateTime.of(2025, 3, 5, 15, 30, 0, 0, ZoneId.systemDefault().getRules()
                .getOffset(LocalDateTime.of(2025, 3, 5, 15, 30)));
        Encounter e = journal.saveEncounter(encounter(when, EncounterKind.MEETING, "Kick-off",
                List.of(anna.id()), null));
        robot.interact(() -> ctx.journalChanged());
        waitUntil("listed", () -> ids(robot).size() == 1);
        assertTrue(texts(cellOf(robot, e.id())).stream().anyMatch(t -> t.startsWith("Mar 5, 2025")),
                texts(cellOf(robot, e.id())).toString());
        robot.interact(() -> I18n.setLocale(I18n.GERMAN));
        try {
            waitUntil("German date and kind", () -> texts(cellOf(robot, e.id())).contains("05.03.2025, 15:30")
                    && texts(cellOf(robot, e.id())).contains("Treffen · Anna Müller"));
            assertTrue(texts(robot.lookup("#journal-kind").query()).contains("Alle Arten"));
            assertEquals("Bis", robot.lookup("#journal-to").queryAs(DatePicker.class).getPromptText());
            robot.interact(() -> screen.viewModel().fromProperty().set(LocalDate.of(2025, 3, 1)));
            assertEquals("01.03.2025", robot.lookup("#journal-from").queryAs(DatePicker.class).getEditor().getText());
        } finally {
            robot.interact(() -> I18n.setLocale(I18n.ENGLISH));
        }
    }

    // Helpers

    private static Encounter encounter(OffsetDateTime when, EncounterKind kind, String title, List<String> who,
                                       String notes) {
        return new Encounter(null, when, kind, title, null, null, who, notes, null, List.of());
    }

    private static OffsetDateTime at(int daysFromToday, int hour, int minute) {
        return LocalDate.now().plusDays(daysFromToday).atTime(hour, minute).atZone(ZoneId.systemDefault())
                .toOffsetDateTime();
    }

    private void chooseParticipant(FxRobot robot, String typed, String name) {
        robot.clickOn("#capture-participants").write(typed);
        waitUntil("\"" + name + "\" is suggested for \"" + typed + "\"",
                () -> !suggestionTexts(robot).isEmpty() && suggestionTexts(robot).getFirst().startsWith(name));
        robot.type(KeyCode.ENTER);
        waitUntil(name + " is chosen", () -> texts(robot.lookup(".participant-box").query()).contains(name));
    }

    @SuppressWarnings("unchecked")
    private static List<String> suggestionTexts(FxRobot robot) {
        List<String> out = new ArrayList<>();
        for (Node n : robot.lookup(".contact-completion").queryAll()) {
            if (n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()) {
                for (ContactCompletion.Choice c : ((ListView<ContactCompletion.Choice>) n).getItems()) {
                    out.add(c.isNew() ? I18n.text("capture.newContact", c.newName())
                            : c.contact().name() + " " + ContactCompletion.joinNonBlank(c.contact().organization()));
                }
            }
        }
        return out;
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup(".quick-capture").tryQueryAs(DialogPane.class)
                .filter(p -> p.getScene() != null && p.getScene().getWindow().isShowing()).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<Encounter> listItems(FxRobot robot) {
        return List.copyOf(robot.lookup("#journal-list").queryAs(ListView.class).getItems());
    }

    private static List<String> ids(FxRobot robot) {
        return listItems(robot).stream().map(Encounter::id).toList();
    }

    private static ListCell<?> cellOf(FxRobot robot, String id) {
        return robot.lookup(".encounter-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof Encounter e && e.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no cell shows encounter " + id));
    }

    private static Node kindCell(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && text.equals(c.getText()) && n.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no kind entry " + text));
    }

    /** The visible texts of labels under a node, in order. */
    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, () -> "");
    }

    /** Waits for the condition; on time-out the message says what was expected and what was there. */
    private static void waitUntil(String what, BooleanSupplier condition, java.util.function.Supplier<String> seen) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(onFx(condition::getAsBoolean)));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + " " + onFx(seen::get), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }
}
