package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, items 5 and 6: limits a person never reaches, refused with the file, record and
 * field named, before they fill the memory. A vCard with a 200 MB note was imported (6.4 GB of
 * memory) and {@code import /dev/zero} ended in an OutOfMemoryError.
 */
class ImportLimitsTest {

    @TempDir
    Path tmp;

    @Test
    void aDeviceOrAFolderIsRefusedAsNotAFile() throws Exception {
        for (Path notAFile : new Path[] {Path.of("/dev/zero"), tmp}) {
            if (!Files.exists(notAFile)) {
                continue;
            }
            CommandLineTest.Run r = run("--data-dir", tmp.resolve("data").toString(), "import", notAFile.toString());
            assertEquals(1, r.code(), r.out());
            assertTrue(r.err().contains("not a file saved on disk"), r.err());
            assertFalse(Files.exists(tmp.resolve("data").resolve("journal.sqlite")), "no journal is made for it");
        }
    }

    @Test
    void aFileLargerThanAnyAddressBookIsRefusedBeforeItIsRead() throws Exception {
        Path huge = tmp.resolve("huge.vcf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(129L * 1024 * 1024); // sparse: takes no room on disk
        }
        CommandLineTest.Run r = run("--data-dir", tmp.resolve("data").toString(), "import", huge.toString(), "--dry-run");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("huge.vcf cannot be imported: The file is 129 MB; Rapport imports address books of up to 128 MB."), r.err());
    }

    @Test
    void aNoteOrANameBeyondTheLimitsIsRefusedByCardAndField() throws Exception {
        Path vcf = tmp.resolve("long.vcf");
        String note = "x".repeat(1_000_001);
        String org = "y".repeat(1_001);
        Files.writeString(vcf, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Weber\r\nNOTE:" + note + "\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + "z".repeat(501) + "\r\nORG:" + org + "\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Fischer\r\nNOTE:" + "x".repeat(1_000_000) + "\r\nEND:VCARD\r\n");
        CommandLineTest.Run r = run("--data-dir", tmp.resolve("data").toString(), "import", vcf.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("card 1 (line 1), field NOTE: Must be at most 1000000 characters."), r.err());
        assertTrue(r.err().contains("card 2 (line 6), field FN: Name must be at most 500 characters."), r.err());
        assertTrue(r.err().contains("card 2 (line 6), field ORG: Must be at most 1000 characters."), r.err());
        assertFalse(r.err().contains("card 3"), "a note of exactly the limit is fine: " + r.err());
    }
}
