package app.rapport.interchange.contacts;

import static app.rapport.interchange.contacts.ContactImportTest.DIR;
import static app.rapport.interchange.contacts.ContactImportTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Progress;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are broken in the ways real files break. Each gets a message that names the problem
 * and the place, and nothing is stored from it.
 */
class BadInputTest {

    @TempDir
    Path tmp;

    static String failure(String file) {
        ImportFailedException e = assertThrows(ImportFailedException.class,
                () -> ContactFiles.read(DIR.resolve(file), Progress.NONE));
        return describe(e.problem());
    }

    @Test
    void emptyFile() {
        assertEquals("empty.csv: The file is empty.", failure("bad/empty.csv"));
    }

    @Test
    void zipRenamedToCsv() {
        assertTrue(failure("bad/archive.csv").startsWith("archive.csv: The file is a ZIP archive"));
    }

    @Test
    void binaryJunkWithAVcfName() {
        assertEquals("junk.vcf: The file is not text: it is no vCard or CSV file.", failure("bad/junk.vcf"));
    }

    @Test
    void csvWithTheWrongSeparator() {
        assertEquals("wrong-separator.csv (line 1): The columns are separated by \"Tab\"; Rapport reads CSV files"
                + " separated by commas or semicolons.", failure("bad/wrong-separator.csv"));
    }

    @Test
    void rowsWithAnotherSeparatorThanTheHeaderAreInvalidAndNamed() throws Exception {
        Path f = tmp.resolve("mixed.csv");
        Files.writeString(f, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Anna,Schmidt,,,Kreislauf GmbH,Founder,12 Mar 2024\n"
                + "Ben;Weber;;;Acme;CTO;1 Feb 2023\n");
        AddressBook book = ContactFiles.read(f, Progress.NONE);
        assertEquals(1, book.contacts().size());
        assertEquals(1, book.invalidRecords());
        assertEquals("mixed.csv, row 2 (line 3): The row has 1 fields, the header has 7: check the separator and"
                + " the quotes.", describe(book.invalid().getFirst()));
    }

    @Test
    void unbalancedQuotesNameTheRowTheColumnAndTheField() {
        assertEquals("unbalanced-quotes.csv, row 2 (line 3), field Last Name: The field that begins with"
                + " \"Weber,,,Acme,CTO,1 Feb 2023 opens a quote that is never closed, so the rest of the file would be"
                + " read into it: close the quote or remove it.", failure("bad/unbalanced-quotes.csv"));
    }

    @Test
    void aQuoteThatOpensInAMultiLineFieldIsFoundAtTheLineItOpens() throws Exception {
        Path f = tmp.resolve("notes.csv");
        Files.writeString(f, "First Name,Last Name,E-mail 1 - Value,Notes\n"
                + "Anna,Berg,anna@example.org,\"first line\nsecond line\"\n"
                + "\n"
                + "Ben,Cole,ben@example.org,\"never closed\n"
                + "Cara,Dunn,cara@example.org,ok\n");
        ImportFailedException e = assertThrows(ImportFailedException.class, () -> ContactFiles.read(f, Progress.NONE));
        assertEquals("notes.csv, row 2 (line 5), field Notes: The field that begins with \"never closed opens a quote"
                + " that is never closed, so the rest of the file would be read into it: close the quote or remove it.",
                describe(e.problem()));
    }

    @Test
    void textAfterAClosingQuoteIsNamedWithItsColumn() throws Exception {
        Path f = tmp.resolve("semicolons.csv");
        Files.writeString(f, "Vorname;Nachname;E-Mail\nAnna;Berg;anna@example.org\nBen;\"Cole\" jr.;ben@example.org\n");
        ImportFailedException e = assertThrows(ImportFailedException.class, () -> ContactFiles.read(f, Progress.NONE));
        assertEquals("semicolons.csv, row 2 (line 3), field Nachname: The field \"Cole\" jr. goes on after its closing"
                + " quote: a quote inside a quoted field is written twice (\"\").", describe(e.problem()));
    }

    @Test
    void aVCardFileThatEndsInsideACardNamesThatCardAsPossiblyIncomplete() throws Exception {
        AddressBook book = ContactFiles.read(DIR.resolve("bad/cut-off.vcf"), Progress.NONE);
        assertEquals(2, book.contacts().size(), "the complete cards are read");
        assertEquals(1, book.invalidRecords(), "the cut card is invalid: importing it needs the user's word");
        assertEquals("cut-off.vcf, card 3 (line 59): The file ends inside this card, without END:VCARD: the file may"
                + " be incomplete (an interrupted download or copy), and the card may have lost fields.",
                describe(book.invalid().getFirst()));
    }

    @Test
    void cardWithNoNameIsInvalidWithCardLineAndField() throws Exception {
        AddressBook book = ContactFiles.read(DIR.resolve("bad/no-name.vcf"), Progress.NONE);
        assertEquals(1, book.contacts().size());
        assertEquals(1, book.invalidRecords());
        assertEquals("no-name.vcf, card 2 (line 5), field FN: The card has no name (neither FN nor N).",
                describe(book.invalid().getFirst()));
    }

