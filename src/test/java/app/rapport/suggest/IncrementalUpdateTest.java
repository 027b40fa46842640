package app.rapport.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of the changes a user makes, applied one at a time to an engine; after each
 * few, its list must equal that of an engine built afresh from the resulting journal, and the
 * list from scoring all pairs.
 */
class IncrementalUpdateTest {

    private static final LocalDate[] DATES = {
        SampleJournal.AS_OF, SampleJournal.AS_OF.minusDays(400), SampleJournal.AS_OF.plusDays(200)};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void anEngineKeptUpToDateGivesWhatAFreshEngineGives(long seed) {
        JournalSnapshot start = SampleJournal.generate(220, 500, seed);
        Mirror journal = new Mirror(start);
        IntroductionEngine engine = IntroductionEngine.of(start, Feedback.none());
        Random r = new Random(seed);
        int compared = 0;
        for (int step = 0; step < 90; step++) {
            String change = journal.change(engine, r);
            if (step % 3 != 0) {
                continue;
            }
            // Like a session: mostly the same list on the same day, now and then another.
            boolean other = r.nextInt(5) == 0;
            int n = other ? 1 + r.nextInt(40) : 20;
            int cap = other ? 1 + r.nextInt(4) : IntroductionEngine.DEFAULT_PER_CONTACT;
            LocalDate asOf = other ? DATES[r.nextInt(DATES.length)] : DATES[0];
            Locale locale = r.nextBoolean() ? Locale.ENGLISH : Locale.GERMAN;
            List<Suggestion> kept = engine.top(n, cap, asOf, locale);
            IntroductionEngine fresh = IntroductionEngine.of(journal.snapshot(), journal.feedback());
            String where = "seed " + seed + ", step " + step + " (" + change + "), n " + n + ", cap " + cap;
            assertEquals(Journals.visible(fresh.top(n, cap, asOf, locale)), Journals.visible(kept), where);

            Model model = fresh.model(asOf);
            List<String> allPairs = AllPairs.topKeepingAll(model, n, cap).stream()
                    .map(x -> x.score() + " " + model.profiles[x.a()].id + "+" + model.profiles[x.b()].id).toList();
            List<String> indexed = kept.stream().map(s -> s.score() + " " + Journals.pair(s)).toList();
            assertEquals(allPairs, indexed, where);
            journal.remember(kept);
            compared++;
        }
        assertFalse(compared == 0);
    }

    /** The journal as the store would hold it, changed alongside the engine. */
    private static final class Mirror {
        private final Map<String, Contact> contacts = new LinkedHashMap<>();
        private final Map<String, Contact> trashed = new LinkedHashMap<>();
        private final Set<Tie> ties = new LinkedHashSet<>();
        private final Map<String, Encounter> encounters = new LinkedHashMap<>();
        private final Map<String, Introduction> introductions = new LinkedHashMap<>();
        private final Set<Dismissal> dismissals = new LinkedHashSet<>();
        private final List<String> vocabulary = new ArrayList<>();
        private List<Suggestion> lastList = List.of();
        private int next;

        Mirror(JournalSnapshot start) {
            for (Contact c : start.contacts()) {
                contacts.put(c.id(), c);
                vocabulary.addAll(c.interests());
                vocabulary.addAll(c.offers());
                vocabulary.addAll(c.seeks());
            }
            ties.addAll(start.ties());
            for (Encounter e : start.encounters()) {
                encounters.put(e.id(), e);
            }
        }

        JournalSnapshot snapshot() {
            return new JournalSnapshot(new ArrayList<>(contacts.values()), new ArrayList<>(ties),
                    new ArrayList<>(encounters.values()));
        }

        Feedback feedback() {
            return new Feedback(new ArrayList<>(introductions.values()), new ArrayList<>(dismissals));
        }

        void remember(List<Suggestion> list) {
            lastList = list;
        }

