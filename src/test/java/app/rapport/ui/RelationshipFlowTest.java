package app.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.TagCadence;
import app.rapport.reminders.Warmth;
import app.rapport.store.SqliteJournal;
import app.rapport.ui.contacts.ContactsViewModel;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Warmth and give and take on the Contacts screen, on a real journal. */
class RelationshipFlowTest extends WindowTest {

    private Contact anna;
    private Contact ben;
    private Contact carla;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        window.screens().stream().filter(s -> s.titleKey().equals("contacts.title")).findFirst()
                .ifPresent(window::showScreen);
    }

    static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now().minusDays(days);
    }

    @Override
    protected void prepare(SqliteJournal j) {
        j.saveTagCadence(new TagCadence("Kunde", 30));
        anna = j.saveContact(Contact.builder("Anna Schmidt").interests(List.of("kunde")).build());
        ben = j.saveContact(Contact.builder("Ben Müller").keepInTouchDays(90).build());
        carla = j.saveContact(Contact.builder("Carla Jung").build());
        j.saveEncounter(new Encounter(null, daysAgo(40), EncounterKind.MEAL, "Funding round", null, null,
                List.of(anna.id()), null, 3, List.of()));
        j.saveEncounter(new Encounter(null, daysAgo(3), EncounterKind.CALL, "Podcast plans", null, null,
                List.of(ben.id()), null, 4, List.of()));
        j.saveExchange(new Exchange(ben.id(), ExchangeDirection.RECEIVED, LocalDate.now().minusDays(10), "Intro to a VC"));
    }

    /** The window as a PNG under target/screenshots, to look at. */
    void snapshot(String name) {
        javafx.scene.image.WritableImage image = Fx.call(() -> window.stage().getScene().snapshot(null));
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    String text(String selector) {
        return Fx.call(() -> ((Label) node(selector)).getText());
    }

    @Test
    void theDetailShowsWarmthNextCatchUpAndTheBalance() {
        showContact(anna.id());
        Fx.waitUntil("the ledger is loaded", () -> !text("#give-and-take-balance").isEmpty());
        assertEquals("cooling", text("#relationship-warmth"));
        assertEquals("Keep in touch every 30 days (as \"kunde\") · overdue by 10 days", text("#relationship-keep-in-touch"));
        assertEquals("Give and take", text("#give-and-take-balance"), "nothing recorded: the hint below says what to do");

        showContact(ben.id());
        Fx.waitUntil("Ben's ledger", () -> text("#give-and-take-balance").contains("received 1"));
        assertEquals("warm", text("#relationship-warmth"));
        assertTrue(text("#relationship-keep-in-touch").startsWith("Keep in touch every 90 days · next catch-up on "));
    }

    @Test
    void entriesAreAddedEditedAndRemovedWithUndo() {
        showContact(ben.id());
        Fx.waitUntil("Ben's ledger", () -> text("#give-and-take-balance").contains("received 1"));
        clickOn("#give-and-take-add");
        clickOn("#exchange-what").write("Recommended him to a lawyer");
        clickOn("#exchange-save");
        Fx.waitUntil("balanced", () -> text("#give-and-take-balance").equals(
                "Give and take: gave 1, received 1 · about even"));
        assertEquals(List.of("Recommended him to a lawyer", "Intro to a VC"),
                journal.exchangesOf(ben.id()).stream().map(Exchange::what).toList());
        snapshot("contact-relationship");

        // Edit: it was something received after all.
        settle();
        clickOn((javafx.scene.Node) lookup(".exchange-edit").nth(0).query());
        clickOn("#exchange-received");
        clickOn("#exchange-save");
        Fx.waitUntil("received more", () -> text("#give-and-take-balance").equals(
                "Give and take: gave 0, received 2 · you have received more"));

        settle();
        clickOn((javafx.scene.Node) lookup(".exchange-remove").nth(0).query());
        Fx.waitUntil("removed", () -> journal.exchangesOf(ben.id()).size() == 1);
        clickWhenShown("#notification-undo");
        Fx.waitUntil("back", () -> journal.exchangesOf(ben.id()).size() == 2);
    }

    @Test
    void theListShowsWarmthAndFiltersAndSortsByIt() {
        settle();
        Fx.waitUntil("warmth known", () -> Fx.call(() -> window.contactsScreen().model().warmthIndex()
                .warmth(ben.id())) == Warmth.WARM);
        assertEquals(List.of("Anna Schmidt", "Ben Müller", "Carla Jung"), listedNames());
        Fx.run(() -> window.contactsScreen().model().orderProperty().set(ContactsViewModel.ContactOrder.WARMTH));
        assertEquals(List.of("Ben Müller", "Anna Schmidt", "Carla Jung"), listedNames(), "warm, cooling, cold");
        Fx.run(() -> window.contactsScreen().model().warmthProperty().set(Warmth.COLD));
        assertEquals(List.of("Carla Jung"), listedNames());
        settle();
        assertTrue(Fx.call(() -> lookup("#contact-list .warmth-cold").tryQuery().isPresent()), "the cold dot is drawn");
    }
}
