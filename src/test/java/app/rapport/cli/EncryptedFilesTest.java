package app.rapport.cli;

import static app.rapport.cli.CommandLineTest.run;
import static app.rapport.cli.CommandLineTest.withoutExportTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encrypted exports and backups through the command line: what goes out encrypted comes back
 * whole with the passphrase, and a wrong passphrase or a changed byte is refused, naming the
 * file, with nothing changed. Few key derivation rounds ({@code --kdf-iterations}), for speed.
 */
class EncryptedFilesTest {

    @TempDir
    Path tmp;

    Path pass;

    @BeforeEach
    void journal() throws Exception {
        pass = tmp.resolve("pass.txt");
        Files.writeString(pass, "correct horse battery\n");
        Path demo = tmp.resolve("demo.json");
        assertEquals(0, run("demo", "--contacts", "12", "--seed", "4", "--as-of", "2026-11-23", "-o", demo.toString()).code());
        assertEquals(0, run("--data-dir", dir("a"), "import", demo.toString()).code());
    }

    String dir(String name) {
        return tmp.resolve(name).toString();
    }

    CommandLineTest.Run withPassphrase(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--passphrase-file";
        all[args.length + 1] = pass.toString();
        return run(all);
    }

    Path encryptedExport() {
        Path sealed = tmp.resolve("journal.json.sealed");
        CommandLineTest.Run r = withPassphrase("--data-dir", dir("a"), "export", "--encrypt", "--kdf-iterations", "1000",
                "-o", sealed.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Exported encrypted to"), r.out());
        return sealed;
    }

    String plainExport(String data) throws Exception {
        Path out = tmp.resolve(data + "-plain.json");
        assertEquals(0, run("--data-dir", dir(data), "export", "-o", out.toString()).code());
        return withoutExportTime(out);
    }

    @Test
    void anEncryptedExportImportedIntoAFreshJournalGivesTheSameJournal() throws Exception {
        Path sealed = encryptedExport();
        String a = plainExport("a");
        String someone = a.substring(a.indexOf("\"name\": \"") + 9, a.indexOf('"', a.indexOf("\"name\": \"") + 9));
        assertFalse(new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1).contains(someone));

        CommandLineTest.Run in = withPassphrase("--data-dir", dir("b"), "import", sealed.toString());
        assertEquals(0, in.code(), in.err());
        assertEquals(a, plainExport("b"));
    }

    @Test
    void aWrongPassphraseOrAChangedByteIsRefusedNamingTheFileAndNothingChanges() throws Exception {
        Path sealed = encryptedExport();
        Files.writeString(pass, "not the passphrase\n");
        CommandLineTest.Run wrong = withPassphrase("--data-dir", dir("b"), "import", sealed.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("Wrong passphrase") && wrong.err().contains(sealed.toString()), wrong.err());
        assertFalse(Files.exists(tmp.resolve("b/journal.sqlite")), "nothing imported");

        Files.writeString(pass, "correct horse battery\n");
        byte[] bytes = Files.readAllBytes(sealed);
        bytes[bytes.length / 2] ^= 1;
        Path tampered = tmp.resolve("tampered.json");
        Files.write(tampered, bytes);
        CommandLineTest.Run changed = withPassphrase("--data-dir", dir("b"), "import", tampered.toString());
        assertEquals(1, changed.code());
        assertTrue(changed.err().contains("damaged") && changed.err().contains(tampered.toString()), changed.err());

        Path cut = tmp.resolve("cut.json");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(sealed), bytes.length - 20));
        CommandLineTest.Run shortened = withPassphrase("--data-dir", dir("b"), "import", cut.toString());
        assertEquals(1, shortened.code());
        assertTrue(shortened.err().contains(cut.toString()), shortened.err());
        assertFalse(Files.exists(tmp.resolve("b/journal.sqlite")), "nothing imported");
    }

    @Test
    void anEncryptedBackupRestoresWithItsPassphraseOnly() throws Exception {
        Path sealed = tmp.resolve("backup.sealed");
        CommandLineTest.Run b = withPassphrase("--data-dir", dir("a"), "backup", "--encrypt", "--kdf-iterations", "1000",
                "-o", sealed.toString());
        assertEquals(0, b.code(), b.err());
        assertFalse(new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1).contains("SQLite format"));
        String a = plainExport("a");

        // Another journal, which a wrong passphrase leaves as it was.
        assertEquals(0, run("--data-dir", dir("c"), "demo", "--contacts", "3", "--seed", "9", "--as-of", "2026-11-23",
                "-o", tmp.resolve("c.json").toString()).code());
        assertEquals(0, run("--data-dir", dir("c"), "import", tmp.resolve("c.json").toString()).code());
        String c = plainExport("c");
        Files.writeString(pass, "not the passphrase\n");
        CommandLineTest.Run wrong = withPassphrase("--data-dir", dir("c"), "restore", sealed.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("Wrong passphrase") && wrong.err().contains(sealed.toString()), wrong.err());
        assertEquals(c, plainExport("c"));

        Files.writeString(pass, "correct horse battery\n");
        CommandLineTest.Run restored = withPassphrase("--data-dir", dir("c"), "restore", sealed.toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals(a, plainExport("c"));
        try (var left = Files.list(tmp.resolve("c"))) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".restore-")), "opened copy removed");
        }
    }

    @Test
    void onlyTheJournalAsJsonIsEncryptedAndABackupNeedsAFile() {
        CommandLineTest.Run vcard = withPassphrase("--data-dir", dir("a"), "export", "--encrypt", "-o",
                tmp.resolve("people.vcf").toString());
        assertEquals(2, vcard.code());
        assertTrue(vcard.err().contains("Only the complete journal (JSON) can be encrypted"), vcard.err());
        assertFalse(Files.exists(tmp.resolve("people.vcf")));
        CommandLineTest.Run backup = withPassphrase("--data-dir", dir("a"), "backup", "--encrypt");
        assertEquals(2, backup.code());
        assertTrue(backup.err().contains("-o FILE"), backup.err());
    }
}
