package app.rapport.reminders;

import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import java.time.LocalDate;

/**
 * The balance of a relationship's give and take: how often the user gave and received, and when
 * last. Counted, not weighed: an introduction and a coffee are both one entry, because the user
 * knows best what each was worth; the ledger itself says what.
 */
public record GiveAndTake(int given, int received, LocalDate lastGiven, LocalDate lastReceived) {

    public static final GiveAndTake NONE = new GiveAndTake(0, 0, null, null);

    public static GiveAndTake of(Iterable<Exchange> ledger) {
        int given = 0;
        int received = 0;
        LocalDate lastGiven = null;
        LocalDate lastReceived = null;
        for (Exchange x : ledger) {
            if (x.direction() == ExchangeDirection.GIVEN) {
                given++;
                lastGiven = later(lastGiven, x.date());
            } else {
                received++;
                lastReceived = later(lastReceived, x.date());
            }
        }
        return new GiveAndTake(given, received, lastGiven, lastReceived);
    }

    /** Given minus received: above zero the user has given more, below zero received more. */
    public int balance() {
        return given - received;
    }

    public Leaning leaning() {
        int b = balance();
        if (Math.abs(b) <= BALANCED_WITHIN) {
            return given + received == 0 ? Leaning.EMPTY : Leaning.BALANCED;
        }
        return b > 0 ? Leaning.GIVEN_MORE : Leaning.RECEIVED_MORE;
    }

    /** A difference of one either way is still balanced: favours are returned, not mirrored. */
    public static final int BALANCED_WITHIN = 1;

    /** Which way the relationship leans, for a short label on the contact. */
    public enum Leaning {
        EMPTY, BALANCED, GIVEN_MORE, RECEIVED_MORE;

        public String messageKey() {
            return "giveAndTake.leaning." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
