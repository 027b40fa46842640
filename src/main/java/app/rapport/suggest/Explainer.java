package app.rapport.suggest;

import app.rapport.journal.Event;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.IntFunction;

/**
 * Turns a pair's score into words: one sentence from the reasons that weigh most, and every
 * reason with its weight for the "why". Texts come from {@code explanations*.properties} in this
 * package, in German or English; tags are cited as the user wrote them.
 */
final class Explainer {

    static final String BUNDLE = "app.rapport.suggest.explanations";
    private static final double KNOWN_WELL = 0.6;
    private static final double KNOWN_SOMEWHAT = 0.3;
    private static final int NAMED = 2;
    /** A reason joins the sentence when it weighs at least this share of the leading one. */
    private static final double TAIL_SHARE = 0.2;
    private static final int TAILS = 2;

    private final Locale locale;
    private final ResourceBundle texts;
    private final Model model;
    private final IntFunction<List<String>> topicTexts;

    Explainer(Locale locale, Model model, IntFunction<List<String>> topicTexts) {
        this.locale = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        // explanations_en exists, so English on a German system does not fall back to German.
        this.texts = ResourceBundle.getBundle(BUNDLE, this.locale);
        this.model = model;
        this.topicTexts = topicTexts;
    }

    /**
     * A group of reasons of one kind: its points (after the factors) and its clause for the
     * sentence; an occasion to meet is always said, however little it weighs.
     */
    private record Part(double points, String lead, String tail, boolean always) {

        Part(double points, String lead, String tail) {
            this(points, lead, tail, false);
        }
    }

    Suggestion explain(Model.Breakdown d) {
        List<Reason> why = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        // The seeker is named first; otherwise the two in the order of their ids.
        Profile[] order = {d.a(), d.b()};
        seeksAndOffers(d, why, parts, order);
        Profile first = order[0];
        Profile second = order[1];
        sharedInterests(d, first, second, why, parts);
        mutualAcquaintances(d, first, second, why, parts);
        encounterTopics(d, first, second, why, parts);
        occasion(d, first, second, why, parts);
        String knownLead = factors(d, why);
        return new Suggestion(first.contact, second.contact, d.total(), sentence(d, parts, knownLead), why);
    }

    /** What one looks for and the other offers: reasons, and a clause; the seeker goes first in {@code order}. */
    private void seeksAndOffers(Model.Breakdown d, List<Reason> why, List<Part> parts, Profile[] order) {
        Profile a = d.a();
        Profile b = d.b();
        double m = d.multiplier();
        double needs = d.needsMultiplier();
        Map<List<String>, Double> ab = tagPairs(d.aSeeksBOffers(), a.seeks, b.offers);
        Map<List<String>, Double> ba = tagPairs(d.bSeeksAOffers(), b.seeks, a.offers);
        for (Map.Entry<List<String>, Double> e : ab.entrySet()) {
            why.add(new Reason(Reason.Kind.SEEKS_OFFERS, e.getValue() * needs, seeksOffers(a, b, e.getKey()), e.getKey()));
        }
        for (Map.Entry<List<String>, Double> e : ba.entrySet()) {
            why.add(new Reason(Reason.Kind.SEEKS_OFFERS, e.getValue() * needs, seeksOffers(b, a, e.getKey()), e.getKey()));
        }
        if (d.bothWays() > 0) {
            why.add(new Reason(Reason.Kind.MUTUAL_BENEFIT, d.bothWays() * needs, text("why.mutualBenefit")));
        }
        // The sentence weighs its clauses by what the two bring, as the other reasons are weighed
        // (needs met count more in the score only for how little the user may know the two).
        double seekPoints = (sum(ab) + sum(ba)) * m + d.bothWays() * m;
        if (seekPoints > 0) {
            String clause;
            if (!ab.isEmpty() && !ba.isEmpty()) {
                List<String> x = ab.keySet().iterator().next();
                List<String> y = ba.keySet().iterator().next();
                // Both look for the same and each can give it: said once ("can help each other with
                // b2b sales contacts"), however each wrote what they offer.
                clause = x.get(0).equalsIgnoreCase(y.get(0))
                        ? text("sentence.helpEachOther", name(a), name(b), x.get(0))
                        : text("sentence.bothWays", name(a), x.get(0), name(b), y.get(0));
            } else {
                boolean aSeeks = !ab.isEmpty();
                Profile seeker = aSeeks ? a : b;
                Profile offerer = aSeeks ? b : a;
                List<String> tags = (aSeeks ? ab : ba).keySet().iterator().next();
                clause = tags.get(0).equalsIgnoreCase(tags.get(1))
                        ? text("sentence.seeksOffers.same", name(seeker), tags.get(0), name(offerer))
                        : text("sentence.seeksOffers", name(seeker), tags.get(0), name(offerer), tags.get(1));
                order[0] = seeker;
                order[1] = offerer;
            }
            parts.add(new Part(seekPoints, clause, clause));
        }

    }

