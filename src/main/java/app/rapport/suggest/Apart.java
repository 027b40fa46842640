package app.rapport.suggest;

import app.rapport.journal.Tags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags the user said mean different things ("Machine Learning" is not "Machine Vision"): between
 * two people of whom one holds the first and the other the second, neither tag counts what the
 * other holds too (a concept both belong to, a word both contain). Each tag still meets everyone
 * else's tags as before.
 */
final class Apart {

    /** Per normalised tag, the normalised tags the user said it differs from. */
    private final Map<String, Set<String>> different = new HashMap<>();

    Apart(List<List<String>> pairs) {
        for (List<String> p : pairs) {
            String a = Tags.normalize(p.get(0));
            String b = Tags.normalize(p.get(1));
            different.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            different.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
    }

    boolean isEmpty() {
        return different.isEmpty();
    }

    /**
     * For every pair of slots where one holds a tag the other holds a tag kept apart from, their
     * features against each other: seeks, offers and interests of the smaller slot, then of the
     * larger, each without what the two tags share. Keys are {@link Model#pair}.
     */
    Map<Long, Features[]> features(Profile[] profiles, int conceptCount) {
        Map<Long, Features[]> out = new HashMap<>();
        if (different.isEmpty()) {
            return out;
        }
        Map<String, List<Integer>> holders = new HashMap<>();
        for (Profile p : profiles) {
            for (Lexicon.Tag t : all(p)) {
                String k = Tags.normalize(t.text());
                if (different.containsKey(k)) {
                    List<Integer> h = holders.computeIfAbsent(k, x -> new ArrayList<>());
                    if (h.isEmpty() || h.getLast() != p.slot) {
                        h.add(p.slot);
                    }
                }
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (Map.Entry<String, List<Integer>> e : holders.entrySet()) {
            for (String other : different.get(e.getKey())) {
                for (int x : e.getValue()) {
                    for (int y : holders.getOrDefault(other, List.of())) {
                        if (x != y) {
                            pairs.add(Model.pair(x, y));
                        }
                    }
                }
            }
        }
        for (long key : pairs) {
            Profile a = profiles[(int) (key >>> 32)];
            Profile b = profiles[(int) key];
            out.put(key, new Features[] {
                    without(a.seeks, b, conceptCount), without(a.offers, b, conceptCount),
                    without(a.interests, b, conceptCount), without(b.seeks, a, conceptCount),
                    without(b.offers, a, conceptCount), without(b.interests, a, conceptCount)});
        }
        return out;
    }

    private static List<Lexicon.Tag> all(Profile p) {
        List<Lexicon.Tag> all = new ArrayList<>(Arrays.asList(p.seeks));
        all.addAll(Arrays.asList(p.offers));
        all.addAll(Arrays.asList(p.interests));
        return all;
    }

    /**
     * The features of the tags as {@link Features#of} makes them, each tag's own without the
     * concepts and stems of the other's tags kept apart from it (credits as they were).
     */
    private Features without(Lexicon.Tag[] tags, Profile other, int conceptCount) {
        java.util.TreeMap<Integer, Float> best = new java.util.TreeMap<>();
        for (Lexicon.Tag t : tags) {
            Set<Integer> drop = new HashSet<>();
            Set<String> apart = different.get(Tags.normalize(t.text()));
            if (apart != null) {
                for (Lexicon.Tag u : all(other)) {
                    if (apart.contains(Tags.normalize(u.text()))) {
                        for (int c : u.concepts()) {
                            drop.add(c);
                        }
                        for (int st : u.stems()) {
                            drop.add(conceptCount + st);
                        }
                    }
                }
            }
            Features own = Features.of(new Lexicon.Tag[] {t}, conceptCount);
            for (int i = 0; i < own.ids().length; i++) {
                if (!drop.contains(own.ids()[i])) {
                    best.merge(own.ids()[i], own.credit()[i], Math::max);
                }
            }
        }
        int[] ids = new int[best.size()];
        float[] credit = new float[best.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> e : best.entrySet()) {
            ids[i] = e.getKey();
            credit[i++] = e.getValue();
        }
        return new Features(ids, credit);
    }
}
