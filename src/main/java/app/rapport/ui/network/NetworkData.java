package app.rapport.ui.network;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tags;
import app.rapport.journal.Tie;
import app.rapport.reminders.Relationship;
import app.rapport.reminders.Relationships;
import app.rapport.reminders.Warmth;
import app.rapport.suggest.Bridges;
import app.rapport.suggest.Suggestion;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the network map shows, computed once per journal state off the JavaFX thread: the people
 * (in the order of their ids, each a slot), their ties, warmth, circles with a label, bridges,
 * the suggested introductions and those planned or made, and the links the layout pulls along.
 * Pure: no JavaFX, no clock.
 */
public final class NetworkData {

    /** How many bridges are marked at most: more would mark no one in particular. */
    static final int MAX_BRIDGES = 12;
    /** Above this many participants an encounter (a conference) says little about who knows whom. */
    private static final int SMALL_GATHERING = 8;

    /** A circle: its number (as the engine gives it), members, the colour slot, and a label (null: none telling). */
    public record Circle(int number, int size, int colour, String label) {
    }

    /** A line between two people that is not a tie: a suggested, planned or made introduction. */
    public record Line(int a, int b, Kind kind, String text) {
        public enum Kind { SUGGESTED, PLANNED, MADE }
    }

    final List<Contact> people;
    final Map<String, Integer> slotOf;
    /** Ties: per slot the tied slots; and each tie once, with its strength (0: not given). */
    final int[][] adjacent;
    final int[] tieFrom;
    final int[] tieTo;
    final int[] tieStrength;
    final Relationship[] relationship;
    final int[] bestRating;
    final int[] circle;
    final Map<Integer, Circle> circles;
    /** Null until circles are known (see {@link #withEngine}). */
    final double[] betweenness;
    final List<Bridges.Bridge> bridges;
    final boolean[] bridge;
    final List<Line> lines;
    /** What the layout pulls together: ties, and weaker, people met together and colleagues. */
    final int[] linkFrom;
    final int[] linkTo;
    final double[] linkWeight;

    /** The same network with the engine's circles and suggestions: circles, labels, bridges and lines anew. */
    public NetworkData withEngine(Map<String, Integer> circleOf, List<Suggestion> suggestions) {
        int[] newCircle = circlesOf(people, circleOf);
        Map<Integer, Circle> newCircles = describe(people, newCircle);
        double[] paths = betweenness != null ? betweenness : Bridges.betweenness(adjacent);
        List<Bridges.Bridge> newBridges = Bridges.of(adjacent, newCircle, paths, MAX_BRIDGES);
        List<Line> newLines = new ArrayList<>();
        for (Line l : lines) {
            if (l.kind() != Line.Kind.SUGGESTED) {
                newLines.add(l);
            }
        }
        addSuggestions(newLines, suggestions, slotOf);
        return new NetworkData(people, slotOf, adjacent, tieFrom, tieTo, tieStrength, relationship, bestRating,
                newCircle, newCircles, paths, newBridges, List.copyOf(newLines), linkFrom, linkTo, linkWeight);
    }

    private static int[] circlesOf(List<Contact> people, Map<String, Integer> circleOf) {
        int[] circle = new int[people.size()];
        Arrays.fill(circle, -1);
        for (int i = 0; i < people.size(); i++) {
            Integer c = circleOf.get(people.get(i).id());
            if (c != null) {
                circle[i] = c;
            }
        }
        return circle;
    }

    /** Circles with their colour (by size, largest first) and a label that tells each from the others. */
    private static Map<Integer, Circle> describe(List<Contact> people, int[] circle) {
        Map<Integer, Integer> size = new TreeMap<>();
        for (int c : circle) {
            if (c >= 0) {
                size.merge(c, 1, Integer::sum);
            }
        }
        List<Integer> bySize = new ArrayList<>(size.keySet());
        bySize.sort(Comparator.comparing((Integer c) -> -size.get(c)).thenComparing(c -> c));
        Map<Integer, String> labels = CircleLabels.of(people, circle, bySize);
        Map<Integer, Circle> circles = new LinkedHashMap<>();
        for (int rank = 0; rank < bySize.size(); rank++) {
            int c = bySize.get(rank);
            circles.put(c, new Circle(c, size.get(c), rank, labels.get(c)));
        }
        return circles;
    }

