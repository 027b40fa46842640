package app.rapport.suggest;

import app.rapport.journal.Contact;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The user dismissed the suggestion to introduce {@code a} and {@code b}. The fingerprint records
 * what the two were about at that moment (their interests, offers and seeks, as matching keys), so
 * the pair stays away until one of them changes materially; editing a phone number does not count.
 * The pair is unordered: {@code a} is the smaller id, like {@link app.rapport.journal.Tie}.
 */
public record Dismissal(String a, String b, String fingerprint) {

    public Dismissal {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
    }

    /** A dismissal of the two contacts as they are now. */
    public static Dismissal of(Contact x, Contact y) {
        return new Dismissal(x.id(), y.id(), pairFingerprint(x, y));
    }

    static String pairFingerprint(Contact x, Contact y) {
        boolean xFirst = x.id().compareTo(y.id()) <= 0;
        Contact first = xFirst ? x : y;
        Contact second = xFirst ? y : x;
        return pairFingerprint(topics(first), topics(second));
    }

    static String pairFingerprint(String topicsA, String topicsB) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(topicsA.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(topicsB.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** What matters for matching about a contact: the keys of its three kinds of tags. */
    static String topics(Contact c) {
        return keys(c.interests()) + "|" + keys(c.offers()) + "|" + keys(c.seeks());
    }

    private static String keys(List<String> tags) {
        TreeSet<String> keys = new TreeSet<>();
        for (String t : tags) {
            String k = TagKeys.of(t);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return String.join(",", keys);
    }
}
