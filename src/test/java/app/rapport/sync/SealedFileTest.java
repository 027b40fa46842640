package app.rapport.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The encrypted file's chunks: each change, cut or swap is caught, at a chunk's end too. */
class SealedFileTest {

    static final char[] PASS = "passphrase".toCharArray();

    @Test
    void contentOfSeveralChunksComesBackAndEveryCutIsCaught() throws Exception {
        byte[] plain = new byte[SealedFile.CHUNK * 2 + 17];
        new Random(1).nextBytes(plain);
        byte[] sealed = SealedFile.seal(plain, PASS, 1000);
        assertArrayEquals(plain, SealedFile.open(sealed, PASS, "f"));
        assertArrayEquals(new byte[0], SealedFile.open(SealedFile.seal(new byte[0], PASS, 1000), PASS, "f"));

        int header = sealed.length - (plain.length + 3 * (4 + 6 + 12 + 16));
        int secondChunkEnd = header + 2 * (4 + 6 + 12 + 16 + SealedFile.CHUNK);
        // Cut at a chunk's end: what is there opens, but the last chunk is missing.
        assertThrows(SealedFile.DamagedException.class,
                () -> SealedFile.open(Arrays.copyOf(sealed, secondChunkEnd), PASS, "f"));
        for (int at : new int[] {header + 2, sealed.length - 1, secondChunkEnd + 30}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 4;
            assertThrows(SealedFile.DamagedException.class, () -> SealedFile.open(changed, PASS, "f"));
        }
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 1);
        assertThrows(SealedFile.DamagedException.class, () -> SealedFile.open(longer, PASS, "f"));
        assertThrows(SealedFile.WrongPassphraseException.class, () -> SealedFile.open(sealed, "other".toCharArray(), "f"));
    }
}
