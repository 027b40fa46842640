package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.store.InstanceLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rapport import/export/backup/restore with address books, as a script would run them. */
class AddressBookCommandsTest {

    static final Path FILES = Path.of("src/test/resources/app/rapport/interchange").toAbsolutePath();

    @TempDir
    Path tmp;

    String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void dryRunPrintsThePreviewAndStoresNothing() {
        CommandLineTest.Run r = run("--data-dir", data(), "import", "--dry-run", FILES.resolve("csv/Connections.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Connections.csv (LinkedIn CSV): 3 new contacts, 0 that look like contacts already"
                + " in the journal, 0 invalid records."), r.out());
        assertTrue(r.out().contains("Dry run: nothing was imported."), r.out());
        CommandLineTest.Run export = run("--data-dir", data(), "export", "--format", "csv", "-o", "-");
        assertEquals(0, export.code(), export.err());
        assertEquals(1, export.stdoutText().lines().count(), "only the header: " + export.stdoutText());
    }

    @Test
    void aFileWithAnInvalidRecordIsRefusedWholeUnlessSkipInvalid() {
        String file = FILES.resolve("bad/no-name.vcf").toString();
        CommandLineTest.Run refused = run("--data-dir", data(), "import", file);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("\n  card 2 (line 5), field FN: The card has no name"), refused.err());
        assertTrue(refused.err().contains("Use --skip-invalid to import the other records. Nothing was imported;"
                + " the journal is unchanged."), refused.err());