    @Test
    void brokenQuotedPrintableIsReadAsFarAsPossibleWithAWarning() throws Exception {
        AddressBook book = ContactFiles.read(DIR.resolve("bad/broken-quoted-printable.vcf"), Progress.NONE);
        assertEquals(1, book.contacts().size());
        assertEquals("Broken QP", book.contacts().getFirst().contact().name());
        assertTrue(book.warnings().stream().anyMatch(w -> describe(w).startsWith(
                "broken-quoted-printable.vcf, card 1 (line 4), field NOTE: The quoted-printable encoding is broken;")),
                book.warnings().toString());
    }

    @Test
    void unknownCharsetFallsBackAndWarns() throws Exception {
        AddressBook book = ContactFiles.read(DIR.resolve("bad/unknown-charset.vcf"), Progress.NONE);
        assertEquals("Anna Klein", book.contacts().getFirst().contact().name());
        assertTrue(book.warnings().stream().anyMatch(w -> describe(w).equals("unknown-charset.vcf, card 1 (line 3), field FN: The character set the card names is unknown; the value was read with the default one. Check it after the import.")),
                book.warnings().toString());
    }

    @Test
    void aTwentyMegabytePhotoIsLeftOutAndTheContactImported() throws Exception {
        ByteArrayOutputStream png = noisePng(2600, 2600);
        assertTrue(png.size() > 19_000_000, "photo is " + png.size());
        Path f = tmp.resolve("big-photo.vcf");
        Files.writeString(f, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=PNG:"
                + Base64.getEncoder().encodeToString(png.toByteArray()) + "\r\nEND:VCARD\r\n", StandardCharsets.US_ASCII);
        AddressBook book = ContactFiles.read(f, Progress.NONE);
        assertEquals(1, book.contacts().size());
        assertNull(book.contacts().getFirst().contact().photo());
        assertTrue(describe(book.warnings().getFirst()).matches(
                "big-photo\\.vcf, card 1 \\(line 1\\), field PHOTO: The photo is \\d+\\.\\d MB; photos over 10 MB are"
                        + " left out\\. The contact is imported without it\\."), describe(book.warnings().getFirst()));
    }

    /** A real PNG of random pixels, stored uncompressed: 2600 x 2600 is about 20 MB, made in a blink. */
    static ByteArrayOutputStream noisePng(int w, int h) throws java.io.IOException {
        byte[] raw = new byte[(w * 3 + 1) * h];
        new Random(1).nextBytes(raw);
        for (int y = 0; y < h; y++) {
            raw[y * (w * 3 + 1)] = 0; // filter type "none" for each row
        }
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.NO_COMPRESSION);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(idat, deflater, 1 << 16)) {
            z.write(raw);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws java.io.IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(type.getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void aLargeButReadablePhotoIsScaledDownWithBoundedMemory() throws Exception {
        ByteArrayOutputStream png = noisePng(1800, 1200);
        assertTrue(png.size() > 6_000_000);
        var photo = PhotoScaler.scale(png.toByteArray()).orElseThrow();
        BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(photo.bytes()));
        assertEquals(256, img.getWidth());
        assertEquals(171, img.getHeight());
    }

    @Test
    void aPictureClaimingHugeDimensionsIsNotDecoded() throws Exception {
        // A valid PNG header saying 100000 x 100000 pixels: decoding it would need 40 GB.
        byte[] png = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000186a0000186a00802000000");
        assertTrue(PhotoScaler.scale(png).isEmpty());
    }

    @Test
    void aHundredThousandLineCsvReadsWithinBoundsAndCanBeCancelled() throws Exception {
        Path f = tmp.resolve("big.csv");
        StringBuilder sb = new StringBuilder("Vorname;Nachname;Firma;E-Mail;Telefon;Geburtstag;Notizen\r\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("Vor").append(i).append(";Nach").append(i).append(";Firma ").append(i % 100)
                    .append(";p").append(i).append("@example.org;+49 30 ").append(1000000 + i)
                    .append(";01.02.1980;\"Notiz; mit Semikolon\"\r\n");
        }
        Files.writeString(f, sb);
        AddressBook book = ContactFiles.read(f, Progress.NONE);
        assertEquals(100_000, book.contacts().size());
        assertEquals(0, book.invalidRecords());
        assertEquals(100_001, book.contacts().getLast().line());

        AtomicLong seen = new AtomicLong();
        Progress cancelSoon = new Progress() {
            @Override
            public void update(String step, long done, long total) {
                seen.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return seen.get() > 3;
            }
        };
        assertThrows(CancellationException.class, () -> ContactFiles.read(f, cancelSoon));
    }

    @Test
    void anImportWithAnInvalidRecordStoresNothingUnlessSkipped() throws Exception {
        AddressBook book = ContactFiles.read(DIR.resolve("bad/no-name.vcf"), Progress.NONE);
        try (SqliteJournal journal = TestJournals.open(tmp.resolve("journal"))) {
            ImportPreview preview = ImportPreview.of(book, journal.snapshot().contacts(), Progress.NONE, Runnable::run);
            assertTrue(preview.hasInvalid());
            // What the command line and the dialog do: refuse the whole file, or store only the valid records.
            assertEquals(0, journal.stats().contacts());
            journal.importContacts(preview.contactsToStore(ImportPreview.DuplicateChoice.ADD_SEPARATELY), Progress.NONE);
            assertEquals(1, journal.stats().contacts());
        }
    }
}
