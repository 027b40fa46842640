package app.rapport.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.contacts.ImportPreview;
import app.rapport.journal.Contact;
import app.rapport.store.Backups;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.sync.SealedFile;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import app.rapport.ui.testing.ScreenTestExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import app.rapport.ui.testing.TestAppContext;

/** The import dialog as a user goes through it: preview, choices, confirm, cancel. */
@ExtendWith(ScreenTestExtension.class)
class ImportDialogTest {

    static final Path FILES = Path.of("src/test/resources/app/rapport/interchange").toAbsolutePath();

    @TempDir
    Path dataDir;
    SqliteJournal journal;
    TestAppContext app;
    ImportDialog dialog;

    @Start
    void start(Stage stage) {
        journal = TestJournals.open(dataDir);
        journal.saveContact(Contact.builder("Anna Schmidt").emails(List.of("anna@kreislauf.de")).notes("Met in 2024.").build());
        stage.setScene(new Scene(new Label("Rapport"), 400, 300));
        stage.show();
        app = new TestAppContext(journal, stage);
        dialog = new ImportDialog(app);
        dialog.show();
    }


    @Test
    void previewThenConfirmImportsAndMergesTheDuplicate(FxRobot robot) {
        robot.interact(() -> dialog.open(FILES.resolve("csv/google-contacts.csv")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        assertEquals("Google Contacts CSV: 2 new contacts, 1 that looks like a person already in the journal, 0 invalid"
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
    void aVCardFileCutOffInsideACardNamesItAsPossiblyIncompleteAndACsvItsBrokenQuote(FxRobot robot) {
        robot.interact(() -> dialog.open(FILES.resolve("bad/cut-off.vcf")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        assertEquals("cut-off.vcf, card 3 (line 59): The file ends inside this card, without END:VCARD: the file"
                + " may be incomplete (an interrupted download or copy), and the card may have lost fields.",
                dialog.invalid.getItems().getFirst());
        assertTrue(dialog.importButton.isDisabled(), "not imported without the user's word");

        robot.interact(() -> dialog.open(FILES.resolve("bad/unbalanced-quotes.csv")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.FAILED);
        assertTrue(dialog.error.getText().startsWith("unbalanced-quotes.csv, row 2 (line 3), field Last Name: The field"
                + " that begins with \"Weber"), dialog.error.getText());
    }

    @Test
    void aMonicaExportIsPreviewedWithWhatIsLeftOutAndImportedWhole(FxRobot robot) {
        robot.interact(() -> dialog.open(FILES.resolve("monica/monica-account.json")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        String summary = dialog.summary.getText();
        assertTrue(summary.startsWith("A Monica export: 4 contacts, 4 encounters, 3 ties, 4 give-and-take entries. 4"
                + " contacts are new; none is in the journal yet. It is imported whole, after a backup."), summary);
        assertTrue(summary.contains("the gift idea \"Concert tickets\" is left out"), summary);
        assertEquals(1, journal.stats().contacts(), "nothing is written before confirming");

        robot.clickOn(dialog.importButton);
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.DONE);
        assertEquals(5, journal.stats().contacts());
        assertEquals(4, journal.snapshot().encounters().size());
        assertTrue(Backups.list(dataDir).stream().anyMatch(b -> b.kind() == Backups.Kind.BEFORE_IMPORT));
        // Confirmed as every import is, naming what came in (it said "Imported the journal").
        assertEquals("Imported the Monica export: 4 contacts, 4 encounters, 3 ties, 4 give-and-take entries.",
                app.notices.getLast().text());
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

    static final Path JOURNALS = Path.of("src/test/resources/interchange").toAbsolutePath();

    @Test
    void aCompleteRapportJournalIsPreviewedAndImportedWholeAfterABackup(FxRobot robot) {
        robot.interact(() -> dialog.open(JOURNALS.resolve("valid-small.json")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        assertEquals("A complete Rapport journal: 3 contacts, 2 encounters, 1 event, 1 introduction. 3 contacts are new;"
                + " none is in the journal yet. It is imported whole, after a backup.\n1 of the new contacts looks like a"
                + " person already in the journal (Anna Schmidt). A journal is imported whole, so it is added as a"
                + " contact of its own; merge it afterwards under \"Possible duplicates\".", dialog.summary.getText());
        assertTrue(!dialog.duplicates.isVisible() || !dialog.duplicates.getParent().isVisible(),
                "no duplicate choices for a journal");
        assertEquals(1, journal.stats().contacts(), "nothing is written before confirming");

        robot.clickOn(dialog.importButton);
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.DONE);
        assertEquals(4, journal.stats().contacts());
        assertEquals(2, journal.snapshot().encounters().size());
        assertTrue(Backups.list(dataDir).stream().anyMatch(b -> b.kind() == Backups.Kind.BEFORE_IMPORT));
        assertEquals("Imported the journal: 3 contacts, 2 encounters.", app.notices.getLast().text());

        // The same file again updates those three rather than adding them twice, and says so first.
        robot.interact(() -> dialog.open(JOURNALS.resolve("valid-small.json")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        assertTrue(dialog.summary.getText().contains("No contact is new; 3 are in the journal already (same id) and will"
                + " be updated to the version in the file."), dialog.summary.getText());
        robot.clickOn(dialog.importButton);
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.DONE);
        assertEquals(4, journal.stats().contacts());
    }

    @Test
    void anEncryptedJournalAsksForItsPassphraseAndAWrongOneIsSaid(FxRobot robot) throws Exception {
        Path sealed = dataDir.resolve("journal.json");
        java.nio.file.Files.write(sealed, SealedFile.seal(
                java.nio.file.Files.readAllBytes(JOURNALS.resolve("valid-small.json")), "river stone".toCharArray(), 1000));
        robot.interact(() -> dialog.open(sealed));
        waitUntil(() -> robot.lookup("#open-passphrase").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#open-passphrase").queryAs(javafx.scene.control.PasswordField.class).setText("wrong"));
        robot.clickOn("Open");
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.FAILED);
        assertEquals("Wrong passphrase for journal.json. Nothing was changed; choose the file again to retry.",
                dialog.error.getText());

        robot.interact(() -> dialog.open(sealed));
        waitUntil(() -> robot.lookup("#open-passphrase").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#open-passphrase").queryAs(javafx.scene.control.PasswordField.class).setText("river stone"));
        robot.clickOn("Open");
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        assertTrue(dialog.summary.getText().startsWith("A complete Rapport journal: 3 contacts"), dialog.summary.getText());
        assertEquals(1, journal.stats().contacts(), "nothing is written before confirming");
    }

    @Test
    void peopleTheJournalHasUnderOtherIdsAreNamedInThePreview(FxRobot robot) throws Exception {
        // Anna is in the journal; the file has her (and two others) under ids of another tool.
        Path file = dataDir.resolve("other-tool.json");
        Files.writeString(file, Files.readString(JOURNALS.resolve("valid-small.json"))
                .replace("\"c1\"", "\"p1\"").replace("\"c2\"", "\"p2\"").replace("\"c3\"", "\"p3\""));
        journal.saveContact(journal.snapshot().contacts().getFirst().toBuilder()
                .emails(List.of("anna@kreislauf.de", "anna.schmidt@kreislauf.example")).build());
        robot.interact(() -> dialog.open(file));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        assertTrue(dialog.summary.getText().contains("1 of the new contacts looks like a person already in the journal"
                + " (Anna Schmidt). A journal is imported whole, so it is added as a contact of its own; merge it"
                + " afterwards under \"Possible duplicates\"."), dialog.summary.getText());
    }

    @Test
    void aBrokenJournalIsRefusedWithRecordAndFieldAndACalendarIsSentToEvents(FxRobot robot) {
        robot.interact(() -> dialog.open(JOURNALS.resolve("missing-name.json")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.FAILED);
        assertTrue(dialog.error.getText().startsWith("missing-name.json cannot be imported; nothing was changed:\n"),
                dialog.error.getText());
        assertTrue(dialog.error.getText().contains("contacts["), dialog.error.getText());
        assertTrue(dialog.importButton.isDisabled());
        assertEquals(1, journal.stats().contacts());

        robot.interact(() -> dialog.open(FILES.resolve("InterchangeFuzzTestInputs/iCalendar/meetup-stammtisch.ics")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.FAILED);
        assertEquals("This is a calendar file. Import it on the Events screen, with the calendar button.",
                dialog.error.getText());
    }

    @Test
    void cardsOfOnePersonInTheFileAreListedAndMergedIntoOneContact(FxRobot robot) {
        robot.interact(() -> dialog.open(FILES.resolve("duplicates/iphone-two-accounts.vcf")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        assertTrue(dialog.summary.getText().endsWith(" 4 records look like an earlier record of the same file."),
                dialog.summary.getText());
        List<String> shown = dialog.withinFile.getItems().stream().map(ImportDialog::describe).toList();
        assertEquals(List.of(
                "Anna Schmidt (card 4, line 27) looks like Anna Schmidt (card 1, line 1): same e-mail address",
                "Juergen Weber (card 5, line 36) looks like Jürgen Weber (card 2, line 11): very similar name",
                "Maria Klein (card 6, line 43) looks like Maria Klein (card 3, line 19): same name and organisation",
                "Anna Schmidt (card 8, line 60) looks like Anna Schmidt (card 1, line 1): same e-mail address"), shown);
        assertTrue(dialog.mergeWithinFile.isVisible() && dialog.mergeWithinFile.isSelected(), "merging is offered, and on");

        robot.clickOn(dialog.importButton);
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.DONE);
        // Anna's three cards went into the Anna already in the journal; Jürgen and Maria once each; Mario is someone else.
        assertEquals(List.of("Anna Schmidt", "Jürgen Weber", "Maria Klein", "Mario Klein"),
                journal.snapshot().contacts().stream().map(Contact::name).sorted().toList());
        Contact anna = journal.snapshot().contacts().stream().filter(c -> c.name().equals("Anna Schmidt")).findFirst()
                .orElseThrow();
        assertEquals(List.of("anna@kreislauf.de", "anna.schmidt@example.org"), anna.emails());
        assertEquals("Met in 2024.\n\nZweite Karte vom alten Telefon.", anna.notes());
    }

    @Test
    void keepingBothAddsEveryCard(FxRobot robot) {
        robot.interact(() -> dialog.open(FILES.resolve("duplicates/iphone-two-accounts.vcf")));
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
        robot.clickOn(dialog.mergeWithinFile);
        robot.interact(() -> dialog.choice.setValue(ImportPreview.DuplicateChoice.ADD_SEPARATELY));
        robot.clickOn(dialog.importButton);
        waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.DONE);
        assertEquals(9, journal.stats().contacts(), "the one in the journal and all eight cards");
    }

    @Test
    void aFileDroppedOnTheDialogIsPreviewed(FxRobot robot) {
        Path file = FILES.resolve("csv/google-contacts.csv");
        FileDrop.filesOf = e -> List.of(dataDir.toFile(), file.toFile()); // a folder and a file: the file counts
        try {
            javafx.scene.Node root = dialog.stage.getScene().getRoot();
            // A drag event made here has no Dragboard, so JavaFX would not record the acceptance: ask directly.
            assertTrue(FileDrop.acceptable(drag(javafx.scene.input.DragEvent.DRAG_OVER), dialog.model::canLoad),
                    "the dialog accepts the file");
            robot.interact(() -> javafx.event.Event.fireEvent(root, drag(javafx.scene.input.DragEvent.DRAG_DROPPED)));
            waitUntil(() -> dialog.model.stageProperty().get() == ImportViewModel.Stage.PREVIEW);
            assertTrue(dialog.summary.getText().startsWith("Google Contacts CSV: 2 new contacts"), dialog.summary.getText());

            assertTrue(!FileDrop.acceptable(drag(javafx.scene.input.DragEvent.DRAG_OVER), () -> false),
                    "not while a file is read or imported");
            FileDrop.filesOf = e -> List.of(dataDir.toFile());
            assertTrue(!FileDrop.acceptable(drag(javafx.scene.input.DragEvent.DRAG_OVER), dialog.model::canLoad),
                    "a folder alone cannot be imported");
        } finally {
            FileDrop.filesOf = FileDrop.DRAGBOARD_FILES;
        }
    }

    static javafx.scene.input.DragEvent drag(javafx.event.EventType<javafx.scene.input.DragEvent> type) {
        return new javafx.scene.input.DragEvent(type, null, 10, 10, 10, 10, javafx.scene.input.TransferMode.COPY,
                null, null, null);
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
