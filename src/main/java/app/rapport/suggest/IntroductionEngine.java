package app.rapport.suggest;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
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
 * <p>After a search it remembers every pair within a margin below the list's threshold. When only
 * a few contacts changed since (their tags, encounters, introductions), the next list comes from
 * those pairs, rescored, plus the changed contacts' own pairs, as long as that provably gives the
 * same list as a full search; otherwise it searches in full.
 *
 * <p>Thread-safe (one lock); meant to be called off the JavaFX thread.
 */
public final class IntroductionEngine {

    /** No contact appears in more than this many of the suggestions returned by {@link #top(int, LocalDate, Locale)}. */
    public static final int DEFAULT_PER_CONTACT = 3;
    /** How far below the threshold a search keeps pairs, for answers after small changes. */
    private static final double MARGIN = 0.05;
    /** Interests held by at most this many contacts are re-paired in full when their weight rises. */
    private static final int FEW_HOLDERS = 64;

    private final TagDictionary tags = new TagDictionary();
    /** Every contact id ever seen keeps its slot; a contact not present has a null profile there. */
    private final Map<String, Integer> slotOf = new HashMap<>();
    private final List<Profile> profiles = new ArrayList<>();
    private int eligible;

    /** Per slot, the slots it is tied to (also to contacts not present now). */
    private final List<IntBag> ties = new ArrayList<>();
    private Network network;
    private int networkVersion;

    private final Map<String, Encounter> encounters = new HashMap<>();
    private final List<List<Encounter>> encountersOf = new ArrayList<>();
    private LocalDate acquaintanceDate;
    private double[] acquaintanceBySlot = new double[0];
    private final BitSet acquaintanceStale = new BitSet();

    private final Map<String, Introduction> introductions = new HashMap<>();
    private final Set<Dismissal> dismissals = new HashSet<>();
    private Map<String, PairScorer.PairHistory> history;
    private Map<String, Double> trackRecord;
    private Set<String> feedbackIds = Set.of();

    private Memory memory;
    /** Contacts (slots) whose pairs may have changed since the memory was taken. */
    private final BitSet changed = new BitSet();
    /** Interests whose number of holders may have changed since then. */
    private final BitSet changedInterests = new BitSet();

    /** Scratch marks for collecting a contact's partners once each. */
    private int[] mark = new int[0];
    private int markStamp;

    private long lastLookedAt;
    private boolean lastWasIncremental;
    String lastSearchStats = "";
    private String whyFull = "";

    /** Pairs kept from the last search: complete down to {@code floor}. */
    private record Memory(LocalDate asOf, int networkVersion, double floor, List<TopSearch.Ranked> pairs,
                          double[] interestWeight) {
    }

    private IntroductionEngine() {
    }

    /** An engine over the whole journal, with its introductions and the dismissals stored with them. */
    public static IntroductionEngine of(JournalSnapshot journal) {
        return of(journal, Feedback.from(journal.introductions()));
    }

