package app.rapport.interchange.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.PostalAddress;
import app.rapport.journal.Duplicates;
import app.rapport.journal.Progress;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Real-world-shaped address book files read the way their users expect. */
class ContactImportTest {

    static final Path DIR = Path.of("src/test/resources/app/rapport/interchange");
    static final ResourceBundle EN = ResourceBundle.getBundle("app.rapport.i18n.messages", Locale.ROOT);

    static String describe(RecordProblem p) {
        return p.describe((key, args) -> MessageFormat.format(EN.getString(key), args));
    }

    static AddressBook read(String file) throws ImportFailedException {
        return ContactFiles.read(DIR.resolve(file), Progress.NONE);
    }

    static Contact named(AddressBook book, String name) {
        return book.contacts().stream().map(ImportedContact::contact).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + book.contacts()));
    }

    @Test
    void appleContactsVCard3() throws Exception {
        AddressBook book = read("vcard/apple-contacts-3.0.vcf");
        assertEquals(ContactFormat.VCARD, book.format());
        assertEquals(3, book.contacts().size());
        Contact anna = named(book, "Anna Schmidt");
        assertEquals("Kreislauf GmbH", anna.organization());
        assertEquals("Gründerin", anna.role());
        assertEquals("Köln", anna.city());
        assertEquals(List.of(new PostalAddress("Venloer Str. 1", "50672", "Köln", null, "Deutschland")), anna.addresses());
        assertEquals(List.of("anna@kreislauf.de", "anna.schmidt@example.org"), anna.emails());
        assertEquals(List.of("+49 170 5550101", "0221 555-0102"), anna.phones());
        assertEquals(List.of("https://kreislauf.example.org/anna"), anna.links());
        assertEquals(Birthday.of(4, 12), anna.birthday(), "Apple's 1604 means: year unknown");
        assertEquals("Baut einen Marktplatz für gebrauchte Büromöbel.\nTrifft sich gern zum Mittagessen.", anna.notes());
        assertEquals(List.of("Kreislaufwirtschaft", "WordPress"), anna.interests());
        assertNotNull(anna.photo(), "the photo is kept");
        assertEquals("image/jpeg", anna.photo().mediaType());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(anna.photo().bytes()));
        assertEquals(PhotoScaler.SIDE, img.getWidth(), "600x400 scaled to 256 wide");
        assertEquals(171, img.getHeight());
        assertEquals("Werkraum eG", named(book, "Werkraum eG").organization());
        assertEquals(Birthday.of(1990, 2, 28), named(book, "Özlem Öztürk").birthday());
    }

    /** A JPEG of the given size and colour, as a phone's camera gives it. */
    static byte[] jpeg(int w, int h, java.awt.Color colour) throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    /** Base64 folded as Apple folds it: 75 characters, continuation lines begin with a space. */
    static String folded(String property, byte[] data) {
        String line = property + java.util.Base64.getEncoder().encodeToString(data);
        StringBuilder sb = new StringBuilder(line.substring(0, Math.min(75, line.length())));
        for (int i = 75; i < line.length(); i += 74) {
            sb.append("\r\n ").append(line, i, Math.min(line.length(), i + 74));
        }
        return sb.append("\r\n").toString();
    }

    @Test
    void appleContactsExportOfSeveralCardsEachWithItsPhoto(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        // "Export vCard…" of a selection in Contacts on macOS: vCard 3.0, one card after the other,
        // each photo inline as base64 JPEG, social profiles as X-SOCIALPROFILE.
        StringBuilder vcf = new StringBuilder();
        String[][] people = {{"Berg;Anna", "Anna Berg", "twitter", "annaberg"}, {"Cole;Ben", "Ben Cole", "linkedin", "bencole"},
                {"Dunn;Clara", "Clara Dunn", "facebook", "clara.dunn"}};
        java.awt.Color[] colours = {java.awt.Color.RED, java.awt.Color.GREEN, java.awt.Color.BLUE};
        for (int i = 0; i < people.length; i++) {
            vcf.append("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 15.1//EN\r\n")
                    .append("N:").append(people[i][0]).append(";;;\r\nFN:").append(people[i][1]).append("\r\n")
                    .append("item1.X-SOCIALPROFILE;type=").append(people[i][2]).append(";x-user=").append(people[i][3])
                    .append(":x-apple:").append(people[i][3]).append("\r\n")
                    .append(folded("PHOTO;ENCODING=b;TYPE=JPEG:", jpeg(800 + 100 * i, 600, colours[i])))
                    .append("END:VCARD\r\n");
        }
        Path file = tmp.resolve("3 Kontakte.vcf");
        java.nio.file.Files.writeString(file, vcf);
        AddressBook book = ContactFiles.read(file, Progress.NONE);
        assertEquals(3, book.contacts().size());
        assertEquals(List.of(), book.warnings());
        for (int i = 0; i < people.length; i++) {
            Contact c = named(book, people[i][1]);
            assertNotNull(c.photo(), c.name() + " keeps the photo");
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(c.photo().bytes()));
            assertEquals(PhotoScaler.SIDE, img.getWidth(), "scaled to the stored size");
            java.awt.Color centre = new java.awt.Color(img.getRGB(img.getWidth() / 2, img.getHeight() / 2));
            assertTrue(Math.abs(centre.getRed() - colours[i].getRed()) < 30 && Math.abs(centre.getGreen() - colours[i].getGreen()) < 30
                    && Math.abs(centre.getBlue() - colours[i].getBlue()) < 30, c.name() + " has its own photo, not another's: " + centre);
            assertEquals(List.of("x-apple:" + people[i][3]), c.links());
        }
    }

    @Test
    void outlookCsvInEnglish() throws Exception {
        AddressBook book = read("csv/outlook-en.csv");
        assertEquals(ContactFormat.OUTLOOK_CSV, book.format());
        assertEquals(0, book.invalidRecords(), book.invalid().toString());
        assertEquals(3, book.contacts().size());
        Contact anna = named(book, "Anna Berg");
        assertEquals("Kreislauf GmbH", anna.organization());
        assertEquals("Founder", anna.role());
        assertEquals("Köln", anna.city());
        assertEquals(List.of("anna@kreislauf.example", "anna.berg@example.org"), anna.emails());
        assertEquals(List.of("+49 170 5550101", "+49 221 5550101"), anna.phones());
        assertEquals(List.of("https://kreislauf.example/anna"), anna.links());
        assertEquals(Birthday.of(1985, 4, 12), anna.birthday(), "4/12/1985: month first");
        assertEquals(List.of("Kreislaufwirtschaft", "Repair Café"), anna.interests());
        assertEquals("Met at the repair café.\r\nLikes long walks.", anna.notes());
        Contact ben = named(book, "Ben J. Cole");
        assertEquals(List.of("ben.cole@rat.example"), ben.emails(), "an Exchange address, from its display name");
        assertNull(ben.birthday(), "0/0/00 is Outlook's no date");
        assertEquals("Bonn", ben.city());
        assertEquals(Birthday.of(1990, 12, 24), named(book, "Clara Dunn").birthday(), "24/12/1990: a day first");
    }

    @Test
    void outlookCsvInGermanFromWindows1252() throws Exception {
        AddressBook book = read("csv/outlook-de-windows-1252.csv");
        assertEquals(ContactFormat.OUTLOOK_CSV, book.format());
        assertEquals(0, book.invalidRecords(), book.invalid().toString());
        Contact j = named(book, "Jürgen Weber");
        assertEquals("Stadtwerke Köln", j.organization());
        assertEquals("Leiter Vertrieb", j.role());
        assertEquals(List.of("j.weber@stadtwerke.example", "juergen@example.org"), j.emails());
        assertEquals(List.of("0221 555-0201", "+49 171 5550202"), j.phones());
        assertEquals(Birthday.of(1975, 7, 3), j.birthday());
        assertEquals(List.of("Energie", "Vertrieb"), j.interests());
        assertEquals("Kennt alle im Rathaus.", j.notes());
        Contact o = named(book, "Özlem Öztürk");
        assertNull(o.birthday(), "0.0.00 is Outlook's no date");
        assertEquals("Düsseldorf", o.city());
    }

    @Test
    void googleAndNextcloudVCards() throws Exception {
        AddressBook google = read("vcard/google-contacts-3.0.vcf");
        Contact j = named(google, "Jürgen Weber");
        assertEquals("CTO", j.role());
        assertEquals(Birthday.of(7, 3), j.birthday());
        assertEquals(List.of("https://www.linkedin.com/in/jweber"), j.links());
        assertEquals(List.of("myContacts", "Community Building"), j.interests());

        AddressBook v4 = read("vcard/vcard-4.0.vcf");
        Contact lukas = named(v4, "Lukas Hoffmann");
        assertEquals(List.of("+49-711-555-0199"), lukas.phones());
        assertEquals(Birthday.of(1982, 11, 30), lukas.birthday());
        assertEquals("Stuttgart", lukas.city());
        assertEquals(List.of(new PostalAddress("Nobelstr. 12", "70569", "Stuttgart", null, "Germany")), lukas.addresses());
        assertEquals(List.of("machine learning", "public speaking"), lukas.interests());
    }

    @Test
    void outlookVCard21WithQuotedPrintableInWindows1252() throws Exception {
        AddressBook book = read("vcard/outlook-2.1.vcf");
        Contact j = named(book, "Jürgen Müller");
        assertEquals("Stadtwerke Köln", j.organization());
        assertEquals("Gespräch über Ausschreibung.\r\nNachfassen im März.", j.notes());
        assertEquals(List.of("+49 (221) 555-0177"), j.phones());
        assertEquals(Birthday.of(1975, 8, 15), j.birthday());
    }

    @Test
    void linkedInConnectionsWithItsNoteLinesBeforeTheHeader() throws Exception {
        AddressBook book = read("csv/Connections.csv");
        assertEquals(ContactFormat.LINKEDIN_CSV, book.format());
        assertEquals(3, book.contacts().size());
        Contact anna = named(book, "Anna Schmidt");
        assertEquals("Founder & CEO", anna.role());
        assertEquals(List.of("https://www.linkedin.com/in/anna-schmidt-kreislauf"), anna.links());
        assertEquals("LinkedIn, 2024-03-12", anna.howWeMet());
        assertEquals(List.of(), anna.emails());
        Contact zoe = named(book, "Zoë Nguyen");
        assertEquals("Blue Harbor Labs, Inc.", zoe.organization());
        assertEquals("Head of Product, EMEA", zoe.role());
        assertEquals(5, book.contacts().getFirst().line(), "rows are numbered by their line in the file");
    }

    @Test
    void googleContactsCsvNewAndOld() throws Exception {
        AddressBook book = read("csv/google-contacts.csv");
        assertEquals(ContactFormat.GOOGLE_CSV, book.format());
        Contact anna = named(book, "Anna Schmidt");
        assertEquals(List.of("anna@kreislauf.de", "anna.s@example.org"), anna.emails());
        assertEquals(List.of("+49 170 5550101", "0221 5550102"), anna.phones());
        assertEquals("Köln", anna.city());
        assertEquals(List.of("Kreislaufwirtschaft"), anna.interests(), "Google's own labels are left out");
        assertEquals("Met at WordPress meetup.\nLikes long walks.", anna.notes());
        assertEquals(Birthday.of(1985, 4, 12), anna.birthday());
        assertEquals(Birthday.of(11, 2), named(book, "Tim Richter").birthday());
        assertEquals(List.of("kiki@example.com"), named(book, "Kiki").emails(), "a nickname stands in for a missing name");

        AddressBook old = read("csv/google-contacts-old.csv");
        Contact marie = named(old, "Marie Wagner");
        assertEquals("Datenfabrik AG", marie.organization());
        assertEquals("Data Engineer", marie.role());
        assertEquals(List.of("Uni"), marie.interests());
        assertEquals(List.of("https://marie.example.de"), marie.links());
    }

    @Test
    void germanExcelCsvInWindows1252AndUtf8WithBom() throws Exception {
        for (String file : List.of("csv/excel-de-windows-1252.csv", "csv/excel-de-utf8-bom.csv")) {
            AddressBook book = read(file);
            assertEquals(ContactFormat.GERMAN_CSV, book.format(), file);
            Contact j = named(book, "Jürgen Müller");
            assertEquals("Stadtwerke Köln", j.organization());
            assertEquals(Birthday.of(1975, 8, 15), j.birthday());
            assertEquals("Gespräch über Ausschreibung", j.notes());
            Contact b = named(book, "Björn Schröder");
            assertEquals(Birthday.of(2, 3), b.birthday(), "03.02. has no year");
            assertEquals("Mag Fußball; trinkt keinen Kaffee", b.notes());
        }
    }

    @Test
    void formatIsDetectedByContentNotByName() throws Exception {
        byte[] linkedin = java.nio.file.Files.readAllBytes(DIR.resolve("csv/Connections.csv"));
        assertEquals(ContactFormat.LINKEDIN_CSV, ContactFiles.detect(linkedin).orElseThrow());
        AddressBook book = ContactFiles.read("contacts.txt", linkedin, Progress.NONE);
        assertEquals(3, book.contacts().size());
        byte[] vcf = java.nio.file.Files.readAllBytes(DIR.resolve("vcard/vcard-4.0.vcf"));
        assertEquals(ContactFormat.VCARD, ContactFiles.detect(vcf).orElseThrow());
        assertTrue(ContactFiles.detect(java.nio.file.Files.readAllBytes(DIR.resolve("bad/junk.vcf"))).isEmpty());
    }

    @Test
    void previewCountsNewDuplicatesAndInvalid() throws Exception {
        AddressBook book = read("csv/google-contacts.csv");
        List<Contact> journal = List.of(
                Contact.builder("Anna Schmidt").id("a").emails(List.of("ANNA@kreislauf.de")).build(),
                Contact.builder("Tim Richter").id("t").organization("Acme").build());
        ImportPreview preview = ImportPreview.of(book, journal, Progress.NONE, Runnable::run);
        assertEquals(2, preview.duplicates().size());
        assertEquals(Duplicates.Reason.SAME_EMAIL, preview.duplicates().get(0).reason());
        assertEquals("a", preview.duplicates().get(0).existing().id());
        assertEquals(Duplicates.Reason.SIMILAR_NAME, preview.duplicates().get(1).reason());
        assertEquals(1, preview.newContacts().size());

        List<Contact> merged = preview.contactsToStore(ImportPreview.DuplicateChoice.MERGE);
        assertEquals(3, merged.size());
        Contact anna = merged.stream().filter(c -> "a".equals(c.id())).findFirst().orElseThrow();
        assertEquals(List.of("ANNA@kreislauf.de", "anna.s@example.org"), anna.emails());
        assertEquals("Kreislauf GmbH", anna.organization());
        assertEquals(3, preview.contactsToStore(ImportPreview.DuplicateChoice.ADD_SEPARATELY).size());
        assertEquals(1, preview.contactsToStore(ImportPreview.DuplicateChoice.SKIP).size());
        assertNull(preview.contactsToStore(ImportPreview.DuplicateChoice.ADD_SEPARATELY).stream()
                .filter(c -> c.name().equals("Tim Richter")).findFirst().orElseThrow().id());
    }

    @Test
    void mergingAnImportLeavesArchivedPeopleArchived() throws Exception {
        AddressBook book = read("csv/google-contacts.csv");
        List<Contact> journal = List.of(
                Contact.builder("Anna Schmidt").id("a").emails(List.of("anna@kreislauf.de")).archived(true).build());
        Contact anna = ImportPreview.of(book, journal, Progress.NONE, Runnable::run)
                .contactsToStore(ImportPreview.DuplicateChoice.MERGE).stream()
                .filter(c -> "a".equals(c.id())).findFirst().orElseThrow();
        assertTrue(anna.archived(), "the user put Anna away; an address book does not bring her back");
        assertTrue(anna.emails().contains("anna.s@example.org"), "but her new address is taken in");
    }
}
