package app.rapport.ui.today;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.Event;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Journal;
import app.rapport.journal.RecordFields;
import app.rapport.journal.ThreeWayMerge;
import app.rapport.journal.JournalSnapshot;
import app.rapport.reminders.BirthdayReminder;
import app.rapport.reminders.FollowUpReminder;
import app.rapport.reminders.KeepInTouchDue;
import app.rapport.reminders.KeepInTouchRules;
import app.rapport.reminders.NetworkHealth;
import app.rapport.reminders.Snoozes;
import app.rapport.reminders.TodayDigest;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.events.EventBriefWindow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Today screen's state and actions. Loads the journal in the background, computes what is due
 * ({@link TodayDigest}) and keeps it current: it reloads after every change to the journal, and
 * takes an item off its list at once when the user acts on it, before the reload confirms it.
 */
public final class TodayViewModel {

    /** What one load produces: the digest and the contacts it names. */
    record Loaded(TodayDigest digest, Map<String, Contact> contacts) {
    }

    private final AppContext ctx;
    private final Clock clock;
    private final ObservableList<KeepInTouchDue> catchUps = FXCollections.observableArrayList();
    private final ObservableList<BirthdayReminder> birthdays = FXCollections.observableArrayList();
    private final ObservableList<FollowUpReminder> followUps = FXCollections.observableArrayList();
    private final ObservableList<Encounter> recent = FXCollections.observableArrayList();
    private final ObservableList<Event> nextEvents = FXCollections.observableArrayList();
    private final ObservableList<app.rapport.suggest.Suggestion> introductions = FXCollections.observableArrayList();
    private boolean suggesting;
    private boolean suggestAgain;
    private final ReadOnlyObjectWrapper<NetworkHealth> health = new ReadOnlyObjectWrapper<>(new NetworkHealth(0, 0, 0));
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private Map<String, Contact> contacts = Map.of();
    private boolean announced;
    private boolean loading;
    private boolean reloadWanted;

    public TodayViewModel(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        ctx.journalRevision().addListener((o, was, now) -> load());
    }

    public ObservableList<KeepInTouchDue> catchUps() {
        return catchUps;
    }

    public ObservableList<BirthdayReminder> birthdays() {
        return birthdays;
    }

    public ObservableList<FollowUpReminder> followUps() {
        return followUps;
    }

    public ObservableList<Encounter> recent() {
        return recent;
    }

    public ObservableList<Event> nextEvents() {
        return nextEvents;
    }

    /** The best few introductions to make, from the journal's shared engine. */
    public ObservableList<app.rapport.suggest.Suggestion> introductions() {
        return introductions;
    }