    /** An engine over the whole journal; the introductions come from {@code feedback}, not the snapshot. */
    public static IntroductionEngine of(JournalSnapshot journal, Feedback feedback) {
        IntroductionEngine engine = new IntroductionEngine();
        List<Contact> contacts = new ArrayList<>(journal.contacts());
        contacts.sort(Comparator.comparing(Contact::id)); // slots in id order: the same layout for the same journal
        for (Contact c : contacts) {
            engine.put(c, true);
        }
        for (Tie t : journal.ties()) {
            engine.addTie(t.a(), t.b());
        }
        for (Encounter e : journal.encounters()) {
            engine.putEncounter(e, false);
        }
        for (List<Encounter> list : engine.encountersOf) {
            if (list != null) {
                list.sort(Acquaintance.ORDER);
            }
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
        Integer slot = slotOf.get(contact.id());
        Profile old = slot == null ? null : profiles.get(slot);
        if (old != null && old.contact.equals(contact)) {
            return;
        }
        if (old != null) {
            unput(old, false);
        }
        put(contact, old == null);
    }

    /** The contact is gone (deleted or in the trash); its ties and encounters come back with it. */
    public synchronized void remove(String contactId) {
        Integer slot = slotOf.get(contactId);
        if (slot != null && profiles.get(slot) != null) {
            unput(profiles.get(slot), true);
        }
    }

    public synchronized void saveTie(Tie tie) {
        addTie(tie.a(), tie.b());
    }

    public synchronized void removeTie(String a, String b) {
        Integer x = slotOf.get(a);
        Integer y = slotOf.get(b);
        if (x == null || y == null) {
            return;
        }
        IntBag xs = ties.get(x);
        IntBag ys = ties.get(y);
        boolean removed = xs != null && xs.remove(y);
        if (ys != null) {
            ys.remove(x);
        }
        if (removed) {
            network = null;
        }
    }

    /** Adds or replaces an encounter (by id). */
    public synchronized void saveEncounter(Encounter encounter) {
        Objects.requireNonNull(encounter.id(), "an encounter needs an id");
        removeEncounter(encounter.id());
        putEncounter(encounter, true);
    }

    public synchronized void removeEncounter(String encounterId) {
        Encounter old = encounters.remove(encounterId);
        if (old == null) {
            return;
        }
        for (String p : participants(old)) {
            int slot = slotOf.get(p);
            List<Encounter> list = encountersOf.get(slot);
            if (list != null) {
                list.remove(old);
            }
            acquaintanceStale.set(slot);
            changed.set(slot);
        }
    }

    /** Adds or replaces an introduction (by id, or by pair and status when it has none). */
    public synchronized void saveIntroduction(Introduction introduction) {
        Introduction old = introductions.put(introductionKey(introduction), introduction);
        // A dismissal stored with its fingerprint is a Dismissal too; a replaced one no longer is.
        if (old != null && Feedback.dismissalOf(old) != null) {
            dismissals.remove(Feedback.dismissalOf(old));
        }
        if (Feedback.dismissalOf(introduction) != null) {
            dismissals.add(Feedback.dismissalOf(introduction));
        }
        feedbackChanged(introduction.a(), introduction.b());
        if (old != null) {
            feedbackChanged(old.a(), old.b());
        }
    }

    public synchronized void removeIntroduction(String introductionId) {
        Introduction old = introductions.remove(introductionId);
        if (old != null) {
            if (Feedback.dismissalOf(old) != null) {
                dismissals.remove(Feedback.dismissalOf(old));
            }
            feedbackChanged(old.a(), old.b());
        }
    }

    public synchronized void dismiss(Dismissal dismissal) {
        dismissals.add(dismissal);
        feedbackChanged(dismissal.a(), dismissal.b());
    }

    /** Forgets a dismissal (the user undid it). */
    public synchronized void undismiss(Dismissal dismissal) {
        if (dismissals.remove(dismissal)) {
            feedbackChanged(dismissal.a(), dismissal.b());
        }
    }

    // Queries

    /** The best {@code n} suggestions on {@code asOf}, no contact in more than {@value #DEFAULT_PER_CONTACT}. */
    public List<Suggestion> top(int n, LocalDate asOf, Locale locale) {
        return top(n, DEFAULT_PER_CONTACT, asOf, locale);
    }

    /** The best {@code n} suggestions on {@code asOf}, no contact in more than {@code perContact} of them. */
    public synchronized List<Suggestion> top(int n, int perContact, LocalDate asOf, Locale locale) {
        PairScorer scorer = scorer(asOf);
        List<TopSearch.Ranked> ranked = ranked(scorer, n, Math.max(1, perContact), asOf);
        Explainer explainer = explainer(locale);
        List<Suggestion> out = new ArrayList<>();
        for (TopSearch.Ranked r : ranked) {
            out.add(explainer.explain(scorer.breakdown(r.a(), r.b()), scorer));
        }
        return out;
    }

    /** The best partners for one contact, best first (for a contact's detail pane). */
    public synchronized List<Suggestion> suggestionsFor(String contactId, int n, LocalDate asOf, Locale locale) {
        Profile p = present(contactId);
        if (p == null || !p.eligible || n <= 0) {
            return List.of();
        }
        PairScorer scorer = scorer(asOf);
        List<TopSearch.Ranked> ranked = new ArrayList<>();
        IntBag partners = partners(p);
        for (int i = 0; i < partners.size(); i++) {
            int q = partners.get(i);
            double s = scorer.score(p.slot, q);
            if (s > 0) {
                ranked.add(ranked(p.slot, q, s));
            }
        }
        ranked.sort(TopSearch.rankOrder(profileArray()));
        Explainer explainer = explainer(locale);
        List<Suggestion> out = new ArrayList<>();
        for (TopSearch.Ranked r : ranked.subList(0, Math.min(n, ranked.size()))) {
            out.add(explainer.explain(scorer.breakdown(r.a(), r.b()), scorer));
        }
        return out;
    }

    /** The suggestion for one pair as it stands, or empty if the pair would not be suggested. */
    public synchronized Optional<Suggestion> explain(String a, String b, LocalDate asOf, Locale locale) {
        Profile x = present(a);
        Profile y = present(b);
        if (x == null || y == null || x == y) {
            return Optional.empty();
        }
        PairScorer scorer = scorer(asOf);
        if (scorer.score(x.slot, y.slot) <= 0) {
            return Optional.empty();
        }
        return Optional.of(explainer(locale).explain(scorer.breakdown(x.slot, y.slot), scorer));
    }

    /**
     * Why the pair is worth introducing as the journal stands, even when the user has already
     * planned (or dismissed) it: the sentence in another language than the one it was planned in.
     * Empty if the two no longer have anything that makes them a pair (tied since, archived).
     */
    public synchronized Optional<Suggestion> explainRegardlessOfFeedback(String a, String b, LocalDate asOf,
                                                                        Locale locale) {
        Profile x = present(a);
        Profile y = present(b);
        if (x == null || y == null || x == y) {
            return Optional.empty();
        }
        PairScorer scorer = scorer(asOf);
        if (scorer.scoreRegardlessOfFeedback(x.slot, y.slot) <= 0) {
            return Optional.empty();
        }
        return Optional.of(explainer(locale).explain(scorer.breakdown(x.slot, y.slot), scorer));
    }

    /** How many pairs the last {@link #top} looked at; scoring all pairs looks at n(n-1)/2. */
    public synchronized long lastLookedAt() {
        return lastLookedAt;
    }

    /** Whether the last {@link #top} was answered from the pairs kept by an earlier search. */
    synchronized boolean lastWasIncremental() {
        return lastWasIncremental;
    }

    /** The ranked pairs without their explanations (for tests). */
    synchronized List<TopSearch.Ranked> ranked(int n, int cap, LocalDate asOf) {
        return ranked(scorer(asOf), n, cap, asOf);
    }

    /** Forgets the pairs kept from the last search, so the next {@link #top} searches in full (for benchmarks). */
    synchronized void forgetLastResult() {
        memory = null;
    }

    // The search

    private List<TopSearch.Ranked> ranked(PairScorer scorer, int n, int cap, LocalDate asOf) {
        if (n <= 0) {
            return List.of();
        }
        List<TopSearch.Ranked> fromMemory = fromMemory(scorer, n, cap, asOf);
        if (fromMemory != null) {
            return fromMemory;
        }
        List<long[]> seeds = new ArrayList<>();
        if (memory != null && memory.networkVersion() == networkVersion) {
            // The last list's pairs, rescored, raise the threshold at once.
            for (TopSearch.Ranked r : memory.pairs().subList(0, Math.min(memory.pairs().size(), 4 * n))) {
                if (profiles.get(r.a()) != null && profiles.get(r.b()) != null) {
                    seeds.add(new long[] {r.a(), r.b()});
                }
            }
        }
        TopSearch search = new TopSearch(scorer, tags, n, cap, MARGIN);
        List<TopSearch.Ranked> result = search.run(seeds);
        lastLookedAt = search.touchedPairs();
        lastSearchStats = whyFull + "; " + search.stats;
        lastWasIncremental = false;
        List<TopSearch.Ranked> kept = search.kept();
        kept.sort(TopSearch.rankOrder(scorer.profiles));
        memory = new Memory(asOf, networkVersion, search.cut(), kept, scorer.interestWeight.clone());
        changed.clear();
        changedInterests.clear();
        return result;
    }

    /**
     * The list from the kept pairs, or null if they cannot prove it. Pairs of unchanged contacts
     * change only through interest weights (an interest's weight moves when someone takes it up
     * or drops it). Rare interests whose weight rose are re-paired in full; for the others the
     * rise is bounded, and the kept pairs are complete down to the old floor plus that rise.
     */
    private List<TopSearch.Ranked> fromMemory(PairScorer scorer, int n, int cap, LocalDate asOf) {
        Memory m = memory;
        if (m == null || !m.asOf().equals(asOf) || m.networkVersion() != networkVersion) {
            whyFull = m == null ? "nothing kept" : !m.asOf().equals(asOf) ? "another date" : "ties changed";
            return null;
        }
        Profile[] all = scorer.profiles;
        LongSet seen = new LongSet(m.pairs().size() * 2 + 64);
        List<TopSearch.Ranked> pairs = new ArrayList<>();
        long looked = 0;
        double rise = 0;
        double steepest = 0;
        int mostInterests = 0;
        for (Profile p : all) {
            if (p != null && p.eligible) {
                mostInterests = Math.max(mostInterests, p.interests.length);
            }
        }
        List<Integer> rePair = new ArrayList<>();
        for (int t = 0; t < scorer.interestWeight.length; t++) {
            double before = t < m.interestWeight().length ? m.interestWeight()[t] : 0;
            double up = scorer.interestWeight[t] - before;
            if (up <= 0) {
                continue;
            }
            if (changedInterests.get(t) && tags.interestHolders.get(t).size() <= FEW_HOLDERS) {
                rePair.add(t);
            } else {
                rise += up;
                steepest = Math.max(steepest, up);
            }
        }
        double factors = PairScorer.CIRCLES_MAX * scorer.trackMax * scorer.trackMax;
        double floor = (m.floor() + Math.min(rise, mostInterests * steepest) * factors) * (1 + 1e-9);
        for (TopSearch.Ranked r : m.pairs()) {
            if (changed.get(r.a()) || changed.get(r.b()) || all[r.a()] == null || all[r.b()] == null) {
                continue;
            }
            looked++;
            seen.add(key(r.a(), r.b()));
            double s = scorer.score(r.a(), r.b());
            if (s >= floor && s > 0) {
                pairs.add(new TopSearch.Ranked(r.a(), r.b(), s));
            }
        }
        for (int x = changed.nextSetBit(0); x >= 0; x = changed.nextSetBit(x + 1)) {
            Profile p = x < all.length ? all[x] : null;
            if (p == null || !p.eligible) {
                continue;
            }
            IntBag partners = partners(p);
            for (int i = 0; i < partners.size(); i++) {
                int y = partners.get(i);
                if (seen.add(key(x, y))) {
                    looked++;
                    double s = scorer.scoreIfAtLeast(x, y, floor);
                    if (s >= floor && s > 0) {
                        pairs.add(ranked(x, y, s));
                    }
                }
            }
        }
        for (int t : rePair) {
            int[] holders = tags.interestHolders.get(t).toArray();
            for (int i = 0; i < holders.length; i++) {
                for (int j = i + 1; j < holders.length; j++) {
                    if (seen.add(key(holders[i], holders[j]))) {
                        looked++;
                        double s = scorer.scoreIfAtLeast(holders[i], holders[j], floor);
                        if (s >= floor && s > 0) {
                            pairs.add(ranked(holders[i], holders[j], s));
                        }
                    }
                }
            }
        }
        pairs.sort(TopSearch.rankOrder(all));
        double reached = TopSearch.reached(pairs, n, cap, all.length);
        if (reached < floor) {
            whyFull = "kept pairs reach " + reached + " < floor " + floor + " (was " + m.floor() + ", "
                    + pairs.size() + " pairs)";
            return null; // the kept pairs no longer prove the list: search in full
        }
        memory = new Memory(asOf, networkVersion, floor, pairs, scorer.interestWeight.clone());
        changed.clear();
        changedInterests.clear();
        lastLookedAt = looked;
        lastWasIncremental = true;
        lastSearchStats = "from memory: looked at " + looked + ", kept " + pairs.size();
        return TopSearch.pickVaried(pairs, n, cap, all.length);
    }

    private static long key(int x, int y) {
        return x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
    }

    private TopSearch.Ranked ranked(int x, int y, double score) {
        boolean xFirst = profiles.get(x).id.compareTo(profiles.get(y).id) < 0;
        return new TopSearch.Ranked(xFirst ? x : y, xFirst ? y : x, score);
    }

    /** Everyone who shares an interest with the contact or meets one of its seeks or offers, once each. */
    private IntBag partners(Profile p) {
        if (mark.length < profiles.size()) {
            mark = new int[profiles.size()];
        }
        int stamp = ++markStamp;
        mark[p.slot] = stamp;
        IntBag partners = new IntBag();
        for (int t : p.interests) {
            addNew(partners, tags.interestHolders.get(t), stamp);
        }
        for (int t : p.seeks) {
            addNew(partners, tags.offerHolders.get(t), stamp);
        }
        for (int t : p.offers) {
            addNew(partners, tags.seekHolders.get(t), stamp);
        }
        return partners;
    }

    private void addNew(IntBag into, IntBag from, int stamp) {
        for (int i = 0; i < from.size(); i++) {
            int x = from.get(i);
            if (mark[x] != stamp) {
                mark[x] = stamp;
                into.add(x);
            }
        }
    }

    // Package-private hooks for the all-pairs check in tests and the benchmark.

    synchronized PairScorer scorer(LocalDate asOf) {
        Profile[] all = profileArray();
        if (network == null) {
            network = Network.build(ties, all);
            networkVersion++;
        }
        network = network.withSlots(all.length);
        if (history == null) {
            buildFeedback();
        }
        double[] acquaintance = acquaintance(asOf, all);
        double[] track = new double[all.length];
        boolean[] hasFeedback = new boolean[all.length];
        for (Profile p : all) {
            if (p != null) {
                track[p.slot] = trackRecord.isEmpty() ? 1.0 : trackRecord.getOrDefault(p.id, 1.0);
                hasFeedback[p.slot] = !feedbackIds.isEmpty() && feedbackIds.contains(p.id);
            }
        }
        int[] count = new int[tags.size()];
        for (int t = 0; t < count.length; t++) {
            count[t] = tags.interestHolders.get(t).size();
        }
        return new PairScorer(all, network, acquaintance, track, count, eligible, hasFeedback, history);
    }

    synchronized Profile[] profileArray() {
        return profiles.toArray(new Profile[0]);
    }

    synchronized Explainer explainer(Locale locale) {
        return new Explainer(locale, tags, slot -> profiles.get(slot).contact.name());
    }

    // Internals

    private Profile present(String id) {
        Integer slot = slotOf.get(id);
        return slot == null ? null : profiles.get(slot);
    }

    private int slot(String id) {
        Integer slot = slotOf.get(id);
        if (slot != null) {
            return slot;
        }
        int next = profiles.size();
        slotOf.put(id, next);
        profiles.add(null);
        ties.add(null);
        encountersOf.add(null); // most contacts are met rarely: lists only where needed
        return next;
    }

    /** {@code arriving}: the contact was not present before (new, or back from the trash). */
    private void put(Contact c, boolean arriving) {
        int slot = slot(c.id());
        Profile p = new Profile(slot, c, tags);
        profiles.set(slot, p);
        if (p.eligible) {
            tags.index(p);
            eligible++;
            for (int t : p.interests) {
                changedInterests.set(t);
            }
        }
        acquaintanceStale.set(slot);
        changed.set(slot);
        IntBag tied = ties.get(slot);
        if (arriving && tied != null && tied.size() > 0) {
            network = null; // back with its ties
        }
    }

    /** {@code leaving}: the contact will not be present after this (not just being replaced). */
    private void unput(Profile p, boolean leaving) {
        if (p.eligible) {
            tags.unindex(p);
            eligible--;
            for (int t : p.interests) {
                changedInterests.set(t);
            }
        }
        profiles.set(p.slot, null);
        changed.set(p.slot);
        IntBag tied = ties.get(p.slot);
        if (leaving && tied != null && tied.size() > 0) {
            network = null;
        }
    }

    private void addTie(String a, String b) {
        if (a.equals(b)) {
            return;
        }
        int x = slot(a);
        int y = slot(b);
        if (ties.get(x) == null) {
            ties.set(x, new IntBag());
        }
        if (ties.get(y) == null) {
            ties.set(y, new IntBag());
        }
        IntBag xs = ties.get(x);
        for (int i = 0; i < xs.size(); i++) {
            if (xs.get(i) == y) {
                return; // known already
            }
        }
        xs.add(y);
        ties.get(y).add(x);
        network = null;
    }

    /** {@code inOrder}: insert in order now, rather than sorting all lists once at the end. */
    private void putEncounter(Encounter e, boolean inOrder) {
        if (e.id() != null) {
            encounters.put(e.id(), e);
        }
        for (String p : participants(e)) {
            int slot = slot(p);
            List<Encounter> list = encountersOf.get(slot);
            if (list == null) {
                list = new ArrayList<>(4);
                encountersOf.set(slot, list);
            }
            // Kept in a fixed order, so that sums over them do not depend on the order of input.
            if (inOrder) {
                int at = Collections.binarySearch(list, e, Acquaintance.ORDER);
                list.add(at < 0 ? -at - 1 : at, e);
            } else {
                list.add(e);
            }
            acquaintanceStale.set(slot);
            changed.set(slot);
        }
    }

    private static List<String> participants(Encounter e) {
        List<String> distinct = new ArrayList<>(e.participants().size());
        for (String p : e.participants()) {
            if (!distinct.contains(p)) {
                distinct.add(p);
            }
        }
        return distinct;
    }

    /** How well the user knows each contact on {@code asOf}, recomputed only where encounters changed. */
    private double[] acquaintance(LocalDate asOf, Profile[] all) {
        if (!asOf.equals(acquaintanceDate) || acquaintanceBySlot.length != all.length) {
            double[] known = new double[all.length];
            boolean sameDate = asOf.equals(acquaintanceDate);
            for (int x = 0; x < all.length; x++) {
                known[x] = sameDate && x < acquaintanceBySlot.length && !acquaintanceStale.get(x)
                        ? acquaintanceBySlot[x]
                        : Acquaintance.of(encountersOf.get(x), asOf);
            }
            acquaintanceBySlot = known;
            acquaintanceDate = asOf;
        } else {
            for (int x = acquaintanceStale.nextSetBit(0); x >= 0; x = acquaintanceStale.nextSetBit(x + 1)) {
                acquaintanceBySlot[x] = Acquaintance.of(encountersOf.get(x), asOf);
            }
        }
        acquaintanceStale.clear();
        return acquaintanceBySlot;
    }

    private void feedbackChanged(String a, String b) {
        history = null;
        trackRecord = null;
        changed.set(slot(a));
        changed.set(slot(b));
    }

    private void buildFeedback() {
        Map<String, Set<String>> fingerprints = new HashMap<>();
        for (Dismissal d : dismissals) {
            fingerprints.computeIfAbsent(PairScorer.pairKey(d.a(), d.b()), k -> new HashSet<>()).add(d.fingerprint());
        }
        Map<String, boolean[]> flags = new HashMap<>(); // [underway, dismissed]
        Map<String, int[]> outcomes = new HashMap<>(); // [worked, did not]
        for (Introduction i : introductions.values()) {
            boolean[] f = flags.computeIfAbsent(PairScorer.pairKey(i.a(), i.b()), k -> new boolean[2]);
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
        Set<String> ids = new HashSet<>();
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

}
