package app.rapport.interchange.contacts;

import static app.rapport.interchange.contacts.ContactImportTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 6: what a large file brings is read once, in its own encoding, and a photo too
 * large to keep is cut out before it is decoded, whether or not its property has a group name.
 */
class LargeFileTest {

    @TempDir
    Path tmp;

    @Test
    void aPhotoTooLargeToKeepIsLeftOutOfItsCardWithAWarning() throws Exception {
        StringBuilder photo = new StringBuilder("item1.PHOTO;ENCODING=b;TYPE=JPEG:");
        String chunk = "QUJD".repeat(18);
        for (int i = 0; i < 15 * 1024 * 1024 / 54; i++) { // over 15 MB once decoded, folded as phones fold it
            photo.append(chunk).append("\r\n ");
        }
        photo.append("QUJD\r\n");
        Path f = tmp.resolve("phone.vcf");
        Files.writeString(f, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Weber\r\n" + photo + "EMAIL:ben@example.org\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Clara Jäger\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
        AddressBook book = ContactFiles.read(f, Progress.NONE);
        assertEquals("[Anna Schmidt, Ben Weber, Clara Jäger]",
                book.contacts().stream().map(c -> c.contact().name()).toList().toString());
        assertEquals("[ben@example.org]", book.contacts().get(1).contact().emails().toString());
        assertEquals(1, book.warnings().size());
        assertEquals("phone.vcf, card 2 (line 5), field PHOTO: The photo is 15.6 MB; photos over 10 MB are left out."
                + " The contact is imported without it.", describe(book.warnings().getFirst()));
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252AndBlankTextIsEmpty() throws Exception {
        Path f = tmp.resolve("excel.csv");
        Files.write(f, ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                + "Jürgen,Weiß,,,Acme,CTO,12 Mar 2024\r\n").getBytes(TextDecoding.WINDOWS_1252));
        AddressBook book = ContactFiles.read(f, Progress.NONE);
        assertEquals("Jürgen Weiß", book.contacts().getFirst().contact().name());
        assertEquals("UTF-8", TextDecoding.decode("Jürgen €".getBytes(StandardCharsets.UTF_8)).charset().name());
        assertEquals("windows-1252", TextDecoding.decode(new byte[] {'J', (byte) 0xC3}).charset().name());
        Path blank = tmp.resolve("blank.vcf");
        Files.writeString(blank, " \r\n\t\r\n");
        assertEquals("blank.vcf: The file is empty.", describe(org.junit.jupiter.api.Assertions.assertThrows(
                ImportFailedException.class, () -> ContactFiles.read(blank, Progress.NONE)).problem()));
    }
}
