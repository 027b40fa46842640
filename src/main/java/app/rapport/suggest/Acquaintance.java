package app.rapport.suggest;

import app.rapport.journal.Encounter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How well the user knows a contact on a given date, from 0.1 (never met, or long ago) to nearly
 * 1: every encounter counts, less the older it is (half as much after a year), more when it was
 * rated valuable and when it was face to face. Frequency saturates, so a hundred messages do not
 * make a close relationship.
 */
final class Acquaintance {

    static final double FLOOR = 0.1;
    private static final double HALF_LIFE_DAYS = 365.0;
    private static final double SATURATION = 2.0;

    /** Encounters of one contact in a fixed order, so that their sum does not depend on input order. */
    static final Comparator<Encounter> ORDER = Comparator
            .comparing(Encounter::date)
            .thenComparing(e -> e.id() == null ? "" : e.id());

    private Acquaintance() {
    }

    static double of(List<Encounter> encounters, LocalDate asOf) {
        if (encounters == null || encounters.isEmpty()) {
            return FLOOR;
        }
        long today = asOf.toEpochDay();
        double sum = 0;
        for (Encounter e : encounters) {
            long days = today - e.date().toLocalDate().toEpochDay();
            if (days < 0) {
                continue; // planned, not yet happened
            }
            sum += Math.pow(0.5, days / HALF_LIFE_DAYS) * kindWeight(e) * ratingWeight(e.rating());
        }
        return FLOOR + (1 - FLOOR) * (1 - Math.exp(-sum / SATURATION));
    }

    private static double kindWeight(Encounter e) {
        return switch (e.kind()) {
            case MEETING, MEAL -> 1.0;
            case CALL, VIDEO -> 0.8;
            case EVENT, OTHER -> 0.7;
            case MESSAGE, EMAIL -> 0.5;
        };
    }

    /** 1 (not worth it) to 5 (exceptional); unrated counts as an ordinary 3. */
    private static double ratingWeight(Integer rating) {
        return rating == null ? 1.0 : 0.4 + 0.3 * (rating - 1);
    }
}
