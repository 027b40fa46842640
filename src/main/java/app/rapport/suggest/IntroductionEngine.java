package app.rapport.suggest;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The introduction engine: ranks pairs of the user's contacts who should meet, and says why.
 *
 * <p>It holds an index of the journal (tags to contacts, who knows whom, encounters, what the user
 * did with earlier suggestions) and is kept up to date one change at a time ({@link #update},
 * {@link #remove}, {@link #saveTie}, ...). Whatever sequence of changes brought it to a state,
 * {@link #top} returns exactly what an engine freshly {@linkplain #of built} from that state would.
 * The date is a parameter, never the clock, so results are reproducible.
 *
 * <p>Thread-safe by confinement to its own lock; meant to be called off the JavaFX thread.
 */
public final class IntroductionEngine {

    /** No contact appears in more than this many of the suggestions returned by {@link #top(int, LocalDate, Locale)}. */
    public static final int DEFAULT_PER_CONTACT = 3;

    private final TagDictionary tags = new TagDictionary();
    private final Map<String, Profile> byId = new HashMap<>();
    private final List<Profile> slots = new ArrayList<>();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();
    private int eligible;

    private final Map<String, Set<String>> ties = new HashMap<>();
    private Network network;

    private final Map<String, Encounter> encounters = new HashMap<>();
    private final Map<String, List<Encounter>> encountersOf = new HashMap<>();
    private LocalDate acquaintanceDate;
    private double[] acquaintanceBySlot = new double[0];
    /** Contacts whose acquaintance must be recomputed: new, or their encounters changed. */
    private final Set<String> acquaintanceStale = new HashSet<>();

    private final Map<String, Introduction> introductions = new HashMap<>();
    private final Set<Dismissal> dismissals = new HashSet<>();
    private Map<String, PairScorer.PairHistory> history;
    private Map<String, Double> trackRecord;

    /** The pairs last returned, tried first next time: after a small change they set a high threshold at once. */
    private List<String[]> lastTop = List.of();
    private long lastScoredPairs;
    String lastSearchStats = "";

    private IntroductionEngine() {
    }

    /** An engine over the whole journal. */
    public static IntroductionEngine of(JournalSnapshot journal, Feedback feedback) {
        IntroductionEngine engine = new IntroductionEngine();
        List<Contact> contacts = new ArrayList<>(journal.contacts());
        contacts.sort(Comparator.comparing(Contact::id)); // slots in id order: same layout for the same journal
        for (Contact c : contacts) {
            engine.put(c, false);
        }
        for (Tie t : journal.ties()) {
            engine.addTie(t.a(), t.b());
        }
        for (Encounter e : journal.encounters()) {
            engine.putEncounter(e);
        }
        for (Introduction i : feedback.introductions()) {
            engine.introductions.put(introductionKey(i), i);
        }
        engine.dismissals.addAll(feedback.dismissals());
        return engine;
    }

    // Changes

    /** Adds the contact, or replaces the one with its id (its tags, flags or anything else changed). */
    public synchronized void update(Contact contact) {
        Objects.requireNonNull(contact.id(), "a contact needs an id to be suggested");
        Profile old = byId.get(contact.id());
        if (old != null && old.contact.equals(contact)) {
            return;
        }
        if (old != null) {
            unput(old);
        }
        put(contact, old != null);
    }

    /** The contact is gone (deleted or in the trash); its ties and encounters come back with it. */
    public synchronized void remove(String contactId) {
        Profile old = byId.get(contactId);
        if (old == null) {
            return;
        }
        unput(old);
        if (ties.containsKey(contactId)) {
            network = null;
        }
    }

    public synchronized void saveTie(Tie tie) {
        addTie(tie.a(), tie.b());
    }

    public synchronized void removeTie(String a, String b) {
        Set<String> x = ties.get(a);
        Set<String> y = ties.get(b);
        if (x != null) {
            x.remove(b);
            if (x.isEmpty()) {
                ties.remove(a);
            }
        }
        if (y != null) {
            y.remove(a);
            if (y.isEmpty()) {
                ties.remove(b);
            }
        }
        network = null;
    }

    /** Adds or replaces an encounter (by id). */
    public synchronized void saveEncounter(Encounter encounter) {
        Objects.requireNonNull(encounter.id(), "an encounter needs an id");
        removeEncounter(encounter.id());
        putEncounter(encounter);
    }

    public synchronized void removeEncounter(String encounterId) {
        Encounter old = encounters.remove(encounterId);
        if (old == null) {
            return;
        }
        for (String p : new java.util.LinkedHashSet<>(old.participants())) {
            acquaintanceStale.add(p);
            List<Encounter> list = encountersOf.get(p);
            if (list != null) {
                list.remove(old);
                if (list.isEmpty()) {
                    encountersOf.remove(p);
                }
            }
        }
    }

    /** Adds or replaces an introduction (by id, or by pair and status when it has none). */
    public synchronized void saveIntroduction(Introduction introduction) {
        introductions.put(introductionKey(introduction), introduction);
        invalidateFeedback();
    }

    public synchronized void removeIntroduction(String introductionId) {
        introductions.remove(introductionId);
        invalidateFeedback();
    }

    public synchronized void dismiss(Dismissal dismissal) {
        dismissals.add(dismissal);
        invalidateFeedback();
    }

    /** Forgets a dismissal (the user undid it). */
    public synchronized void undismiss(Dismissal dismissal) {
        dismissals.remove(dismissal);
        invalidateFeedback();
    }

    // Queries

    /** The best {@code n} suggestions on {@code asOf}, no contact in more than {@value #DEFAULT_PER_CONTACT}. */
    public List<Suggestion> top(int n, LocalDate asOf, Locale locale) {
        return top(n, DEFAULT_PER_CONTACT, asOf, locale);
    }

    /** The best {@code n} suggestions on {@code asOf}, no contact in more than {@code perContact} of them. */
    public synchronized List<Suggestion> top(int n, int perContact, LocalDate asOf, Locale locale) {
        PairScorer scorer = scorer(asOf);
        List<TopSearch.Ranked> ranked = search(scorer, n, perContact, seeds());
        List<String[]> remembered = new ArrayList<>();
        for (TopSearch.Ranked r : ranked) {
            remembered.add(new String[] {slots.get(r.a()).id, slots.get(r.b()).id});
        }
        lastTop = remembered;
        Explainer explainer = new Explainer(locale, tags, this::nameOf);
        List<Suggestion> out = new ArrayList<>();
        for (TopSearch.Ranked r : ranked) {
            out.add(explainer.explain(scorer.breakdown(r.a(), r.b()), scorer));
        }
        return out;
    }

    /** The best partners for one contact, best first (for a contact's detail pane). */
    public synchronized List<Suggestion> suggestionsFor(String contactId, int n, LocalDate asOf, Locale locale) {
        Profile p = byId.get(contactId);
        if (p == null || !p.eligible || n <= 0) {
            return List.of();
        }
        PairScorer scorer = scorer(asOf);
        Set<Integer> partners = new HashSet<>();
        for (int t : p.interests) {
            addAll(partners, tags.interestHolders.get(t));
        }
        for (int t : p.seeks) {
            addAll(partners, tags.offerHolders.get(t));
        }
        for (int t : p.offers) {
            addAll(partners, tags.seekHolders.get(t));
        }
        partners.remove(p.slot);
        List<TopSearch.Ranked> ranked = new ArrayList<>();
        for (int q : partners) {
            double s = scorer.score(p.slot, q);
            if (s > 0) {
                boolean pFirst = p.id.compareTo(slots.get(q).id) < 0;
                ranked.add(new TopSearch.Ranked(pFirst ? p.slot : q, pFirst ? q : p.slot, s));
            }
        }
        ranked.sort(TopSearch.rankOrder(profiles()));
        Explainer explainer = new Explainer(locale, tags, this::nameOf);
        List<Suggestion> out = new ArrayList<>();
        for (TopSearch.Ranked r : ranked.subList(0, Math.min(n, ranked.size()))) {
            out.add(explainer.explain(scorer.breakdown(r.a(), r.b()), scorer));
        }
        return out;
    }

    /** The suggestion for one pair as it stands, or empty if the pair would not be suggested. */
    public synchronized Optional<Suggestion> explain(String a, String b, LocalDate asOf, Locale locale) {
        Profile x = byId.get(a);
        Profile y = byId.get(b);
        if (x == null || y == null || x == y) {
            return Optional.empty();
        }
        PairScorer scorer = scorer(asOf);
        if (scorer.score(x.slot, y.slot) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Explainer(locale, tags, this::nameOf).explain(scorer.breakdown(x.slot, y.slot), scorer));
    }

    /** How many pairs the last {@link #top} looked at; scoring all pairs looks at n(n-1)/2. */
    public synchronized long lastScoredPairs() {
        return lastScoredPairs;
    }

    /** Forgets the last result, so the next {@link #top} starts cold (for benchmarks). */
    synchronized void forgetLastResult() {
        lastTop = List.of();
    }

    // Package-private hooks for the all-pairs check in tests and the benchmark.

    synchronized PairScorer scorer(LocalDate asOf) {
        Profile[] profiles = profiles();
        if (network == null) {
            network = Network.build(ties, byId, profiles.length);
        }
        network = network.withSlots(profiles.length);
        if (history == null) {
            buildFeedback();
        }
        double[] acquaintance = acquaintance(asOf, profiles);
        double[] track = new double[profiles.length];
        boolean[] hasFeedback = new boolean[profiles.length];
        for (Profile p : profiles) {
            if (p != null) {
                track[p.slot] = trackRecord.isEmpty() ? 1.0 : trackRecord.getOrDefault(p.id, 1.0);
                hasFeedback[p.slot] = !feedbackIds.isEmpty() && feedbackIds.contains(p.id);
            }
        }
        int[] count = new int[tags.size()];
        for (int t = 0; t < count.length; t++) {
            count[t] = tags.interestHolders.get(t).size();
        }
        return new PairScorer(profiles, network, acquaintance, track, count, eligible, hasFeedback, history);
    }

    /** How well the user knows each contact on {@code asOf}, recomputed only for contacts whose encounters changed. */
    private double[] acquaintance(LocalDate asOf, Profile[] profiles) {
        if (!asOf.equals(acquaintanceDate) || acquaintanceBySlot.length != profiles.length) {
            acquaintanceDate = asOf;
            acquaintanceBySlot = new double[profiles.length];
            for (Profile p : profiles) {
                if (p != null) {
                    acquaintanceBySlot[p.slot] = Acquaintance.of(encountersOf.get(p.id), asOf);
                }
            }
        } else {
            for (String id : acquaintanceStale) {
                Profile p = byId.get(id);
                if (p != null) {
                    acquaintanceBySlot[p.slot] = Acquaintance.of(encountersOf.get(p.id), asOf);
                }
            }
        }
        acquaintanceStale.clear();
        return acquaintanceBySlot;
    }

    synchronized List<TopSearch.Ranked> search(PairScorer scorer, int n, int perContact, List<long[]> seeds) {
        TopSearch search = new TopSearch(scorer, tags, n, Math.max(1, perContact));
        List<TopSearch.Ranked> ranked = search.run(seeds);
        lastScoredPairs = search.touchedPairs();
        lastSearchStats = search.stats;
        return ranked;
    }

    synchronized Profile[] profiles() {
        return slots.toArray(new Profile[0]);
    }

    synchronized Explainer explainer(Locale locale) {
        return new Explainer(locale, tags, this::nameOf);
    }

    // Internals

    private List<long[]> seeds() {
        List<long[]> seeds = new ArrayList<>();
        for (String[] pair : lastTop) {
            Profile a = byId.get(pair[0]);
            Profile b = byId.get(pair[1]);
            if (a != null && b != null && a.eligible && b.eligible) {
                seeds.add(new long[] {a.slot, b.slot});
            }
        }
        return seeds;
    }

    private String nameOf(int slot) {
        return slots.get(slot).contact.name();
    }

    private void put(Contact c, boolean replacing) {
        Objects.requireNonNull(c.id(), "a contact needs an id to be suggested");
        int slot;
        if (freeSlots.isEmpty()) {
            slot = slots.size();
            slots.add(null);
        } else {
            slot = freeSlots.pop();
        }
        Profile p = new Profile(slot, c, tags);
        slots.set(slot, p);
        acquaintanceStale.add(c.id());
        byId.put(c.id(), p);
        if (p.eligible) {
            tags.index(p);
            eligible++;
        }
        if (network != null && !replacing) {
            // A new contact without ties changes nobody's circle; one whose ties were known waits for it.
            network = ties.containsKey(c.id()) ? null : network.withSlots(slots.size());
        }
    }

    private void unput(Profile p) {
        if (p.eligible) {
            tags.unindex(p);
            eligible--;
        }
        byId.remove(p.id);
        slots.set(p.slot, null);
        freeSlots.push(p.slot);
    }

    private void addTie(String a, String b) {
        if (a.equals(b)) {
            return;
        }
        ties.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        ties.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        network = null;
    }

    private void putEncounter(Encounter e) {
        if (e.id() != null) {
            encounters.put(e.id(), e);
        }
        for (String p : new java.util.LinkedHashSet<>(e.participants())) {
            acquaintanceStale.add(p);
            List<Encounter> list = encountersOf.computeIfAbsent(p, k -> new ArrayList<>());
            list.add(e);
            list.sort(Acquaintance.ORDER);
        }
    }

    private Set<String> feedbackIds = Set.of();

    private void invalidateFeedback() {
        history = null;
        trackRecord = null;
    }

    private void buildFeedback() {
        Map<String, Set<String>> fingerprints = new HashMap<>();
        for (Dismissal d : dismissals) {
            fingerprints.computeIfAbsent(PairScorer.pairKey(d.a(), d.b()), k -> new HashSet<>()).add(d.fingerprint());
        }
        Map<String, boolean[]> flags = new HashMap<>(); // [underway, dismissed]
        Map<String, int[]> outcomes = new HashMap<>(); // [worked, did not]
        Set<String> ids = new HashSet<>();
        for (Introduction i : introductions.values()) {
            String key = PairScorer.pairKey(i.a(), i.b());
            boolean[] f = flags.computeIfAbsent(key, k -> new boolean[2]);
            switch (i.status()) {
                case SUGGESTED -> { }
                case DISMISSED -> f[1] = true;
                default -> f[0] = true;
            }
            if (i.status() == IntroductionStatus.MET || i.status() == IntroductionStatus.WORKING_TOGETHER) {
                outcomes.computeIfAbsent(i.a(), k -> new int[2])[0]++;
                outcomes.computeIfAbsent(i.b(), k -> new int[2])[0]++;
            } else if (i.status() == IntroductionStatus.DID_NOT_WORK_OUT) {
                outcomes.computeIfAbsent(i.a(), k -> new int[2])[1]++;
                outcomes.computeIfAbsent(i.b(), k -> new int[2])[1]++;
            }
        }
        Map<String, PairScorer.PairHistory> h = new HashMap<>();
        Set<String> keys = new HashSet<>(flags.keySet());
        keys.addAll(fingerprints.keySet());
        for (String key : keys) {
            boolean[] f = flags.getOrDefault(key, new boolean[2]);
            h.put(key, new PairScorer.PairHistory(f[0], f[1], fingerprints.getOrDefault(key, Set.of())));
            int cut = key.indexOf('\u0000');
            ids.add(key.substring(0, cut));
            ids.add(key.substring(cut + 1));
        }
        Map<String, Double> track = new HashMap<>();
        for (Map.Entry<String, int[]> e : outcomes.entrySet()) {
            int worked = Math.min(e.getValue()[0], PairScorer.TRACK_CAP);
            int failed = Math.min(e.getValue()[1], PairScorer.TRACK_CAP);
            track.put(e.getKey(), 1 + PairScorer.SUCCESS_STEP * worked - PairScorer.FAILURE_STEP * failed);
        }
        history = h;
        trackRecord = track;
        feedbackIds = ids;
    }

    private static String introductionKey(Introduction i) {
        return i.id() != null ? i.id() : PairScorer.pairKey(i.a(), i.b()) + '\u0000' + i.status().wireName();
    }

    private static void addAll(Set<Integer> into, IntBag bag) {
        for (int i = 0; i < bag.size(); i++) {
            into.add(bag.get(i));
        }
    }
}
