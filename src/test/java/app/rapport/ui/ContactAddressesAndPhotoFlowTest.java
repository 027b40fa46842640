package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Photo;
import app.rapport.journal.PostalAddress;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.contacts.ContactEditorDialog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Postal addresses and the photo are set, changed and removed in the contact editor, on a real journal. */
class ContactAddressesAndPhotoFlowTest extends WindowTest {

    private Contact anna;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        window.showScreen(window.contactsScreen());
    }

    @Override
    protected void prepare(SqliteJournal j) {
        anna = j.saveContact(Contact.builder("Anna Schmidt").organization("Kreislauf GmbH").city("Köln").build());
    }

    @Test
    void addressesAreAddedChangedAndRemovedAndTheDetailShowsThem() {
        showContact(anna.id());
        clickOn("#action-edit");
        Fx.waitUntil("the editor is open", () -> editor() != null);
        assertTrue(Fx.call(() -> lookup("#editor-address-street-0").tryQuery().isEmpty()), "no empty address offered");
        clickVisible("#editor-address-add");
        clickIntoText("#editor-address-street-0").write("Venloer Str. 12");
        clickIntoText("#editor-address-postal-code-0").write("50672");
        clickIntoText("#editor-address-city-0").write("Köln");
        clickVisible("#editor-address-add");
        clickIntoText("#editor-address-street-1").write("Rheinallee 3");
        clickIntoText("#editor-address-city-1").write("Bonn");
        clickIntoText("#editor-address-country-1").write("Germany");
        clickOn("#editor-ok");
        Fx.waitUntil("the editor is closed", () -> editor() == null);

        PostalAddress koeln = new PostalAddress("Venloer Str. 12", "50672", "Köln", null, null);
        PostalAddress bonn = new PostalAddress("Rheinallee 3", null, "Bonn", null, "Germany");
        assertEquals(List.of(koeln, bonn), journal.contact(anna.id()).orElseThrow().addresses());
        Fx.waitUntil("the detail shows both", () -> detailTexts().contains("Venloer Str. 12\n50672 Köln\n\nRheinallee 3\nBonn\nGermany"));

        clickOn("#action-edit");
        Fx.waitUntil("the editor is open", () -> editor() != null);
        assertEquals("Rheinallee 3", Fx.call(() -> lookup("#editor-address-street-1").queryTextInputControl().getText()));
        clickVisible("#editor-address-remove-0");
        Fx.waitUntil("one address left", () -> lookup("#editor-address-street-1").tryQuery().isEmpty());
        clickIntoText("#editor-address-postal-code-0").write("53173");
        clickOn("#editor-ok");
        Fx.waitUntil("the editor is closed", () -> editor() == null);
        assertEquals(List.of(new PostalAddress("Rheinallee 3", "53173", "Bonn", null, "Germany")),
                journal.contact(anna.id()).orElseThrow().addresses());
    }

    @Test
    void aChosenPictureBecomesTheScaledDownPhotoAndOneClickRemovesIt() throws Exception {
        Path picture = dataDir.resolve("anna.png");
        ImageIO.write(new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        Path notAPicture = Files.writeString(dataDir.resolve("notes.png"), "not a picture");

        ContactEditorDialog dialog = Fx.call(() -> new ContactEditorDialog(window, anna));
        Platform.runLater(dialog::show);
        Fx.waitUntil("the editor is open", () -> editor() != null);
        assertTrue(Fx.call(() -> !lookup("#editor-photo-remove").query().isVisible()), "nothing to remove yet");

        Fx.run(() -> dialog.usePhotoFile(notAPicture));
        Fx.waitUntil("the problem is named", () -> photoProblem() != null);
        assertEquals("notes.png is no picture Rapport can read (JPEG, PNG, GIF or BMP).", photoProblem());

        Fx.run(() -> dialog.usePhotoFile(picture));
        Fx.waitUntil("the photo is shown", () -> lookup("#editor-photo").tryQuery().isPresent());
        assertNull(photoProblem(), "the earlier problem is gone");
        clickOn("#editor-ok");
        Fx.waitUntil("the editor is closed", () -> editor() == null);
        Photo stored = journal.contact(anna.id()).orElseThrow().photo();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
        assertEquals(256, Math.max(image.getWidth(), image.getHeight()), "scaled down to the photo size");
        assertEquals(192, image.getHeight(), "in proportion");

        Contact withPhoto = journal.contact(anna.id()).orElseThrow();
        Platform.runLater(() -> new ContactEditorDialog(window, withPhoto).show());
        Fx.waitUntil("the editor is open", () -> editor() != null && lookup("#editor-photo").tryQuery().isPresent());
        clickOn("#editor-photo-remove");
        Fx.waitUntil("the initials are shown", () -> lookup("#editor-photo").tryQuery().isEmpty());
        clickOn("#editor-ok");
        Fx.waitUntil("the editor is closed", () -> editor() == null);
        assertNull(journal.contact(anna.id()).orElseThrow().photo());
    }

    private String photoProblem() {
        return Fx.call(() -> {
            Label l = lookup("#editor-photo-problem").queryAs(Label.class);
            return l.isVisible() ? l.getText() : null;
        });
    }

    private List<String> detailTexts() {
        return Fx.call(() -> lookup("#contact-detail .profile-value").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
    }

    private static Window editor() {
        return Fx.call(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("contact-editor")).findFirst().orElse(null));
    }
}
