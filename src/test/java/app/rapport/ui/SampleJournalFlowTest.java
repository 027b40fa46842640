package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Journal;
import app.rapport.store.TestJournals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * An empty journal offers ways to put people in, and a sample journal, which opens in its own
 * folder and leaves the user's untouched.
 */
class SampleJournalFlowTest extends WindowTest {

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        window.useJournalOpener(TestJournals::open);
    }

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    @Test
    void theSampleOpensInItsOwnFolderWithABannerAndLeadsBack() throws Exception {
        settle();
        Fx.waitUntil("Today offers the sample", () -> Fx.call(() -> node("#today-empty-journal").isVisible()));
        Path own = dataDir.resolve("journal.sqlite");
        byte[] before = digest(own);

        clickOn("#today-explore-sample");
        Fx.waitUntil("the sample is open", () -> Fx.call(window::exploringSample));
        Journal sample = Fx.call(window::journal);
        try {
            assertNotSame(journal, sample);
            assertEquals(300, sample.stats().contacts());
            assertTrue(Files.exists(dataDir.resolve("sample").resolve("journal.sqlite")), "its own folder");
            assertEquals("You are exploring a sample journal. Nothing you do here touches your own journal.",
                    Fx.call(() -> ((Label) node("#sample-banner-text")).getText()));
            settle();
            // The screens show the sample: Today has people due and introductions to make.
            Fx.waitUntil("Today shows the sample's suggestions", () -> Fx.call(() ->
                    !lookup("#today-introductions .introduction-suggestion").queryAll().isEmpty()));
            assertFalse(Fx.call(() -> node("#today-empty-journal").isVisible()));
            // The banner stays while moving between screens.
            showScreen("contacts.title");
            assertTrue(Fx.call(() -> node("#sample-banner").isVisible()));
            Fx.waitUntil("the sample's people are listed", () ->
                    listedNames().size() == sample.contacts(app.rapport.journal.ContactFilter.all()).size());
            assertTrue(listedNames().size() > 250, "all but the archived ones");
            // Nothing is imported into the sample: it is thrown away.
            Fx.run(() -> window.importContacts());
            assertTrue(Fx.call(() -> window.notificationText()).startsWith("You are exploring the sample journal."),
                    Fx.call(() -> window.notificationText()));

            clickOn("#sample-back");
            Fx.waitUntil("back", () -> !Fx.call(window::exploringSample));
            settle();
            assertSame(journal, Fx.call(window::journal));
            assertTrue(Fx.call(() -> window.stage().getScene().lookup("#sample-banner") == null));
            assertEquals(0, journal.stats().contacts(), "nothing of the sample in the user's journal");
            assertArrayEquals(before, digest(own), "the user's journal file is untouched");
            Fx.waitUntil("Today offers the sample again", () -> Fx.call(() -> node("#today-empty-journal").isVisible()));
        } finally {
            Fx.run(window::close);
        }
    }

    @Test
    void newContactOnTheEmptyJournalsCardOpensTheEditorOnContactsAsShortcutNDoes() {
        settle();
        Fx.waitUntil("Today offers a new contact", () -> Fx.call(() -> node("#today-empty-journal").isVisible()));
        clickOn("#today-new-contact");
        assertEquals("contacts.title", Fx.call(() -> window.currentScreenProperty().get().titleKey()));
        Fx.waitUntil("the editor is open", () -> lookup("#editor-name").tryQuery().isPresent());
        clickOn("#editor-name").write("Lena Hoffmann");
        clickOn("#editor-ok");
        Fx.waitUntil("Lena is listed", () -> listedNames().equals(java.util.List.of("Lena Hoffmann")));

        showScreen("today.title");
        Fx.waitUntil("the card is gone now someone is in the journal",
                () -> !Fx.call(() -> node("#today-empty-journal").isVisible()));
    }
}
