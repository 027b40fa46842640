package app.rapport.suggest;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Event;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The introduction engine: ranks pairs of the user's contacts who should meet, and says why.
 *
 * <p>It keeps the parts of the journal it needs (contacts, ties, encounters, events, what the user
 * did with earlier suggestions) and is told of changes one at a time ({@link #update},
 * {@link #remove}, {@link #saveTie}, ...). Whatever sequence of changes brought it to a state,
 * {@link #top} returns exactly what an engine freshly {@linkplain #of built} from that state
 * would: the model is derived from the state alone, with contacts in id order. The date is a
 * parameter, never the clock, so results are reproducible.
 *
 * <p>Thread-safe (one lock); meant to be called off the JavaFX thread.
 */
public final class IntroductionEngine {

    /** No contact appears in more than this many of every ten suggestions. */
    public static final int DEFAULT_PER_CONTACT = 2;
    /** No topic carries more than this many of every ten suggestions. */
    public static final int TOPICS_PER_TEN = 3;
    /** Events this many days ahead are an occasion for two attendees to meet. */
    static final int OCCASION_DAYS = 60;

    private final ConceptList concepts;
    private final Map<String, Contact> contacts = new TreeMap<>();
    private final Map<String, Tie> ties = new HashMap<>();
    private final Map<String, Encounter> encounters = new HashMap<>();
    private final Map<String, Event> events = new HashMap<>();
    private final Map<String, Introduction> introductions = new HashMap<>();
    private final Set<Dismissal> dismissals = new HashSet<>();
    /** Per kind, the decisions learned from: {dismissed, did not work out, went ahead}. */
    private final Map<Learned.Kind, int[]> lessonCounts = new EnumMap<>(Learned.Kind.class);
    private List<List<String>> sameMeaning = List.of();
    private List<List<String>> differentPairs = List.of();
    private Apart different = new Apart(List.of());
    /** Pairs the user said do not know each other (keys of {@link Model#pairKey}). */
    private Set<String> strangers = Set.of();
    /** Decisions before this are not learned from (the user reset what was learned); null: all are. */
    private java.time.Instant learnFrom;

    /** Tag texts with how many contacts use them: the vocabulary compounds are split against. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private boolean vocabularyChanged = true;
    private Lexicon lexicon;
    private final Map<String, Profile> profileCache = new HashMap<>();

    private Model model;
    private LocalDate modelDate;
    private long lastLookedAt;

    private IntroductionEngine(ConceptList concepts) {
        this.concepts = concepts;
    }

    /** An engine over the whole journal, with its introductions and the dismissals stored with them. */
    public static IntroductionEngine of(JournalSnapshot journal) {
        return of(journal, Feedback.from(journal.introductions()));
    }

    /** An engine over the whole journal; the introductions come from {@code feedback}, not the snapshot. */
    public static IntroductionEngine of(JournalSnapshot journal, Feedback feedback) {
        IntroductionEngine engine = new IntroductionEngine(ConceptList.shipped());
        for (Contact c : journal.contacts()) {
            engine.putContact(c);
        }
        for (Tie t : journal.ties()) {
            engine.ties.put(Model.pairKey(t.a(), t.b()), t);
        }
        for (Encounter e : journal.encounters()) {
            engine.encounters.put(key(e), e);
        }
        for (Event e : journal.events()) {
            engine.events.put(e.id() == null ? e.name() + e.start() : e.id(), e);
        }
        for (Introduction i : feedback.introductions()) {
            engine.introductions.put(introductionKey(i), i);
        }
        engine.dismissals.addAll(feedback.dismissals());
        engine.teach(journal.teachings());
        return engine;
    }

    // Changes

    /** Adds the contact, or replaces the one with its id (its tags, flags or anything else changed). */
    public synchronized void update(Contact contact) {
        Objects.requireNonNull(contact.id(), "a contact needs an id to be suggested");
        Contact old = contacts.get(contact.id());
        if (contact.equals(old)) {
            return;
        }
        if (old != null) {
            forgetTags(old);
        }
        putContact(contact);
        changed();
    }

    /** The contact is gone (deleted or in the trash); its ties and encounters come back with it. */
    public synchronized void remove(String contactId) {
        Contact old = contacts.remove(contactId);
        if (old != null) {
            forgetTags(old);
            changed();
        }
    }

    public synchronized void saveTie(Tie tie) {
        if (!tie.equals(ties.put(Model.pairKey(tie.a(), tie.b()), tie))) {
            changed();
        }
    }

    public synchronized void removeTie(String a, String b) {
        if (ties.remove(Model.pairKey(a, b)) != null) {
            changed();
        }
    }

    /** Adds or replaces an encounter (by id). */
    public synchronized void saveEncounter(Encounter encounter) {
        Objects.requireNonNull(encounter.id(), "an encounter needs an id");
        if (!encounter.equals(encounters.put(encounter.id(), encounter))) {
            changed();
        }
    }

    public synchronized void removeEncounter(String encounterId) {
        if (encounters.remove(encounterId) != null) {
            changed();
        }
    }

    /** Adds or replaces an event (by id): who attends, and what it is about. */
    public synchronized void saveEvent(Event event) {
        Objects.requireNonNull(event.id(), "an event needs an id");
        if (!event.equals(events.put(event.id(), event))) {
            changed();
        }
    }

    public synchronized void removeEvent(String eventId) {
        if (events.remove(eventId) != null) {
            changed();
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
        changed();
    }

    public synchronized void removeIntroduction(String introductionId) {
        Introduction old = introductions.remove(introductionId);
        if (old != null) {
            if (Feedback.dismissalOf(old) != null) {
                dismissals.remove(Feedback.dismissalOf(old));
            }
            changed();
        }
    }

    public synchronized void dismiss(Dismissal dismissal) {
        if (dismissals.add(dismissal)) {
            changed();
        }
    }

    /** Forgets a dismissal (the user undid it). */
    public synchronized void undismiss(Dismissal dismissal) {
        if (dismissals.remove(dismissal)) {
            changed();
        }
    }

    /** The user's own groups of tags that mean the same ("Vertrieb", "Sales", "B2B-Verkauf"). */
    public synchronized void setSameMeaning(Collection<? extends Collection<String>> groups) {
        List<List<String>> copy = new ArrayList<>();
        for (Collection<String> g : groups) {
            copy.add(List.copyOf(g));
        }
        if (!copy.equals(sameMeaning)) {
            sameMeaning = List.copyOf(copy);
            vocabularyChanged = true;
            changed();
        }
    }

    /**
     * What the user taught: strangers ({@link #setStrangers}), words that mean the same
     * ({@link #setSameMeaning}), and from when on to learn ({@link #setLearnFrom}).
     */
    public synchronized void teach(app.rapport.journal.Teachings teachings) {
        setStrangers(teachings.strangers());
        setSameMeaning(teachings.sameMeaningGroups());
        setDifferent(teachings.differentWords().stream().map(w -> List.of(w.first(), w.second())).toList());
        setLearnFrom(teachings.learnFrom());
    }

    /**
     * Pairs the user said do not know each other: colleagues at one organisation, or people who
     * took part in one encounter, may then be suggested. A tie between two still says they know
     * each other (the journal forgets the pair when a tie is saved).
     */
    public synchronized void setStrangers(Collection<app.rapport.journal.Journal.ContactPair> pairs) {
        Set<String> keys = new HashSet<>();
        for (app.rapport.journal.Journal.ContactPair p : pairs) {
            keys.add(Model.pairKey(p.first(), p.second()));
        }
        if (!keys.equals(strangers)) {
            strangers = Set.copyOf(keys);
            changed();
        }
    }

    /**
     * Pairs of tags the user said mean different things: between a holder of one and a holder of
     * the other, neither counts what it shares with the other (see {@link Apart}).
     */
    public synchronized void setDifferent(Collection<? extends List<String>> pairs) {
        List<List<String>> copy = pairs.stream().map(p -> List.copyOf(p)).sorted(
                Comparator.comparing(Object::toString)).toList();
        if (!copy.equals(differentPairs)) {
            differentPairs = copy;
            different = new Apart(copy);
            changed();
        }
    }

    /** Learn only from decisions made from {@code from} on (null: from all); the decisions stay. */
    public synchronized void setLearnFrom(java.time.Instant from) {
        if (!Objects.equals(from, learnFrom)) {
            learnFrom = from;
            changed();
        }
    }

    /**
     * What Rapport learned from the user's decisions on {@code asOf}: one lesson per kind of
     * reason whose weight moved, with the decisions behind it.
     */
    public synchronized List<Lesson> lessons(LocalDate asOf) {
        Model m = model(asOf);
        List<Lesson> out = new ArrayList<>();
        for (Learned.Kind k : Learned.Kind.values()) {
            Double w = m.learned.weights().get(k);
            int[] d = m.learned.decisions().get(k);
            if (w != null && w != 1.0 && d != null) {
                int[] f = lessonCounts.getOrDefault(k, new int[3]);
                out.add(new Lesson(Lesson.Kind.valueOf(k.name()), f[0], f[1], f[2], w));
            }
        }
        return out;
    }

    // Queries

    /** The best {@code n} suggestions on {@code asOf}, no contact in more than two of every ten. */
    public List<Suggestion> top(int n, LocalDate asOf, Locale locale) {
        return top(n, DEFAULT_PER_CONTACT, asOf, locale);
    }

    /** The best {@code n} suggestions on {@code asOf}, no contact in more than {@code perTen} of every ten. */
    public synchronized List<Suggestion> top(int n, int perTen, LocalDate asOf, Locale locale) {
        Model m = model(asOf);
        PairSearch search = new PairSearch(m);
        List<PairSearch.Ranked> ranked = search.top(n, Math.max(1, perTen), TOPICS_PER_TEN);
        lastLookedAt = search.scored();
        Explainer explainer = explainer(m, locale);
        List<Suggestion> out = new ArrayList<>();
        for (PairSearch.Ranked r : ranked) {
            out.add(explainer.explain(m.breakdown(r.a(), r.b(), false)));
        }
        return out;
    }

    /** The best partners for one contact, best first (for a contact's detail pane and event briefs). */
    public synchronized List<Suggestion> suggestionsFor(String contactId, int n, LocalDate asOf, Locale locale) {
        Model m = model(asOf);
        int x = slotOf(m, contactId);
        if (x < 0 || !m.eligible[x] || n <= 0) {
            return List.of();
        }
        List<PairSearch.Ranked> ranked = new ArrayList<>();
        PairSearch search = new PairSearch(m);
        for (int y = 0; y < m.profiles.length; y++) {
            double s = y == x ? 0 : m.score(x, y);
            if (s > 0) {
                ranked.add(search.ranked(x, y, s));
            }
        }
        ranked.sort(search.rankOrder());
        Explainer explainer = explainer(m, locale);
        List<Suggestion> out = new ArrayList<>();
        for (PairSearch.Ranked r : ranked.subList(0, Math.min(n, ranked.size()))) {
            out.add(explainer.explain(m.breakdown(r.a(), r.b(), false)));
        }
        return out;
    }

    /** The suggestion for one pair as it stands, or empty if the pair would not be suggested. */
    public synchronized Optional<Suggestion> explain(String a, String b, LocalDate asOf, Locale locale) {
        Model m = model(asOf);
        int x = slotOf(m, a);
        int y = slotOf(m, b);
        if (x < 0 || y < 0 || x == y || m.score(x, y) <= 0) {
            return Optional.empty();
        }
        return Optional.of(explainer(m, locale).explain(m.breakdown(x, y, false)));
    }

    /**
     * Why the pair is worth introducing as the journal stands, even when the user has already
     * planned (or dismissed) it: the sentence in another language than the one it was planned in.
     * Empty if the two no longer make a pair (tied since, archived).
     */
    public synchronized Optional<Suggestion> explainRegardlessOfFeedback(String a, String b, LocalDate asOf,
                                                                        Locale locale) {
        Model m = model(asOf);
        int x = slotOf(m, a);
        int y = slotOf(m, b);
        if (x < 0 || y < 0 || x == y || m.scoreRegardlessOfFeedback(x, y) <= 0) {
            return Optional.empty();
        }
        return Optional.of(explainer(m, locale).explain(m.breakdown(x, y, true)));
    }

    /**
     * The circles of the network on {@code asOf}: per contact id its circle, numbered from 0 in the
     * order of the contacts' ids; contacts in no circle are absent. The one definition of circles
     * (see {@link Circles}), shared by the reasons and the Network screen.
     */
    public synchronized Map<String, Integer> circles(LocalDate asOf) {
        Model m = model(asOf);
        int[] numbered = Circles.renumber(m.graph.circle);
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (int x = 0; x < numbered.length; x++) {
            if (numbered[x] != Circles.NONE) {
                out.put(m.profiles[x].id, numbered[x]);
            }
        }
        return out;
    }

    /** How many pairs the last {@link #top} scored; scoring all pairs scores n(n-1)/2. */
    public synchronized long lastLookedAt() {
        return lastLookedAt;
    }

    /** Forgets the model built for the last query, so the next one builds it again (for benchmarks). */
    synchronized void forgetLastResult() {
        model = null;
    }

    /** The model on {@code asOf} (for the all-pairs check in tests and the benchmark). */
    synchronized Model model(LocalDate asOf) {
        if (model != null && asOf.equals(modelDate)) {
            return model;
        }
        if (lexicon == null || vocabularyChanged) {
            lexicon = new Lexicon(concepts, vocabulary.keySet().stream().sorted().toList(), sameMeaning);
            profileCache.clear();
            vocabularyChanged = false;
        }
        Model neutral = build(asOf, Learned.NOTHING);
        Learned learned = learn(neutral);
        model = learned.isEmpty() ? neutral : build(asOf, learned);
        modelDate = asOf;
        return model;
    }

    // Internals

    private void changed() {
        model = null;
    }

    private void putContact(Contact c) {
        contacts.put(c.id(), c);
        for (String t : tags(c)) {
            if (vocabulary.merge(t, 1, Integer::sum) == 1) {
                vocabularyChanged = true;
            }
        }
    }

    private void forgetTags(Contact c) {
        for (String t : tags(c)) {
            Integer left = vocabulary.merge(t, -1, Integer::sum);
            if (left != null && left <= 0) {
                vocabulary.remove(t);
                vocabularyChanged = true;
            }
        }
    }

    private static List<String> tags(Contact c) {
        List<String> all = new ArrayList<>(c.interests().size() + c.offers().size() + c.seeks().size());
        all.addAll(c.interests());
        all.addAll(c.offers());
        all.addAll(c.seeks());
        all.removeIf(Objects::isNull);
        return all;
    }

    /** The slot of a contact id in the model, or -1. */
    static int slotOf(Model m, String id) {
        int lo = 0;
        int hi = m.profiles.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = m.profiles[mid].id.compareTo(id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private Explainer explainer(Model m, Locale locale) {
        return new Explainer(locale, m, slot -> topicTexts(m.profiles[slot].id));
    }

    /** What the user's encounters and events with a contact were about, as written. */
    private List<String> topicTexts(String id) {
        List<String> out = new ArrayList<>();
        for (Encounter e : encounters.values()) {
            if (e.participants().contains(id)) {
                out.add(e.title());
                out.add(e.notes());
            }
        }
        for (Event e : events.values()) {
            if (e.attendees().contains(id)) {
                out.add(e.name());
                out.add(e.topic());
            }
        }
        out.removeIf(Objects::isNull);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The model of the present state: contacts in id order, everything derived from the state alone. */
    private Model build(LocalDate asOf, Learned learned) {
        int n = contacts.size();
        Profile[] profiles = new Profile[n];
        Map<String, Integer> slot = new HashMap<>(n * 2);
        int i = 0;
        for (Contact c : contacts.values()) {
            Profile cached = profileCache.get(c.id());
            Profile p = cached != null && cached.contact.equals(c) && cached.slot == i ? cached : new Profile(i, c, lexicon);
            profileCache.put(c.id(), p);
            profiles[i] = p;
            slot.put(c.id(), i);
            i++;
        }
        // Who knows whom: ties, and people who took part in one encounter together.
        Links links = new Links();
        for (Tie t : ties.values()) {
            Integer a = slot.get(t.a());
            Integer b = slot.get(t.b());
            if (a != null && b != null && !a.equals(b)) {
                int s = t.strength() == null ? 1 : t.strength();
                links.tie(a, b, s);
            }
        }
        List<List<Encounter>> metWith = new ArrayList<>(n);
        for (int x = 0; x < n; x++) {
            metWith.add(null);
        }
        List<TreeSet<Integer>> topicStems = new ArrayList<>(n);
        for (int x = 0; x < n; x++) {
            topicStems.add(null);
        }
        List<Encounter> ordered = new ArrayList<>(encounters.values());
        ordered.sort(Acquaintance.ORDER);
        for (Encounter e : ordered) {
            List<Integer> present = new ArrayList<>();
            for (String p : e.participants()) {
                Integer x = slot.get(p);
                if (x != null && !present.contains(x)) {
                    present.add(x);
                }
            }
            if (present.isEmpty()) {
                continue;
            }
            int[] stems = topicStems(e.title(), e.notes());
            for (int x : present) {
                if (metWith.get(x) == null) {
                    metWith.set(x, new ArrayList<>(4));
                }
                metWith.get(x).add(e);
                addStems(topicStems, x, stems);
            }
            for (int p = 0; p < present.size(); p++) {
                for (int q = p + 1; q < present.size(); q++) {
                    if (strangers.isEmpty() || !strangers.contains(Model.pairKey(profiles[present.get(p)].id,
                            profiles[present.get(q)].id))) {
                        links.met(present.get(p), present.get(q));
                    }
                }
            }
        }
        List<Event> eventList = new ArrayList<>(events.values());
        eventList.sort(Comparator.comparing((Event e) -> e.start() == null ? "" : e.start().toString())
                .thenComparing(e -> e.id() == null ? "" : e.id()));
        List<Event> soon = new ArrayList<>();
        List<List<Integer>> upcomingOf = new ArrayList<>(n);
        for (int x = 0; x < n; x++) {
            upcomingOf.add(null);
        }
        for (Event e : eventList) {
            // An event's topic is something its attendees care about; its name ("Meetup", "Barcamp
            // Köln") only says where they go, which is an occasion, not a reason.
            int[] stems = topicStems(e.topic(), null);
            boolean isSoon = e.start() != null && !e.start().toLocalDate().isBefore(asOf)
                    && !e.start().toLocalDate().isAfter(asOf.plusDays(OCCASION_DAYS));
            int index = soon.size();
            for (String a : new TreeSet<>(e.attendees())) {
                Integer x = slot.get(a);
                if (x == null) {
                    continue;
                }
                addStems(topicStems, x, stems);
                if (isSoon) {
                    if (upcomingOf.get(x) == null) {
                        upcomingOf.set(x, new ArrayList<>(2));
                    }
                    upcomingOf.get(x).add(index);
                }
            }
            if (isSoon) {
                soon.add(e);
            }
        }
        int[][] adjacent = new int[n][];
        byte[][] strength = new byte[n][];
        links.into(adjacent, strength);
        int[] organization = new int[n];
        Map<String, Integer> orgNumber = new HashMap<>();
        int[] identity = new int[n];
        for (int x = 0; x < n; x++) {
            identity[x] = x;
            String org = profiles[x].organization;
            organization[x] = org == null ? -1 : orgNumber.computeIfAbsent(org, k -> orgNumber.size());
        }
        Graph graph = new Graph(adjacent, strength, Circles.of(adjacent, organization, identity));
        double[] closeness = new double[n];
        Features[] topics = new Features[n];
        int[][] upcoming = new int[n][];
        for (int x = 0; x < n; x++) {
            closeness[x] = Acquaintance.of(metWith.get(x), asOf);
            TreeSet<Integer> st = topicStems.get(x);
            topics[x] = st == null ? Features.NONE
                    : Features.ofStems(st.stream().mapToInt(Integer::intValue).toArray(), lexicon.conceptCount());
            List<Integer> up = upcomingOf.get(x);
            upcoming[x] = up == null ? new int[0] : up.stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        FeedbackState f = feedback(profiles, slot);
        Set<Long> apart = new HashSet<>();
        for (String key : strangers) {
            int cut = key.indexOf('\u0000');
            Integer a = slot.get(key.substring(0, cut));
            Integer b = slot.get(key.substring(cut + 1));
            if (a != null && b != null) {
                apart.add(Model.pair(a, b));
            }
        }
        Model m = new Model(lexicon, profiles, graph, closeness, f.track(), topics, upcoming, soon, organization,
                learned, f.hasFeedback(), f.history(), apart);
        if (!different.isEmpty()) {
            m.keepApart(different.features(profiles, lexicon.conceptCount()));
        }
        return m;
    }

    /**
     * Who knows whom, gathered as packed pairs and sorted once (the journal's ties and encounters
     * can be hundreds of thousands). A tie has its strength (or 1); where there is no tie, shared
     * encounters count, up to 5.
     */
    private static final class Links {
        private static final int TIE = 1 << 11;
        private long[] packed = new long[1024];
        private int size;

        void tie(int a, int b, int strength) {
            add(a, b, TIE | Math.max(0, Math.min(strength, 2047 & ~TIE)));
        }

        void met(int a, int b) {
            add(a, b, 1);
        }

        private void add(int a, int b, int value) {
            if (size == packed.length) {
                packed = java.util.Arrays.copyOf(packed, size * 2);
            }
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            packed[size++] = ((long) lo << 38) | ((long) hi << 12) | value;
        }

        /** Each slot's linked slots ascending, with the link's strength (1 to 5). */
        void into(int[][] adjacent, byte[][] strength) {
            long[] p = java.util.Arrays.copyOf(packed, size);
            java.util.Arrays.sort(p);
            int n = adjacent.length;
            int[] degree = new int[n];
            for (int i = 0; i < p.length; ) {
                int j = i;
                while (j < p.length && p[j] >>> 12 == p[i] >>> 12) {
                    j++;
                }
                degree[(int) (p[i] >>> 38)]++;
                degree[(int) ((p[i] >>> 12) & ((1L << 26) - 1))]++;
                i = j;
            }
            for (int x = 0; x < n; x++) {
                adjacent[x] = new int[degree[x]];
                strength[x] = new byte[degree[x]];
                degree[x] = 0;
            }
            // Pairs sorted by (smaller, larger) fill every list in ascending order: a slot's smaller
            // partners come with the groups of those partners, before its own group.
            for (int i = 0; i < p.length; ) {
                int j = i;
                int tie = -1;
                int met = 0;
                while (j < p.length && p[j] >>> 12 == p[i] >>> 12) {
                    int value = (int) (p[j] & 4095);
                    if ((value & TIE) != 0) {
                        tie = value & ~TIE; // ties come first; their strength is what the user said
                    } else {
                        met += value;
                    }
                    j++;
                }
                int a = (int) (p[i] >>> 38);
                int b = (int) ((p[i] >>> 12) & ((1L << 26) - 1));
                byte s = (byte) Math.min(5, tie >= 0 ? tie : met);
                adjacent[a][degree[a]] = b;
                strength[a][degree[a]++] = s;
                adjacent[b][degree[b]] = a;
                strength[b][degree[b]++] = s;
                i = j;
            }
        }
    }

    private static void addStems(List<TreeSet<Integer>> topicStems, int x, int[] stems) {
        if (stems.length == 0) {
            return;
        }
        TreeSet<Integer> s = topicStems.get(x);
        if (s == null) {
            s = new TreeSet<>();
            topicStems.set(x, s);
        }
        for (int v : stems) {
            s.add(v);
        }
    }

    /**
     * What an encounter was about: every word of its title (or an event's topic), and of its notes
     * only the words someone in the journal has among their interests, offers or seeks. Notes are
     * free prose ("these days", "erzählte viel"); a word of them says what the talk was about only
     * where it is a word people here use for what they care about.
     */
    private int[] topicStems(String title, String notes) {
        int[] fromTitle = title == null || title.isBlank() ? new int[0] : lexicon.textStems(title);
        if (notes == null || notes.isBlank()) {
            return fromTitle;
        }
        TreeSet<Integer> all = new TreeSet<>();
        for (int s : fromTitle) {
            all.add(s);
        }
        for (int s : lexicon.textStems(notes)) {
            if (lexicon.isTagStem(s)) {
                all.add(s);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private record FeedbackState(double[] track, boolean[] hasFeedback, Map<String, Model.PairHistory> history) {
    }

    private FeedbackState feedback(Profile[] profiles, Map<String, Integer> slot) {
        Map<String, Set<String>> fingerprints = new HashMap<>();
        for (Dismissal d : dismissals) {
            fingerprints.computeIfAbsent(Model.pairKey(d.a(), d.b()), k -> new HashSet<>()).add(d.fingerprint());
        }
        Map<String, boolean[]> flags = new HashMap<>(); // [underway, dismissed]
        Map<String, int[]> outcomes = new HashMap<>(); // [worked, did not]
        for (Introduction i : introductions.values()) {
            boolean[] fl = flags.computeIfAbsent(Model.pairKey(i.a(), i.b()), k -> new boolean[2]);
            switch (i.status()) {
                case SUGGESTED -> { }
                case DISMISSED -> fl[1] = true;
                default -> fl[0] = true;
            }
            if (i.status() == IntroductionStatus.MET || i.status() == IntroductionStatus.WORKING_TOGETHER) {
                outcomes.computeIfAbsent(i.a(), k -> new int[2])[0]++;
                outcomes.computeIfAbsent(i.b(), k -> new int[2])[0]++;
            } else if (i.status() == IntroductionStatus.DID_NOT_WORK_OUT) {
                outcomes.computeIfAbsent(i.a(), k -> new int[2])[1]++;
                outcomes.computeIfAbsent(i.b(), k -> new int[2])[1]++;
            }
        }
        Map<String, Model.PairHistory> history = new HashMap<>();
        Set<String> keys = new HashSet<>(flags.keySet());
        keys.addAll(fingerprints.keySet());
        boolean[] has = new boolean[profiles.length];
        for (String key : keys) {
            boolean[] fl = flags.getOrDefault(key, new boolean[2]);
            history.put(key, new Model.PairHistory(fl[0], fl[1], fingerprints.getOrDefault(key, Set.of())));
            int cut = key.indexOf('\u0000');
            Integer a = slot.get(key.substring(0, cut));
            Integer b = slot.get(key.substring(cut + 1));
            if (a != null) {
                has[a] = true;
            }
            if (b != null) {
                has[b] = true;
            }
        }
        double[] track = new double[profiles.length];
        for (int x = 0; x < profiles.length; x++) {
            int[] o = outcomes.get(profiles[x].id);
            track[x] = o == null ? 1.0
                    : 1 + Model.SUCCESS_STEP * Math.min(o[0], Model.TRACK_CAP)
                    - Model.FAILURE_STEP * Math.min(o[1], Model.TRACK_CAP);
        }
        return new FeedbackState(track, has, history);
    }

    /** What the user's decisions say about each kind of reason, read on the model without learning. */
    private Learned learn(Model neutral) {
        Map<Learned.Kind, int[]> decisions = new EnumMap<>(Learned.Kind.class);
        lessonCounts.clear();
        Set<String> counted = new HashSet<>();
        List<Introduction> sorted = new ArrayList<>(introductions.values());
        sorted.sort(Comparator.comparing((Introduction i) -> Model.pairKey(i.a(), i.b())));
        for (Introduction i : sorted) {
            int verdict = switch (i.status()) {
                case SUGGESTED -> -1;
                case DISMISSED, DID_NOT_WORK_OUT -> 1;
                default -> 0;
            };
            if (verdict < 0 || learnFrom != null && (i.createdAt() == null || i.createdAt().isBefore(learnFrom))
                    || !counted.add(Model.pairKey(i.a(), i.b()) + verdict)) {
                continue;
            }
            Learned.Kind kind = kindOf(neutral, i.a(), i.b());
            if (kind != null) {
                decisions.computeIfAbsent(kind, k -> new int[2])[verdict]++;
                lessonCounts.computeIfAbsent(kind, k -> new int[3])[
                        verdict == 0 ? 2 : i.status() == IntroductionStatus.DISMISSED ? 0 : 1]++;
            }
        }
        // A dismissal without its introduction carries no date: after a reset it is not learned from.
        for (Dismissal d : learnFrom != null ? Set.<Dismissal>of() : dismissals) {
            if (counted.add(Model.pairKey(d.a(), d.b()) + 1)) {
                Learned.Kind kind = kindOf(neutral, d.a(), d.b());
                if (kind != null) {
                    decisions.computeIfAbsent(kind, k -> new int[2])[1]++;
                    lessonCounts.computeIfAbsent(kind, k -> new int[3])[0]++;
                }
            }
        }
        return decisions.isEmpty() ? Learned.NOTHING : Learned.from(decisions);
    }

    /** What a pair's points mainly rest on, or null if one of the two is gone. */
    private static Learned.Kind kindOf(Model m, String a, String b) {
        int x = slotOf(m, a);
        int y = slotOf(m, b);
        if (x < 0 || y < 0 || x == y) {
            return null;
        }
        Model.Breakdown d = m.breakdown(x, y, true);
        double seekOffer = 0;
        for (Model.Share s : d.aSeeksBOffers()) {
            seekOffer += s.points();
        }
        for (Model.Share s : d.bSeeksAOffers()) {
            seekOffer += s.points();
        }
        double interests = 0;
        for (Model.Share s : d.interests()) {
            interests += s.points();
        }
        Learned.Kind kind = Learned.Kind.KNOWN_ONLY;
        double best = 0.25; // less than a quarter of the base is no reason of its own
        if (d.structure() > best) {
            best = d.structure();
            kind = Learned.Kind.MUTUAL_ACQUAINTANCES;
        }
        if (d.topicPoints() > best) {
            best = d.topicPoints();
            kind = Learned.Kind.ENCOUNTER_TOPICS;
        }
        if (interests > best) {
            best = interests;
            kind = Learned.Kind.SHARED_INTERESTS;
        }
        if (seekOffer > best) {
            kind = Learned.Kind.SEEKS_OFFERS;
        }
        return kind;
    }

    private static String key(Encounter e) {
        return e.id() != null ? e.id() : e.date() + "\u0000" + e.title() + "\u0000" + e.participants();
    }

    private static String introductionKey(Introduction i) {
        return i.id() != null ? i.id() : Model.pairKey(i.a(), i.b()) + '\u0000' + i.status().wireName();
    }
}
