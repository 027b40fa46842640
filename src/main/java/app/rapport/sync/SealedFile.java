package app.rapport.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An encrypted backup or JSON export, sealed as the sync folder is ({@link SyncCrypto}: AES-256-GCM,
 * the key from the passphrase through PBKDF2-HMAC-SHA256) but self-contained, since such a file
 * travels alone:
 * <pre>
 * RAPPORT-SEALED 1\n
 * {"kdf":"PBKDF2-HMAC-SHA256","iterations":…,"salt":…,"cipher":"AES-256-GCM","keyCheck":…}\n
 * chunks: 4-byte length, then the sealed chunk (of at most {@value #CHUNK} plain bytes)
 * </pre>
 * Each chunk's associated data names the header (its SHA-256), the chunk's number and whether it
 * is the last, so chunks cannot be reordered, dropped, or the file cut at a chunk's end unnoticed.
 * The key check tells a wrong passphrase from a damaged file. Nothing but the KDF's parameters is
 * in plain text.
 */
public final class SealedFile {

    static final byte[] MAGIC = "RAPPORT-SEALED 1\n".getBytes(StandardCharsets.US_ASCII);
    static final int CHUNK = 1 << 16;
    private static final String CHECK = "rapport-sealed key check";
    private static final int MAX_HEADER = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SealedFile() {
    }

    /** The passphrase does not open the file's key. */
    public static final class WrongPassphraseException extends IOException {
        private static final long serialVersionUID = 1L;

        public WrongPassphraseException(String file) {
            super(file);
        }
    }

    /** The file is cut short, changed, or no sealed file of this version; {@code getMessage()} names it. */
    public static final class DamagedException extends IOException {
        private static final long serialVersionUID = 1L;

        public DamagedException(String file, String why) {
            super(file + ": " + why);
        }
    }

    /** Whether these first bytes are those of a sealed file. */
    public static boolean isSealed(byte[] start) {
        return start.length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Whether the file starts as a sealed file does (a missing or unreadable file does not). */
    public static boolean isSealed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isSealed(in.readNBytes(MAGIC.length));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A stream that seals what is written into {@code target}; closing it writes the last chunk
     * and closes {@code target}.
     *
     * @param iterations of the KDF ({@link SyncCrypto#DEFAULT_ITERATIONS}; tests use fewer)
     */
    public static OutputStream sealing(OutputStream target, char[] passphrase, int iterations) throws IOException {
        byte[] salt = SyncCrypto.newSalt();
        SyncCrypto crypto = SyncCrypto.derive(passphrase, salt, iterations);
        ObjectNode o = JSON.createObjectNode();
        o.put("kdf", "PBKDF2-HMAC-SHA256");
        o.put("iterations", iterations);
        o.put("salt", Base64.getEncoder().encodeToString(salt));
        o.put("cipher", "AES-256-GCM");
        o.put("keyCheck", Base64.getEncoder().encodeToString(crypto.seal(CHECK.getBytes(StandardCharsets.UTF_8), CHECK)));
        byte[] header = JSON.writeValueAsBytes(o);
        target.write(MAGIC);
        target.write(header);
        target.write('\n');
        return new Sealing(target, crypto, headerId(header));
    }

    /** What is sealed: plain content written to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Seals what {@code content} writes into {@code target}, which is left open (it may be standard output). */
    public static void write(OutputStream target, char[] passphrase, int iterations, Content content) throws IOException {
        OutputStream kept = new FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        OutputStream sealed = new java.io.BufferedOutputStream(sealing(kept, passphrase, iterations), CHUNK);
        content.writeTo(sealed);
        // Only now the last chunk: content that failed halfway never looks complete.
        sealed.close();
    }

    /** Seals {@code plain} whole (tests, small files). */
    public static byte[] seal(byte[] plain, char[] passphrase, int iterations) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = sealing(bytes, passphrase, iterations)) {
            out.write(plain);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The plain content of a sealed file read whole.
     *
     * @param name names the file in the exceptions
     * @throws WrongPassphraseException if the passphrase does not open it
     * @throws DamagedException         if it is cut short, changed or not a sealed file
     */
    public static byte[] open(byte[] sealed, char[] passphrase, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, sealed.length));
        open(new java.io.ByteArrayInputStream(sealed), passphrase, name, out);
        return out.toByteArray();
    }

    /** Opens the sealed file {@code from} into {@code to}, chunk by chunk; see {@link #open(byte[], char[], String)}. */
    public static void open(Path from, char[] passphrase, OutputStream to) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(from), 1 << 16)) {
            open(in, passphrase, from.toString(), to);
        }
    }

    private static void open(InputStream in, char[] passphrase, String name, OutputStream to) throws IOException {
        if (!isSealed(in.readNBytes(MAGIC.length))) {
            throw new DamagedException(name, "not an encrypted file of Rapport");
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || line.size() > MAX_HEADER) {
                throw new DamagedException(name, "header cut short");
            }
            line.write(b);
        }
        byte[] header = line.toByteArray();
        SyncCrypto crypto = keyOf(header, passphrase, name);
        String id = headerId(header);
        DataInputStream data = new DataInputStream(in);
        for (long index = 0; ; index++) {
            int length;
            try {
                length = data.readInt();
            } catch (EOFException e) {
                throw new DamagedException(name, "cut short");
            }
            if (length < 0 || length > CHUNK + 64) {
                throw new DamagedException(name, "changed");
            }
            byte[] chunk = data.readNBytes(length);
            if (chunk.length < length) {
                throw new DamagedException(name, "cut short");
            }
            byte[] plain = crypto.open(chunk, associated(id, index, false));
            boolean last = false;
            if (plain == null) {
                plain = crypto.open(chunk, associated(id, index, true));
                last = true;
            }
            if (plain == null) {
                throw new DamagedException(name, "changed");
            }
            to.write(plain);
            if (last) {
                if (data.read() >= 0) {
                    throw new DamagedException(name, "changed");
                }
                return;
            }
        }
    }

    private static SyncCrypto keyOf(byte[] header, char[] passphrase, String name) throws IOException {
        JsonNode o;
        try {
            o = JSON.readTree(header);
        } catch (IOException e) {
            throw new DamagedException(name, "header damaged");
        }
        if (o == null || !"PBKDF2-HMAC-SHA256".equals(o.path("kdf").asText()) || !"AES-256-GCM".equals(o.path("cipher").asText())) {
            throw new DamagedException(name, "header damaged");
        }
        int iterations = o.path("iterations").asInt();
        byte[] salt;
        byte[] check;
        try {
            salt = Base64.getDecoder().decode(o.path("salt").asText());
            check = Base64.getDecoder().decode(o.path("keyCheck").asText());
        } catch (IllegalArgumentException e) {
            throw new DamagedException(name, "header damaged");
        }
        if (iterations < 1 || iterations > 100_000_000 || salt.length < 8) {
            throw new DamagedException(name, "header damaged");
        }
        SyncCrypto crypto = SyncCrypto.derive(passphrase, salt, iterations);
        if (crypto.open(check, CHECK) == null) {
            throw new WrongPassphraseException(name);
        }
        return crypto;
    }

    private static String associated(String header, long index, boolean last) {
        return "rapport-sealed/1/" + header + "/" + index + (last ? "/last" : "/more");
    }

    private static String headerId(byte[] header) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(header));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seals in chunks; the last chunk (possibly empty) is written on close. */
    private static final class Sealing extends FilterOutputStream {
        private final SyncCrypto crypto;
        private final String header;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private long index;
        private boolean closed;

        Sealing(OutputStream target, SyncCrypto crypto, String header) {
            super(target);
            this.crypto = crypto;
            this.header = header;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == CHUNK) {
                    emit(false);
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void emit(boolean last) throws IOException {
            byte[] sealed = crypto.seal(Arrays.copyOf(buffer, filled), associated(header, index++, last));
            out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
            out.write(sealed);
            filled = 0;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                emit(true);
                Arrays.fill(buffer, (byte) 0);
            } finally {
                out.close();
            }
        }
    }
}
