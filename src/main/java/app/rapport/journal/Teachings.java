package app.rapport.journal;

import app.rapport.journal.Journal.ContactPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the user told Rapport for its introductions, beyond the people themselves: pairs who do
 * not know each other although they work at one organisation (or met, or were tied), words that
 * mean the same or do not, and from when on the engine learns from the user's decisions (a reset
 * of what it learned forgets the decisions before; the decisions themselves stay).
 */
public record Teachings(Set<ContactPair> strangers, List<WordPair> words, Instant learnFrom) {

    public static final Teachings NONE = new Teachings(Set.of(), List.of(), null);

    public Teachings {
        strangers = Set.copyOf(strangers == null ? Set.of() : strangers);
        Map<String, WordPair> byKey = new LinkedHashMap<>();
        for (WordPair w : words == null ? List.<WordPair>of() : words) {
            byKey.put(w.key(), w); // the later word on a pair wins
        }
        words = List.copyOf(byKey.values());
    }

    /**
     * Two tags the user said mean the same ({@code same}) or not. The pair is unordered: it is
     * kept with the tag that sorts first (normalised) as {@code first}; the tags as written.
     */
    public record WordPair(String first, String second, boolean same) {

        public WordPair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            first = first.strip();
            second = second.strip();
            if (Tags.normalize(first).isEmpty() || Tags.normalize(second).isEmpty()) {
                throw new IllegalArgumentException("a word of a pair is empty");
            }
            if (Tags.normalize(first).equals(Tags.normalize(second))) {
                throw new IllegalArgumentException("a word cannot be paired with itself: " + first);
            }
            if (Tags.normalize(first).compareTo(Tags.normalize(second)) > 0) {
                String t = first;
                first = second;
                second = t;
            }
        }

        /** The pair as normalised tags, for looking it up. */
        public String key() {
            return Tags.normalize(first) + '\u0000' + Tags.normalize(second);
        }
    }

    public boolean isEmpty() {
        return strangers.isEmpty() && words.isEmpty() && learnFrom == null;
    }

    public boolean areStrangers(String a, String b) {
        return !a.equals(b) && strangers.contains(ContactPair.of(a, b));
    }

    /** The pairs said to mean the same, in the order of their first word. */
    public List<WordPair> sameWords() {
        return words.stream().filter(WordPair::same).sorted(ORDER).toList();
    }

    /** The pairs said to mean different things, in the order of their first word. */
    public List<WordPair> differentWords() {
        return words.stream().filter(w -> !w.same()).sorted(ORDER).toList();
    }

    private static final Comparator<WordPair> ORDER = Comparator.comparing((WordPair w) -> Tags.normalize(w.first()))
            .thenComparing(w -> Tags.normalize(w.second()));

    /**
     * The words said to mean the same, as groups: "Vertrieb = Sales" and "Sales = B2B-Verkauf"
     * make one group of three. Each group in the order of its words, spelled as first written.
     */
    public List<List<String>> sameMeaningGroups() {
        Map<String, String> parent = new TreeMap<>();
        Map<String, String> spelling = new TreeMap<>();
        for (WordPair w : sameWords()) {
            String a = Tags.normalize(w.first());
            String b = Tags.normalize(w.second());
            spelling.putIfAbsent(a, w.first());
            spelling.putIfAbsent(b, w.second());
            parent.putIfAbsent(a, a);
            parent.putIfAbsent(b, b);
            String ra = root(parent, a);
            String rb = root(parent, b);
            if (!ra.equals(rb)) {
                parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
            }
        }
        Map<String, TreeSet<String>> groups = new TreeMap<>();
        for (String k : parent.keySet()) {
            groups.computeIfAbsent(root(parent, k), x -> new TreeSet<>()).add(k);
        }
        List<List<String>> out = new ArrayList<>();
        for (TreeSet<String> g : groups.values()) {
            out.add(g.stream().map(spelling::get).toList());
        }
        return out;
    }

    private static String root(Map<String, String> parent, String k) {
        String r = k;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** With one more pair of words (replacing what was said of the same two before). */
    public Teachings withWords(WordPair pair) {
        List<WordPair> more = new ArrayList<>(words);
        more.removeIf(w -> w.key().equals(pair.key()));
        more.add(pair);
        return new Teachings(strangers, more, learnFrom);
    }

    /**
     * These teachings and those of a file brought in: strangers and words of both (the file's word
     * on a pair the journal has too), learning from the later of the two resets.
     */
    public Teachings mergedWith(Teachings other) {
        Set<ContactPair> s = new java.util.HashSet<>(strangers);
        s.addAll(other.strangers);
        List<WordPair> w = new ArrayList<>(words);
        w.addAll(other.words);
        Instant from = learnFrom == null ? other.learnFrom
                : other.learnFrom == null || learnFrom.isAfter(other.learnFrom) ? learnFrom : other.learnFrom;
        return new Teachings(s, w, from);
    }
}
