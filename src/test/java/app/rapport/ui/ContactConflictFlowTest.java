package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import app.rapport.ui.testing.FxTesting;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The contact editor open in the window while another program writes the same journal: an import
 * on the command line in a process of its own, or a writer holding the file's lock.
 */
class ContactConflictFlowTest extends WindowTest {

    private Contact anna;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        window.showScreen(window.contactsScreen());
    }

    @Override
    protected void prepare(SqliteJournal j) {
        anna = j.saveContact(Contact.builder("Anna Schmidt").city("Köln").emails(List.of("anna@kreislauf.de"))
                .phones(List.of("+49 221 1111")).notes("Met at the barcamp.").build());
    }

    /** Runs {@code rapport --data-dir DIR ARGS…} in a process of its own, as a user in a terminal would. */
    private void rapport(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Duser.language=en",
                "-Drapport.configDir=" + System.getProperty("rapport.configDir", dataDir.resolve("config").toString()),
                "-cp", classPath, "app.rapport.Main", "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "rapport " + String.join(" ", args) + " ended");
        assertEquals(0, p.exitValue(), output);
    }

    private void editAnna(String city) {
        showContact(anna.id());
        clickOn("#action-edit");
        Fx.waitUntil("the editor is open", this::editorIsOpen);
        Fx.run(() -> lookup("#editor-city").queryAs(TextInputControl.class).setText(city));
    }

    @Test
    void anImportOnTheCommandLineWhileTheEditorIsOpenIsMergedWithTheEditNotOverwritten() throws Exception {
        editAnna("Bonn");
        Path card = dataDir.resolveSibling(dataDir.getFileName() + "-anna.vcf");
        Files.writeString(card, """
                BEGIN:VCARD
                VERSION:3.0
                FN:Anna Schmidt
                N:Schmidt;Anna;;;
                EMAIL:anna@kreislauf.de
                TEL:+49 221 2222
                NOTE:New job at Stadtwerke.
                END:VCARD
                """.replace("\n", "\r\n"));
        try {
            rapport("import", "--merge-duplicates", card.toString());
        } finally {
            Files.deleteIfExists(card);
        }
        Contact imported = journal.contact(anna.id()).orElseThrow();
        assertTrue(imported.phones().contains("+49 221 2222"), "the import changed Anna: " + imported);

        clickOn("#editor-ok");
        Fx.waitUntil("the conflict is put to the user", () -> lookup("#conflict-merge").tryQuery().isPresent());
        assertEquals("Bonn", Fx.call(() -> lookup("#conflict-mine-city").queryAs(Label.class).getText()));
        assertEquals("Köln", Fx.call(() -> lookup("#conflict-theirs-city").queryAs(Label.class).getText()));
        FxTesting.snapshot(this, lookup("#conflict-merge").query().getScene(), "conflict-dialog");
        clickOn("#conflict-merge");

        Fx.waitUntil("the editor is closed", () -> !editorIsOpen());
        Contact merged = journal.contact(anna.id()).orElseThrow();
        assertEquals("Bonn", merged.city(), "the user's edit");
        assertEquals(imported.phones(), merged.phones(), "the import's phone");
        assertEquals(imported.notes(), merged.notes(), "the import's notes");
        Fx.waitUntil("the detail shows the merged contact", () -> "Bonn".equals(detail().contact().city())
                && detail().contact().phones().equals(imported.phones()));
    }

    @Test
    void keepMineSavesTheEditOverTheOtherChangeAndTakeTheirsDropsIt() {
        editAnna("Bonn");
        try (SqliteJournal other = TestJournals.open(dataDir)) {
            other.saveContact(other.contact(anna.id()).orElseThrow().toBuilder().notes("Changed elsewhere.")
                    .city("Berlin").build());
        }
        clickOn("#editor-ok");
        Fx.waitUntil("the conflict is put to the user", () -> lookup("#conflict-mine").tryQuery().isPresent());
        assertEquals("Both changed this: merging keeps yours.",
                Fx.call(() -> lookup(".conflict-dialog .warning").queryAs(Label.class).getText()));
        FxTesting.snapshot(this, lookup("#conflict-mine").query().getScene(), "conflict-dialog-both");
        clickOn("#conflict-mine");
        Fx.waitUntil("the editor is closed", () -> !editorIsOpen());
        assertEquals("Bonn", journal.contact(anna.id()).orElseThrow().city());
        assertEquals("Met at the barcamp.", journal.contact(anna.id()).orElseThrow().notes(), "the user chose their version over the other");

        editAnna("Berlin");
        try (SqliteJournal other = TestJournals.open(dataDir)) {
            other.saveContact(other.contact(anna.id()).orElseThrow().toBuilder().notes("Changed again.").build());
        }
        clickOn("#editor-ok");
        Fx.waitUntil("the conflict is put to the user", () -> lookup("#conflict-theirs").tryQuery().isPresent());
        clickOn("#conflict-theirs");
        Fx.waitUntil("the editor is closed", () -> !editorIsOpen());
        assertEquals("Bonn", journal.contact(anna.id()).orElseThrow().city());
        assertEquals("Changed again.", journal.contact(anna.id()).orElseThrow().notes());
    }

    /** Another program's connection takes the write lock now and keeps it for {@code millis}. */
    private CompletableFuture<Void> holdWriteLock(long millis) throws Exception {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + journal.file());
        Statement s = other.createStatement();
        s.execute("BEGIN IMMEDIATE");
        return CompletableFuture.runAsync(() -> {
            try (other; s) {
                Thread.sleep(millis);
                s.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void createWaitsWhileAnotherProgramHoldsTheJournalForThreeSeconds() throws Exception {
        clickOn("#new-contact");
        clickOn("#editor-name").write("Lena Hoffmann");
        CompletableFuture<Void> other = holdWriteLock(3000);
        clickOn("#editor-ok");
        Fx.waitUntil("Lena is listed", () -> listedNames().contains("Lena Hoffmann"));
        other.get(10, TimeUnit.SECONDS);
        assertEquals(2, journal.contacts(ContactFilter.all()).size());
    }

    @Test
    void aJournalThatStaysBusyKeepsTheFormOpenWithAClearMessage() throws Exception {
        journal.busyTimeout(Duration.ofMillis(300));
        clickOn("#new-contact");
        clickOn("#editor-name").write("Lena Hoffmann");
        CompletableFuture<Void> other = holdWriteLock(2500);
        clickOn("#editor-ok");
        Fx.waitUntil("the form says the journal is busy", () -> {
            Label problem = lookup("#editor-save-problem").queryAs(Label.class);
            return problem.isVisible() && problem.getText().startsWith("The journal is busy");
        });
        assertTrue(editorIsOpen(), "the form stays open");
        assertEquals("Lena Hoffmann", Fx.call(() -> lookup("#editor-name").queryTextInputControl().getText()));
        other.get(10, TimeUnit.SECONDS);

        clickOn("#editor-ok");
        Fx.waitUntil("Lena is listed", () -> listedNames().contains("Lena Hoffmann"));
        assertTrue(!editorIsOpen());
    }

    private boolean editorIsOpen() {
        return Fx.call(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("contact-editor")));
    }
}
