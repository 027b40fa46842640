package app.rapport.journal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search so that German spellings meet: {@code Müller}, {@code Mueller} and
 * {@code Muller} all become {@code muller}; {@code Köln} and {@code Koeln} become {@code koln}.
 * Index and query are folded alike, so the replacement of {@code ae/oe/ue} also applies to words
 * that are not umlaut transcriptions (Samuel becomes samul on both sides and still matches).
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UMLAUT_TRANSCRIPTION = Pattern.compile("([aou])e");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isAscii(text)) { // no letters to transliterate and no marks: only case and ae/oe/ue
            String t = text.toLowerCase(Locale.ROOT);
            return t.contains("e") ? UMLAUT_TRANSCRIPTION.matcher(t).replaceAll("$1") : t;
        }
        String t = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ı", "i");
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = UMLAUT_TRANSCRIPTION.matcher(t).replaceAll("$1");
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
