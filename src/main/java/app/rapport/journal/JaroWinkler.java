package app.rapport.journal;

/** Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal); kind to typos near the end. */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    /**
     * The similarity if it can reach {@code threshold}, otherwise -1. Most pairs of names are far
     * apart; counting their common characters (an upper bound of Jaro's matches) rules them out
     * several times faster than the full comparison.
     */
    public static double similarityIfAtLeast(String s, String t, double threshold) {
        int sl = s.length();
        int tl = t.length();
        if (sl == 0 || tl == 0) {
            return s.equals(t) ? 1.0 : (threshold <= 0 ? 0.0 : -1);
        }
        // Characters counted in 64 buckets: a shared bucket only overestimates, so the bound holds.
        int[] counts = new int[64];
        for (int i = 0; i < sl; i++) {
            counts[s.charAt(i) & 63]++;
        }
        int common = 0;
        for (int i = 0; i < tl; i++) {
            if (counts[t.charAt(i) & 63]-- > 0) {
                common++;
            }
        }
        double jaroBound = ((double) common / sl + (double) common / tl + 1) / 3.0;
        if (jaroBound + 0.4 * (1 - jaroBound) < threshold) {
            return -1;
        }
        double score = similarity(s, t);
        return score >= threshold ? score : -1;
    }

    public static double similarity(String s, String t) {
        if (s.equals(t)) {
            return 1.0;
        }
        int sl = s.length();
        int tl = t.length();
        if (sl == 0 || tl == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(sl, tl) / 2 - 1);
        boolean[] sMatched = new boolean[sl];
        boolean[] tMatched = new boolean[tl];
        int matches = 0;
        for (int i = 0; i < sl; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(tl - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
                    sMatched[i] = true;
                    tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < sl; i++) {
            if (sMatched[i]) {
                while (!tMatched[k]) {
                    k++;
                }
                if (s.charAt(i) != t.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / sl + m / tl + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(sl, tl)) && s.charAt(i) == t.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