        CommandLineTest.Run skipped = run("--data-dir", data(), "import", "--skip-invalid", file);
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.out().contains("Imported " + file + ": 1 contact added, 0 merged"), skipped.out());
    }

    @Test
    void aQuoteNeverClosedInTheHeaderNamesItsLineAndField() throws Exception {
        Path file = tmp.resolve("Connections.csv");
        java.nio.file.Files.writeString(file, "First Name,\"Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Anna,Schmidt,,,Kreislauf GmbH,Founder,12 Mar 2024\n");
        CommandLineTest.Run refused = run("--data-dir", data(), "import", file.toString());
        assertEquals(1, refused.code());
        // It began "(line 1), field 2:", brackets around nothing.
        assertTrue(refused.err().startsWith(file + " cannot be imported:\n  line 1, field 2: The field that begins with"
                + " \"Last Name,URL,Email Address,C… opens a quote that is never closed"), refused.err());
        CommandLineTest.Run german = run(java.util.Locale.GERMAN, "--data-dir", data(), "import", file.toString());
        assertTrue(german.err().contains("\n  Zeile 1, Feld 2: "), german.err());
    }

    @Test
    void aVCardFileCutOffInsideACardIsRefusedUnlessSkipInvalid() {
        String file = FILES.resolve("bad/cut-off.vcf").toString();
        CommandLineTest.Run refused = run("--data-dir", data(), "import", file);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("1 of 3 records"), refused.err());
        assertTrue(refused.err().contains("\n  card 3 (line 59): The file ends inside this card, without END:VCARD: the"
                + " file may be incomplete"), refused.err());
        assertTrue(refused.err().contains("Use --skip-invalid"), refused.err());

        CommandLineTest.Run skipped = run("--data-dir", data(), "import", "--skip-invalid", file);
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.out().contains("2 contacts added"), skipped.out());
    }

    @Test
    void duplicatesAreReportedAndMergedOnlyWhenAsked() throws Exception {
        String google = FILES.resolve("vcard/google-contacts-3.0.vcf").toString();
        assertEquals(0, run("--data-dir", data(), "import", google).code());
        CommandLineTest.Run again = run("--data-dir", data(), "import", "--dry-run", google);
        assertTrue(again.out().contains("0 new contacts, 2 that look like contacts already in the journal"), again.out());
        assertTrue(again.out().contains("Jürgen Weber (card 1, line 1) looks like Jürgen Weber in the journal: same e-mail address"),
                again.out());

        assertEquals(0, run("--data-dir", data(), "import", "--merge-duplicates", google).code());
        Path out = tmp.resolve("all.vcf");
        CommandLineTest.Run export = run("--data-dir", data(), "export", "--format", "vcard", "-o", out.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals("Exported 2 contacts to " + out + ".", export.out().strip());
        assertEquals(2, Files.readString(out).split("BEGIN:VCARD").length - 1);
    }

    @Test
    void cardsOfOnePersonInTheFileAreReportedWithTheirPlaceAndMergedOnlyWhenAsked() throws Exception {
        String file = FILES.resolve("duplicates/iphone-two-accounts.vcf").toString();
        CommandLineTest.Run dry = run("--data-dir", data(), "import", "--dry-run", file);
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains(file + ": 4 records look like an earlier record of the same file:"), dry.out());
        assertTrue(dry.out().contains("  Anna Schmidt (card 4, line 27) looks like Anna Schmidt (card 1, line 1):"
                + " same e-mail address"), dry.out());
        assertTrue(dry.out().contains("  Juergen Weber (card 5, line 36) looks like Jürgen Weber (card 2, line 11):"
                + " very similar name"), dry.out());
        assertTrue(dry.out().contains("Without --merge-duplicates (merge them) or --skip-duplicates (leave them out),"
                + " each of these is added as a contact of its own."), dry.out());

        CommandLineTest.Run merged = run("--data-dir", data(), "import", "--merge-duplicates", file);
        assertEquals(0, merged.code(), merged.err());
        assertTrue(merged.out().contains("Imported " + file + ": 4 contacts added, 0 merged"), merged.out());
        assertTrue(merged.out().contains("4 records were merged into an earlier record of the same file."), merged.out());
        CommandLineTest.Run export = run("--data-dir", data(), "export", "--format", "csv", "-o", "-");
        assertEquals(5, export.stdoutText().lines().count(), export.stdoutText());

        // The same file again, now without merging: every card looks like one in the journal, and is added.
        CommandLineTest.Run again = run("--data-dir", data(), "import", file);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("Imported " + file + ": 8 contacts added, 0 merged"), again.out());
    }

    @Test
    void aSecondImportWithSkipDuplicatesAddsNothingTwice() throws Exception {
        String google = FILES.resolve("vcard/google-contacts-3.0.vcf").toString();
        assertEquals(0, run("--data-dir", data(), "import", google).code());
        CommandLineTest.Run again = run("--data-dir", data(), "import", "--skip-duplicates", google);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("Imported " + google + ": 0 contacts added, 0 merged"), again.out());
        assertTrue(again.out().contains("2 contacts that look like people in the journal were left out."), again.out());
        assertFalse(again.out().contains("Without --merge-duplicates"), again.out());
        CommandLineTest.Run export = run("--data-dir", data(), "export", "--format", "csv", "-o", "-");
        assertEquals(3, export.stdoutText().lines().count(), "a header and the two contacts once: " + export.stdoutText());

        CommandLineTest.Run both = run("--data-dir", data(), "import", "--skip-duplicates", "--merge-duplicates", google);
        assertEquals(2, both.code());
        assertTrue(both.err().startsWith("--merge-duplicates and --skip-duplicates exclude each other: choose one."),
                both.err());
    }

    @Test
    void rapportsOwnVCardExportComesBackAsTheSameContacts() throws Exception {
        String json = CommandLineTest.RESOURCES.resolve("valid-small.json").toString();
        assertEquals(0, run("--data-dir", data(), "import", json).code());
        Path vcf = tmp.resolve("mine.vcf");
        assertEquals(0, run("--data-dir", data(), "export", "-o", vcf.toString()).code());
        // Edited elsewhere: one card renamed to someone else entirely keeps its UID but is not the same person.
        Files.writeString(vcf, Files.readString(vcf).replace("FN:Chioma Okafor", "FN:Peter Neumann")
                .replace("N:Okafor;Chioma", "N:Neumann;Peter"));

        CommandLineTest.Run dry = run("--data-dir", data(), "import", "--dry-run", vcf.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("Anna Schmidt (card 1, line 1) looks like Anna Schmidt in the journal: exported from"
                + " this journal (same id)"), dry.out());
        assertFalse(dry.out().contains("Peter Neumann (card 3"), "a renamed card is not taken for the person: " + dry.out());

        CommandLineTest.Run skipped = run("--data-dir", data(), "import", "--skip-duplicates", vcf.toString());
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.out().contains(": 1 contact added, 0 merged"), skipped.out());
    }

    @Test
    void germanDuplicateReport() {
        CommandLineTest.Run r = run(Locale.GERMAN, "--data-dir", data(), "import", "--dry-run",
                FILES.resolve("duplicates/google-contacts-duplicates.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Tim Richter (Datensatz 3, Zeile 5) ähnelt Tim Richter (Datensatz 1, Zeile 2):"
                + " gleiche E-Mail-Adresse"), r.out());
    }

    @Test
    void germanTextsToo() {
        CommandLineTest.Run r = run(Locale.GERMAN, "--data-dir", data(), "import", FILES.resolve("bad/archive.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("archive.csv kann nicht importiert werden: Die Datei ist ein ZIP-Archiv"), r.err());
    }

    @Test
    void backupAndRestoreWhichIsRefusedWhileTheWindowHoldsTheJournal() throws Exception {
        assertEquals(0, run("--data-dir", data(), "import", FILES.resolve("csv/Connections.csv").toString()).code());
        Path backup = tmp.resolve("copy.sqlite");
        CommandLineTest.Run b = run("--data-dir", data(), "backup", "-o", backup.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(Files.size(backup) > 0);
        assertEquals(0, run("--data-dir", data(), "import", FILES.resolve("csv/google-contacts.csv").toString()).code());

        try (InstanceLock window = InstanceLock.tryAcquire(Path.of(data())).orElseThrow()) {
            CommandLineTest.Run refused = run("--data-dir", data(), "restore", backup.toString());
            assertEquals(1, refused.code());
            assertTrue(refused.err().contains("Rapport is open with the journal in"), refused.err());
        }
        CommandLineTest.Run restored = run("--data-dir", data(), "restore", backup.toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().startsWith("Restored " + backup + " (3 contacts, 0 encounters)."), restored.out());
        CommandLineTest.Run export = run("--data-dir", data(), "export", "--format", "csv", "-o", "-");
        assertEquals(4, export.stdoutText().lines().count(), export.stdoutText());

        CommandLineTest.Run notABackup = run("--data-dir", data(), "restore", FILES.resolve("csv/Connections.csv").toString());
        assertEquals(1, notABackup.code());
    }
}