    private static void addSuggestions(List<Line> lines, List<Suggestion> suggestions, Map<String, Integer> slotOf) {
        for (Suggestion s : suggestions) {
            Integer a = slotOf.get(s.a().id());
            Integer b = slotOf.get(s.b().id());
            if (a != null && b != null) {
                lines.add(new Line(a, b, Line.Kind.SUGGESTED, s.reason()));
            }
        }
    }

    private NetworkData(List<Contact> people, Map<String, Integer> slotOf, int[][] adjacent, int[] tieFrom,
                        int[] tieTo, int[] tieStrength, Relationship[] relationship, int[] bestRating, int[] circle,
                        Map<Integer, Circle> circles, double[] betweenness, List<Bridges.Bridge> bridges,
                        List<Line> lines, int[] linkFrom, int[] linkTo, double[] linkWeight) {
        this.people = people;
        this.slotOf = slotOf;
        this.adjacent = adjacent;
        this.tieFrom = tieFrom;
        this.tieTo = tieTo;
        this.tieStrength = tieStrength;
        this.relationship = relationship;
        this.bestRating = bestRating;
        this.circle = circle;
        this.circles = circles;
        this.betweenness = betweenness;
        this.bridges = bridges;
        this.bridge = new boolean[people.size()];
        for (Bridges.Bridge b : bridges) {
            bridge[b.slot()] = true;
        }
        this.lines = lines;
        this.linkFrom = linkFrom;
        this.linkTo = linkTo;
        this.linkWeight = linkWeight;
    }

    /**
     * The map of {@code journal} on {@code today}. {@code circleOf}: the introduction engine's
     * circles by contact id; {@code suggestions}: its best suggestions, drawn as dashed lines.
     * Archived contacts are left out unless {@code withArchived}.
     */
    public static NetworkData of(JournalSnapshot journal, Map<String, Integer> circleOf, List<Suggestion> suggestions,
                                 LocalDate today, ZoneId zone, boolean withArchived) {
        List<Contact> people = new ArrayList<>();
        for (Contact c : journal.contacts()) {
            if (withArchived || !c.archived()) {
                people.add(c);
            }
        }
        people.sort(Comparator.comparing(Contact::id));
        int n = people.size();
        Map<String, Integer> slotOf = HashMap.newHashMap(n);
        for (int i = 0; i < n; i++) {
            slotOf.put(people.get(i).id(), i);
        }

        TieArrays ties = TieArrays.of(journal, slotOf, n);

        Relationships relationships = Relationships.of(journal.timeline(), today, zone);
        Relationship[] relationship = new Relationship[n];
        for (int i = 0; i < n; i++) {
            relationship[i] = relationships.of(people.get(i).id());
        }

        int[] bestRating = new int[n];
        LinkArrays links = LinkArrays.of(journal, people, slotOf, ties, bestRating);

        // Circles, as the engine numbers them.
        int[] circle = circlesOf(people, circleOf);
        Map<Integer, Circle> circles = describe(people, circle);

        // Bridges need circles; without them (the first, quick picture) betweenness waits for withEngine.
        double[] betweenness = circleOf.isEmpty() ? null : Bridges.betweenness(ties.adjacent);
        List<Bridges.Bridge> bridges = betweenness == null ? List.of()
                : Bridges.of(ties.adjacent, circle, betweenness, MAX_BRIDGES);

        List<Line> lines = introductionLines(journal, slotOf);
        addSuggestions(lines, suggestions, slotOf);
        return new NetworkData(List.copyOf(people), slotOf, ties.adjacent, ties.from, ties.to, ties.strength,
                relationship, bestRating, circle, circles, betweenness, bridges, List.copyOf(lines), links.from,
                links.to, links.weight);
    }

    /** The ties among the people on the map, each once, in order of their slots, and who is next to whom. */
    private record TieArrays(int[][] adjacent, int[] from, int[] to, int[] strength) {

