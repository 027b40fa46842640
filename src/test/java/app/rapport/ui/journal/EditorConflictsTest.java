package app.rapport.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.FollowUp;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.events.EventEditorDialog;
import app.rapport.ui.testing.FxTesting;
import app.rapport.ui.testing.TestAppContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The encounter and event editors, and a tick on a follow-up, while another program changes the
 * same record: nothing either side wrote is lost.
 */
@ExtendWith(ApplicationExtension.class)
class EditorConflictsTest {

    private static final OffsetDateTime LUNCH = OffsetDateTime.parse("2026-01-15T12:30:00+01:00");

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    TestAppContext ctx;
    Contact anna;
    Contact juergen;

    @Start
    void start(Stage stage) {
        journal = TestJournals.open(dataDir);
        anna = journal.saveContact(Contact.builder("Anna Schmidt").build());
        juergen = journal.saveContact(Contact.builder("Jürgen Müller").build());
        ctx = new TestAppContext(journal, stage);
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(w -> {
            if (w instanceof Stage s && s.getOwner() != null) {
                s.close();
            }
        }));
        journal.close();
    }

    private void elsewhere(Consumer<SqliteJournal> change) {
        try (SqliteJournal other = TestJournals.open(dataDir)) {
            change.accept(other);
        }
    }

    private Encounter lunch(List<FollowUp> followUps) {
        return journal.saveEncounter(new Encounter(null, LUNCH, EncounterKind.MEAL, "Lunch", "Köln", null,
                List.of(anna.id(), juergen.id()), "Seed funding.", 4, followUps));
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    @Test
    void anEncounterEditedInQuickCaptureAndChangedElsewhereIsMergedWhenTheUserSaysSo(FxRobot robot) {
        Encounter lunch = lunch(List.of());
        robot.interact(() -> QuickCaptureDialog.edit(ctx, lunch, Map.of(anna.id(), "Anna Schmidt",
                juergen.id(), "Jürgen Müller")));
        FxTesting.waitUntil("quick capture is open", () -> showing(robot, "#capture-title"));
        robot.interact(() -> robot.lookup("#capture-title").queryAs(TextInputControl.class).setText("Lunch at Früh"));

        elsewhere(other -> other.saveEncounter(new Encounter(lunch.id(), LUNCH, EncounterKind.MEAL, "Lunch", "Köln",
                null, lunch.participants(), "Seed funding. Call back in May.", 4,
                List.of(new FollowUp("Send the deck", LocalDate.of(2026, 1, 20), false)))));

        robot.clickOn("#capture-save");
        FxTesting.waitUntil("the conflict is put to the user", () -> showing(robot, "#conflict-merge"));
        robot.clickOn("#conflict-merge");
        FxTesting.waitUntil("quick capture closes", () -> !showing(robot, "#capture-title"));

        Encounter stored = journal.encounter(lunch.id()).orElseThrow();
        assertEquals("Lunch at Früh", stored.title());
        assertEquals("Seed funding. Call back in May.", stored.notes());
        assertEquals(1, stored.followUps().size());
    }

    @Test
    void aNewPersonInQuickCaptureIsCreatedOnceThoughTheEncounterIsSavedOnlyAfterAConflict(FxRobot robot) {
        Encounter lunch = lunch(List.of());
        QuickCaptureDialog[] dialog = new QuickCaptureDialog[1];
        robot.interact(() -> dialog[0] = QuickCaptureDialog.edit(ctx, lunch, Map.of(anna.id(), "Anna Schmidt",
                juergen.id(), "Jürgen Müller")));
        FxTesting.waitUntil("quick capture is open", () -> showing(robot, "#capture-title"));
        // Lena is new: saving creates her as a contact before the encounter is stored.
        robot.interact(() -> dialog[0].viewModel().participants().add(
                new QuickCaptureViewModel.Participant(null, "Lena Hoffmann")));
        elsewhere(other -> other.saveEncounter(new Encounter(lunch.id(), LUNCH, EncounterKind.MEAL, "Lunch", "Köln",
                null, lunch.participants(), "Changed elsewhere.", 4, List.of())));

        robot.clickOn("#capture-save");
        FxTesting.waitUntil("the conflict is put to the user", () -> showing(robot, "#conflict-back"));
        robot.clickOn("#conflict-back");
        FxTesting.waitUntil("back in the form", () -> !showing(robot, "#conflict-back"));
        robot.clickOn("#capture-save");
        FxTesting.waitUntil("the conflict is put again", () -> showing(robot, "#conflict-merge"));
        robot.clickOn("#conflict-merge");
        FxTesting.waitUntil("quick capture closes", () -> !showing(robot, "#capture-title"));

        List<app.rapport.journal.ContactSummary> lenas = journal.contacts(
                app.rapport.journal.ContactFilter.all().withText("Lena"));
        assertEquals(1, lenas.size(), "Lena was created once");
        Encounter stored = journal.encounter(lunch.id()).orElseThrow();
        assertEquals(List.of(anna.id(), juergen.id(), lenas.getFirst().id()), stored.participants());
        assertEquals("Changed elsewhere.", stored.notes());
    }

    @Test
    void anEventEditedAndChangedElsewhereKeepsBothWhenMerged(FxRobot robot) {
        Event barcamp = journal.saveEvent(new Event(null, "Barcamp", null, OffsetDateTime.parse("2026-03-07T09:00:00+01:00"),
                null, "Köln", null, List.of(anna.id()), List.of(), null));
        robot.interact(() -> EventEditorDialog.edit(ctx, Clock.system(ZoneId.of("Europe/Berlin")), barcamp, e -> { }));
        FxTesting.waitUntil("the event editor is open", () -> showing(robot, "#event-save"));
        robot.interact(() -> robot.lookup("#event-place").queryAs(TextInputControl.class).setText("Bonn"));

        elsewhere(other -> other.saveEvent(new Event(barcamp.id(), "Barcamp", null, barcamp.start(), null, "Köln",
                null, List.of(anna.id(), juergen.id()), List.of(), "Bring the flyers.")));

        robot.clickOn("#event-save");
        FxTesting.waitUntil("the conflict is put to the user", () -> showing(robot, "#conflict-merge"));
        assertEquals("Anna Schmidt\nJürgen Müller",
                robot.lookup("#conflict-theirs-attendees").queryAs(Label.class).getText());
        robot.clickOn("#conflict-merge");
        FxTesting.waitUntil("the editor closes", () -> !showing(robot, "#event-save"));

        Event stored = journal.event(barcamp.id()).orElseThrow();
        assertEquals("Bonn", stored.place());
        assertEquals(List.of(anna.id(), juergen.id()), stored.attendees());
        assertEquals("Bring the flyers.", stored.notes());
    }

    @Test
    void aFollowUpTickedOnAnEncounterChangedElsewhereKeepsTheOtherChange(FxRobot robot) {
        FollowUp deck = new FollowUp("Send the deck", LocalDate.of(2026, 1, 20), false);
        Encounter shown = lunch(List.of(deck));
        JournalViewModel model = new JournalViewModel(ctx, Clock.systemDefaultZone());
        elsewhere(other -> other.saveEncounter(new Encounter(shown.id(), LUNCH, EncounterKind.MEAL, "Lunch", "Köln",
                null, shown.participants(), "Seed funding. Call back in May.", 4, List.of(deck))));

        robot.interact(() -> model.setFollowUpDone(shown, 0, true));
        FxTesting.waitUntil("the tick is stored", () -> journal.encounter(shown.id()).orElseThrow().followUps()
                .getFirst().done());
        assertEquals("Seed funding. Call back in May.", journal.encounter(shown.id()).orElseThrow().notes());
    }
}
