package app.rapport.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.store.Backups;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import app.rapport.ui.testing.TestAppContext;

/** The import dialog as a user goes through it: preview, choices, confirm, cancel. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    static final Path FILES = Path.of("src/test/resources/app/rapport/interchange").toAbsolutePath();

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    TestAppContext app;
    ImportDialog dialog;
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.ENGLISH);
        Tasks.setDefaultErrorHandler(errors::add);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        journal = SqliteJournal.open(dataDir);
        journal.saveContact(Contact.builder("Anna Schmidt").emails(List.of("anna@kreislauf.de")).notes("Met in 2024.").build());
        stage.setScene(new Scene(new Label("Rapport"), 400, 300));
        stage.show();
        app = new TestAppContext(journal, stage);
        dialog = new ImportDialog(app);
        dialog.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
        waitUntil(() -> Tasks.runningProperty().get() == 0);
        journal.close();
        assertEquals(List.of(), errors);
    }

    @Test
    void previewThenConfirmImportsAndMergesTheDuplicate(FxRobot robot) {
        robot.interact(() -> dialog.open(FILES.resolve("csv/google-contacts.csv")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        assertEquals("Google Contacts CSV: 2 new contacts, 1 that look like people already in the journal, 0 invalid"
                + " records.", dialog.summary.getText());
        assertEquals(List.of("Anna Schmidt looks like Anna Schmidt: same e-mail address"),
                dialog.duplicates.getItems().stream().map(d -> d.imported().contact().name() + " looks like "
                        + d.existing().name() + ": same e-mail address").toList());
        assertEquals(1, journal.stats().contacts(), "nothing is written before confirming");

        robot.clickOn(dialog.importButton);
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.DONE);
        assertEquals(3, journal.stats().contacts());
        Contact anna = journal.snapshot().contacts().stream().filter(c -> c.name().equals("Anna Schmidt")).findFirst()
                .orElseThrow();
        assertEquals("Met in 2024.\n\nMet at WordPress meetup.\nLikes long walks.", anna.notes());
        assertTrue(Backups.list(dataDir).stream().anyMatch(b -> b.kind() == Backups.Kind.BEFORE_IMPORT));
        assertEquals("3 contacts imported.", app.notices.getFirst().text());
    }

    @Test
    void invalidRecordsAreListedAndBlockTheImportUntilTheUserSkipsThem(FxRobot robot) {
        robot.interact(() -> dialog.open(FILES.resolve("bad/no-name.vcf")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        assertEquals(List.of("no-name.vcf, card 2 (line 5), field FN: The card has no name (neither FN nor N)."),
                dialog.invalid.getItems());
        assertTrue(dialog.importButton.isDisabled());
        robot.clickOn(dialog.skipInvalid);
        assertTrue(!dialog.importButton.isDisabled());
        robot.clickOn(dialog.importButton);
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.DONE);
        assertEquals(2, journal.stats().contacts());
    }

    @Test
    void aBrokenFileSaysWhatIsWrongAndACancelledImportWritesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> dialog.open(FILES.resolve("bad/archive.csv")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.FAILED);
        assertTrue(dialog.error.getText().startsWith("archive.csv: The file is a ZIP archive"), dialog.error.getText());

        Path big = dataDir.resolve("big.csv");
        StringBuilder sb = new StringBuilder("Vorname;Nachname;E-Mail\r\n");
        for (int i = 0; i < 30_000; i++) {
            sb.append("V").append(i).append(";N").append(i).append(";p").append(i).append("@example.org\r\n");
        }
        Files.writeString(big, sb);
        robot.interact(() -> dialog.open(big));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        robot.interact(() -> {
            dialog.model.confirm();
            dialog.model.cancel(); // at once: the store sees it before its first batch
        });
        waitUntil(() -> dialog.model.stageProperty().get() != ImportViewModel.Stage.IMPORTING);
        assertEquals("The import was cancelled; the journal is unchanged.", dialog.error.getText());
        assertEquals(1, journal.stats().contacts());
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
