package app.rapport.sync;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealing of the shared folder: AES-256-GCM from the JDK, the key derived from the passphrase
 * with PBKDF2-HMAC-SHA256 (iterations and salt stored beside the files). A sealed blob is
 * {@code MAGIC, 12-byte nonce, ciphertext and tag}; the associated data binds it to its place
 * (device and sequence number), so a file copied under another name does not open either.
 */
public final class SyncCrypto {

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    static final byte[] MAGIC = "RSYNC1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SyncCrypto(SecretKey key) {
        this.key = key;
    }

    public static SyncCrypto derive(char[] passphrase, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SyncCrypto(new SecretKeySpec(k, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from this Java", e);
        }
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    public byte[] seal(byte[] plain, String associated) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + NONCE + sealed.length).put(MAGIC).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain bytes, or null when the blob is cut short, changed, or sealed with another key or place. */
    public byte[] open(byte[] blob, String associated) {
        if (blob.length < MAGIC.length + NONCE + 16 || !Arrays.equals(blob, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, blob, MAGIC.length, NONCE));
            c.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(blob, MAGIC.length + NONCE, blob.length - MAGIC.length - NONCE);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
