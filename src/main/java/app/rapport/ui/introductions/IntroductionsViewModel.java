package app.rapport.ui.introductions;

import app.rapport.journal.Contact;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.Journal;
import app.rapport.journal.RecordFields;
import app.rapport.journal.ThreeWayMerge;
import app.rapport.suggest.Dismissal;
import app.rapport.suggest.IntroductionEngine;
import app.rapport.suggest.Suggestion;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.IntroductionSuggestions;
import app.rapport.ui.common.Tasks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Introductions screen's state and actions: the engine's ranked suggestions (computed in the
 * background on the shared engine of the journal) and the introductions under way, from planned to
 * their outcome. Every action is saved at once, shown at once, and where it removes something the
 * notification offers Undo.
 */
public final class IntroductionsViewModel {

    /** How many suggestions the screen lists. */
    public static final int SUGGESTIONS = 20;

    /** What one load produces. */
    record Loaded(List<Suggestion> suggestions, List<Introduction> introductions, Map<String, Contact> contacts) {
    }

    /** Which of the double opt-in messages. */
    public enum Message { TO_A, TO_B, INTRODUCTION }

    private final AppContext ctx;
    private final Clock clock;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Introduction> pipeline = FXCollections.observableArrayList();
    private final ObjectProperty<Introduction> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyStringWrapper stepDayProblem = new ReadOnlyStringWrapper(this, "stepDayProblem");
    private Map<String, Contact> contacts = Map.of();
    private boolean loading;
    private boolean reloadWanted;
    private String pendingSelection;
    private Predicate<String> opener = app.rapport.ui.common.Documents::open;

    public IntroductionsViewModel(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        ctx.journalRevision().addListener((o, was, now) -> reloadIfActive());
        // What was said about one introduction's days is not about another's.
        selected.addListener((o, was, now) -> {
            if (was == null || now == null || !Objects.equals(was.id(), now.id())) {
                stepDayProblem.set(null);
            }
        });
    }

    private boolean active;

    /** The screen has been shown: from now on it follows the journal (before, nobody looks). */
    public void activate() {
        active = true;
    }

