package app.rapport.ui.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.testing.TestAppContext;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Possible duplicates: merge a pair with one click, undo it from the notice. */
@ExtendWith(ApplicationExtension.class)
class DuplicatesScreenTest {

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    TestAppContext app;
    DuplicatesScreen screen;
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.ENGLISH);
        Tasks.setDefaultErrorHandler(errors::add);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        journal = SqliteJournal.open(dataDir);
        Contact a = journal.saveContact(Contact.builder("Jürgen Müller").organization("Stadtwerke Köln").build());
        Contact b = journal.saveContact(Contact.builder("Juergen Mueller").emails(List.of("jm@example.org")).build());
        journal.saveContact(Contact.builder("Clara Klein").build());
        journal.saveEncounter(new Encounter(null, OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                EncounterKind.CALL, "Call", null, null, List.of(b.id()), null, null, List.of()));
        app = new TestAppContext(journal, stage);
        screen = new DuplicatesScreen(app);
        stage.setScene(new Scene((Parent) screen.view(), 800, 600));
        stage.show();
        screen.onShow();
    }

    @AfterEach
    void tearDown() {
        waitUntil(() -> Tasks.runningProperty().get() == 0);
        journal.close();
        assertEquals(List.of(), errors);
    }

    @Test
    void mergeThenUndo(FxRobot robot) {
        waitUntil(() -> screen.list.getItems().size() == 1);
        assertTrue(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(c -> "Jürgen Müller (Stadtwerke Köln) and Juergen Mueller: very similar name".equals(c.getText())));
        var before = journal.snapshot();

        robot.clickOn("Jürgen Müller (Stadtwerke Köln) and Juergen Mueller: very similar name");
        robot.clickOn(screen.merge);
        waitUntil(() -> !app.notices.isEmpty() && screen.list.getItems().isEmpty());
        assertEquals("Juergen Mueller was merged into Jürgen Müller.", app.notices.getFirst().text());
        assertEquals(2, journal.stats().contacts());
        Contact merged = journal.snapshot().contacts().stream().filter(c -> c.name().equals("Jürgen Müller"))
                .findFirst().orElseThrow();
        assertEquals(List.of("jm@example.org"), merged.emails());
        assertEquals(1, journal.encounters(EncounterFilter.all().withContact(merged.id())).size());

        robot.interact(() -> app.notices.getFirst().undo().run());
        waitUntil(() -> screen.list.getItems().size() == 1);
        assertEquals(3, journal.stats().contacts());
        assertEquals(before.encounters(), journal.snapshot().encounters());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
