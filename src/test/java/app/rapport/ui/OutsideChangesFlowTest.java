package app.rapport.ui;

import app.rapport.journal.Contact;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The window shows what another program (an import on the command line) did to the journal, without a restart. */
class OutsideChangesFlowTest extends WindowTest {

    private Contact anna;

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        window.showScreen(window.contactsScreen());
    }

    @Override
    protected void prepare(SqliteJournal j) {
        anna = j.saveContact(Contact.builder("Anna Schmidt").city("Köln").build());
    }

    @Test
    void contactsAddedAndChangedByAnotherProgramAppearInTheOpenWindow() {
        showContact(anna.id());
        Fx.waitUntil("Anna is listed", () -> listedNames().equals(List.of("Anna Schmidt")));

        try (SqliteJournal other = TestJournals.open(dataDir)) {
            other.saveContact(Contact.builder("Lena Hoffmann").build());
            other.saveContact(other.contact(anna.id()).orElseThrow().toBuilder().city("Bonn").build());
        }

        Fx.waitUntil("Lena appears in the list", () -> listedNames().equals(List.of("Anna Schmidt", "Lena Hoffmann")));
        Fx.waitUntil("Anna's detail shows her new city", () -> "Bonn".equals(detail().contact().city()));
    }
}