        static TieArrays of(JournalSnapshot journal, Map<String, Integer> slotOf, int n) {
            List<int[]> ties = new ArrayList<>();
            int[] degree = new int[n];
            for (Tie t : journal.ties()) {
                Integer a = slotOf.get(t.a());
                Integer b = slotOf.get(t.b());
                if (a != null && b != null) {
                    ties.add(new int[] {a, b, t.strength() == null ? 0 : t.strength()});
                    degree[a]++;
                    degree[b]++;
                }
            }
            ties.sort(Comparator.<int[]>comparingInt(t -> t[0]).thenComparingInt(t -> t[1]));
            int[][] adjacent = new int[n][];
            for (int i = 0; i < n; i++) {
                adjacent[i] = new int[degree[i]];
            }
            int[] fill = new int[n];
            int[] tieFrom = new int[ties.size()];
            int[] tieTo = new int[ties.size()];
            int[] tieStrength = new int[ties.size()];
            for (int e = 0; e < ties.size(); e++) {
                int[] t = ties.get(e);
                tieFrom[e] = t[0];
                tieTo[e] = t[1];
                tieStrength[e] = t[2];
                adjacent[t[0]][fill[t[0]]++] = t[1];
                adjacent[t[1]][fill[t[1]]++] = t[0];
            }
            return new TieArrays(adjacent, tieFrom, tieTo, tieStrength);
        }
    }

    /**
     * The links the layout pulls along: ties pull hardest; people met together in a small group and
     * colleagues pull gently (in a ring, so a large organisation costs as many links as members).
     * Each one's best rating of an encounter is noted in {@code bestRating} on the way.
     */
    private record LinkArrays(int[] from, int[] to, double[] weight) {

        static LinkArrays of(JournalSnapshot journal, List<Contact> people, Map<String, Integer> slotOf,
                             TieArrays ties, int[] bestRating) {
            List<double[]> links = new ArrayList<>();
            for (int e = 0; e < ties.from.length; e++) {
                double pull = ties.strength[e] == 0 ? 1 : 0.6 + 0.2 * ties.strength[e];
                links.add(new double[] {ties.from[e], ties.to[e], pull});
            }
            meetingLinks(journal, slotOf, links, bestRating);
            colleagueLinks(people, links);
            int[] linkFrom = new int[links.size()];
            int[] linkTo = new int[links.size()];
            double[] linkWeight = new double[links.size()];
            for (int e = 0; e < links.size(); e++) {
                linkFrom[e] = (int) links.get(e)[0];
                linkTo[e] = (int) links.get(e)[1];
                linkWeight[e] = links.get(e)[2];
            }
            return new LinkArrays(linkFrom, linkTo, linkWeight);
        }
    }

    /** People met together in a small group pull gently; each one's best rating of an encounter is noted. */
    private static void meetingLinks(JournalSnapshot journal, Map<String, Integer> slotOf, List<double[]> links,
                                     int[] bestRating) {
        Map<Long, Boolean> metTogether = new HashMap<>();
        for (Encounter e : journal.encounters()) {
            List<Integer> slots = new ArrayList<>();
            for (String p : e.participants()) {
                Integer s = slotOf.get(p);
                if (s != null) {
                    slots.add(s);
                    if (e.rating() != null) {
                        bestRating[s] = Math.max(bestRating[s], e.rating());
                    }
                }
            }
            if (slots.size() < 2 || slots.size() > SMALL_GATHERING) {
                continue;
            }
            for (int i = 0; i < slots.size(); i++) {
                for (int j = i + 1; j < slots.size(); j++) {
                    int a = Math.min(slots.get(i), slots.get(j));
                    int b = Math.max(slots.get(i), slots.get(j));
                    if (a != b && metTogether.putIfAbsent(((long) a << 32) | b, Boolean.TRUE) == null) {
                        links.add(new double[] {a, b, 0.3});
                    }
                }
            }
        }
    }

