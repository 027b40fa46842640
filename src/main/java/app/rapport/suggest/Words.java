package app.rapport.suggest;

import app.rapport.journal.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * Words of what people write (tags, encounter titles, notes) as the engine compares them: folded
 * ({@code Gründer}, {@code Gruender}), split at everything but letters and digits, without the
 * words that only frame a tag ("sucht", "looking for", "und"), each with its stems.
 *
 * <p>A tag does not say its language, and many mix both ("B2B-Vertrieb", "Start-up Finanzierung"),
 * so each word is stemmed by the German and by the English Snowball stemmer, and two words are
 * the same when any of their stems agree: "Investoren" and "investors" meet on "investor",
 * "recruiting" and "Recruiter" on "recruit". Not thread-safe (the stemmers keep state).
 */
final class Words {

    /** Words that carry no topic: articles, prepositions, and the framing of seeks and offers. */
    static final Set<String> STOP = Set.copyOf(java.util.List.of(
            // English
            "a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "by", "with", "from", "into", "via",
            "about", "as", "is", "are", "be", "we", "our", "my", "i", "you", "your", "their", "its", "this",
            "that", "new", "looking", "seeking", "seeks", "seek", "wanted", "need", "needs", "needed", "offer",
            "offers", "offering", "can", "help", "helps", "some", "any", "all", "more", "other", "using", "based",
            "towards", "toward", "through", "under", "over", "without", "within", "not", "no", "who",
            // German
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und",
            "oder", "fur", "von", "vom", "mit", "im", "in", "am", "an", "auf", "aus", "bei", "zum", "zur", "zu",
            "uber", "nach", "als", "ist", "sind", "wir", "ich", "sie", "er", "es", "unser", "unsere", "sucht",
            "suche", "suchen", "gesucht", "biete", "bietet", "bieten", "angebot", "hilfe", "neue", "neuer",
            "neues", "neu", "alle", "nicht", "kein", "keine", "wer"));

    private final SnowballStemmer german = new GermanStemmer();
    private final SnowballStemmer english = new EnglishStemmer();

    /** The folded content words of a text, in order (duplicates kept). */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String folded = TextFolding.fold(text);
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = folded.length(); i <= n; i++) {
            char c = i < n ? folded.charAt(i) : ' ';
            // "C++", "C#", and "M&A", "R&D" as one word each.
            boolean joins = (c == '+' || c == '#') && !word.isEmpty()
                    || c == '&' && !word.isEmpty() && i + 1 < n && Character.isLetter(folded.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || joins) {
                word.append(c);
            } else if (!word.isEmpty()) {
                add(out, word.toString());
                word.setLength(0);
            }
        }
        return out;
    }

    private static void add(List<String> out, String w) {
        if (w.length() >= 2 && !STOP.contains(w) && !isNumber(w)) {
            out.add(w);
        }
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The German and the English stem of a folded word: one or two strings, never shorter than 2. */
    String[] stems(String word) {
        String de = stem(german, word);
        String en = stem(english, word);
        if (de.equals(en)) {
            return new String[] {de};
        }
        return new String[] {de, en};
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        String s = stemmer.getCurrent();
        return s.length() >= 2 ? s : word;
    }
}
