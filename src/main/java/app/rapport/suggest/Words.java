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

    /** Our own stop words: English ones Lucene's short list lacks, and how seeks and offers are framed. */
    private static final List<String> OWN_STOP_WORDS = List.of(
            // English
            "a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "by", "with", "from", "into", "about",
            "as", "is", "are", "be", "we", "our", "my", "i", "me", "you", "your", "their", "its", "this", "that",
            "some", "any", "all", "more", "other", "through", "under", "over", "not", "no", "who", "which", "what",
            "how", "both", "each", "few", "most", "such", "than", "too", "very", "so", "do", "does", "has", "have",
            "will", "would", "should", "could", "they", "them", "he", "she", "his", "her", "own", "same",
            "new", "looking", "seeking", "seeks", "seek", "wanted", "need", "needs", "needed", "offer", "offers",
            "offering", "can", "help", "helps", "using", "based", "towards", "toward", "within", "without", "via",
            "someone", "somebody", "anyone", "people", "find", "finding", "get", "getting", "want",
            // German
            "sucht", "suche", "suchen", "gesucht", "biete", "bietet", "bieten", "angebot", "hilfe", "neue", "neuer",
            "neues", "neu", "beim", "mehr", "unseren", "unserem", "unserer", "unsere", "jemand", "jemanden",
            "jemandem", "leute", "wer");

    /** Stop words elsewhere that are words here: "IT-Beratung", "US market", "Start-up", "Roll-out". */
    private static final Set<String> KEPT = Set.of("it", "us", "up", "down", "out", "off");

    /**
     * Words that carry no topic: Lucene's German stop words (the Snowball project's list) and its English ones
     * (articles, pronouns, prepositions, auxiliaries), with our own English ones, folded as tags are, and the
     * framing of seeks and offers ("sucht", "looking for", "biete"), except those in {@link #KEPT}.
     */
    static final Set<String> STOP = stopWords();

    private static Set<String> stopWords() {
        Set<String> all = new java.util.HashSet<>();
        List<Object> lucene = new ArrayList<>(org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet());
        lucene.addAll(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        for (Object w : lucene) {
            all.add(TextFolding.fold(w instanceof char[] c ? new String(c) : w.toString()));
        }
        for (String w : OWN_STOP_WORDS) {
            all.add(TextFolding.fold(w));
        }
        all.removeAll(KEPT);
        return Set.copyOf(all);
    }

    private final SnowballStemmer german = new GermanStemmer();
    private final SnowballStemmer english = new EnglishStemmer();

    /**
     * Words that only join others ("Kunst und Kultur", "arts and culture", "Luft- und Raumfahrt"):
     * a concept's term does not need them. Other stop words in a term are part of its sense
     * ("New Work", "no-code", "people analytics", "Help Desk") and a tag must hold them too.
     */
    static final Set<String> CONNECTORS = Set.of("a", "an", "the", "and", "or", "of", "for", "in", "on", "at",
            "to", "by", "with", "from", "into", "as", "und", "oder", "fur", "von", "vom", "mit", "im", "am",
            "auf", "aus", "bei", "beim", "zum", "zur", "zu", "der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "uber", "nach", "als");

    /** The folded content words of a text, in order (duplicates kept). */
    static List<String> of(String text) {
        return words(text, STOP);
    }

    /** The folded words of a text but those that only join others ({@link #CONNECTORS}): for concept terms. */
    static List<String> ofTerm(String text) {
        return words(text, CONNECTORS, true);
    }

    /**
     * The words of a text that a term may need besides its content words: stop words that are not
     * {@link #CONNECTORS} ("New Work") and numbers ("Industrie 4.0", "ISO 9001").
     */
    static List<String> senseStopWords(String text) {
        List<String> out = words(text, CONNECTORS, true);
        out.removeIf(w -> !STOP.contains(w) && !isNumber(w));
        return out;
    }

    private static List<String> words(String text, Set<String> dropped) {
        return words(text, dropped, false);
    }

    private static List<String> words(String text, Set<String> dropped, boolean numbers) {
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
                    || c == '&' && !word.isEmpty() && i + 1 < n && Character.isLetter(folded.charAt(i + 1))
                    // "4.0", "2.5": a number with its decimals.
                    || c == '.' && !word.isEmpty() && isNumber(word.toString()) && i + 1 < n
                    && Character.isDigit(folded.charAt(i + 1));
            // "E-Learning", "E-Mobilität", "Q-Learning": a lone letter before a hyphen is part of the word.
            boolean prefix = c == '-' && word.length() == 1 && Character.isLetter(word.charAt(0))
                    && i + 1 < n && Character.isLetter(folded.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || joins) {
                word.append(c);
            } else if (prefix) {
                continue;
            } else if (!word.isEmpty()) {
                add(out, word.toString(), dropped, numbers);
                word.setLength(0);
            }
        }
        return out;
    }

    private static void add(List<String> out, String w, Set<String> dropped, boolean numbers) {
        if ((w.length() >= 2 || numbers && isNumber(w)) && !dropped.contains(w) && (numbers || !isNumber(w))) {
            out.add(w);
        }
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i)) && !(w.charAt(i) == '.' && i > 0)) {
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
