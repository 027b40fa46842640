package app.rapport.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.Exports;
import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFiles;
import app.rapport.interchange.contacts.ContactFormat;
import app.rapport.interchange.json.JsonJournalReader;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Progress;
import app.rapport.store.Backups;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.sync.SealedFile;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.testing.TestAppContext;
import atlantafx.base.theme.PrimerLight;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
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

/** Export from the window: what the user picks is what lands in the file, and it reads back. */
@ExtendWith(ScreenTestExtension.class)
class ExportDialogTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path out;
    SqliteJournal journal;
    TestAppContext app;
    Contact anna;
    Contact juergen;

    @Start
    void start(Stage stage) {
        journal = TestJournals.open(dataDir);
        anna = journal.saveContact(Contact.builder("Anna Schmidt").organization("Kreislauf GmbH")
                .emails(List.of("anna@kreislauf.de")).interests(List.of("Kreislaufwirtschaft")).build());
        juergen = journal.saveContact(Contact.builder("Jürgen Müller").organization("Rheinland Ventures")
                .emails(List.of("juergen@rheinland.vc")).build());
        journal.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-10-01T10:00:00+02:00"),
                EncounterKind.MEETING, "Coffee", null, null, List.of(anna.id(), juergen.id()), null, 4, List.of()));
        stage.setScene(new Scene(new Label("Rapport"), 400, 300));
        stage.show();
        app = new TestAppContext(journal, stage);
    }


    private ExportDialog open(FxRobot robot, List<String> shown, boolean preferShown) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(app, shown, preferShown);
            dialog[0].show();
        });
        waitUntil(() -> dialog[0].allContacts.getText().equals("All contacts (2)"));
        return dialog[0];
    }

    private void saveAs(FxRobot robot, ExportDialog dialog, String format, Path file) {
        robot.clickOn("#export-" + format);
        robot.interact(() -> dialog.saveTo(file));
        waitUntil(() -> !app.notices.isEmpty());
        assertFalse(dialog.stage.isShowing(), "the dialog closes once the file is saved");
    }

    @Test
    void theCompleteJournalIsSavedAsRapportJsonThatReadsBack(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, null, false);
        assertFalse(robot.lookup("#export-all").query().getParent().isVisible(),
                "from Settings there is no contact list to choose from");
        Path file = out.resolve("journal.json");
        saveAs(robot, dialog, "journal", file);

        JournalSnapshot back = JsonJournalReader.read(Files.readAllBytes(file)).snapshot();
        assertEquals(2, back.contacts().size());
        assertEquals("Coffee", back.encounters().getFirst().title());
        assertEquals("Saved the complete journal to " + file + ": 2 contacts, 1 encounter.", app.notices.getLast().text());
    }

    @Test
    void theJournalEncryptedWithAPassphraseOpensOnlyWithIt(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, null, false);
        robot.clickOn("#export-vcard");
        assertTrue(dialog.encryption.isDisabled(), "contacts are read by other programs: not encrypted");
        robot.clickOn("#export-journal");
        robot.clickOn("#export-encrypt");
        robot.interact(() -> dialog.encryption.set(true, "river stone", ""));
        Path file = out.resolve("journal.json");
        robot.interact(() -> dialog.saveTo(file));
        assertEquals("The two passphrases differ. Type the same passphrase twice.", dialog.error.getText());
        assertFalse(Files.exists(file));

        robot.interact(() -> dialog.encryption.set(true, "river stone", "river stone"));
        robot.interact(() -> dialog.saveTo(file));
        waitUntil(() -> !app.notices.isEmpty());
        assertTrue(app.notices.getLast().text().startsWith("Saved the complete journal encrypted to " + file),
                app.notices.getLast().text());
        byte[] sealed = Files.readAllBytes(file);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Anna"));
        JournalSnapshot back = JsonJournalReader.read(SealedFile.open(sealed,
                "river stone".toCharArray(), file.toString())).snapshot();
        assertEquals(2, back.contacts().size());
    }

    @Test
    void vCardsAreValidAndCarryTheContacts(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, null, false);
        Path file = out.resolve("contacts.vcf");
        saveAs(robot, dialog, "vcard", file);

        List<VCard> cards = Ezvcard.parse(file).all();
        assertEquals(List.of("Anna Schmidt", "Jürgen Müller"),
                cards.stream().map(c -> c.getFormattedName().getValue()).sorted().toList());
        for (VCard card : cards) {
            assertTrue(card.validate(card.getVersion()).isEmpty(), card.validate(card.getVersion()).toString());
        }
        assertEquals("Saved 2 contacts to " + file + ".", app.notices.getLast().text());
    }

    @Test
    void excelCsvHasSemicolonsAndAByteOrderMarkAndImportsAgain(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, null, false);
        Path file = out.resolve("contacts.csv");
        saveAs(robot, dialog, "csv-excel", file);

        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "Excel needs the byte order mark to read UTF-8");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("id;name;organization;"), text);
        assertTrue(text.contains("Jürgen Müller;Rheinland Ventures"), text);

        AddressBook back = ContactFiles.read(file, Progress.NONE);
        assertEquals(ContactFormat.RAPPORT_CSV, back.format());
        assertEquals(List.of("Anna Schmidt", "Jürgen Müller"),
                back.contacts().stream().map(c -> c.contact().name()).sorted().toList());
    }

    @Test
    void onlyTheContactsTheListShowsWhenTheUserNarrowedIt(FxRobot robot) throws Exception {
        ExportDialog.forgetLastExport();
        ExportDialog dialog = open(robot, List.of(juergen.id()), true);
        assertEquals(Exports.Format.VCARD, dialog.format(), "from the list: its contacts");
        robot.clickOn("#export-journal");
        assertTrue(robot.lookup("#export-shown").query().getParent().isDisabled(),
                "the complete journal is always complete");
        robot.clickOn("#export-vcard");
        assertFalse(robot.lookup("#export-shown").query().getParent().isDisabled());
        assertTrue(robot.lookup("#export-shown").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        assertEquals("Only those the contact list shows now (1)",
                robot.lookup("#export-shown").queryAs(javafx.scene.control.RadioButton.class).getText());
        Path file = out.resolve("one.vcf");
        saveAs(robot, dialog, "vcard", file);

        List<VCard> cards = Ezvcard.parse(file).all();
        assertEquals(List.of("Jürgen Müller"), cards.stream().map(c -> c.getFormattedName().getValue()).toList());
        ExportDialog next = open(robot, null, false);
        assertEquals(Exports.Format.VCARD, next.format(), "the next export starts as this one");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAndNothingIsLeftBehind(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot, null, false);
        Path file = out.resolve("missing-folder").resolve("contacts.vcf");
        robot.clickOn("#export-vcard");
        robot.interact(() -> dialog.saveTo(file));
        waitUntil(() -> !dialog.error.getText().isEmpty());
        assertTrue(dialog.error.getText().startsWith("The export could not be saved to " + file), dialog.error.getText());
        assertTrue(dialog.stage.isShowing(), "the dialog stays open to choose another place");
        robot.interact(() -> { }); // a pulse: the window has taken its new size
        for (javafx.scene.Node n : List.<javafx.scene.Node>of(dialog.error, robot.lookup("#export-save").query())) {
            javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
            assertTrue(b.getMaxY() <= n.getScene().getHeight() + 0.5, n + " is cut off at " + n.getScene().getHeight());
        }
        assertTrue(dialog.error.getHeight() >= dialog.error.prefHeight(dialog.error.getWidth()) - 0.5,
                "the whole message is shown");
        assertEquals(List.of(), app.notices);
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void theBackupsFolderAndALinkToTheJournalAreRefusedWithTheReason(FxRobot robot) throws Exception {
        journal.backup(Backups.Kind.MANUAL);
        Path backups = dataDir.resolve("backups");
        Path link = Files.createSymbolicLink(out.resolve("journal.json"), dataDir.resolve("journal.sqlite"));
        byte[] journalBefore = Files.readAllBytes(dataDir.resolve("journal.sqlite"));
        for (Path file : List.of(backups.resolve("mine.json"), link)) {
            ExportDialog dialog = open(robot, null, false);
            robot.clickOn("#export-journal");
            robot.interact(() -> dialog.saveTo(file));
            waitUntil(() -> !dialog.error.getText().isEmpty());
            assertTrue(dialog.error.getText().contains("it is a file of a Rapport journal"), dialog.error.getText());
            assertTrue(dialog.stage.isShowing(), "the dialog stays open to choose another place");
            robot.interact(dialog.stage::close);
        }
        assertFalse(Files.exists(backups.resolve("mine.json")));
        assertTrue(java.util.Arrays.equals(journalBefore, Files.readAllBytes(dataDir.resolve("journal.sqlite"))));
        assertEquals(List.of(), app.notices);
    }

    @Test
    void aNameWithAnotherEndingGetsTheFormatsEnding() {
        assertEquals(Path.of("/tmp/out.pdf.json"), ExportDialog.withEnding(Path.of("/tmp/out.pdf"), Exports.Format.JOURNAL));
        assertEquals(Path.of("/tmp/contacts.vcf"), ExportDialog.withEnding(Path.of("/tmp/contacts"), Exports.Format.VCARD));
        assertEquals(Path.of("/tmp/Kontakte.CSV"), ExportDialog.withEnding(Path.of("/tmp/Kontakte.CSV"), Exports.Format.CSV_EXCEL));
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
