package app.rapport.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the engine reads what people write. A tag becomes words, each word a set of stems (German
 * and English, see {@link Words}); a German compound is split against the journal's own words
 * ("Videoproduktion" holds "Video" and "Produktion" when someone wrote either); and a tag belongs
 * to every concept (from the shipped {@link ConceptList} or the user's own "treat as the same")
 * one of whose terms it contains, word by word.
 *
 * <p>Stems and concepts are numbered; a journal's tags are read once per distinct text.
 */
final class Lexicon {

    private static final int MIN_PART = 4;
    private static final int MIN_COMPOUND = 2 * MIN_PART;
    private static final String[] LINKS = {"", "s", "es", "n", "en", "e"};
    /** Endings that make words, never the last word of a compound: "leader|ship", "Gesund|heit". */
    private static final Set<String> SUFFIXES = Set.of("ship", "ships", "ness", "ment", "ments", "hood", "less",
            "able", "ible", "wise", "ward", "wards", "ling", "heit", "keit", "schaft", "lich", "isch", "ismus", "tion",
            "tions", "sion", "ungen");

    /** One word of a tag: every stem it stands for (of the word, and of its parts when a compound). */
    record Unit(int[] stems) {
    }

    /**
     * A tag as the engine reads it: its words, the concepts it belongs to (ascending ids), and all
     * stems of its words (ascending, for the index).
     */
    record Tag(String text, Unit[] units, int[] concepts, float[] coverage, int[] stems) {

        boolean isEmpty() {
            return units.length == 0 && concepts.length == 0;
        }
    }

    private record Term(int concept, int[][] words) {
    }

    private final Words words = new Words();
    private final Map<String, Integer> stemIds = new HashMap<>();
    private final List<String> stemTexts = new ArrayList<>();
    private final List<String> conceptNames = new ArrayList<>();
    /** Per stem id, the terms one of whose words it can be. */
    private final Map<Integer, List<Term>> termsByStem = new HashMap<>();
    private final Set<String> known = new HashSet<>();
    private final Map<String, Tag> tags = new HashMap<>();
    private final Map<String, int[]> textStems = new HashMap<>();

    /**
     * A lexicon for a journal whose tags are {@code vocabulary} (for splitting compounds), with the
     * shipped concepts and the user's own groups of tags that mean the same.
     */
    Lexicon(ConceptList concepts, Iterable<String> vocabulary, List<List<String>> sameMeaning) {
        for (ConceptList.Concept c : concepts.concepts()) {
            for (String term : c.terms()) {
                for (String w : Words.of(term)) {
                    knowWord(w);
                }
            }
        }
        for (String text : vocabulary) {
            for (String w : Words.of(text)) {
                knowWord(w);
            }
        }
        for (ConceptList.Concept c : concepts.concepts()) {
            int id = conceptNames.size();
            conceptNames.add(c.name());
            for (String term : c.terms()) {
                addTerm(id, term);
            }
        }
        for (List<String> group : sameMeaning) {
            int id = conceptNames.size();
            conceptNames.add("=" + String.join("=", group));
            for (String term : group) {
                addTerm(id, term);
            }
        }
    }

    private void knowWord(String w) {
        if (w.length() >= MIN_PART) {
            known.add(w);
            for (String s : words.stems(w)) {
                known.add(s);
            }
        }
    }

    private void addTerm(int concept, String term) {
        List<String> ws = Words.ofTerm(term);
        if (ws.isEmpty()) {
            return;
        }
        List<int[][]> alternatives = new ArrayList<>();
        int[][] whole = new int[ws.size()][];
        List<int[]> split = new ArrayList<>();
        boolean anySplit = false;
        for (int i = 0; i < ws.size(); i++) {
            whole[i] = stemIds(ws.get(i));
            List<String> parts = split(ws.get(i));
            if (parts == null) {
                split.add(whole[i]);
            } else {
                anySplit = true;
                for (String p : parts) {
                    split.add(stemIds(p));
                }
            }
        }
        alternatives.add(whole);
        if (anySplit) {
            alternatives.add(split.toArray(new int[0][]));
        }
        for (int[][] alt : alternatives) {
            Term t = new Term(concept, alt);
            // Indexed by the stems of its first word: a tag must contain that word to match.
            for (int s : alt[0]) {
                termsByStem.computeIfAbsent(s, k -> new ArrayList<>(2)).add(t);
            }
        }
    }

    int conceptCount() {
        return conceptNames.size();
    }

    String conceptName(int id) {
        return conceptNames.get(id);
    }

    String stemText(int id) {
        return stemTexts.get(id);
    }

    int stemCount() {
        return stemTexts.size();
    }

    /** The stems of every tag read so far: the journal's vocabulary of what people care about. */
    private final java.util.BitSet tagStems = new java.util.BitSet();

    /** The tag as the engine reads it (the same object for the same text). */
    Tag tag(String text) {
        Tag t = tags.get(text);
        if (t == null) {
            t = read(text);
            tags.put(text, t);
        }
        return t;
    }

    private Tag read(String text) {
        List<String> ws = Words.of(text);
        Unit[] units = new Unit[ws.size()];
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            int[] stems = stemIds(w);
            List<String> parts = split(w);
            if (parts != null) {
                Set<Integer> more = new java.util.LinkedHashSet<>();
                for (int s : stems) {
                    more.add(s);
                }
                for (String p : parts) {
                    for (int s : stemIds(p)) {
                        more.add(s);
                    }
                }
                stems = more.stream().mapToInt(Integer::intValue).toArray();
            }
            Arrays.sort(stems);
            units[i] = new Unit(stems);
            for (int s : stems) {
                all.add(s);
            }
        }
        int[] stems = all.stream().mapToInt(Integer::intValue).toArray();
        // A term may need a word that is no topic of its own ("New Work", "no-code").
        java.util.TreeSet<Integer> withSense = new java.util.TreeSet<>(all);
        for (String w : Words.senseStopWords(text)) {
            for (int s : stemIds(w)) {
                withSense.add(s);
            }
        }
        int[] matchable = withSense.stream().mapToInt(Integer::intValue).toArray();
        java.util.TreeMap<Integer, Float> concepts = new java.util.TreeMap<>();
        for (int s : matchable) {
            for (Term term : termsByStem.getOrDefault(s, List.of())) {
                if (containsAll(matchable, term.words())) {
                    concepts.merge(term.concept(), coverage(units, term.words()), Math::max);
                }
            }
        }
        for (int st : stems) {
            tagStems.set(st);
        }
        int[] ids = new int[concepts.size()];
        float[] coverage = new float[concepts.size()];
        int k = 0;
        for (var e : concepts.entrySet()) {
            ids[k] = e.getKey();
            coverage[k++] = e.getValue();
        }
        return new Tag(text.strip(), units, ids, coverage, stems);
    }

    /**
     * The share of a tag's words that a concept's term stands for: "B2B sales" is all sales, "book
     * recommendations on leadership" a third leadership.
     */
    private static float coverage(Unit[] units, int[][] termWords) {
        if (units.length == 0) {
            return 1f;
        }
        int covered = 0;
        for (Unit u : units) {
            boolean hit = false;
            for (int[] alternatives : termWords) {
                for (int s : alternatives) {
                    if (Arrays.binarySearch(u.stems(), s) >= 0) {
                        hit = true;
                        break;
                    }
                }
                if (hit) {
                    break;
                }
            }
            if (hit) {
                covered++;
            }
        }
        return Math.max(covered, 1) / (float) units.length;
    }

    /** Whether a word of this stem occurs in some contact's interests, offers or seeks. */
    boolean isTagStem(int stem) {
        return tagStems.get(stem);
    }

    /** The stems of the words of any text (encounter titles, notes, events), ascending. */
    int[] textStems(String text) {
        int[] cached = textStems.get(text);
        if (cached != null) {
            return cached;
        }
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (String w : Words.of(text)) {
            if (!Words.STOP.contains(w) && !TOPIC_STOP.contains(w)) {
                for (int s : stemIds(w)) {
                    all.add(s);
                }
            }
        }
        int[] out = all.stream().mapToInt(Integer::intValue).toArray();
        if (textStems.size() < 200_000) {
            textStems.put(text, out);
        }
        return out;
    }

    /**
     * The phrases of the texts made of words whose stems weigh something for the pair ("reinforcement
     * learning", not "reinforcement" and "learning" apart), as written, the weightiest first.
     */
    List<String> phrases(java.util.function.IntToDoubleFunction weightOfStem, Iterable<String> texts, int max) {
        Map<String, Double> found = new java.util.LinkedHashMap<>();
        Map<String, String> spelled = new HashMap<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            List<String> run = new ArrayList<>();
            double[] weight = {0};
            for (String token : text.split("\\s+")) {
                // Words joined by a hyphen stay one run ("Large-Scale"); punctuation ends one.
                boolean ends = !token.isEmpty() && !Character.isLetterOrDigit(token.charAt(token.length() - 1));
                for (String raw : token.split("[^\\p{L}\\p{N}+#]+")) {
                    double w = 0;
                    String folded = app.rapport.journal.TextFolding.fold(raw);
                    if (raw.length() >= 2 && !Words.STOP.contains(folded) && !TOPIC_STOP.contains(folded)) {
                        for (String st : words.stems(folded)) {
                            Integer id = stemIds.get(st);
                            if (id != null) {
                                w = Math.max(w, weightOfStem.applyAsDouble(id));
                            }
                        }
                    }
                    if (w > 0) {
                        run.add(raw);
                        weight[0] += w;
                    } else if (!raw.isEmpty()) {
                        endRun(run, weight, found, spelled);
                    }
                }
                if (ends) {
                    endRun(run, weight, found, spelled);
                }
            }
            endRun(run, weight, found, spelled);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(found.entrySet());
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : ranked) {
            String key = e.getKey();
            // A phrase inside one already named adds nothing ("learning" after "reinforcement learning").
            if (out.stream().noneMatch(o -> app.rapport.journal.TextFolding.fold(o).contains(key))) {
                out.add(spelled.get(key));
            }
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }

    private static void endRun(List<String> run, double[] weight, Map<String, Double> found, Map<String, String> spelled) {
        if (run.isEmpty()) {
            return;
        }
        String phrase = String.join(" ", run);
        String key = app.rapport.journal.TextFolding.fold(phrase);
        found.merge(key, weight[0], Math::max);
        spelled.putIfAbsent(key, phrase);
        run.clear();
        weight[0] = 0;
    }

    /** Words of encounter titles that say how people met, not what about. */
    private static final Set<String> TOPIC_STOP = Set.copyOf(List.of(
            "lunch", "dinner", "breakfast", "coffee", "call", "meeting", "meet", "met", "chat", "catch", "follow",
            "intro", "video", "phone", "email", "mail", "message", "talk", "visit", "drinks", "beer",
            "kaffee", "mittagessen", "abendessen", "fruhstuck", "telefonat", "anruf", "gesprach", "treffen",
            "getroffen", "kennenlernen", "besuch", "nachricht", "austausch", "termin", "bier"));

    private static boolean containsAll(int[] sortedStems, int[][] words) {
        for (int[] alternatives : words) {
            boolean found = false;
            for (int s : alternatives) {
                if (Arrays.binarySearch(sortedStems, s) >= 0) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private int[] stemIds(String word) {
        String[] stems = words.stems(word);
        int[] ids = new int[stems.length];
        for (int i = 0; i < stems.length; i++) {
            ids[i] = stemId(stems[i]);
        }
        return ids;
    }

    private int stemId(String stem) {
        Integer id = stemIds.get(stem);
        if (id == null) {
            id = stemTexts.size();
            stemIds.put(stem, id);
            stemTexts.add(stem);
        }
        return id;
    }

    /**
     * The parts of a German compound whose head and tail are words of the journal (or of the
     * concept list), the head as long as possible: "videoproduktion" into "video" and
     * "produktion", "grundungszuschuss" into "grundung" and "zuschuss". Null if it is not one.
     */
    List<String> split(String word) {
        if (word.length() < MIN_COMPOUND) {
            return null;
        }
        for (int i = word.length() - MIN_PART; i >= MIN_PART; i--) {
            String head = word.substring(0, i);
            if (!isKnown(head)) {
                continue;
            }
            for (String link : LINKS) {
                if (!word.startsWith(link, i) || word.length() - i - link.length() < MIN_PART) {
                    continue;
                }
                String tail = word.substring(i + link.length());
                if (!SUFFIXES.contains(tail) && isKnown(tail)) {
                    return List.of(head, tail);
                }
            }
        }
        return null;
    }

    private boolean isKnown(String part) {
        if (known.contains(part)) {
            return true;
        }
        // A part known only through a stem shorter than a part may be ("cate" as "cat") is not one.
        for (String s : words.stems(part)) {
            if (s.length() >= MIN_PART && known.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
