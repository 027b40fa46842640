package app.rapport.interchange.monica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFiles;
import app.rapport.interchange.contacts.ImportedContact;
import app.rapport.interchange.contacts.RecordProblem;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Progress;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Monica's vCard exports: Monica 4 writes them with sabre/vobject ({@code ExportVCard}: social
 * profiles as {@code SOCIALPROFILE}, the avatar as a data URL), Monica 5 ({@code
 * ExportContactInformation}) social profiles as {@code X-SOCIAL-PROFILE;X-USER=}, messengers as
 * {@code IMPP;X-SERVICE-TYPE=}, and groups as cards of {@code KIND:group}.
 */
class MonicaVCardTest {

    static final Path DIR = Path.of("src/test/resources/app/rapport/interchange/monica");
    static final ResourceBundle EN = ResourceBundle.getBundle("app.rapport.i18n.messages", Locale.ROOT);

    static Contact named(AddressBook book, String name) {
        return book.contacts().stream().map(ImportedContact::contact).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + book.contacts()));
    }

    static String describe(RecordProblem p) {
        return p.describe((key, args) -> MessageFormat.format(EN.getString(key), args));
    }

    @Test
    void monica4KeepsSocialProfilesPhotoAndBirthdays() throws Exception {
        AddressBook book = ContactFiles.read(DIR.resolve("monica-4-contacts.vcf"), Progress.NONE);
        assertEquals(2, book.contacts().size());
        assertEquals(0, book.invalidRecords());
        Contact anna = named(book, "Anna Berg");
        assertEquals(List.of("https://kreislauf.example/anna", "https://twitter.com/annaberg",
                "http://www.linkedin.com/in/annaberg"), anna.links());
        assertEquals(List.of("+49 170 5550101"), anna.phones());
        assertEquals(List.of("anna@kreislauf.example"), anna.emails());
        assertEquals("Köln", anna.city());
        assertEquals("Kreislauf GmbH", anna.organization());
        assertEquals("Founder", anna.role());
        assertEquals(Birthday.of(1985, 4, 12), anna.birthday());
        assertEquals(List.of("Kreislaufwirtschaft", "Repair Café"), anna.interests());
        assertNotNull(anna.photo(), "the avatar, written as a data: URL");

        Contact clara = named(book, "Clara Maria Dunn");
        assertEquals(Birthday.of(12, 24), clara.birthday(), "--1224: year unknown");
        assertNull(clara.photo(), "a Gravatar link is not fetched");
        assertTrue(book.warnings().stream().anyMatch(w -> w.messageKey().equals("import.photo.link")));
    }

    @Test
    void monica5KeepsHandlesAndLeavesGroupsOut() throws Exception {
        AddressBook book = ContactFiles.read(DIR.resolve("monica-5-vault.vcf"), Progress.NONE);
        assertEquals(List.of("Ben Cole", "Dora Dunn"), book.contacts().stream().map(c -> c.contact().name()).toList(),
                "the group card is no person");
        Contact ben = named(book, "Ben Cole");
        assertEquals(List.of("Mastodon: @ben@social.example", "Telegram: bencole"), ben.links());
        assertEquals(List.of("Lokalpolitik"), ben.interests());
        assertEquals(List.of("monica-5-vault.vcf, card 3 (line 27), field KIND: The card is the group \"Repair Café team\","
                + " not a person, and is left out; its members are imported from their own cards."),
                book.warnings().stream().map(MonicaVCardTest::describe).toList());
    }
}
