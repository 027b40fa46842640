package app.rapport.suggest;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One kind of a contact's topics (what they seek, offer, care about, or talked about) as a sorted
 * list of feature ids, each with a credit. The words of a tag share one point between them, so a
 * partial overlap ("B2B sales", "enterprise sales") counts less than a whole match. A tag that
 * belongs to concepts gives 0.85 to each concept, times the square root of the share of its words
 * the concept's term stands for, and 0.15 to its words: two tags that mean the same in other words
 * ("Vertrieb", "B2B sales") meet at 0.85, two written alike at 1, and "book recommendations on
 * leadership" meets "remote leadership experience" at 0.85 x sqrt(1/3), on the word they share.
 * The root, because the words a concept leaves out often only qualify it ("Seefracht nach
 * Kanada" is freight, to Canada; an offer written as a phrase says more than it needs to). A
 * feature id is a concept id, or the number of concepts plus a stem id.
 */
record Features(int[] ids, float[] credit) {

    static final Features NONE = new Features(new int[0], new float[0]);
    static final float CONCEPT = 0.85f;
    static final float WORDS_BESIDE_CONCEPT = 1 - CONCEPT;
    static final float WORDS = 1f;

    static Features of(Lexicon.Tag[] tags, int conceptCount) {
        if (tags.length == 0) {
            return NONE;
        }
        Map<Integer, Float> best = new TreeMap<>();
        for (Lexicon.Tag tag : tags) {
            for (int i = 0; i < tag.concepts().length; i++) {
                best.merge(tag.concepts()[i], CONCEPT * (float) Math.sqrt(tag.coverage()[i]), Math::max);
            }
            int units = tag.units().length;
            float words = tag.concepts().length > 0 ? WORDS_BESIDE_CONCEPT : WORDS;
            for (Lexicon.Unit u : tag.units()) {
                float each = words / units / u.stems().length;
                for (int s : u.stems()) {
                    best.merge(conceptCount + s, each, Math::max);
                }
            }
        }
        return from(best);
    }

    /** Topics of encounters: each stem is a feature of credit 1. */
    static Features ofStems(int[] sortedStems, int conceptCount) {
        int[] ids = new int[sortedStems.length];
        float[] credit = new float[sortedStems.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = conceptCount + sortedStems[i];
            credit[i] = 1f;
        }
        return new Features(ids, credit);
    }

    private static Features from(Map<Integer, Float> sorted) {
        int[] ids = new int[sorted.size()];
        float[] credit = new float[sorted.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> e : sorted.entrySet()) {
            ids[i] = e.getKey();
            credit[i] = e.getValue();
            i++;
        }
        return new Features(ids, credit);
    }

    int size() {
        return ids.length;
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    boolean contains(int id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** Σ over shared features of the smaller credit times the feature's weight. */
    static double overlap(Features x, Features y, double[] weight) {
        int[] a = x.ids;
        int[] b = y.ids;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            int d = a[i] - b[j];
            if (d < 0) {
                i++;
            } else if (d > 0) {
                j++;
            } else {
                double w = weight[a[i]];
                if (w > 0) {
                    sum += Math.min(x.credit[i], y.credit[j]) * w;
                }
                i++;
                j++;
            }
        }
        return sum;
    }

    /** The most {@link #overlap} of these features with anyone's can be. */
    double bound(double[] weight) {
        double sum = 0;
        for (int i = 0; i < ids.length; i++) {
            sum += credit[i] * weight[ids[i]];
        }
        return sum;
    }
}
