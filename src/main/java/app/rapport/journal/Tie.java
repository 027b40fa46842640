package app.rapport.journal;

import java.util.Objects;

/**
 * Two contacts who already know each other. The pair is unordered: {@link #of} stores it with
 * the smaller id first so that (a, b) and (b, a) are the same tie.
 */
public record Tie(String a, String b, Integer strength, String note) {

    public static final int MIN_STRENGTH = 1;
    public static final int MAX_STRENGTH = 5;

    public Tie {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a contact cannot be tied to itself: " + a);
        }
        if (strength != null && (strength < MIN_STRENGTH || strength > MAX_STRENGTH)) {
            throw new IllegalArgumentException("tie strength must be 1 to 5, was " + strength);
        }
        if (a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
    }

    public static Tie of(String a, String b) {
        return new Tie(a, b, null, null);
    }

    /**
     * This tie after learning that the two also know each other as {@code other} says (a merge
     * of two records of one person): the stronger strength, and both notes when they differ.
     */
    public Tie mergedWith(Integer otherStrength, String otherNote) {
        Integer s = otherStrength == null ? strength : strength == null ? otherStrength : Math.max(strength, otherStrength);
        String n = otherNote == null || otherNote.equals(note) ? note : note == null ? otherNote : note + "\n" + otherNote;
        return new Tie(a, b, s, n);
    }

    public boolean involves(String contactId) {
        return a.equals(contactId) || b.equals(contactId);
    }

    /** The other end of the tie, seen from {@code contactId}. */
    public String other(String contactId) {
        if (a.equals(contactId)) {
            return b;
        }
        if (b.equals(contactId)) {
            return a;
        }
        throw new IllegalArgumentException(contactId + " is not part of " + this);
    }
}
