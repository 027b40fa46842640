package app.rapport.ui.network;

import app.rapport.journal.Contact;
import app.rapport.journal.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each circle is about, told apart from the others: the interest or organisation that is
 * most typical of a circle relative to the rest of the network, and no word used for two circles.
 *
 * <p>A term (an interest, or an organisation) scores in a circle by the share of the circle that
 * has it (squared) times the share of those who have it that are in this circle (like TF-IDF, common here and
 * rare elsewhere). A term everyone has scores nothing, a term all of the circle and no one else has
 * scores most. Terms go to circles greedily, best score first, each term
 * to one circle only: the circle where it says most. A circle gets a second term (one still free,
 * and saying more of this circle than of any other) when that says at least a third as much as the
 * first; a circle led by an organisation is
 * named by it alone. A circle left without a term of its own stays unnamed (the map numbers it).
 */
final class CircleLabels {

    /** A term must be shared by this many members of a circle to say something about it. */
    private static final int MIN_MEMBERS = 2;
    /** A term must be this many times as common in a circle as in the whole network. */
    private static final double MIN_LIFT = 1.5;
    /** The second term is shown when it says at least this share of what the first says. */
    private static final double SECOND_TERM = 1.0 / 3;

    /** {@code key}: the normalised word (no word names two circles); {@code id}: it as an interest or an organisation. */
    private record Term(String key, String spelling, boolean organisation) {
        String id() {
            return (organisation ? "o:" : "i:") + key;
        }
    }

    private record Candidate(int circle, Term term, double score) {
    }

    private CircleLabels() {
    }

    /**
     * Labels by circle number, for the circles in {@code order} (ties in score go to the earlier
     * circle); a circle without a telling term of its own is absent.
     */
    static Map<Integer, String> of(List<Contact> people, int[] circle, List<Integer> order) {
        Map<Integer, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        int k = order.size();
        int[] members = new int[k];
        Map<String, Term> terms = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Integer r = circle[i] >= 0 ? rank.get(circle[i]) : null;
            if (r != null) {
                members[r]++;
            }
            for (Term t : termsOf(people.get(i))) {
                terms.putIfAbsent(t.id(), t);
                total.merge(t.id(), 1, Integer::sum);
                if (r != null) {
                    counts.computeIfAbsent(t.id(), x -> new int[k])[r]++;
                }
            }
        }
        int n = people.size();
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] in = e.getValue();
            for (int r = 0; r < k; r++) {
                if (in[r] < MIN_MEMBERS) {
                    continue;
                }
                double score = distinctiveness(in[r], members[r], total.get(e.getKey()) - in[r], n - members[r]);
                if (score > 0) {
                    candidates.add(new Candidate(r, terms.get(e.getKey()), score));
                }
            }
        }
        candidates.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : a.circle() != b.circle() ? Integer.compare(a.circle(), b.circle())
                : a.term().id().compareTo(b.term().id()));

        Candidate[] first = new Candidate[k];
        Set<String> taken = new HashSet<>();
        for (Candidate c : candidates) {
            if (first[c.circle()] == null && taken.add(c.term().key())) {
                first[c.circle()] = c;
            }
        }
        // A second term only where it says most (strictly: a term two circles share alike tells neither).
        Map<String, Candidate> best = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Candidate c : candidates) {
            Candidate top = best.putIfAbsent(c.term().id(), c);
            if (top != null && top.score() == c.score()) {
                shared.add(c.term().id());
            }
        }
        Candidate[] second = new Candidate[k];
        for (Candidate c : candidates) {
            Candidate lead = first[c.circle()];
            if (lead != null && second[c.circle()] == null && !lead.term().organisation() && !c.term().organisation()
                    && best.get(c.term().id()) == c && !shared.contains(c.term().id())
                    && c.score() >= lead.score() * SECOND_TERM && !taken.contains(c.term().key())) {
                taken.add(c.term().key());
                second[c.circle()] = c;
            }
        }
        Map<Integer, String> labels = new HashMap<>();
        for (int r = 0; r < k; r++) {
            if (first[r] != null) {
                labels.put(order.get(r), second[r] == null ? first[r].term().spelling()
                        : first[r].term().spelling() + " · " + second[r].term().spelling());
            }
        }
        return labels;
    }

    /**
     * How typical a term is of a circle: {@code in} of its {@code members} have it, {@code out} of
     * the {@code others} outside it. The share of the circle that has it (how much of the circle it
     * describes), squared, times the share of those who have it that are in the circle (how much it
     * is this circle's rather than another's): describing the circle counts twice, else an
     * organisation two of forty work at, and no one else, would name the forty. Nothing when it is no more common inside than outside, or
     * only a little (less than {@value #MIN_LIFT} times), for then it tells nothing apart.
     */
    static double distinctiveness(int in, int members, int out, int others) {
        if (in == 0) {
            return 0;
        }
        double ofCircle = (double) in / members;
        double ofTerm = (double) in / (in + out);
        double lift = ofTerm / ((double) members / (members + others));
        return lift < MIN_LIFT ? 0 : ofCircle * ofCircle * ofTerm;
    }

    private static List<Term> termsOf(Contact c) {
        List<Term> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (c.organization() != null && !c.organization().isBlank()) {
            Term t = new Term(Tags.normalize(c.organization()), c.organization().strip(), true);
            if (!t.key().isEmpty()) {
                out.add(t);
            }
        }
        for (String tag : c.interests()) {
            Term t = new Term(Tags.normalize(tag), tag.strip(), false);
            if (!t.key().isEmpty() && seen.add(t.key())) {
                out.add(t);
            }
        }
        return out;
    }
}