    public ReadOnlyObjectProperty<NetworkHealth> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** True when the journal has no contacts at all: Today then offers the sample journal. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Opens a generated sample journal in its own folder (the user's stays as it is). */
    public void exploreSampleJournal() {
        ctx.exploreSampleJournal();
    }

    /** Opens the import dialog, as Shortcut+I does. */
    public void importContacts() {
        ctx.importContacts();
    }

    /** Opens the editor for a new contact on Contacts, as Shortcut+N does. */
    public void newContact() {
        ctx.newContact();
    }

    /** True once the first load has finished. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Reloads in the background; a request while a load runs is served once that one ends. */
    public void load() {
        if (loading) {
            reloadWanted = true;
            return;
        }
        loading = true;
        Journal journal = ctx.journal();
        Tasks.run(() -> compute(journal, clock))
                .onSuccess(result -> {
                    show(result);
                    // After what is due: on a large journal the engine should not delay the rest of Today.
                    suggest(journal);
                })
                .onFinally(() -> {
                    loading = false;
                    if (reloadWanted) {
                        reloadWanted = false;
                        load();
                    }
                })
                .start();
    }

    /** How many suggestions Today shows. */
    static final int INTRODUCTIONS = 3;

    /**
     * The suggestions load on their own: building the engine on a large journal takes longer than
     * the rest of Today, which should not wait for it.
     */
    private void suggest(Journal journal) {
        if (suggesting) {
            suggestAgain = true;
            return;
        }
        suggesting = true;
        long revision = ctx.journalRevision().get();
        LocalDate day = LocalDate.now(clock);
        java.util.Locale locale = I18n.locale();
        Tasks.run(() -> app.rapport.ui.common.IntroductionSuggestions.of(journal).engine(revision)
                        .top(INTRODUCTIONS, day, locale))
                .onSuccess(introductions::setAll)
                .onFinally(() -> {
                    suggesting = false;
                    if (suggestAgain) {
                        suggestAgain = false;
                        suggest(journal);
                    }
                })
                .start();
    }

    /** Plans the introduction (with its drafts) and shows it on the Introductions screen; Undo in the notification. */
    public void planIntroduction(app.rapport.suggest.Suggestion s) {
        introductions.remove(s);
        Journal journal = ctx.journal();
        app.rapport.journal.Introduction planned = app.rapport.ui.introductions.IntroductionsViewModel.planned(s, clock);
        Tasks.run(() -> journal.saveIntroduction(planned)).onSuccess(saved -> {
            ctx.showIntroduction(saved.id());
            ctx.notify(I18n.text("introductions.planned", s.a().name(), s.b().name()), () ->
                    Tasks.run(() -> journal.removeIntroduction(saved.id())).start());
        }).start();
    }

    /**
     * Dismisses the suggested pair as the Introductions screen does (it stays away until one of the
     * two changes); the reload that follows fills the card with the next suggestion. Undo in the
     * notification.
     */
    public void dismissIntroduction(app.rapport.suggest.Suggestion s) {
        introductions.remove(s);
        app.rapport.ui.introductions.IntroductionsViewModel.dismiss(ctx, clock, s.a(), s.b(), s.reason(), null);
    }

    /** The work of one load, off the JavaFX thread. */
    static Loaded compute(Journal journal, Clock clock) {
        JournalSnapshot snapshot = journal.snapshot();
        KeepInTouchRules rules = KeepInTouchRules.of(journal.tagCadences());
        Snoozes snoozes = new Snoozes(journal.snoozes());
        TodayDigest digest = TodayDigest.of(snapshot, rules, snoozes, clock.instant(), clock.getZone());
        Map<String, Contact> byId = HashMap.newHashMap(snapshot.contacts().size());
        for (Contact c : snapshot.contacts()) {
            byId.put(c.id(), c);
        }
        return new Loaded(digest, byId);
    }

    void show(Loaded result) {
        TodayDigest d = result.digest();
        contacts = result.contacts();
        today.set(d.today());
        catchUps.setAll(d.catchUps());
        birthdays.setAll(d.birthdays());
        followUps.setAll(d.followUps());
        recent.setAll(d.recent());
        nextEvents.setAll(d.nextEvents());
        health.set(d.health());
        empty.set(result.contacts().isEmpty());
        loaded.set(true);
        if (!announced) {
            announced = true;
            if (!result.contacts().isEmpty()) { // an empty journal has Today's own offer, not "nothing due"
                ctx.notify(dueTodayText(d.dueToday()), null);
            }
        }
    }

    /** The start-up notification: what needs doing today. */
    static String dueTodayText(TodayDigest.DueToday due) {
        if (due.isEmpty()) {
            return I18n.text("today.notice.nothing");
        }
        List<String> parts = new ArrayList<>();
        if (due.catchUps() > 0) {
            parts.add(I18n.text("today.notice.catchUps", due.catchUps()));
        }
        if (due.birthdays() > 0) {
            parts.add(I18n.text("today.notice.birthdays", due.birthdays()));
        }
        if (due.followUps() > 0) {
            parts.add(I18n.text("today.notice.followUps", due.followUps()));
        }
        return I18n.text("today.notice", String.join(", ", parts));
    }

    /** The contact's name as the journal has it; ids of contacts gone to the trash show as "?". */
    public String name(String contactId) {
        Contact c = contacts.get(contactId);
        return c == null ? "?" : c.name();
    }

    public String names(List<String> contactIds) {
        return String.join(", ", contactIds.stream().map(this::name).toList());
    }

    // ---------------------------------------------------------------- actions, one click each

    /** Opens the event's preparation brief. */
    public void prepare(Event event) {
        EventBriefWindow.show(ctx, clock, event.id());
    }

    public void openContact(String contactId) {
        ctx.showContact(contactId);
    }

    /** Opens quick capture with the contact preselected; saving it resets the cadence. */
    public void logEncounter(String contactId) {
        ctx.quickCapture(List.of(contactId));
    }

    public void snooze(KeepInTouchDue due) {
        snooze(due.snoozeKey(), Snoozes.KEEP_IN_TOUCH_DAYS, due.contact().name(), catchUps, d -> d == due);
    }

    /**
     * A birthday still ahead comes back on the day itself (hiding it for one day of thirteen helped
     * nobody); today's is put off until tomorrow.
     */
    public void snooze(BirthdayReminder birthday) {
        snooze(birthday.snoozeKey(), birthday.isToday() ? Snoozes.BIRTHDAY_DAYS : (int) birthday.daysUntil(),
                birthday.contact().name(), birthdays, b -> b == birthday);
    }

    public void snooze(FollowUpReminder followUp) {
        snooze(followUp.snoozeKey(), Snoozes.FOLLOW_UP_DAYS, followUp.followUp().what(), followUps,
                f -> f == followUp);
    }

    private <T> void snooze(String item, int days, String label, ObservableList<T> list, Predicate<T> which) {
        LocalDate until = LocalDate.now(clock).plusDays(days);
        Journal journal = ctx.journal();
        list.removeIf(which);
        Tasks.run(() -> journal.snooze(item, until))
                .onSuccess(v -> {
                    ctx.notify(I18n.text("today.snoozed", label, days, TodayTexts.date(until)), () -> unsnooze(item));
                })
                .start();
    }

    private void unsnooze(String item) {
        Journal journal = ctx.journal();
        Tasks.run(() -> journal.removeSnooze(item)).start();
    }

    /** Marks the follow-up done in its encounter; Undo opens it again. */
    public void markDone(FollowUpReminder reminder) {
        followUps.remove(reminder);
        Journal journal = ctx.journal();
        Tasks.run(() -> setDone(journal, reminder, true))
                .onSuccess(v -> {
                    ctx.notify(I18n.text("today.followUp.doneNotice", reminder.followUp().what()), () ->
                            Tasks.run(() -> setDone(journal, reminder, false)).start());
                })
                .start();
    }

    /** Changes the stored encounter, as it is now, not as Today last loaded it. */
    private static Void setDone(Journal journal, FollowUpReminder reminder, boolean done) {
        Encounter stored = journal.encounter(reminder.encounter().id()).orElseThrow(() ->
                new IllegalStateException("encounter " + reminder.encounter().id() + " is gone"));
        List<FollowUp> list = new ArrayList<>(stored.followUps());
        int i = reminder.index();
        if (i >= list.size() || !list.get(i).what().equals(reminder.followUp().what())) {
            // The encounter was edited meanwhile: find the follow-up by what it says.
            i = -1;
            for (int k = 0; k < list.size(); k++) {
                if (list.get(k).what().equals(reminder.followUp().what())) {
                    i = k;
                    break;
                }
            }
            if (i < 0) {
                throw new IllegalStateException("follow-up \"" + reminder.followUp().what() + "\" is gone");
            }
        }
        list.set(i, list.get(i).withDone(done));
        // Another program may change the encounter between reading and saving: the tick is merged into its change.
        ThreeWayMerge.saveMerged(RecordFields.ENCOUNTER, stored.withFollowUps(list), stored, journal::saveEncounter);
        return null;
    }
}
