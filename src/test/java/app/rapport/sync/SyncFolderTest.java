package app.rapport.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sealed files of the shared folder: what opens, and what is refused with its name. */
class SyncFolderTest {

    @TempDir
    Path tmp;

    static final char[] PASS = "correct horse".toCharArray();

    ChangeFile file(String device, long seq, String value) {
        return new ChangeFile(device, seq, Map.of(device, seq - 1),
                List.of(new ChangeFile.Change("c" + SyncEngine.SEP + "1", value, new Hlc(seq, 0, device))));
    }

    @Test
    void filesWrittenWithThePassphraseOpenWithItAndNothingIsReadable() throws Exception {
        SyncFolder a = SyncFolder.open(tmp, PASS, 1000);
        a.write(file("aa", 1, "secret value"));
        byte[] raw = Files.readAllBytes(tmp.resolve("devices/aa/1.rapport-sync"));
        assertFalse(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).contains("secret"));
        assertTrue(Files.readString(tmp.resolve(SyncFolder.CONFIG)).contains("PBKDF2-HMAC-SHA256"));

        SyncFolder b = SyncFolder.open(tmp, "correct horse".toCharArray());
        assertEquals("secret value", b.read("aa", 1).changes().get(0).value());
    }

    @Test
    void aWrongPassphraseIsRefused() throws Exception {
        SyncFolder.open(tmp, PASS, 1000);
        SyncFolderException e = assertThrows(SyncFolderException.class,
                () -> SyncFolder.open(tmp, "wrong".toCharArray()));
        assertEquals(SyncFolderException.Reason.WRONG_PASSPHRASE, e.reason());
    }

    @Test
    void aMissingFolderIsSaidSo() {
        SyncFolderException e = assertThrows(SyncFolderException.class,
                () -> SyncFolder.open(tmp.resolve("not-plugged-in"), PASS, 1000));
        assertEquals(SyncFolderException.Reason.MISSING, e.reason());
    }

    @Test
    void tamperedTruncatedAndMovedFilesAreRefusedByName() throws Exception {
        SyncFolder f = SyncFolder.open(tmp, PASS, 1000);
        f.write(file("aa", 1, "one"));
        f.write(file("aa", 2, "two"));
        f.write(file("aa", 3, "three"));
        Path one = tmp.resolve("devices/aa/1.rapport-sync");
        byte[] b = Files.readAllBytes(one);
        b[b.length / 2] ^= 1;
        Files.write(one, b);
        Path two = tmp.resolve("devices/aa/2.rapport-sync");
        byte[] t = Files.readAllBytes(two);
        Files.write(two, java.util.Arrays.copyOf(t, t.length - 5));
        Files.copy(tmp.resolve("devices/aa/3.rapport-sync"), tmp.resolve("devices/aa/4.rapport-sync"));

        for (long seq = 1; seq <= 4; seq++) {
            long s = seq;
            if (s == 3) {
                assertEquals("three", f.read("aa", 3).changes().get(0).value());
                continue;
            }
            LogFolder.UnreadableFileException e = assertThrows(LogFolder.UnreadableFileException.class,
                    () -> f.read("aa", s));
            assertTrue(e.getMessage().contains(s + ".rapport-sync"), e.getMessage());
        }
    }

    @Test
    void halfWrittenAndForeignFilesAreNotListed() throws Exception {
        SyncFolder f = SyncFolder.open(tmp, PASS, 1000);
        f.write(file("aa", 1, "one"));
        Path dir = tmp.resolve("devices/aa");
        Files.write(dir.resolve(".2.rapport-sync12345.tmp"), new byte[] {1, 2});
        Files.write(dir.resolve(".syncthing.2.rapport-sync.tmp"), new byte[] {1, 2});
        Files.write(dir.resolve("2.rapport-sync.partial"), new byte[] {1, 2});
        Files.write(dir.resolve("1.sync-conflict-20261205.rapport-sync"), new byte[] {1, 2});
        assertEquals(Map.of("aa", new java.util.TreeSet<>(List.of(1L))), f.list());
    }

    @Test
    void aTemporaryFileLeftByASyncCutOffIsRemovedByTheNextWrite() throws Exception {
        SyncFolder f = SyncFolder.open(tmp, PASS, 1000);
        f.write(file("aa", 1, "one"));
        Path dir = tmp.resolve("devices/aa");
        Path leftover = Files.write(dir.resolve(".2.rapport-sync8812345.tmp"), new byte[] {1, 2});
        Path foreign = Files.write(dir.resolve(".syncthing.2.rapport-sync.tmp"), new byte[] {1, 2});
        f.write(file("aa", 2, "two"));
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(foreign), "only Rapport's own are removed");
        assertEquals("two", f.read("aa", 2).changes().get(0).value());
    }
}
