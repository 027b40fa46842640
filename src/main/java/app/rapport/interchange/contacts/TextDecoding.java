package app.rapport.interchange.contacts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text the way address book exports need: a byte order mark decides;
 * otherwise strict UTF-8, and if that fails Windows-1252, which is what Excel writes on German
 * Windows (and which decodes any byte, so Latin-1 files read too).
 */
public final class TextDecoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text and the character set it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (isUtf8(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /**
     * Whether the bytes are strict UTF-8, checked through a small buffer: decoding the whole file
     * into one buffer and copying that into the text held the file three times over (a 128 MB
     * file took 650 MB before the first card was read).
     */
    static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        return !decoder.flush(out).isError();
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