    /** Shared interests, rarest first: what makes the pair special. */
    private void sharedInterests(Model.Breakdown d, Profile first, Profile second, List<Reason> why, List<Part> parts) {
        Profile a = d.a();
        Profile b = d.b();
        double m = d.multiplier();
        Map<List<String>, Double> shared = tagPairs(d.interests(), a.interests, b.interests);
        List<String> interestNames = new ArrayList<>();
        for (Map.Entry<List<String>, Double> e : shared.entrySet()) {
            List<String> tags = e.getKey();
            int holders = holders(d.interests(), tags, a.interests);
            String named = tags.get(0).equalsIgnoreCase(tags.get(1)) ? tags.get(0) : tags.get(0) + " / " + tags.get(1);
            why.add(new Reason(Reason.Kind.SHARED_INTEREST, e.getValue() * m,
                    text("why.sharedInterest", named, holders), tags));
            if (interestNames.size() < 2 && !interestNames.contains(tags.get(0))) {
                interestNames.add(tags.get(0));
            }
        }
        if (!shared.isEmpty()) {
            String list = list(interestNames);
            parts.add(new Part(sum(shared) * m, text("sentence.sharedLead", name(first), name(second), list),
                    text("sentence.sharedTail", list)));
        }

    }

    /** People both know. */
    private void mutualAcquaintances(Model.Breakdown d, Profile first, Profile second, List<Reason> why,
                                     List<Part> parts) {
        double m = d.multiplier();
        if (d.mutual().length > 0) {
            int[] named = strongestMutual(d);
            String names = mutualNames(named, d.mutual().length);
            boolean close = closely(d, named);
            why.add(new Reason(Reason.Kind.MUTUAL_ACQUAINTANCES, d.structure() * m,
                    text("why.mutualAcquaintances", names)));
            parts.add(new Part(d.structure() * m,
                    text(close ? "sentence.mutualLead.close" : "sentence.mutualLead", name(first), name(second), names),
                    text(close ? "sentence.mutualTail.close" : "sentence.mutualTail", names)));
        }

    }

    /** What the user talked about with each. */
    private void encounterTopics(Model.Breakdown d, Profile first, Profile second, List<Reason> why, List<Part> parts) {
        Profile a = d.a();
        double m = d.multiplier();
        if (d.topicPoints() > 0) {
            Map<Integer, Double> weightOf = new java.util.HashMap<>();
            for (Model.Share s : d.topics()) {
                weightOf.put(model.stemOf(s.feature()), s.points());
            }
            List<String> words = model.lexicon.phrases(stem -> weightOf.getOrDefault(stem, 0.0),
                    topicTexts.apply(a.slot), 2);
            if (words.isEmpty()) {
                words = List.of(model.lexicon.stemText(model.stemOf(d.topics().getFirst().feature())));
            }
            String list = list(words);
            why.add(new Reason(Reason.Kind.ENCOUNTER_TOPICS, d.topicPoints() * m, text("why.topics", list)));
            // Where no tag speaks for the pair, what the talks were about is its only content: said
            // however small its share ("both work closely with Emma; both wrote about bandits with you").
            boolean onlyContent = d.aSeeksBOffers().isEmpty() && d.bSeeksAOffers().isEmpty() && d.interests().isEmpty();
            parts.add(new Part(d.topicPoints() * m, text("sentence.topicsLead", name(first), name(second), list),
                    text("sentence.topicsTail", list), onlyContent));
        }

    }