    private void reloadIfActive() {
        if (active) {
            load();
        }
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** Introductions from planned to their outcome: those under way first, then the finished ones. */
    public ObservableList<Introduction> pipeline() {
        return pipeline;
    }

    public ObjectProperty<Introduction> selectedProperty() {
        return selected;
    }

    /** True while the engine works. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Where "Open in mail program" sends its {@code mailto:} URI; true when a mail program opened. */
    public void setDocumentOpener(Predicate<String> documentOpener) {
        this.opener = documentOpener;
    }

    public Optional<Contact> contact(String id) {
        return Optional.ofNullable(contacts.get(id));
    }

    public String name(String id) {
        Contact c = contacts.get(id);
        return c == null ? "?" : c.name();
    }

    // ---------------------------------------------------------------- loading

    /** Reloads in the background; a request while a load runs is served once that one ends. */
    public void load() {
        Journal journal = ctx.journal();
        if (journal == null) {
            return;
        }
        if (loading) {
            reloadWanted = true;
            return;
        }
        loading = true;
        busy.set(true);
        long revision = ctx.journalRevision().get();
        LocalDate day = today();
        Locale locale = I18n.locale();
        Tasks.run(() -> compute(journal, revision, day, locale))
                .onSuccess(this::show)
                .onFinally(() -> {
                    loading = false;
                    if (reloadWanted) {
                        reloadWanted = false;
                        load();
                    } else {
                        busy.set(false);
                    }
                })
                .start();
    }

    static Loaded compute(Journal journal, long revision, LocalDate day, Locale locale) {
        IntroductionSuggestions shared = IntroductionSuggestions.of(journal);
        IntroductionEngine engine = shared.engine(revision);
        List<Suggestion> top = engine.top(SUGGESTIONS, day, locale);
        List<Introduction> underWay = new ArrayList<>();
        for (Introduction i : journal.introductions()) {
            if (i.status().isStep()) {
                underWay.add(i);
            }
        }
        underWay.sort(PIPELINE_ORDER);
        return new Loaded(top, underWay, shared.contacts());
    }

    /**
     * Why the two were worth introducing, in the language the window shows now: the stored
     * reason is in the language it was planned in. Asks the engine for the pair as it stands
     * (off the JavaFX thread) and hands over its sentence; nothing if the pair no longer scores.
     */
    public void reasonNow(Introduction i, java.util.function.Consumer<String> sentence) {
        Journal journal = ctx.journal();
        long revision = ctx.journalRevision().get();
        LocalDate day = LocalDate.now(clock);
        Locale locale = I18n.locale();
        Tasks.run(() -> IntroductionSuggestions.of(journal).engine(revision)
                        .explainRegardlessOfFeedback(i.a(), i.b(), day, locale))
                .onSuccess(s -> s.ifPresent(x -> sentence.accept(x.reason())))
                .start();
    }

    /** Under way before finished; within each, the most recently moved first. */
    static final Comparator<Introduction> PIPELINE_ORDER = Comparator
            .comparing((Introduction i) -> i.status().isFinal())
            .thenComparing(IntroductionsViewModel::lastMoved, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(i -> i.id() == null ? "" : i.id());

    private static LocalDate lastMoved(Introduction i) {
        LocalDate last = null;
        for (LocalDate d : i.steps().values()) {
            if (last == null || d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }

    private void show(Loaded l) {
        contacts = l.contacts();
        suggestions.setAll(l.suggestions());
        String selectedId = pendingSelection != null ? pendingSelection
                : selected.get() == null ? null : selected.get().id();
        pendingSelection = null;
        pipeline.setAll(l.introductions());
        selected.set(selectedId == null ? null : find(selectedId).orElse(null));
        loaded.set(true);
    }

    /** Selects the introduction, now or, if it is not loaded yet, once the load brings it. */
    public void select(String introductionId) {
        Optional<Introduction> i = find(introductionId);
        if (i.isPresent()) {
            selected.set(i.get());
        } else {
            pendingSelection = introductionId;
            load();
        }
    }

    private Optional<Introduction> find(String id) {
        return pipeline.stream().filter(i -> id.equals(i.id())).findFirst();
    }

    // ---------------------------------------------------------------- suggestions

    /** Takes the pair off the list; it stays away until one of the two changes materially. Undo in the notification. */
    public void dismiss(Suggestion s) {
        suggestions.remove(s);
        dismiss(ctx, clock, s.a(), s.b(), s.reason(), null);
    }

    /**
     * Stores that two words mean the same, or not ({@code pair.same()}), and says so with Undo,
     * which puts back what was said of the two before (or nothing). The engine uses it at once.
     */
    public static void teachWords(AppContext ctx, app.rapport.journal.Teachings.WordPair pair) {
        Journal journal = ctx.journal();
        Tasks.run(() -> {
            var before = journal.teachings().words().stream().filter(w -> w.key().equals(pair.key())).findFirst();
            journal.saveWordPair(pair);
            return before;
        }).onSuccess(before -> {
            ctx.notify(I18n.text(pair.same() ? "words.same.saved" : "words.different.saved", pair.first(),
                    pair.second()), () -> Tasks.run(() -> {
                        if (before.isPresent()) {
                            journal.saveWordPair(before.get());
                        } else {
                            journal.removeWordPair(pair);
                        }
                    }).start());
        }).onError(e -> ctx.notify(app.rapport.ui.common.Dialogs.describe(e), null)).start();
    }

    /** Forgets what was said of two words, with Undo. */
    public static void forgetWords(AppContext ctx, app.rapport.journal.Teachings.WordPair pair) {
        Journal journal = ctx.journal();
        Tasks.run(() -> journal.removeWordPair(pair)).onSuccess(v -> {
            ctx.notify(I18n.text("words.forgotten", pair.first(), pair.second()), () -> Tasks.run(
                    () -> journal.saveWordPair(pair)).start());
        }).start();
    }

    /**
     * Dismisses the pair wherever it is suggested (here, on Today, in an event's brief): stores the
     * dismissal with the fingerprint of what the two are about now, so the engine leaves them out
     * until one of them changes materially, and says so with Undo in the notification. Undo removes
     * the dismissal and then runs {@code undone} (may be null); every screen reloads on the change.
     */
    public static void dismiss(AppContext ctx, Clock clock, Contact a, Contact b, String reason, Runnable undone) {
        dismiss(ctx, clock, a, b, reason, ctx::notify, undone);
    }

    /** As above, with the notification (and its Undo) shown by {@code notify}: in the window the user acted in. */
    public static void dismiss(AppContext ctx, Clock clock, Contact a, Contact b, String reason,
                               java.util.function.BiConsumer<String, Runnable> notify, Runnable undone) {
        Journal journal = ctx.journal();
        Introduction dismissal = Introduction.dismissal(a.id(), b.id(), Instant.now(clock), reason,
                Dismissal.of(a, b).fingerprint());
        Tasks.run(() -> journal.saveIntroduction(dismissal)).onSuccess(saved -> {
            notify.accept(I18n.text("introductions.dismissed", a.name(), b.name()), () ->
                    Tasks.run(() -> journal.removeIntroduction(saved.id())).onSuccess(v -> {
                        if (undone != null) {
                            undone.run();
                        }
                    }).start());
        }).start();
    }

    /**
     * Plans the introduction: stored as planned today with double opt-in drafts in the UI language,
     * and selected so the drafts are in front of the user. Undo in the notification.
     */
    public void plan(Suggestion s) {
        plan(s, null);
    }

    /** Plans as {@link #plan(Suggestion)}; {@code then} gets the stored introduction. */
    public void plan(Suggestion s, Consumer<Introduction> then) {
        suggestions.remove(s);
        Journal journal = ctx.journal();
        Introduction planned = planned(s, clock);
        Tasks.run(() -> journal.saveIntroduction(planned)).onSuccess(saved -> {
            pipeline.addFirst(saved);
            selected.set(saved);
            ctx.notify(I18n.text("introductions.planned", s.a().name(), s.b().name()), () -> remove(saved));
            if (then != null) {
                then.accept(saved);
            }
        }).start();
    }

    /** The introduction planning {@code s} stores: planned today, with drafts in the UI language. */
    public static Introduction planned(Suggestion s, Clock clock) {
        return planned(s.a(), s.b(), s.reason(), clock);
    }

    /** The pair planned today for this reason, with drafts in the UI language (also from an event's brief). */
    public static Introduction planned(Contact a, Contact b, String reason, Clock clock) {
        return new Introduction(null, a.id(), b.id(), IntroductionStatus.SUGGESTED, Instant.now(clock), reason, null)
                .reached(IntroductionStatus.PLANNED, LocalDate.now(clock))
                .withDrafts(DoubleOptInDrafts.write(a, b, DoubleOptInDrafts.languageOf(I18n.locale())));
    }

    private void remove(Introduction i) {
        Journal journal = ctx.journal();
        pipeline.removeIf(x -> x.id().equals(i.id()));
        if (selected.get() != null && i.id().equals(selected.get().id())) {
            selected.set(null);
        }
        Tasks.run(() -> journal.removeIntroduction(i.id())).start();
    }

    // ---------------------------------------------------------------- the pipeline

    /** One click: the next step, reached today. */
    public void advance(Introduction which) {
        Introduction i = latest(which);
        IntroductionStatus next = i.status().next();
        if (next != null) {
            save(i.reached(next, today()), i);
        }
    }

    /** A correction: back (or forward) to {@code status}, reached today; later steps are forgotten. */
    public void moveTo(Introduction which, IntroductionStatus status) {
        Introduction i = latest(which);
        if (status != i.status()) {
            save(i.reached(status, today()), i);
        }
    }

    /**
     * A correction of the day a step was reached. A day in the future, or one that puts the step
     * before an earlier step or after a later one, is not stored: {@link #stepDayProblemProperty()}
     * then says why, naming the steps, and this returns false.
     */
    public boolean setStepDay(Introduction which, IntroductionStatus step, LocalDate day) {
        Introduction i = latest(which);
        if (day == null || day.equals(i.reachedOn(step))) {
            return true;
        }
        Optional<Introduction.StepDayConflict> conflict = i.stepDayConflict(step, day, today());
        if (conflict.isPresent()) {
            stepDayProblem.set(describe(conflict.get(), i));
            return false;
        }
        save(i.withStepDay(step, day), i);
        return true;
    }

    /** Why the last correction of a step's day was not stored; null when there is nothing to say. */
    public ReadOnlyStringProperty stepDayProblemProperty() {
        return stepDayProblem.getReadOnlyProperty();
    }

    String describe(Introduction.StepDayConflict c, Introduction i) {
        String step = stepName(c.step(), i);
        String day = Formats.date(c.day());
        if (c.inFuture()) {
            return I18n.text("introductions.stepDay.future", step, day);
        }
        return I18n.text(c.beforeOther() ? "introductions.stepDay.beforeEarlier" : "introductions.stepDay.afterLater",
                step, day, stepName(c.other(), i), Formats.date(c.otherDay()));
    }

    /** A step in the user's words, naming the person where it is about one ("Asked Anna Schmidt"). */
    public String stepName(IntroductionStatus step, Introduction i) {
        return switch (step) {
            case ASKED_A -> I18n.text("introductions.step.asked", name(i.a()));
            case ASKED_B -> I18n.text("introductions.step.asked", name(i.b()));
            default -> I18n.text(step.messageKey());
        };
    }

    /** "Did it make 1 + 1 at least 2.5?" */
    public void recordOutcome(Introduction which, boolean worked, String note) {
        Introduction i = latest(which);
        save(i.withOutcome(worked, note == null || note.isBlank() ? null : note.strip(), today()), i);
    }

    public void saveDrafts(Introduction which, Introduction.Drafts drafts) {
        Introduction i = latest(which);
        if (!drafts.equals(i.drafts())) {
            save(i.withDrafts(drafts), i);
        }
    }

    /** Writes the drafts anew in the other language (what the user edited is replaced). */
    public void writeDraftsIn(Introduction which, String language) {
        Introduction i = latest(which);
        Contact a = contacts.get(i.a());
        Contact b = contacts.get(i.b());
        if (a != null && b != null) {
            save(i.withDrafts(DoubleOptInDrafts.write(a, b, language)), i);
        }
    }

    /**
     * Whether the drafts as shown differ from what Rapport would write for the two in their
     * language: then the user edited them, and writing them anew in another language would throw
     * that work away. False when the drafts cannot be written anew (a contact is gone).
     */
    public boolean draftsEdited(Introduction which, Introduction.Drafts shown) {
        Introduction i = latest(which);
        Contact a = contacts.get(i.a());
        Contact b = contacts.get(i.b());
        if (a == null || b == null || shown.language() == null) {
            return false;
        }
        Introduction.Drafts written = DoubleOptInDrafts.write(a, b, shown.language());
        return !sameText(written.toA(), shown.toA()) || !sameText(written.toB(), shown.toB())
                || !sameText(written.introduction(), shown.introduction());
    }

    /** Blank lines or spaces added at either end are no edit worth asking about. */
    private static boolean sameText(String x, String y) {
        return (x == null ? "" : x.strip()).equals(y == null ? "" : y.strip());
    }

    /** Drafts of the introduction; written now if it has none (one planned elsewhere, or imported). */
    public Introduction.Drafts draftsOf(Introduction i) {
        if (i.drafts() != null) {
            return i.drafts();
        }
        Contact a = contacts.get(i.a());
        Contact b = contacts.get(i.b());
        return a == null || b == null ? new Introduction.Drafts(DoubleOptInDrafts.languageOf(I18n.locale()), "", "", "")
                : DoubleOptInDrafts.write(a, b, DoubleOptInDrafts.languageOf(I18n.locale()));
    }

    /**
     * The introduction as it is now: a view may hold on to the version it was built from while a
     * save of another change (drafts saved on leaving the text) is already in.
     */
    private Introduction latest(Introduction i) {
        return i.id() == null ? i : find(i.id()).orElse(i);
    }

    /**
     * Stores a change the user made to {@code base} as shown. Had the introduction changed
     * elsewhere meanwhile, the change is applied to the stored one, so neither is lost.
     */
    private void save(Introduction changed, Introduction base) {
        stepDayProblem.set(null);
        Journal journal = ctx.journal();
        replace(changed);
        Tasks.run(() -> ThreeWayMerge.saveMerged(RecordFields.INTRODUCTION, changed, base, journal::saveIntroduction))
                .onSuccess(saved -> {
                    replace(saved);
                }).start();
    }

    private void replace(Introduction changed) {
        for (int k = 0; k < pipeline.size(); k++) {
            if (pipeline.get(k).id().equals(changed.id())) {
                pipeline.set(k, changed);
                break;
            }
        }
        if (selected.get() != null && selected.get().id().equals(changed.id())) {
            selected.set(changed);
        }
    }

    // ---------------------------------------------------------------- mail

    /**
     * A {@code mailto:} URI with subject and body for one of the messages, to the first e-mail
     * address of each person it goes to (none if they have none: the user fills it in).
     */
    public String mailto(Introduction i, Message which, String body) {
        Contact a = contacts.get(i.a());
        Contact b = contacts.get(i.b());
        String language = i.drafts() != null && i.drafts().language() != null ? i.drafts().language()
                : DoubleOptInDrafts.languageOf(I18n.locale());
        List<String> to = new ArrayList<>();
        String subject;
        switch (which) {
            case TO_A -> {
                addEmail(to, a);
                subject = DoubleOptInDrafts.subject(language, a, b, false);
            }
            case TO_B -> {
                addEmail(to, b);
                subject = DoubleOptInDrafts.subject(language, b, a, false);
            }
            default -> {
                addEmail(to, a);
                addEmail(to, b);
                subject = DoubleOptInDrafts.subject(language, a, b, true);
            }
        }
        // Addresses stay as they are (validated when the contact was saved); subject and body are encoded.
        return "mailto:" + String.join(",", to)
                + "?subject=" + encode(subject) + "&body=" + encode(body.replace("\n", "\r\n"));
    }

    /**
     * Hands the message to the user's mail program in the background (nothing is sent by Rapport)
     * and says whether one opened. The caller has put the text on the clipboard as well.
     */
    public void openInMailProgram(Introduction i, Message which, String body) {
        String uri = mailto(i, which, body);
        Predicate<String> open = opener;
        Tasks.run(() -> open.test(uri))
                .onSuccess(opened -> ctx.notify(I18n.text(opened ? "introductions.mailHandedOver"
                        : "introductions.mailNotOpened"), null))
                .start();
    }

    private static void addEmail(List<String> to, Contact c) {
        if (c != null && !c.emails().isEmpty()) {
            to.add(c.emails().getFirst());
        }
    }

    /** RFC 6068 percent-encoding: spaces as %20, not the form encoding's +. */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
