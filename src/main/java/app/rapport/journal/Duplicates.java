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

    /** Within one index: the contact indexed at {@code position} is the one looked like. */
    public record Earlier(int position, Reason reason, double score) {
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

        /** Per address: the one contact with it, or a list of them (rare: a map entry per contact is enough). */
        private final Map<String, Object> byEmail = new HashMap<>();
        private final Map<String, NameGroup> byName = new HashMap<>();
        /** The distinct names, sorted; and the same reversed (character by character), sorted. */
        private final String[] forward;
        private final String[] backward;
        /** {@code backward[i]} the right way round, so that look-ups do not reverse strings again. */
        private final String[] backwardNames;

        /** A contact with its keys and its place in the order it was indexed. */
        private record Keyed(Contact contact, String nameKey, String organizationKey, int position) {
        }

        /**
         * Everyone of one name, in the order indexed, and for the best-match look-up the first of
         * each organisation and the first without one: everyone a candidate's organisation does not
         * contradict is one of those, so the first of them is found without looking at the rest
         * (a file of 100,000 cards with 1,600 names compared each card with 60 people, quadratically).
         */
        private static final class NameGroup {
            final String name;
            final List<Keyed> all = new ArrayList<>(1);
            /** The first of the first organisation seen; a map only once a second one comes (rare). */
            Keyed firstWithOrganization;
            Map<String, Keyed> firstByOrganization;
            Keyed firstWithoutOrganization;
            /** With {@link #linkSimilarNames}: the other names similar enough, and how similar. */
            NameGroup[] similar = NO_GROUPS;
            double[] similarScores;

            NameGroup(String name) {
                this.name = name;
            }

            void add(Keyed k) {
                all.add(k);
                String org = k.organizationKey();
                if (org.isEmpty()) {
                    if (firstWithoutOrganization == null) {
                        firstWithoutOrganization = k;
                    }
                } else if (firstWithOrganization == null) {
                    firstWithOrganization = k;
                } else if (!firstWithOrganization.organizationKey().equals(org)) {
                    if (firstByOrganization == null) {
                        firstByOrganization = new HashMap<>(4);
                    }
                    firstByOrganization.putIfAbsent(org, k);
                }
            }

            /** The first indexed one of this (non-empty) organisation, or null. */
            Keyed firstOf(String organization) {
                return firstWithOrganization != null && firstWithOrganization.organizationKey().equals(organization)
                        ? firstWithOrganization : firstByOrganization == null ? null : firstByOrganization.get(organization);
            }

            /** The first indexed one that the organisation does not contradict, or null. */
            Keyed firstCompatible(String organization) {
                if (organization.isEmpty()) {
                    return all.getFirst();
                }
                Keyed same = firstOf(organization);
                Keyed none = firstWithoutOrganization;
                return same == null ? none : none == null || same.position() < none.position() ? same : none;
            }

            void link(NameGroup other, double score) {
                for (NameGroup g : similar) {
                    if (g == other) {
                        return;
                    }
                }
                int n = similar.length;
                similar = Arrays.copyOf(similar, n + 1);
                similar[n] = other;
                similarScores = similarScores == null ? new double[1] : Arrays.copyOf(similarScores, n + 1);
                similarScores[n] = score;
            }
        }

        private static final NameGroup[] NO_GROUPS = {};

        /** Each indexed contact by its position. */
        private final Keyed[] byPosition;
        private boolean linked;

        Index(Collection<Contact> contacts) {
            byPosition = new Keyed[contacts.size()];
            // One copy of each organisation's key: a million contacts work for a few thousand organisations.
            Map<String, String> organizations = new HashMap<>();
            int position = 0;
            for (Contact c : contacts) {
                String name = nameKey(c.name());
                String org = organizations.computeIfAbsent(organizationKey(c.organization()), x -> x);
                NameGroup group = name.isEmpty() ? null : byName.computeIfAbsent(name, NameGroup::new);
                Keyed k = new Keyed(c, group == null ? "" : group.name, org, position);
                byPosition[position++] = k;
                for (String e : c.emails()) {
                    String key = emailKey(e);
                    Object same = byEmail.putIfAbsent(key, k);
                    if (same instanceof Keyed one && one != k) { // one != k: two spellings of one address
                        List<Keyed> both = new ArrayList<>(2);
                        both.add(one);
                        both.add(k);
                        byEmail.put(key, both);
                    } else if (same instanceof List<?> list && list.getLast() != k) {
                        @SuppressWarnings("unchecked")
                        List<Keyed> several = (List<Keyed>) list;
                        several.add(k);
                    }
                }
                if (group != null) {
                    group.add(k);
                }
            }
            forward = byName.keySet().toArray(String[]::new);
            Arrays.sort(forward);
            backward = Arrays.stream(forward).map(Duplicates::reversed).toArray(String[]::new);
            Arrays.sort(backward);
            backwardNames = Arrays.stream(backward).map(Duplicates::reversed).toArray(String[]::new);
        }

        /** Everyone with this address, in the order indexed. */
        @SuppressWarnings("unchecked")
        private List<Keyed> withEmail(String email) {
            Object same = byEmail.get(emailKey(email));
            return same == null ? List.of() : same instanceof Keyed one ? List.of(one) : (List<Keyed>) same;
        }

        private static String emailKey(String email) {
            return email.strip().toLowerCase(Locale.ROOT);
        }

        /**
         * The indexed contact most like {@code candidate}, if any is likely the same person: the
         * strongest reason, then the highest score, then the contact indexed first.
         */
        public Optional<Match> bestMatch(Contact candidate) {
            return bestMatchBefore(candidate, Integer.MAX_VALUE);
        }

        /**
         * Within the indexed contacts themselves (one file), the earlier contact that the one at
         * {@code position} ({@code 0}-based, in the order indexed) repeats: what
         * {@code bestMatch} would give among the contacts indexed before it. Only the first contact
         * of each key is looked at, and the similar names are found once for all contacts of a name
         * ({@link #linkSimilarNames}), so each contact costs a few look-ups whatever the file's size.
         */
        public Optional<Earlier> bestEarlierMatch(int position) {
            linkSimilarNames();
            Keyed self = byPosition[position];
            Best best = new Best(self.contact(), position);
            strongMatches(self.contact(), self.nameKey(), self.organizationKey(), best);
            if (!self.nameKey().isEmpty() && best.reason != Reason.SAME_EMAIL
                    && best.reason != Reason.SAME_NAME_AND_ORGANIZATION) {
                NameGroup group = byName.get(self.nameKey());
                considerSimilar(group, 1.0, self.organizationKey(), best);
                for (int i = 0; i < group.similar.length; i++) {
                    considerSimilar(group.similar[i], group.similarScores[i], self.organizationKey(), best);
                }
            }
            return best.keyed == null ? Optional.empty()
                    : Optional.of(new Earlier(best.keyed.position(), best.reason, best.score));
        }

        private static void considerSimilar(NameGroup group, double score, String org, Best best) {
            Keyed k = group.firstCompatible(org);
            if (k != null) {
                best.consider(k, Reason.SIMILAR_NAME, score);
            }
        }

        /**
         * Links each indexed name with the similar ones among its neighbours in the two sorted
         * orders, once: each pair of neighbours is compared once for the whole index, where looking
         * up every contact's neighbours compared each name once per contact and per side, after
         * two binary searches of every name. Neighbourhoods are symmetric (a name is within
         * {@link #NEIGHBOURS} places of another exactly when that one is within as many of it),
         * and so is the similarity, so each name gets the very names {@link #similarNames} finds.
         */
        private void linkSimilarNames() {
            if (linked) {
                return;
            }
            linkNeighbours(forward);
            linkNeighbours(backwardNames);
            linked = true;
        }

        private void linkNeighbours(String[] names) {
            NameGroup[] groups = new NameGroup[names.length];
            for (int i = 0; i < names.length; i++) {
                groups[i] = byName.get(names[i]);
            }
            for (int i = 0; i < names.length; i++) {
                for (int j = i + 1; j < Math.min(names.length, i + NEIGHBOURS + 1); j++) {
                    double score = similarity(names[i], names[j]);
                    if (score >= SIMILAR_NAME_THRESHOLD) {
                        groups[i].link(groups[j], score);
                        groups[j].link(groups[i], score);
                    }
                }
            }
        }

        /** The similarity of two different names if it reaches the threshold, otherwise -1. */
        private static double similarity(String name, String other) {
            // Jaro-Winkler >= 0.94 needs Jaro >= 0.9, impossible when one name is much longer.
            int shorter = Math.min(name.length(), other.length());
            int longer = Math.max(name.length(), other.length());
            if ((2.0 + (double) shorter / longer) / 3.0 < 0.9) {
                return -1;
            }
            return JaroWinkler.similarityIfAtLeast(name, other, SIMILAR_NAME_THRESHOLD);
        }

        /** Considers the first contact of the candidate's e-mail addresses and of its name at its organisation. */
        private void strongMatches(Contact candidate, String name, String org, Best best) {
            for (String e : candidate.emails()) {
                List<Keyed> same = withEmail(e);
                if (!same.isEmpty()) {
                    best.consider(same.getFirst(), Reason.SAME_EMAIL, 1.0);
                }
            }
            NameGroup group = name.isEmpty() || org.isEmpty() ? null : byName.get(name);
            Keyed same = group == null ? null : group.firstOf(org);
            if (same != null) {
                best.consider(same, Reason.SAME_NAME_AND_ORGANIZATION, 1.0);
            }
        }

        /** The same among the contacts indexed before the {@code before}-th ({@code 0}-based). */
        Optional<Match> bestMatchBefore(Contact candidate, int before) {
            Best best = new Best(candidate, before);
            String name = nameKey(candidate.name());
            String org = organizationKey(candidate.organization());
            strongMatches(candidate, name, org, best);
            if (!name.isEmpty() && best.reason != Reason.SAME_EMAIL && best.reason != Reason.SAME_NAME_AND_ORGANIZATION) {
                similarNames(name, (other, score) -> {
                    Keyed k = byName.get(other).firstCompatible(org);
                    if (k != null) {
                        best.consider(k, Reason.SIMILAR_NAME, score);
                    }
                });
            }
            return Optional.ofNullable(best.match());
        }

        /** The best so far by reason, score and place. */
        private static final class Best {
            final Contact candidate;
            final int before;
            Keyed keyed;
            Reason reason;
            double score;

            Best(Contact candidate, int before) {
                this.candidate = candidate;
                this.before = before;
            }

            void consider(Keyed k, Reason r, double s) {
                if (k.position() >= before) {
                    return;
                }
                if (keyed == null || r.compareTo(reason) < 0 || r == reason && (s > score
                        || s == score && k.position() < keyed.position())) {
                    keyed = k;
                    reason = r;
                    score = s;
                }
            }

            Match match() {
                return keyed == null ? null : new Match(candidate, keyed.contact(), reason, score);
            }
        }

        /** Every indexed contact that looks like {@code candidate}, one match each, strongest first. */
        public List<Match> matches(Contact candidate) {
            Map<Contact, Match> found = new java.util.IdentityHashMap<>();
            for (String e : candidate.emails()) {
                for (Keyed k : withEmail(e)) {
                    found.putIfAbsent(k.contact(), new Match(candidate, k.contact(), Reason.SAME_EMAIL, 1.0));
                }
            }
            String name = nameKey(candidate.name());
            String org = organizationKey(candidate.organization());
            if (!name.isEmpty() && !org.isEmpty()) {
                for (Keyed k : byName.containsKey(name) ? byName.get(name).all : List.<Keyed>of()) {
                    if (!org.equals(k.organizationKey())) {
                        continue;
                    }
                    found.putIfAbsent(k.contact(), new Match(candidate, k.contact(), Reason.SAME_NAME_AND_ORGANIZATION, 1.0));
                }
            }
            if (!name.isEmpty()) {
                similarNames(name, (other, score) -> similarName(candidate, org, other, score, found));
            }
            List<Match> out = new ArrayList<>(found.values());
            out.sort((x, y) -> x.reason() != y.reason() ? x.reason().compareTo(y.reason())
                    : Double.compare(y.score(), x.score()));
            return out;
        }

        /**
         * Each indexed name similar enough to {@code name}, with its score: the name itself, then
         * the similar ones among its neighbours in the two sorted orders.
         */
        private void similarNames(String name, java.util.function.ObjDoubleConsumer<String> similar) {
            if (byName.containsKey(name)) {
                similar.accept(name, 1.0);
            }
            Set<String> compared = new HashSet<>();
            compared.add(name);
            neighbours(forward, forward, name, name, compared, similar);
            neighbours(backward, backwardNames, reversed(name), name, compared, similar);
        }

        /** Compares the name with the distinct names next to where it sorts in {@code sorted}. */
        private static void neighbours(String[] sorted, String[] names, String key, String name, Set<String> compared,
                                       java.util.function.ObjDoubleConsumer<String> similar) {
            int at = Arrays.binarySearch(sorted, key);
            int from = at >= 0 ? at : -at - 1;
            for (int i = Math.max(0, from - NEIGHBOURS); i < Math.min(sorted.length, from + NEIGHBOURS + 1); i++) {
                String other = names[i];
                if (!compared.add(other)) {
                    continue;
                }
                double score = similarity(name, other);
                if (score >= SIMILAR_NAME_THRESHOLD) {
                    similar.accept(other, score);
                }
            }
        }

        /** Everyone called {@code other}, unless the organisations say "two people of the same name". */
        private void similarName(Contact candidate, String org, String other, double score,
                                 Map<Contact, Match> found) {
            for (Keyed k : byName.get(other).all) {
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
