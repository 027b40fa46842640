package app.rapport.suggest;

import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the user did with earlier suggestions: the introductions (planned, made, dismissed, how they
 * went) and the dismissals, and what the engine reads from them: each pair's history and each
 * person's track record for the model, and which kinds of reason the user's decisions favour
 * ({@link Learned}, {@link Lesson}).
 *
 * <p>Not thread-safe: the engine calls it under its own lock.
 */
final class Decisions {

    private final Map<String, Introduction> introductions = new HashMap<>();
    private final Set<Dismissal> dismissals = new HashSet<>();
    /** Per kind, the decisions learned from: {dismissed, did not work out, went ahead}. */
    private final Map<Learned.Kind, int[]> lessonCounts = new EnumMap<>(Learned.Kind.class);
    /** Decisions before this are not learned from (the user reset what was learned); null: all are. */
    private Instant learnFrom;

    /** The pair history and track records the model weighs pairs with. */
    record State(double[] track, boolean[] hasFeedback, Map<String, Model.PairHistory> history) {
    }

    /** Takes the introductions and dismissals of a whole journal as they are. */
    void load(Collection<Introduction> all, Collection<Dismissal> dismissed) {
        for (Introduction i : all) {
            introductions.put(key(i), i);
        }
        dismissals.addAll(dismissed);
    }

    /** Adds or replaces an introduction (by id, or by pair and status when it has none). */
    void save(Introduction introduction) {
        Introduction old = introductions.put(key(introduction), introduction);
        // A dismissal stored with its fingerprint is a Dismissal too; a replaced one no longer is.
        if (old != null && Feedback.dismissalOf(old) != null) {
            dismissals.remove(Feedback.dismissalOf(old));
        }
        if (Feedback.dismissalOf(introduction) != null) {
            dismissals.add(Feedback.dismissalOf(introduction));
        }
    }

    /** True if there was such an introduction. */
    boolean remove(String introductionId) {
        Introduction old = introductions.remove(introductionId);
        if (old == null) {
            return false;
        }
        if (Feedback.dismissalOf(old) != null) {
            dismissals.remove(Feedback.dismissalOf(old));
        }
        return true;
    }

    /** True if the dismissal is new. */
    boolean dismiss(Dismissal dismissal) {
        return dismissals.add(dismissal);
    }

    /** True if there was such a dismissal. */
    boolean undismiss(Dismissal dismissal) {
        return dismissals.remove(dismissal);
    }

    /** Learn only from decisions made from {@code from} on (null: from all); true if that changed. */
    boolean setLearnFrom(Instant from) {
        if (Objects.equals(from, learnFrom)) {
            return false;
        }
        learnFrom = from;
        return true;
    }

    /** Each pair's history and each person's track record, by the model's slots. */
    State state(Profile[] profiles, Map<String, Integer> slot) {
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
        return new State(track, has, history);
    }

    /** What the user's decisions say about each kind of reason, read on the model without learning. */
    Learned learn(Model neutral) {
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

    /**
     * One lesson per kind of reason whose weight moved in {@code m} (a model built with what
     * {@link #learn} found), with the decisions behind it.
     */
    List<Lesson> lessons(Model m) {
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

    /** What a pair's points mainly rest on, or null if one of the two is gone. */
    private static Learned.Kind kindOf(Model m, String a, String b) {
        int x = IntroductionEngine.slotOf(m, a);
        int y = IntroductionEngine.slotOf(m, b);
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

    private static String key(Introduction i) {
        return i.id() != null ? i.id() : Model.pairKey(i.a(), i.b()) + '\u0000' + i.status().wireName();
    }
}
