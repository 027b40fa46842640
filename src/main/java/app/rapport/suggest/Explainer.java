package app.rapport.suggest;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.IntFunction;

/**
 * Turns a pair's score into words: one sentence from the reasons that weigh most, and every
 * reason with its weight for the "why". Texts come from {@code explanations*.properties} in this
 * package, in German or English.
 */
final class Explainer {

    static final String BUNDLE = "app.rapport.suggest.explanations";
    private static final double KNOWN_WELL = 0.6;
    private static final double KNOWN_SOMEWHAT = 0.3;
    private static final int NAMED_ACQUAINTANCES = 3;

    private final Locale locale;
    private final ResourceBundle texts;
    private final IntFunction<String> nameOfSlot;
    private final TagDictionary tags;

    Explainer(Locale locale, TagDictionary tags, IntFunction<String> nameOfSlot) {
        this.locale = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        // explanations_en exists, so English on a German system does not fall back to German.
        this.texts = ResourceBundle.getBundle(BUNDLE, this.locale);
        this.nameOfSlot = nameOfSlot;
        this.tags = tags;
    }

    Suggestion explain(PairScorer.Breakdown d, PairScorer scorer) {
        Profile a = d.a();
        Profile b = d.b();
        double points = d.multiplier();
        List<Reason> topical = new ArrayList<>();
        for (int t : d.aSeeksBOffers()) {
            topical.add(new Reason(Reason.Kind.SEEKS_OFFERS, PairScorer.SEEK_MATCH * points, seeksOffers(a, b, t)));
        }
        for (int t : d.bSeeksAOffers()) {
            topical.add(new Reason(Reason.Kind.SEEKS_OFFERS, PairScorer.SEEK_MATCH * points, seeksOffers(b, a, t)));
        }
        boolean bothWays = !d.aSeeksBOffers().isEmpty() && !d.bSeeksAOffers().isEmpty();
        if (bothWays) {
            topical.add(new Reason(Reason.Kind.MUTUAL_BENEFIT, PairScorer.BOTH_WAYS_BONUS * points,
                    text("why.mutualBenefit")));
        }
        List<Integer> shared = new ArrayList<>(d.sharedInterests());
        // Rarest first: that is what makes the pair special. Keys break ties, for a fixed order.
        shared.sort(Comparator.comparingDouble((Integer t) -> -scorer.interestWeight[t]).thenComparing(tags::key));
        for (int t : shared) {
            topical.add(new Reason(Reason.Kind.SHARED_INTEREST, scorer.interestWeight[t] * points,
                    text("why.sharedInterest", interest(a, t), scorer.interestCount[t])));
        }
        topical.sort(Comparator.comparingDouble((Reason r) -> -r.weight()));

        List<Reason> why = new ArrayList<>(topical);
        String levelA = level(d.acquaintanceA());
        String levelB = level(d.acquaintanceB());
        why.add(new Reason(Reason.Kind.ACQUAINTANCE, Math.min(d.acquaintanceA(), d.acquaintanceB()),
                levelA.equals(levelB)
                        ? text("why.acquaintance.both." + levelA)
                        : text("why.acquaintance", name(a), text("acquaintance." + levelA), name(b),
                                text("acquaintance." + levelB))));
        int mutual = d.mutualAcquaintances().length;
        if (mutual > 0) {
            why.add(new Reason(Reason.Kind.MUTUAL_ACQUAINTANCES,
                    1 + PairScorer.MUTUAL_STEP * Math.min(mutual, PairScorer.MUTUAL_CAP),
                    text("why.mutualAcquaintances", mutualNames(d.mutualAcquaintances()))));
        }
        if (d.bridges()) {
            why.add(new Reason(Reason.Kind.BRIDGES_CIRCLES, 1 + PairScorer.BRIDGE, text("why.bridgesCircles")));
        }
        addTrack(why, a, d.trackA());
        addTrack(why, b, d.trackB());

        Profile first = a;
        Profile second = b;
        List<String> clauses = new ArrayList<>();
        if (bothWays) {
            int x = d.aSeeksBOffers().getFirst();
            int y = d.bSeeksAOffers().getFirst();
            clauses.add(x == y
                    // Both look for what both offer (common among sales people): say it once.
                    ? text("sentence.bothWaysSame", name(a), name(b), seek(a, x))
                    : text("sentence.bothWays", name(a), seek(a, x), name(b), seek(b, y)));
        } else if (!d.aSeeksBOffers().isEmpty()) {
            int x = d.aSeeksBOffers().getFirst();
            clauses.add(text("sentence.seeksOffers", name(a), seek(a, x), name(b), offer(b, x)));
        } else if (!d.bSeeksAOffers().isEmpty()) {
            first = b;
            second = a;
            int y = d.bSeeksAOffers().getFirst();
            clauses.add(text("sentence.seeksOffers", name(b), seek(b, y), name(a), offer(a, y)));
        }
        if (!shared.isEmpty()) {
            List<String> topics = new ArrayList<>();
            for (int t : shared.subList(0, Math.min(2, shared.size()))) {
                topics.add(interest(first, t));
            }
            String list = list(topics);
            clauses.add(clauses.isEmpty()
                    ? text("sentence.sharedLead", name(first), name(second), list)
                    : text("sentence.sharedTail", list));
        }
        if (clauses.size() == 1 && mutual > 0) {
            clauses.add(text("sentence.mutualTail", mutual));
        } else if (clauses.size() == 1 && d.bridges()) {
            clauses.add(text("sentence.bridgeTail"));
        }
        String sentence = String.join("; ", clauses) + ".";
        return new Suggestion(first.contact, second.contact, d.total(), sentence, why);
    }

    /** The seek and the offer as each wrote it; once if they wrote it alike. */
    private String seeksOffers(Profile seeker, Profile offerer, int tag) {
        String sought = seek(seeker, tag);
        String offered = offer(offerer, tag);
        return sought.equalsIgnoreCase(offered)
                ? text("why.seeksOffers.same", name(seeker), sought, name(offerer))
                : text("why.seeksOffers", name(seeker), sought, name(offerer), offered);
    }

    private void addTrack(List<Reason> why, Profile p, double factor) {
        if (factor > 1) {
            why.add(new Reason(Reason.Kind.TRACK_RECORD, factor, text("why.trackRecord.good", name(p))));
        } else if (factor < 1) {
            why.add(new Reason(Reason.Kind.TRACK_RECORD, factor, text("why.trackRecord.poor", name(p))));
        }
    }

    private String mutualNames(int[] slots) {
        List<String> names = new ArrayList<>();
        for (int s : slots) {
            names.add(nameOfSlot.apply(s));
        }
        names.sort(Comparator.naturalOrder());
        if (names.size() <= NAMED_ACQUAINTANCES) {
            return list(names);
        }
        return text("list.more", String.join(", ", names.subList(0, NAMED_ACQUAINTANCES)),
                names.size() - NAMED_ACQUAINTANCES);
    }

    /** The word for how well the user knows someone: the last part of its text keys. */
    private static String level(double acquaintance) {
        if (acquaintance >= KNOWN_WELL) {
            return "well";
        }
        return acquaintance >= KNOWN_SOMEWHAT ? "somewhat" : "hardly";
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

    private static String seek(Profile p, int tag) {
        return Profile.text(p.seeks, p.seekTexts, tag);
    }

    private static String offer(Profile p, int tag) {
        return Profile.text(p.offers, p.offerTexts, tag);
    }

    private static String interest(Profile p, int tag) {
        return Profile.text(p.interests, p.interestTexts, tag);
    }

    String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
