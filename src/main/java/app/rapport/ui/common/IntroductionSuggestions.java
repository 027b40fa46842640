package app.rapport.ui.common;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Introduction;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import app.rapport.suggest.Feedback;
import app.rapport.suggest.IntroductionEngine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The introduction engine of one journal, shared by every screen that suggests (Today,
 * Introductions, event briefs). It is built once; after a change to the journal it is brought up
 * to date by telling it only what changed (the engine then re-scores only the pairs of the
 * contacts involved), with the stored introductions and dismissals as its feedback. Call off the
 * JavaFX thread.
 */
public final class IntroductionSuggestions {

    private static final Map<Journal, IntroductionSuggestions> BY_JOURNAL = new WeakHashMap<>();

    /**
     * Weakly: this is the value of a weak map keyed by the journal, and a value that held its key
     * strongly would keep every journal (and its engine, and the windows listening) alive for good.
     */
    private final java.lang.ref.WeakReference<Journal> journal;
    private IntroductionEngine engine;
    private long revision = Long.MIN_VALUE;
    private Map<String, Contact> contacts = Map.of();
    private Set<Tie> ties = Set.of();
    private Map<String, Encounter> encounters = Map.of();
    private Map<String, Introduction> introductions = Map.of();

    private IntroductionSuggestions(Journal journal) {
        this.journal = new java.lang.ref.WeakReference<>(journal);
    }

    /** The one instance for this journal. */
    public static IntroductionSuggestions of(Journal journal) {
        synchronized (BY_JOURNAL) {
            return BY_JOURNAL.computeIfAbsent(journal, IntroductionSuggestions::new);
        }
    }

    /**
     * The engine as of the journal's {@code revision} (see {@link AppContext#journalRevision()}):
     * the same engine as last time if nothing changed since, else updated with what changed.
     */
    public synchronized IntroductionEngine engine(long journalRevision) {
        if (engine != null && journalRevision == revision) {
            return engine;
        }
        Journal j = journal.get();
        if (j == null) {
            throw new app.rapport.journal.JournalClosedException("the journal of these suggestions is gone");
        }
        JournalSnapshot now = j.snapshot();
        if (engine == null) {
            engine = IntroductionEngine.of(now, Feedback.from(now.introductions()));
        } else {
            catchUp(now);
        }
        remember(now);
        revision = journalRevision;
        return engine;
    }

    private void catchUp(JournalSnapshot now) {
        Map<String, Contact> nowContacts = byId(now.contacts());
        for (String id : contacts.keySet()) {
            if (!nowContacts.containsKey(id)) {
                engine.remove(id);
            }
        }
        for (Contact c : now.contacts()) {
            if (!c.equals(contacts.get(c.id()))) {
                engine.update(c);
            }
        }
        Set<Tie> nowTies = new HashSet<>(now.ties());
        for (Tie t : ties) {
            if (!nowTies.contains(t)) {
                engine.removeTie(t.a(), t.b());
            }
        }
        for (Tie t : now.ties()) {
            if (!ties.contains(t)) {
                engine.saveTie(t);
            }
        }
        Map<String, Encounter> nowEncounters = new HashMap<>();
        for (Encounter e : now.encounters()) {
            nowEncounters.put(e.id(), e);
        }
        for (String id : encounters.keySet()) {
            if (!nowEncounters.containsKey(id)) {
                engine.removeEncounter(id);
            }
        }
        for (Encounter e : now.encounters()) {
            if (!e.equals(encounters.get(e.id()))) {
                engine.saveEncounter(e);
            }
        }
        Map<String, Introduction> nowIntroductions = new HashMap<>();
        for (Introduction i : now.introductions()) {
            nowIntroductions.put(i.id(), i);
        }
        for (String id : introductions.keySet()) {
            if (!nowIntroductions.containsKey(id)) {
                engine.removeIntroduction(id);
            }
        }
        for (Introduction i : now.introductions()) {
            if (!i.equals(introductions.get(i.id()))) {
                engine.saveIntroduction(i);
            }
        }
        engine.teach(now.teachings()); // strangers, words, a reset of learning: the engine sees what changed
    }

    private void remember(JournalSnapshot now) {
        contacts = byId(now.contacts());
        ties = new HashSet<>(now.ties());
        Map<String, Encounter> e = new HashMap<>();
        now.encounters().forEach(x -> e.put(x.id(), x));
        encounters = e;
        Map<String, Introduction> i = new HashMap<>();
        now.introductions().forEach(x -> i.put(x.id(), x));
        introductions = i;
    }

    private static Map<String, Contact> byId(Iterable<Contact> list) {
        Map<String, Contact> m = new HashMap<>();
        list.forEach(c -> m.put(c.id(), c));
        return m;
    }

    /** Every contact of the journal as the engine last saw it, by id. */
    public synchronized Map<String, Contact> contacts() {
        return contacts;
    }
}
