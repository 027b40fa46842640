package app.rapport.reminders;

/**
 * How warm a relationship is, from recency, frequency and rating of its encounters.
 *
 * <p>Each encounter contributes its weight, halved every {@value #HALF_LIFE_DAYS} days of age:
 * {@code score = Σ weight(rating) · 2^(−age/90)}, with {@code weight = rating / 3} (an unrated
 * encounter weighs 1, an exceptional one 5/3, one "not worth it" 1/3). Many recent, valuable
 * encounters therefore score high; one old or poor encounter scores low.
 *
 * <ul>
 *   <li>{@link #WARM}: score at least {@value #WARM_SCORE} and the last encounter at most
 *       {@value #WARM_MAX_DAYS} days ago: one ordinary encounter in the last four weeks, one
 *       good (4 of 5) in the last two months, or a regular rhythm. A long history alone does not
 *       keep a relationship warm once contact stops.</li>
 *   <li>{@link #COOLING}: score at least {@value #COOLING_SCORE} (for example one ordinary
 *       encounter within the last six months).</li>
 *   <li>{@link #COLD}: everything else, including contacts the user has never met.</li>
 * </ul>
 */
public enum Warmth {
    WARM("warm"),
    COOLING("cooling"),
    COLD("cold");

    public static final double HALF_LIFE_DAYS = 90;
    public static final double WARM_SCORE = 0.8;
    public static final long WARM_MAX_DAYS = 90;
    public static final double COOLING_SCORE = 0.25;
    /** The weight of an encounter without a rating, the same as an ordinary (3 of 5) one. */
    public static final int NEUTRAL_RATING = 3;

    private final String wireName;

    Warmth(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Resource bundle key of the warmth's display name. */
    public String messageKey() {
        return "warmth." + wireName;
    }

    /** What one encounter of this rating (null: unrated) and age in days adds to the score. */
    public static double contribution(Integer rating, long ageDays) {
        double weight = (rating == null ? NEUTRAL_RATING : rating) / (double) NEUTRAL_RATING;
        long age = Math.max(0, ageDays);
        return weight * (age < DECAY.length ? DECAY[(int) age] : Math.pow(0.5, age / HALF_LIFE_DAYS));
    }

    /** 2^(−age/half-life) for the first ten years of ages, computed once. */
    private static final double[] DECAY = new double[3660];

    static {
        for (int age = 0; age < DECAY.length; age++) {
            DECAY[age] = Math.pow(0.5, age / HALF_LIFE_DAYS);
        }
    }

    /** The warmth of a score whose last encounter was {@code daysSinceLast} days ago (null: never). */
    public static Warmth of(double score, Long daysSinceLast) {
        if (daysSinceLast == null) {
            return COLD;
        }
        if (score >= WARM_SCORE && daysSinceLast <= WARM_MAX_DAYS) {
            return WARM;
        }
        return score >= COOLING_SCORE ? COOLING : COLD;
    }
}
