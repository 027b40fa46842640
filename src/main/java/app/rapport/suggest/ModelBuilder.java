package app.rapport.suggest;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Event;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@link Model} of the engine's present state, once: contacts in id order (each a slot),
 * who knows whom from ties and shared encounters, what each one's encounters and events were
 * about, the events soon that are an occasion, the circles, and the user's earlier decisions.
 * Everything is derived from the state alone, so the model is the same whatever changes led to it.
 */
final class ModelBuilder {

    private final LocalDate asOf;
    private final Lexicon lexicon;
    /** Pairs the user said do not know each other (keys of {@link Model#pairKey}). */
    private final Set<String> strangers;
    private final Profile[] profiles;
    private final Map<String, Integer> slot;
    private final Links links = new Links();
    /** Per slot (null: none yet): the encounters the contact took part in, in {@link Acquaintance#ORDER}. */
    private final List<List<Encounter>> metWith;
    /** Per slot (null: none yet): the stems of what the contact's encounters and events were about. */
    private final List<TreeSet<Integer>> topicStems;
    /** Per slot (null: none yet): the indexes in {@link #soon} of the events the contact attends. */
    private final List<List<Integer>> upcomingOf;
    /** Events within {@link IntroductionEngine#OCCASION_DAYS} of the day, in order of their start. */
    private final List<Event> soon = new ArrayList<>();

    /** Slots for {@code contacts} (in the order given: the engine keeps them by id), with their profiles. */
    ModelBuilder(LocalDate asOf, Vocabulary vocabulary, Collection<Contact> contacts, Set<String> strangers) {
        this.asOf = asOf;
        this.lexicon = vocabulary.lexicon();
        this.strangers = strangers;
        int n = contacts.size();
        profiles = new Profile[n];
        slot = new HashMap<>(n * 2);
        int i = 0;
        for (Contact c : contacts) {
            profiles[i] = vocabulary.profile(c, i);
            slot.put(c.id(), i);
            i++;
        }
        metWith = nulls(n);
        topicStems = nulls(n);
        upcomingOf = nulls(n);
    }

    /** The model of these contacts with the rest of the state, weighted with what was {@code learned}. */
    Model build(Collection<Tie> ties, Collection<Encounter> encounters, Collection<Event> events,
                Decisions decisions, Apart different, Learned learned) {
        addTies(ties);
        addEncounters(encounters);
        addEvents(events);
        int n = profiles.length;
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
        Decisions.State f = decisions.state(profiles, slot);
        Model m = new Model(lexicon, profiles, graph, closeness, f.track(), topics, upcoming, soon, organization,
                learned, f.hasFeedback(), f.history(), apart());
        if (!different.isEmpty()) {
            m.keepApart(different.features(profiles, lexicon.conceptCount()));
        }
        return m;
    }

    /** Who knows whom, first: the ties. */
    private void addTies(Collection<Tie> ties) {
        for (Tie t : ties) {
            Integer a = slot.get(t.a());
            Integer b = slot.get(t.b());
            if (a != null && b != null && !a.equals(b)) {
                int s = t.strength() == null ? 1 : t.strength();
                links.tie(a, b, s);
            }
        }
    }

    /** People who took part in one encounter together know each other; it says what they talked about. */
    private void addEncounters(Collection<Encounter> encounters) {
        List<Encounter> ordered = new ArrayList<>(encounters);
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
                addStems(x, stems);
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
    }

    /** An event's topic is something its attendees care about; one soon is an occasion for them to meet. */
    private void addEvents(Collection<Event> events) {
        List<Event> eventList = new ArrayList<>(events);
        eventList.sort(Comparator.comparing((Event e) -> e.start() == null ? "" : e.start().toString())
                .thenComparing(e -> e.id() == null ? "" : e.id()));
        for (Event e : eventList) {
            // An event's name ("Meetup", "Barcamp Köln") only says where they go, which is an
            // occasion, not a reason.
            int[] stems = topicStems(e.topic(), null);
            boolean isSoon = e.start() != null && !e.start().toLocalDate().isBefore(asOf)
                    && !e.start().toLocalDate().isAfter(asOf.plusDays(IntroductionEngine.OCCASION_DAYS));
            int index = soon.size();
            for (String a : new TreeSet<>(e.attendees())) {
                Integer x = slot.get(a);
                if (x == null) {
                    continue;
                }
                addStems(x, stems);
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
    }

    /** The pairs of slots the user said do not know each other. */
    private Set<Long> apart() {
        Set<Long> apart = new HashSet<>();
        for (String key : strangers) {
            int cut = key.indexOf('\u0000');
            Integer a = slot.get(key.substring(0, cut));
            Integer b = slot.get(key.substring(cut + 1));
            if (a != null && b != null) {
                apart.add(Model.pair(a, b));
            }
        }
        return apart;
    }

    private void addStems(int x, int[] stems) {
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

    private static <T> List<T> nulls(int n) {
        List<T> list = new ArrayList<>(n);
        for (int x = 0; x < n; x++) {
            list.add(null);
        }
        return list;
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
}
