package app.rapport.interchange.contacts;

import static app.rapport.interchange.contacts.ContactImportTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two records of one person in the same file, as an address book synced from two accounts has
 * them: found with their place in the file, and merged into one contact only when asked.
 */
class FileDuplicatesTest {

    static List<String> described(ImportPreview preview) {
        return preview.withinFile().stream().map(d -> d.later().recordKind() + " " + d.later().record() + " ("
                + d.later().contact().name() + ") ~ " + d.earlier().recordKind() + " " + d.earlier().record() + ": "
                + d.reason()).toList();
    }

    @Test
    void cardsOfOnePersonInOneVCardFileAreFoundWithTheirCardNumbers() throws Exception {
        ImportPreview preview = ImportPreview.of(read("duplicates/iphone-two-accounts.vcf"), List.of(), Progress.NONE, Runnable::run);
        assertEquals(List.of(
                "card 4 (Anna Schmidt) ~ card 1: SAME_EMAIL",
                "card 5 (Juergen Weber) ~ card 2: SIMILAR_NAME",
                "card 6 (Maria Klein) ~ card 3: SAME_NAME_AND_ORGANIZATION",
                "card 8 (Anna Schmidt) ~ card 1: SAME_EMAIL"), described(preview),
                "Mario Klein at another organisation is somebody else");
        assertEquals(36, preview.withinFile().get(1).later().line(), "card 5 starts on line 36");
        assertEquals(8, preview.newContacts().size(), "the preview counts records; merging is a choice");
    }

    @Test
    void mergingKeepsEveryValueOfEveryCardInOneContact() throws Exception {
        ImportPreview preview = ImportPreview.of(read("duplicates/iphone-two-accounts.vcf"), List.of(), Progress.NONE, Runnable::run);
        assertEquals(8, preview.contactsToStore(ImportPreview.DuplicateChoice.MERGE, false).size());
        List<Contact> merged = preview.contactsToStore(ImportPreview.DuplicateChoice.MERGE, true);
        assertEquals(List.of("Anna Schmidt", "Jürgen Weber", "Maria Klein", "Mario Klein"),
                merged.stream().map(Contact::name).toList());
        Contact anna = merged.getFirst();
        assertEquals("Kreislauf GmbH", anna.organization());
        assertEquals(List.of("anna@kreislauf.de", "anna.schmidt@example.org"), anna.emails());
        assertEquals(Birthday.of(1985, 4, 12), anna.birthday());
        assertEquals("Zweite Karte vom alten Telefon.", anna.notes());
        assertEquals(List.of("https://kreislauf.example.org/anna"), anna.links());
        assertNull(anna.id(), "a new contact");
        assertEquals(List.of("+49 151 5550123"), merged.get(1).phones());
        assertEquals(List.of("maria.klein@example.org", "m.klein@werkraum.example"), merged.get(2).emails());
        assertEquals("Vorstand", merged.get(2).role());
    }

    @Test
    void rowsOfOnePersonInAGoogleCsvAndOneOfThemAlreadyInTheJournal() throws Exception {
        Contact inJournal = Contact.builder("Tim Richter").id("t1").emails(List.of("tim@richter.example"))
                .notes("Knows everyone at the barcamp.").build();
        ImportPreview preview = ImportPreview.of(read("duplicates/google-contacts-duplicates.csv"), List.of(inJournal),
                Progress.NONE, Runnable::run);
        assertEquals(List.of("row 3 (Tim Richter) ~ row 1: SAME_EMAIL"), described(preview));
        assertEquals(5, preview.withinFile().getFirst().later().line(), "the first row's notes span lines 2 and 3");
        assertEquals(2, preview.duplicates().size(), "both Tim rows look like the journal's Tim");

        // Merged in the file, then into the journal's Tim: one contact with everything.
        List<Contact> all = preview.contactsToStore(ImportPreview.DuplicateChoice.MERGE, true);
        assertEquals(List.of("Sophie Becker", "Lena Vogel", "Tim Richter"), all.stream().map(Contact::name).toList());
        Contact tim = all.getLast();
        assertEquals("t1", tim.id());
        assertEquals(List.of("tim@richter.example", "tim.richter@example.net"), tim.emails());
        assertEquals("Datenfabrik AG", tim.organization());
        assertEquals(Birthday.of(1990, 1, 15), tim.birthday());
        assertEquals("Knows everyone at the barcamp.\n\nMet at the barcamp.\nWants to learn Rust.", tim.notes());

        // Kept apart in the file but added separately: both rows become contacts of their own.
        List<Contact> apart = preview.contactsToStore(ImportPreview.DuplicateChoice.ADD_SEPARATELY, false);
        assertEquals(4, apart.size());
        // Merged in the file, added beside the journal's Tim: one new Tim.
        List<Contact> oneNewTim = preview.contactsToStore(ImportPreview.DuplicateChoice.ADD_SEPARATELY, true);
        assertEquals(3, oneNewTim.size());
        assertEquals(2, oneNewTim.getLast().emails().size());
        assertEquals(2, preview.contactsToStore(ImportPreview.DuplicateChoice.SKIP, true).size());
    }
}