    /** Colleagues pull gently, in a ring, so that a large organisation costs as many links as members. */
    private static void colleagueLinks(List<Contact> people, List<double[]> links) {
        int n = people.size();
        Map<String, List<Integer>> colleagues = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String org = people.get(i).organization();
            if (org != null && !org.isBlank()) {
                colleagues.computeIfAbsent(Tags.normalize(org), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : colleagues.values()) {
            if (members.size() < 2) {
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                int a = members.get(i);
                int b = members.get((i + 1) % members.size());
                if (members.size() == 2 && i == 1) {
                    break;
                }
                links.add(new double[] {a, b, 0.2});
            }
        }
    }

    /** Introductions planned (or asked) and made, as lines of their own style. */
    private static List<Line> introductionLines(JournalSnapshot journal, Map<String, Integer> slotOf) {
        List<Line> lines = new ArrayList<>();
        for (Introduction i : journal.introductions()) {
            Integer a = slotOf.get(i.a());
            Integer b = slotOf.get(i.b());
            if (a == null || b == null) {
                continue;
            }
            IntroductionStatus s = i.status();
            if (s == IntroductionStatus.PLANNED || s == IntroductionStatus.ASKED_A || s == IntroductionStatus.ASKED_B) {
                lines.add(new Line(a, b, Line.Kind.PLANNED, i.reason()));
            } else if (s == IntroductionStatus.INTRODUCED || s == IntroductionStatus.MET
                    || s == IntroductionStatus.WORKING_TOGETHER) {
                lines.add(new Line(a, b, Line.Kind.MADE, i.reason()));
            }
        }
        return lines;
    }

    public int size() {
        return people.size();
    }

    public Contact person(int slot) {
        return people.get(slot);
    }

    public int slot(String contactId) {
        Integer s = slotOf.get(contactId);
        return s == null ? -1 : s;
    }

    public Warmth warmth(int slot) {
        return relationship[slot].warmth();
    }

    public Relationship relationship(int slot) {
        return relationship[slot];
    }

    public int circle(int slot) {
        return circle[slot];
    }

    public Circle circleInfo(int number) {
        return circles.get(number);
    }

    /** The circles, largest first. */
    public List<Circle> circles() {
        return List.copyOf(circles.values());
    }

    public boolean isBridge(int slot) {
        return bridge[slot];
    }

    public List<Bridges.Bridge> bridges() {
        return bridges;
    }

    public Bridges.Bridge bridgeOf(int slot) {
        for (Bridges.Bridge b : bridges) {
            if (b.slot() == slot) {
                return b;
            }
        }
        return null;
    }

    public int[] tiesOf(int slot) {
        return adjacent[slot];
    }

    public int ties() {
        return tieFrom.length;
    }

    public List<Line> lines() {
        return lines;
    }

    /**
     * Cold, but worth warming up: an encounter the user rated 4 or 5, a bridge between circles,
     * or someone who knows many of the user's people.
     */
    public boolean coldButValuable(int slot) {
        return warmth(slot) == Warmth.COLD && (bestRating[slot] >= 4 || bridge[slot] || adjacent[slot].length >= 5);
    }

    /** The people within {@code steps} ties of {@code slot}, the person included. */
    public boolean[] around(int slot, int steps) {
        boolean[] in = new boolean[size()];
        if (slot < 0) {
            return in;
        }
        List<Integer> frontier = List.of(slot);
        in[slot] = true;
        for (int s = 0; s < steps; s++) {
            List<Integer> next = new ArrayList<>();
            for (int v : frontier) {
                for (int w : adjacent[v]) {
                    if (!in[w]) {
                        in[w] = true;
                        next.add(w);
                    }
                }
            }
            frontier = next;
        }
        return in;
    }

    /** A fresh layout of this network, starting where each person's id puts them. */
    public ForceLayout freshLayout() {
        int n = size();
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = ForceLayout.hash(people.get(i).id());
        }
        double[] x = new double[n];
        double[] y = new double[n];
        ForceLayout.startPositions(hashes, x, y);
        return new ForceLayout(n, linkFrom, linkTo, linkWeight, x, y, false);
    }

    /**
     * A layout that continues an earlier picture: people already placed start where they were,
     * new people next to someone they are linked to (or where their id puts them), and the
     * layout only settles. Null when too few people were placed before: a fresh layout is better.
     */
    public ForceLayout continuedLayout(Map<String, double[]> earlier) {
        int n = size();
        if (n == 0 || earlier.isEmpty()) {
            return null;
        }
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = ForceLayout.hash(people.get(i).id());
        }
        double[] x = new double[n];
        double[] y = new double[n];
        ForceLayout.startPositions(hashes, x, y);
        boolean[] placed = new boolean[n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            double[] p = earlier.get(people.get(i).id());
            if (p != null) {
                x[i] = p[0];
                y[i] = p[1];
                placed[i] = true;
                known++;
            }
        }
        if (known * 10 < n * 9) {
            return null;
        }
        for (int e = 0; e < linkFrom.length; e++) {
            int a = linkFrom[e];
            int b = linkTo[e];
            if (placed[a] != placed[b]) {
                int anchor = placed[a] ? a : b;
                int newcomer = placed[a] ? b : a;
                double angle = (hashes[newcomer] & 0xFFFF) / 65536.0 * 2 * Math.PI;
                x[newcomer] = x[anchor] + ForceLayout.SPACING * Math.cos(angle);
                y[newcomer] = y[anchor] + ForceLayout.SPACING * Math.sin(angle);
                placed[newcomer] = true;
            }
        }
        return new ForceLayout(n, linkFrom, linkTo, linkWeight, x, y, true);
    }
}
