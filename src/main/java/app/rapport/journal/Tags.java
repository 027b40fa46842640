package app.rapport.journal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tags are free text. For matching they are normalised: Unicode NFC, lower case, every kind of
 * dash or underscore read as a space, white space collapsed. What the user wrote is kept for display.
 */
public final class Tags {

    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\\u00AD_]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Tags() {
    }

    public static String normalize(String tag) {
        if (tag == null) {
            return "";
        }
        if (isPlainAscii(tag)) { // most tags: nothing to normalise but the case (imports call this per tag)
            return tag.toLowerCase(Locale.ROOT);
        }
        String t = Normalizer.normalize(tag, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        t = DASHES.matcher(t).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ");
        return t.strip();
    }

    /** ASCII words separated by single spaces: no dashes, underscores, other white space or padding. */
    private static boolean isPlainAscii(String t) {
        int n = t.length();
        if (n == 0 || t.charAt(0) == ' ' || t.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char ch = t.charAt(i);
            if (ch >= 0x80 || ch < ' ' || ch == '-' || ch == '_' || ch == ' ' && previous == ' ') {
                return false;
            }
            previous = ch;
        }
        return true;
    }

    /** Trims each tag, drops empty ones and keeps the first spelling of tags that normalise alike. */
    public static List<String> clean(List<String> tags) {
        Map<String, String> byNormal = new LinkedHashMap<>();
        for (String tag : tags) {
            if (tag == null) {
                continue;
            }
            String display = SPACES.matcher(tag.strip()).replaceAll(" ");
            String normal = normalize(display);
            if (!normal.isEmpty()) {
                byNormal.putIfAbsent(normal, display);
            }
        }
        return new ArrayList<>(byNormal.values());
    }
}
