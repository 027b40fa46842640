package app.rapport.interchange.demo;

import app.rapport.interchange.demo.DemoJournal.Person;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Tags;
import app.rapport.journal.Tie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The introductions of a demo journal, in every status: mostly a seek paired with someone offering
 * it, as the engine would suggest, otherwise two who share an interest.
 */
final class DemoIntroductions {

    private final DemoDraws rnd;
    private final LocalDate today;

    DemoIntroductions(DemoDraws rnd, LocalDate today) {
        this.rnd = rnd;
        this.today = today;
    }

    /** Up to one introduction for every 25 people, none between people already tied. */
    List<Introduction> make(int count, List<Person> people, Set<String> tiePairs) {
        List<Introduction> introductions = new ArrayList<>();
        int wanted = Math.max(1, Math.min(count / 25, 400));
        // Who offers what, to pair a seek with a matching offer as the engine would.
        Map<String, List<Person>> byOffer = new LinkedHashMap<>();
        for (Person p : people) {
            for (String offer : p.contact.offers()) {
                byOffer.computeIfAbsent(Tags.normalize(offer), k -> new ArrayList<>()).add(p);
            }
        }
        Set<String> pairs = new HashSet<>();
        // suggested, dismissed, planned, asked-a, asked-b, introduced, met, working together, did not work out
        int[] weights = {10, 10, 15, 10, 5, 15, 15, 12, 8};
        for (int attempt = 0; attempt < wanted * 20 && introductions.size() < wanted && people.size() > 1; attempt++) {
            Person a = people.get(rnd.nextInt(people.size()));
            if (a.contact.doNotIntroduce() || a.contact.archived()) {
                continue;
            }
            Person b = null;
            String seek = null;
            String offer = null;
            if (!a.contact.seeks().isEmpty()) {
                seek = rnd.pick(a.contact.seeks());
                List<Person> offering = byOffer.get(Tags.normalize(seek));
                if (offering != null) {
                    b = offering.get(rnd.nextInt(offering.size()));
                    offer = seek;
                }
            }
            if (b == null) {
                // No one offers what a seeks: a shared interest is reason enough to meet.
                b = people.get(rnd.nextInt(people.size()));
                if (sharedInterest(a, b) == null) {
                    continue;
                }
            }
            if (b == a || b.contact.doNotIntroduce() || b.contact.archived()) {
                continue;
            }
            Tie asTie = Tie.of(a.id, b.id);
            if (tiePairs.contains(asTie.a() + " " + asTie.b()) || !pairs.add(asTie.a() + " " + asTie.b())) {
                continue;
            }
            IntroductionStatus status = IntroductionStatus.values()[rnd.weighted(weights)];
            Instant created = DemoJournal.at(today.minusDays(1 + rnd.nextInt(720)), LocalTime.of(9 + rnd.nextInt(10), 0))
                    .toInstant();
            String reason = introductionReason(a, b, seek, offer);
            String outcome = switch (status) {
                case MET, WORKING_TOGETHER, DID_NOT_WORK_OUT -> outcome(status);
                default -> null;
            };
            String id = "i" + (introductions.size() + 1);
            introductions.add(new Introduction(id, a.id, b.id, status, created, reason, outcome,
                    steps(status, created, id), null, null));
        }
        return introductions;
    }

    /**
     * The days the introduction reached each step up to its status, a few days apart from the day
     * it was planned; derived from the id rather than drawn, so the rest of the journal stays as it was.
     */
    private Map<IntroductionStatus, LocalDate> steps(IntroductionStatus status, Instant created, String id) {
        Map<IntroductionStatus, LocalDate> steps = new EnumMap<>(IntroductionStatus.class);
        if (!status.isStep()) {
            return steps;
        }
        LocalDate day = created.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        int gap = 2 + Math.floorMod(id.hashCode(), 5);
        for (IntroductionStatus step = IntroductionStatus.PLANNED; step != null; step = step.next()) {
            if (step.ordinal() > status.ordinal() || (status.isFinal() && step.isFinal())) {
                break;
            }
            steps.put(step, day.isAfter(today) ? today : day);
            day = day.plusDays(gap);
        }
        if (status.isFinal()) {
            steps.put(status, day.isAfter(today) ? today : day);
        }
        return steps;
    }

    private static String sharedInterest(Person a, Person b) {
        for (String interest : a.contact.interests()) {
            for (String other : b.contact.interests()) {
                if (Tags.normalize(interest).equals(Tags.normalize(other))) {
                    return interest;
                }
            }
        }
        return null;
    }

    private String introductionReason(Person a, Person b, String seek, String offer) {
        String shared = sharedInterest(a, b);
        StringBuilder s = new StringBuilder();
        if (a.german) {
            if (seek != null && offer != null) {
                s.append(a.firstName()).append(" sucht ").append(seek).append(", ").append(b.firstName())
                        .append(" bietet ").append(offer).append('.');
            } else {
                s.append(a.firstName()).append(" und ").append(b.firstName()).append(" sollten sich kennen.");
            }
            if (shared != null) {
                s.append(" Beide interessieren sich für ").append(shared).append('.');
            }
        } else {
            if (seek != null && offer != null) {
                s.append(a.firstName()).append(" is looking for ").append(seek).append("; ").append(b.firstName())
                        .append(" offers ").append(offer).append('.');
            } else {
                s.append(a.firstName()).append(" and ").append(b.firstName()).append(" should know each other.");
            }
            if (shared != null) {
                s.append(" Both care about ").append(shared).append('.');
            }
        }
        return s.toString();
    }

    private String outcome(IntroductionStatus status) {
        List<String> outcomes = DemoVocabulary.OUTCOMES;
        return switch (status) {
            case WORKING_TOGETHER -> outcomes.get(rnd.nextBoolean() ? 0 : rnd.nextBoolean() ? 1 : 4);
            case DID_NOT_WORK_OUT -> outcomes.get(rnd.nextBoolean() ? 2 : 5);
            default -> outcomes.get(rnd.nextBoolean() ? 3 : 2);
        };
    }
}
