package app.rapport.journal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds contacts that are probably the same person: the same e-mail address, the same name at the
 * same organisation, or very similar names (Jaro-Winkler on folded names, so that Müller, Mueller
 * and a typo meet) where the organisations do not contradict each other. Similar names are only
 * compared with their neighbours in two sorted orders of the distinct names, forwards and
 * backwards (sorted neighbourhood), so that a typo near the start or near the end still meets its
 * name, and the work grows with the number of names rather than its square, whatever the names are.
 */
public final class Duplicates {

    /** Names at least this similar count as possibly the same person. */
    public static final double SIMILAR_NAME_THRESHOLD = 0.94;

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Why two contacts look like one person, strongest first. */
    public enum Reason {
        /** A record Rapport exported from this very journal (its id came back with it). */
        SAME_CONTACT,
        SAME_EMAIL,
        SAME_NAME_AND_ORGANIZATION,
        SIMILAR_NAME;

        /** Message key of the reason's text. */
        public String messageKey() {
            return "duplicates.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** {@code candidate} looks like {@code existing}. */
    public record Match(Contact candidate, Contact existing, Reason reason, double score) {
    }

    private Duplicates() {
    }

    /** Contacts indexed for duplicate look-ups. */
    public static Index index(Collection<Contact> contacts) {
        return new Index(contacts);
    }

    /**
     * Pairs of contacts in one journal that look like the same person, each pair once, strongest
     * reasons first.
     */
    public static List<Match> within(List<Contact> contacts, Progress progress) {
        Index index = new Index(contacts);
        List<Match> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int done = 0;
        for (Contact c : contacts) {
            if (done++ % 256 == 0) {
                progress.checkCancelled();
                progress.update("compare", done, contacts.size());
            }
            for (Match m : index.matches(c)) {
                String a = c.id();
                String b = m.existing().id();
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
                if (seen.add(key)) {
                    out.add(m);
                }
            }
        }
        out.sort((x, y) -> x.reason() != y.reason() ? x.reason().compareTo(y.reason())
                : Double.compare(y.score(), x.score()));
        return out;
    }

    /** The name as compared: folded, punctuation dropped, words sorted ("Schmidt, Anna" = "Anna Schmidt"). */
    public static String nameKey(String name) {
        String[] words = NON_LETTERS.split(TextFolding.fold(name == null ? "" : name).strip());
        Arrays.sort(words);
        return String.join(" ", Arrays.stream(words).filter(w -> !w.isEmpty()).toList());
    }

    static String organizationKey(String organization) {
        return organization == null ? "" : String.join(" ", NON_LETTERS.split(TextFolding.fold(organization).strip())).strip();
    }

    /** Distinct names compared on each side of a name, in each of the two orders. */
    static final int NEIGHBOURS = 16;

    /** Look-up structures over a fixed set of contacts. */
    public static final class Index {

        private final Map<String, List<Contact>> byEmail = new HashMap<>();
        private final Map<String, List<Contact>> byNameAndOrganization = new HashMap<>();
        private final Map<String, List<Keyed>> byName = new HashMap<>();
        /** The distinct names, sorted; and the same reversed (character by character), sorted. */
        private final String[] forward;
        private final String[] backward;
        /** {@code backward[i]} the right way round, so that look-ups do not reverse strings again. */
        private final String[] backwardNames;

        private record Keyed(Contact contact, String nameKey, String organizationKey) {
        }

        Index(Collection<Contact> contacts) {
            for (Contact c : contacts) {
                for (String e : c.emails()) {
                    byEmail.computeIfAbsent(emailKey(e), k -> new ArrayList<>(1)).add(c);
                }
                String name = nameKey(c.name());
                String org = organizationKey(c.organization());
                if (!name.isEmpty()) {
                    if (!org.isEmpty()) {
                        byNameAndOrganization.computeIfAbsent(name + "\u0000" + org, k -> new ArrayList<>(1)).add(c);
                    }
                    byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(new Keyed(c, name, org));
                }
            }
            forward = byName.keySet().toArray(String[]::new);
            Arrays.sort(forward);
            backward = Arrays.stream(forward).map(Duplicates::reversed).toArray(String[]::new);
            Arrays.sort(backward);
            backwardNames = Arrays.stream(backward).map(Duplicates::reversed).toArray(String[]::new);
        }

        private static String emailKey(String email) {
            return email.strip().toLowerCase(Locale.ROOT);
        }

        /** The indexed contact most like {@code candidate}, if any is likely the same person. */
        public Optional<Match> bestMatch(Contact candidate) {
            List<Match> all = matches(candidate);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
        }

        /** Every indexed contact that looks like {@code candidate}, one match each, strongest first. */
        public List<Match> matches(Contact candidate) {
            Map<Contact, Match> found = new java.util.IdentityHashMap<>();
            for (String e : candidate.emails()) {
                for (Contact c : byEmail.getOrDefault(emailKey(e), List.of())) {
                    found.putIfAbsent(c, new Match(candidate, c, Reason.SAME_EMAIL, 1.0));
                }
            }
            String name = nameKey(candidate.name());
            String org = organizationKey(candidate.organization());
            if (!name.isEmpty() && !org.isEmpty()) {
                for (Contact c : byNameAndOrganization.getOrDefault(name + "\u0000" + org, List.of())) {
                    found.putIfAbsent(c, new Match(candidate, c, Reason.SAME_NAME_AND_ORGANIZATION, 1.0));
                }
            }
            if (!name.isEmpty()) {
                similarName(candidate, org, name, 1.0, found);
                Set<String> compared = new HashSet<>();
                compared.add(name);
                neighbours(forward, forward, name, name, compared, candidate, org, found);
                neighbours(backward, backwardNames, reversed(name), name, compared, candidate, org, found);
            }
            List<Match> out = new ArrayList<>(found.values());
            out.sort((x, y) -> x.reason() != y.reason() ? x.reason().compareTo(y.reason())
                    : Double.compare(y.score(), x.score()));
            return out;
        }

        /** Compares the name with the distinct names next to where it sorts in {@code sorted}. */
        private void neighbours(String[] sorted, String[] names, String key, String name, Set<String> compared,
                                Contact candidate, String org, Map<Contact, Match> found) {
            int at = Arrays.binarySearch(sorted, key);
            int from = at >= 0 ? at : -at - 1;
            for (int i = Math.max(0, from - NEIGHBOURS); i < Math.min(sorted.length, from + NEIGHBOURS + 1); i++) {
                String other = names[i];
                if (!compared.add(other)) {
                    continue;
                }
                // Jaro-Winkler >= 0.94 needs Jaro >= 0.9, impossible when one name is much longer.
                int shorter = Math.min(name.length(), other.length());
                int longer = Math.max(name.length(), other.length());
                if ((2.0 + (double) shorter / longer) / 3.0 < 0.9) {
                    continue;
                }
                double score = JaroWinkler.similarityIfAtLeast(name, other, SIMILAR_NAME_THRESHOLD);
                if (score >= SIMILAR_NAME_THRESHOLD) {
                    similarName(candidate, org, other, score, found);
                }
            }
        }

        /** Everyone called {@code other}, unless the organisations say "two people of the same name". */
        private void similarName(Contact candidate, String org, String other, double score,
                                 Map<Contact, Match> found) {
            for (Keyed k : byName.getOrDefault(other, List.of())) {
                if (found.containsKey(k.contact())) {
                    continue;
                }
                if (!org.isEmpty() && !k.organizationKey().isEmpty() && !org.equals(k.organizationKey())) {
                    continue;
                }
                found.put(k.contact(), new Match(candidate, k.contact(), Reason.SIMILAR_NAME, score));
            }
        }
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }
}