        String change(IntroductionEngine engine, Random r) {
            List<String> ids = new ArrayList<>(contacts.keySet());
            Contact c = contacts.get(ids.get(r.nextInt(ids.size())));
            switch (r.nextInt(13)) {
                case 0, 1 -> {
                    Contact changed = c.toBuilder().interests(pick(r, 1 + r.nextInt(7))).build();
                    put(engine, changed);
                    return "interests of " + c.id();
                }
                case 2 -> {
                    Contact changed = c.toBuilder().offers(pick(r, r.nextInt(3))).seeks(pick(r, r.nextInt(3))).build();
                    put(engine, changed);
                    return "offers and seeks of " + c.id();
                }
                case 3 -> {
                    put(engine, c.toBuilder().doNotIntroduce(!c.doNotIntroduce()).build());
                    return "do not introduce " + c.id();
                }
                case 4 -> {
                    put(engine, c.toBuilder().archived(!c.archived()).build());
                    return "archived " + c.id();
                }
                case 5 -> {
                    if (!trashed.isEmpty() && r.nextBoolean()) {
                        Contact back = trashed.remove(trashed.keySet().iterator().next());
                        put(engine, back);
                        return "restored " + back.id();
                    }
                    contacts.remove(c.id());
                    trashed.put(c.id(), c);
                    engine.remove(c.id());
                    return "trashed " + c.id();
                }
                case 6 -> {
                    Contact added = Contact.builder("New " + next).id("n" + (next++))
                            .interests(pick(r, 3)).offers(pick(r, 1)).seeks(pick(r, 1)).build();
                    put(engine, added);
                    return "new contact " + added.id();
                }
                case 7 -> {
                    String other = ids.get(r.nextInt(ids.size()));
                    if (r.nextInt(3) == 0 && !ties.isEmpty()) {
                        Tie t = new ArrayList<>(ties).get(r.nextInt(ties.size()));
                        ties.remove(t);
                        engine.removeTie(t.a(), t.b());
                        return "untied " + t;
                    }
                    if (other.equals(c.id())) {
                        return "nothing";
                    }
                    Tie t = Tie.of(c.id(), other);
                    ties.add(t);
                    engine.saveTie(t);
                    return "tied " + t;
                }
                case 8 -> {
                    if (r.nextInt(3) == 0 && !encounters.isEmpty()) {
                        String id = new ArrayList<>(encounters.keySet()).get(r.nextInt(encounters.size()));
                        encounters.remove(id);
                        engine.removeEncounter(id);
                        return "removed encounter " + id;
                    }
                    List<String> who = new ArrayList<>(List.of(c.id()));
                    if (r.nextBoolean()) {
                        who.add(ids.get(r.nextInt(ids.size())));
                    }
                    Encounter e = new Encounter("m" + (next++),
                            SampleJournal.AS_OF.minusDays(r.nextInt(900)).atTime(10, 0).atOffset(ZoneOffset.UTC),
                            EncounterKind.values()[r.nextInt(EncounterKind.values().length)], "Coffee", null, null,
                            who, null, r.nextBoolean() ? null : 1 + r.nextInt(5), List.of());
                    encounters.put(e.id(), e);
                    engine.saveEncounter(e);
                    return "met " + who;
                }
                case 9, 10 -> {
                    if (lastList.isEmpty()) {
                        return "nothing";
                    }
                    Suggestion s = lastList.get(r.nextInt(lastList.size()));
                    if (r.nextBoolean()) {
                        Dismissal d = s.dismissal();
                        dismissals.add(d);
                        engine.dismiss(d);
                        return "dismissed " + Journals.pair(s);
                    }
                    IntroductionStatus status = IntroductionStatus.values()[r.nextInt(IntroductionStatus.values().length)];
                    Introduction i = new Introduction("i" + (next++), s.a().id(), s.b().id(), status, null, null, null);
                    introductions.put(i.id(), i);
                    engine.saveIntroduction(i);
                    return status + " " + Journals.pair(s);
                }
                case 11 -> {
                    if (introductions.isEmpty()) {
                        return "nothing";
                    }
                    String id = introductions.keySet().iterator().next();
                    introductions.remove(id);
                    engine.removeIntroduction(id);
                    return "removed introduction " + id;
                }
                default -> {
                    put(engine, c.toBuilder().phones(List.of("+49 " + r.nextInt(100000))).build());
                    return "phone of " + c.id();
                }
            }
        }

        private void put(IntroductionEngine engine, Contact c) {
            contacts.put(c.id(), c);
            engine.update(c);
        }

        private List<String> pick(Random r, int count) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(vocabulary.get(r.nextInt(vocabulary.size())));
            }
            return out;
        }
    }
}
