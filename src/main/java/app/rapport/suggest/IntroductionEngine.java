package app.rapport.suggest;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Event;
import app.rapport.journal.Introduction;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
 * <p>Its parts, package-private: {@link ModelBuilder} builds the model of the state,
 * {@link Vocabulary} keeps the tags in use with the lexicon and profiles read with it, and
 * {@link Decisions} the introductions and dismissals with what is learned from them.
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

    private final Map<String, Contact> contacts = new TreeMap<>();
    private final Map<String, Tie> ties = new HashMap<>();
    private final Map<String, Encounter> encounters = new HashMap<>();
    private final Map<String, Event> events = new HashMap<>();
    /** The introductions and dismissals, and what is learned from them. */
    private final Decisions decisions = new Decisions();
    /** The tags in use, the lexicon of them and the profiles read with it. */
    private final Vocabulary vocabulary;
    private List<List<String>> differentPairs = List.of();
    private Apart different = new Apart(List.of());
    /** Pairs the user said do not know each other (keys of {@link Model#pairKey}). */
    private Set<String> strangers = Set.of();

    private Model model;
    private LocalDate modelDate;
    private long lastLookedAt;

    private IntroductionEngine(ConceptList concepts) {
        this.vocabulary = new Vocabulary(concepts);
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
        engine.decisions.load(feedback.introductions(), feedback.dismissals());
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
            vocabulary.forget(old);
        }
        putContact(contact);
        changed();
    }

    /** The contact is gone (deleted or in the trash); its ties and encounters come back with it. */
    public synchronized void remove(String contactId) {
        Contact old = contacts.remove(contactId);
        if (old != null) {
            vocabulary.forget(old);
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
        decisions.save(introduction);
        changed();
    }

    public synchronized void removeIntroduction(String introductionId) {
        if (decisions.remove(introductionId)) {
            changed();
        }
    }

    public synchronized void dismiss(Dismissal dismissal) {
        if (decisions.dismiss(dismissal)) {
            changed();
        }
    }

    /** Forgets a dismissal (the user undid it). */
    public synchronized void undismiss(Dismissal dismissal) {
        if (decisions.undismiss(dismissal)) {
            changed();
        }
    }

    /** The user's own groups of tags that mean the same ("Vertrieb", "Sales", "B2B-Verkauf"). */
    public synchronized void setSameMeaning(Collection<? extends Collection<String>> groups) {
        if (vocabulary.setSameMeaning(groups)) {
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
        if (decisions.setLearnFrom(from)) {
            changed();
        }
    }

    /**
     * What Rapport learned from the user's decisions on {@code asOf}: one lesson per kind of
     * reason whose weight moved, with the decisions behind it.
     */
    public synchronized List<Lesson> lessons(LocalDate asOf) {
        return decisions.lessons(model(asOf));
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
        Model neutral = build(asOf, Learned.NOTHING);
        Learned learned = decisions.learn(neutral);
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
        vocabulary.add(c);
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
        return new ModelBuilder(asOf, vocabulary, contacts.values(), strangers)
                .build(ties.values(), encounters.values(), events.values(), decisions, different, learned);
    }

    private static String key(Encounter e) {
        return e.id() != null ? e.id() : e.date() + "\u0000" + e.title() + "\u0000" + e.participants();
    }
}