    /** An event both attend soon. */
    private void occasion(Model.Breakdown d, Profile first, Profile second, List<Reason> why, List<Part> parts) {
        double m = d.multiplier();
        if (d.event() >= 0) {
            Event e = model.events.get(d.event());
            String day = e.start().toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale));
            double points = Model.OCCASION * m;
            why.add(new Reason(Reason.Kind.EVENT_OCCASION, points, text("why.occasion", e.name(), day)));
            parts.add(new Part(points, text("sentence.occasionLead", name(first), name(second), e.name(), day),
                    text("sentence.occasionTail", e.name(), day), true));
        }

    }

    /**
     * Knowing both, how well, other circles, their track and what was learned: the factors, listed
     * after the reasons. Returns the clause that leads when no reason speaks for the pair.
     */
    private String factors(Model.Breakdown d, List<Reason> why) {
        Profile a = d.a();
        Profile b = d.b();
        double m = d.multiplier();
        // Knowing both is the ground; it leads only when nothing else does.
        double base = Model.BASE * model.learned.base() * m;
        String levelA = level(d.closenessA());
        String levelB = level(d.closenessB());
        why.add(new Reason(Reason.Kind.KNOWN_BOTH, base, text("why.knownBoth")));
        String knownLead = levelA.equals(levelB)
                ? text("sentence.knownLead." + levelA, name(a), name(b))
                : text("sentence.knownLead.mixed", name(a), text("acquaintance." + levelA), name(b),
                        text("acquaintance." + levelB));

        why.sort(Comparator.comparingDouble((Reason r) -> -r.weight()));
        why.add(new Reason(Reason.Kind.ACQUAINTANCE, Math.min(d.closenessA(), d.closenessB()),
                levelA.equals(levelB)
                        ? text("why.acquaintance.both." + levelA)
                        : text("why.acquaintance", name(a), text("acquaintance." + levelA), name(b),
                                text("acquaintance." + levelB))));
        if (d.differentCircles()) {
            why.add(new Reason(Reason.Kind.BRIDGES_CIRCLES, Model.OTHER_CIRCLES, text("why.bridgesCircles")));
        }
        addTrack(why, a, d.trackA());
        addTrack(why, b, d.trackB());
        addLearned(why, d);

        return knownLead;
    }

    /** One sentence: the weightiest clause leads, the others follow if they weigh enough. */
    private String sentence(Model.Breakdown d, List<Part> parts, String knownLead) {
        parts.sort(Comparator.comparingDouble((Part p) -> -p.points()));
        List<String> clauses = new ArrayList<>();
        if (parts.isEmpty()) {
            clauses.add(knownLead);
        } else {
            clauses.add(parts.getFirst().lead());
            double lead = parts.getFirst().points();
            for (Part p : parts.subList(1, parts.size())) {
                if (p.always() || clauses.size() <= TAILS && p.points() >= TAIL_SHARE * lead) {
                    clauses.add(p.tail());
                }
            }
            if (clauses.size() == 1 && d.differentCircles()) {
                clauses.add(text("sentence.bridgeTail"));
            }
        }
        String sentence = String.join("; ", clauses) + ".";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /**
     * Shares of features grouped by the pair of tags (one of each person) that hold them, in the
     * order of their points: "Startkapital" and "investiert in Start-ups" once, however many of
     * their concepts and words agree.
     */
    private Map<List<String>, Double> tagPairs(List<Model.Share> shares, Lexicon.Tag[] of, Lexicon.Tag[] with) {
        Map<List<String>, Double> out = new LinkedHashMap<>();
        for (Model.Share s : shares) {
            Lexicon.Tag x = holder(of, s.feature());
            Lexicon.Tag y = holder(with, s.feature());
            if (x != null && y != null) {
                out.merge(List.of(x.text(), y.text()), s.points(), Double::sum);
            }
        }
        List<Map.Entry<List<String>, Double>> sorted = new ArrayList<>(out.entrySet());
        sorted.sort((p, q) -> Double.compare(q.getValue(), p.getValue()));
        Map<List<String>, Double> result = new LinkedHashMap<>();
        for (Map.Entry<List<String>, Double> e : sorted) {
            result.put(e.getKey(), e.getValue());
        }
        return result;
    }

    private Lexicon.Tag holder(Lexicon.Tag[] tags, int feature) {
        for (Lexicon.Tag t : tags) {
            if (model.isConcept(feature)
                    ? java.util.Arrays.binarySearch(t.concepts(), feature) >= 0
                    : java.util.Arrays.binarySearch(t.stems(), model.stemOf(feature)) >= 0) {
                return t;
            }
        }
        return null;
    }

    /** How many contacts have the interest the strongest share of these two tags stands for. */
    private int holders(List<Model.Share> shares, List<String> tags, Lexicon.Tag[] of) {
        int most = 2;
        for (Model.Share s : shares) {
            Lexicon.Tag x = holder(of, s.feature());
            if (x != null && x.text().equals(tags.get(0))) {
                return Math.max(most, model.interestHolders[s.feature()]);
            }
        }
        return most;
    }

    private static double sum(Map<List<String>, Double> m) {
        double s = 0;
        for (double v : m.values()) {
            s += v;
        }
        return s;
    }

    private String seeksOffers(Profile seeker, Profile offerer, List<String> tags) {
        return tags.get(0).equalsIgnoreCase(tags.get(1))
                ? text("why.seeksOffers.same", name(seeker), tags.get(0), name(offerer))
                : text("why.seeksOffers", name(seeker), tags.get(0), name(offerer), tags.get(1));
    }

    /** The mutual acquaintances who say most (strongest links, fewest other people), for naming. */
    private int[] strongestMutual(Model.Breakdown d) {
        Graph g = model.graph;
        List<Integer> all = new ArrayList<>();
        for (int z : d.mutual()) {
            all.add(z);
        }
        all.sort(Comparator.comparingDouble((Integer z) -> -Math.min(g.strength(d.a().slot, z), g.strength(d.b().slot, z))
                * g.rarity(z)).thenComparing(z -> model.profiles[z].contact.name()));
        return all.subList(0, Math.min(NAMED, all.size())).stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether both work closely with the people named: strong links, or several encounters shared. */
    private boolean closely(Model.Breakdown d, int[] named) {
        for (int z : named) {
            if (Math.min(model.graph.strength(d.a().slot, z), model.graph.strength(d.b().slot, z)) < 2) {
                return false;
            }
        }
        return true;
    }

    private String mutualNames(int[] named, int count) {
        List<String> names = new ArrayList<>();
        for (int z : named) {
            names.add(model.profiles[z].contact.name());
        }
        if (count <= named.length) {
            return list(names);
        }
        return text("list.more", String.join(", ", names), count - named.length);
    }

    private void addTrack(List<Reason> why, Profile p, double factor) {
        if (factor > 1) {
            why.add(new Reason(Reason.Kind.TRACK_RECORD, factor, text("why.trackRecord.good", name(p))));
        } else if (factor < 1) {
            why.add(new Reason(Reason.Kind.TRACK_RECORD, factor, text("why.trackRecord.poor", name(p))));
        }
    }

    /** What the user's decisions changed in this pair's reasons. */
    private void addLearned(List<Reason> why, Model.Breakdown d) {
        Learned l = model.learned;
        if (l.isEmpty()) {
            return;
        }
        addLearned(why, Learned.Kind.SEEKS_OFFERS, !d.aSeeksBOffers().isEmpty() || !d.bSeeksAOffers().isEmpty());
        addLearned(why, Learned.Kind.SHARED_INTERESTS, !d.interests().isEmpty());
        addLearned(why, Learned.Kind.MUTUAL_ACQUAINTANCES, d.mutual().length > 0);
        addLearned(why, Learned.Kind.ENCOUNTER_TOPICS, d.topicPoints() > 0);
        addLearned(why, Learned.Kind.KNOWN_ONLY, true);
    }

    private void addLearned(List<Reason> why, Learned.Kind kind, boolean present) {
        double w = model.learned.weight(kind);
        if (present && w != 1) {
            why.add(new Reason(Reason.Kind.LEARNED, w, text(w < 1 ? "why.learned.less" : "why.learned.more",
                    text("learned." + kind.name()))));
        }
    }

    /** The word for how well the user knows someone: the last part of its text keys. */
    static String level(double closeness) {
        if (closeness >= KNOWN_WELL) {
            return "well";
        }
        return closeness >= KNOWN_SOMEWHAT ? "somewhat" : "hardly";
    }

    private String list(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return text("list.two", head, items.getLast());
    }

    private static String name(Profile p) {
        return p.contact.name();
    }

    String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
