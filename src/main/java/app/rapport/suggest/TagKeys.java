package app.rapport.suggest;

import app.rapport.journal.Tags;
import app.rapport.journal.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The key under which two tags are considered the same topic. On top of {@link Tags#normalize}
 * it folds umlauts ({@code Gründer}/{@code Gruender}), ignores how a compound is split
 * ({@code Start-up}, {@code Start up}, {@code Startup}) and strips the common German and English
 * inflections ({@code Finanzierung}/{@code Finanzierungen}, {@code investor}/{@code investors}/
 * {@code Investoren}, {@code nachhaltige}/{@code nachhaltiger}). The stems are not words; they
 * only have to be equal for tags the user means alike, and both sides are stemmed the same way.
 */
public final class TagKeys {

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}+#]+");
    private static final String[] ADJECTIVE_BASES = {"ig", "isch", "lich", "al", "iv", "ell"};

    private TagKeys() {
    }

    /** The matching key of a tag, or the empty string for a tag with no letters or digits. */
    public static String of(String tag) {
        String folded = TextFolding.fold(Tags.normalize(tag));
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(folded)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        // Inner words are stemmed alone (German adjectives inflect: "nachhaltige Mode"); the last
        // one is stemmed after joining, so that "Start-ups" meets "Startups".
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.size() - 1; i++) {
            joined.append(stem(words.get(i)));
        }
        joined.append(words.getLast());
        return stem(joined.toString());
    }

    /** A light stemmer for German and English inflections of one (folded, lower-case) word. */
    static String stem(String word) {
        String w = word;
        // Plural and case endings; twice, for "Unternehmens" -> "Unternehmen" -> "Unternehm".
        for (int pass = 0; pass < 2; pass++) {
            String next = stripInflection(w);
            if (next.equals(w)) {
                break;
            }
            w = next;
        }
        w = stripAdjectiveEnding(w);
        if (w.length() > 5 && w.endsWith("erin")) {
            w = w.substring(0, w.length() - 2); // Gründerin -> Gründer
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1); // Kunde/Kunden, finance/finances
        }
        return w;
    }

    private static String stripInflection(String w) {
        int n = w.length();
        if (n > 7 && w.endsWith("innen")) {
            return w.substring(0, n - 5);
        }
        if (n > 6 && w.endsWith("ungen")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("sses")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && (w.endsWith("xes") || w.endsWith("zes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 5 && (w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 5 && w.endsWith("ern")) {
            return w.substring(0, n - 1);
        }
        if (n > 4 && w.endsWith("en")) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String stripAdjectiveEnding(String w) {
        int n = w.length();
        if (n < 5 || !(w.endsWith("er") || w.endsWith("em") || w.endsWith("es"))) {
            return w;
        }
        String base = w.substring(0, n - 2);
        for (String b : ADJECTIVE_BASES) {
            if (base.endsWith(b) && base.length() > b.length() + 2) {
                return base;
            }
        }
        return w;
    }
}
