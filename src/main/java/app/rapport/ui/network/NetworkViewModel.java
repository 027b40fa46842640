package app.rapport.ui.network;

import app.rapport.journal.Contact;
import app.rapport.journal.Introduction;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tags;
import app.rapport.journal.TextFolding;
import app.rapport.reminders.Warmth;
import app.rapport.suggest.IntroductionEngine;
import app.rapport.suggest.Suggestion;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.IntroductionSuggestions;
import app.rapport.ui.common.Tasks;
import app.rapport.ui.introductions.IntroductionsViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Network screen's state: the map's data and layout (computed in the background, the layout
 * shown as it improves), the filters, the person selected and the one in focus. The map view
 * draws what this says; the logic is here, testable without a scene.
 */
public final class NetworkViewModel {

    /** How many of the engine's best suggestions are drawn as dashed lines. */
    static final int SUGGESTED_LINES = 15;
    /** The layout shows its picture at least this often while it improves it. */
    private static final long PUBLISH_NANOS = 150_000_000L;
    /**
     * The map's data and layout run on a thread of their own: on the shared threads they queued
     * behind Today's load and the engine (JFR on the bench: the layout waited ~6 s before its first step).
     */
    private static final java.util.concurrent.Executor LAYOUT = Tasks.ownThread("network-layout");

    public enum State { LOADING, EMPTY, TINY, READY }

    /** The warmth filter; COLD_BUT_VALUABLE is {@link NetworkData#coldButValuable}. */
    public enum WarmthFilter {
        ANY, WARM, COOLING, COLD, COLD_BUT_VALUABLE;

        public String messageKey() {
            return "network.filter.warmth." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final AppContext ctx;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyObjectWrapper<NetworkData> data = new ReadOnlyObjectWrapper<>(this, "data");
    /** Positions of the people by slot, replaced (never changed in place) as the layout improves. */
    private final ReadOnlyObjectWrapper<double[][]> positions = new ReadOnlyObjectWrapper<>(this, "positions");
    /** The start positions of a fresh layout while they are shown: a tangle, drawn without ties. */
    private double[][] startPositions;
    private final ReadOnlyBooleanWrapper laidOut = new ReadOnlyBooleanWrapper(this, "laidOut", false);
    private final ReadOnlyBooleanWrapper enginesDone = new ReadOnlyBooleanWrapper(this, "engineDone", false);
    private final ReadOnlyLongWrapper filterVersion = new ReadOnlyLongWrapper(this, "filterVersion");
    private final ObjectProperty<Integer> circleFilter = new SimpleObjectProperty<>(this, "circle");
    private final StringProperty interestFilter = new SimpleStringProperty(this, "interest");
    private final StringProperty organizationFilter = new SimpleStringProperty(this, "organization");
    private final StringProperty cityFilter = new SimpleStringProperty(this, "city");
    private final ObjectProperty<WarmthFilter> warmthFilter = new SimpleObjectProperty<>(this, "warmth", WarmthFilter.ANY);
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived", false);
    private final BooleanProperty showMe = new SimpleBooleanProperty(this, "showMe", false);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final IntegerProperty focus = new SimpleIntegerProperty(this, "focus", -1);
    private boolean[] visible = new boolean[0];
    private final Map<String, double[]> lastPositions = new HashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private boolean active;
    private boolean loading;
    private boolean reloadWanted;
    private long layoutMillis;

    public NetworkViewModel(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        ctx.journalRevision().addListener((o, was, now) -> {
            if (active) {
                load();
            }
        });
        showArchived.addListener((o, was, now) -> load());
        for (javafx.beans.Observable f : List.of(circleFilter, interestFilter, organizationFilter, cityFilter,
                warmthFilter, focus)) {
            f.addListener(o -> refilter());
        }
        data.addListener(o -> refilter());
    }

    /** The screen was shown: from now on the map follows the journal. */
    public void activate() {
        if (!active) {
            active = true;
            load();
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NetworkData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<double[][]> positionsProperty() {
        return positions.getReadOnlyProperty();
    }

    /** True once the layout is finished (the picture no longer moves). */
    public ReadOnlyBooleanProperty laidOutProperty() {
        return laidOut.getReadOnlyProperty();
    }

    /** True once the engine's circles, bridges and suggestions are on the map. */
    public ReadOnlyBooleanProperty engineDoneProperty() {
        return enginesDone.getReadOnlyProperty();
    }

    /** How long the last layout took, in milliseconds (for the bench). */
    public long layoutMillis() {
        return layoutMillis;
    }

    /** Goes up whenever who is shown changed. */
    public ReadOnlyLongProperty filterVersionProperty() {
        return filterVersion.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> circleFilterProperty() {
        return circleFilter;
    }

    public StringProperty interestFilterProperty() {
        return interestFilter;
    }

    public StringProperty organizationFilterProperty() {
        return organizationFilter;
    }

    public StringProperty cityFilterProperty() {
        return cityFilter;
    }

    public ObjectProperty<WarmthFilter> warmthFilterProperty() {
        return warmthFilter;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public BooleanProperty showMeProperty() {
        return showMe;
    }

    /** The slot of the person selected, or -1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The slot of the person in focus (shown with their ties two steps out), or -1. */
    public IntegerProperty focusProperty() {
        return focus;
    }

    /** Whether the positions shown are a fresh layout's start (people where their ids put them, not yet laid out). */
    boolean atStart() {
        return startPositions != null && positions.get() == startPositions;
    }

    /** Who is shown, by slot: replaced, never changed, when the filters change. */
    boolean[] visibility() {
        return visible;
    }

    public boolean isVisible(int slot) {
        return slot >= 0 && slot < visible.length && visible[slot];
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- loading and layout

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
        generation.incrementAndGet(); // a layout of the last state still running stops: its thread is needed
        long revision = ctx.journalRevision().get();
        LocalDate day = today();
        ZoneId zone = clock.getZone();
        Locale locale = I18n.locale();
        boolean archived = showArchived.get();
        Tasks.run(() -> compute(journal, day, zone, archived))
                .on(LAYOUT)
                .onSuccess(d -> {
                    long[] ticket = {0};
                    // The engine starts once the first picture is out: on two cores it slowed the layout's first steps.
                    ticket[0] = show(d, () -> Tasks.run(() -> withEngine(d, journal, revision, day, locale))
                            .onSuccess(full -> {
                                if (generation.get() == ticket[0]) {
                                    engineData(full);
                                }
                            })
                            .onFinally(this::loaded)
                            .start());
                })
                .onError(e -> {
                    loaded();
                    Tasks.defaultErrorHandler().accept(e);
                })
                .start();
    }

    private void loaded() {
        loading = false;
        if (reloadWanted) {
            reloadWanted = false;
            load();
        }
    }

    /** The engine's part arrived: same people in the same slots, now with circles, bridges and suggestions. */
    private void engineData(NetworkData full) {
        int keepSelected = selected.get();
        int keepFocus = focus.get();
        data.set(full);
        selected.set(keepSelected);
        focus.set(keepFocus);
        enginesDone.set(true);
    }

    /**
     * The map's data on {@code day} without what the engine adds: ready in a moment, so the layout
     * can start while the engine (circles, suggestions) works.
     */
    static NetworkData compute(Journal journal, LocalDate day, ZoneId zone, boolean withArchived) {
        return NetworkData.of(journal.snapshot(), Map.of(), List.of(), day, zone, withArchived);
    }

    /** The same with the circles and best suggestions of the journal's shared engine. */
    static NetworkData withEngine(NetworkData d, Journal journal, long revision, LocalDate day, Locale locale) {
        IntroductionEngine engine = IntroductionSuggestions.of(journal).engine(revision);
        List<Suggestion> top = engine.top(SUGGESTED_LINES, day, locale);
        return d.withEngine(circles(engine, day), top);
    }

    /** The one definition of circles, the engine's (its reasons say "different circles" by it). */
    static Map<String, Integer> circles(IntroductionEngine engine, LocalDate day) {
        return engine.circles(day);
    }

    /**
     * Shows the data and lays it out; {@code firstPicture} runs once on the JavaFX thread when the
     * layout published its first picture (or ended without one).
     */
    private long show(NetworkData d, Runnable firstPicture) {
        boolean[] begun = {false};
        Runnable once = () -> {
            if (!begun[0]) {
                begun[0] = true;
                firstPicture.run();
            }
        };
        String selectedId = selectedId();
        String focusId = focus.get() >= 0 && data.get() != null && focus.get() < data.get().size()
                ? data.get().person(focus.get()).id() : null;
        long ticket = generation.incrementAndGet();
        selected.set(-1);
        focus.set(-1);
        data.set(d);
        state.set(d.size() == 0 ? State.EMPTY : d.size() < 2 ? State.TINY : State.READY);
        if (selectedId != null) {
            selected.set(d.slot(selectedId));
        }
        if (focusId != null) {
            focus.set(d.slot(focusId));
        }
        laidOut.set(false);
        enginesDone.set(false);
        ForceLayout layout = d.continuedLayout(lastPositions);
        if (layout == null) {
            layout = d.freshLayout();
        }
        ForceLayout running = layout;
        // Where people were: until the new layout publishes, the old places (new people at their start).
        double[][] start = {running.xs().clone(), running.ys().clone()};
        startPositions = layout.warm() ? null : start;
        positions.set(start);
        long started = System.nanoTime();
        Tasks.run(() -> {
            long lastPublished = System.nanoTime();
            while (!running.done()) {
                if (generation.get() != ticket) {
                    return null; // a newer journal state is being laid out
                }
                running.run(5);
                // The first steps untangle the start positions: show that picture at once, then every so often.
                if (running.steps() == 5 || System.nanoTime() - lastPublished > PUBLISH_NANOS) {
                    lastPublished = System.nanoTime();
                    double[][] now = {running.xs().clone(), running.ys().clone()};
                    Platform.runLater(() -> {
                        if (generation.get() == ticket && !laidOut.get()) {
                            positions.set(now);
                        }
                        once.run();
                    });
                }
            }
            return new double[][] {running.xs().clone(), running.ys().clone()};
        }).on(LAYOUT).onFinally(once).onSuccess(done -> {
            if (done == null || generation.get() != ticket) {
                return;
            }
            layoutMillis = (System.nanoTime() - started) / 1_000_000;
            lastPositions.clear();
            for (int i = 0; i < d.size(); i++) {
                lastPositions.put(d.person(i).id(), new double[] {done[0][i], done[1][i]});
            }
            positions.set(done);
            laidOut.set(true);
        }).start();
        return ticket;
    }

    // ---------------------------------------------------------------- filters

    private void refilter() {
        NetworkData d = data.get();
        if (d == null) {
            visible = new boolean[0];
            filterVersion.set(filterVersion.get() + 1);
            return;
        }
        int n = d.size();
        boolean[] v = new boolean[n];
        boolean[] around = focus.get() >= 0 && focus.get() < n ? d.around(focus.get(), 2) : null;
        String interest = key(interestFilter.get());
        String org = key(organizationFilter.get());
        String city = key(cityFilter.get());
        Integer circle = circleFilter.get();
        WarmthFilter warmth = warmthFilter.get() == null ? WarmthFilter.ANY : warmthFilter.get();
        for (int i = 0; i < n; i++) {
            Contact c = d.person(i);
            boolean show = around == null || around[i];
            show &= circle == null || d.circle(i) == circle;
            show &= interest == null || c.interests().stream().anyMatch(t -> Tags.normalize(t).equals(interest));
            show &= org == null || (c.organization() != null && Tags.normalize(c.organization()).equals(org));
            show &= city == null || (c.city() != null && Tags.normalize(c.city()).equals(city));
            show &= switch (warmth) {
                case ANY -> true;
                case WARM -> d.warmth(i) == Warmth.WARM;
                case COOLING -> d.warmth(i) == Warmth.COOLING;
                case COLD -> d.warmth(i) == Warmth.COLD;
                case COLD_BUT_VALUABLE -> d.coldButValuable(i);
            };
            v[i] = show;
        }
        visible = v;
        filterVersion.set(filterVersion.get() + 1);
    }

    private static String key(String filter) {
        return filter == null || filter.isBlank() ? null : Tags.normalize(filter.strip());
    }

    /** Whether any filter or a focus narrows who is shown. */
    public boolean filtered() {
        return circleFilter.get() != null || key(interestFilter.get()) != null || key(organizationFilter.get()) != null
                || key(cityFilter.get()) != null || (warmthFilter.get() != null && warmthFilter.get() != WarmthFilter.ANY)
                || focus.get() >= 0;
    }

    /** How many people the filters leave. */
    public int visibleCount() {
        int count = 0;
        for (boolean b : visible) {
            if (b) {
                count++;
            }
        }
        return count;
    }

    public void clearFilters() {
        focus.set(-1);
        circleFilter.set(null);
        interestFilter.set(null);
        organizationFilter.set(null);
        cityFilter.set(null);
        warmthFilter.set(WarmthFilter.ANY);
    }

    /** The interests, organisations or cities of the people on the map, one spelling each, sorted. */
    public List<String> choices(java.util.function.Function<Contact, List<String>> of) {
        NetworkData d = data.get();
        if (d == null) {
            return List.of();
        }
        Map<String, String> byKey = new HashMap<>();
        for (Contact c : d.people) {
            for (String v : of.apply(c)) {
                if (v != null && !v.isBlank()) {
                    byKey.putIfAbsent(Tags.normalize(v), v.strip());
                }
            }
        }
        TreeSet<String> sorted = new TreeSet<>(java.text.Collator.getInstance(I18n.locale()));
        sorted.addAll(byKey.values());
        return List.copyOf(sorted);
    }

    // ---------------------------------------------------------------- search, selection, focus

    /**
     * The person whose name best matches {@code text}: a name that starts with it before one
     * that contains it, visible people first, then by name; -1 if none. Case and accents do not matter.
     */
    public int find(String text) {
        NetworkData d = data.get();
        if (d == null || text == null || text.isBlank()) {
            return -1;
        }
        String wanted = TextFolding.fold(text.strip());
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < d.size(); i++) {
            String name = TextFolding.fold(d.person(i).name());
            int at = name.indexOf(wanted);
            if (at < 0) {
                continue;
            }
            boolean wordStart = at == 0 || name.charAt(at - 1) == ' ';
            int rank = (at == 0 ? 0 : wordStart ? 1 : 2) + (isVisible(i) ? 0 : 3);
            if (rank < bestRank || (rank == bestRank && d.person(i).name().compareTo(d.person(best).name()) < 0)) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    public String selectedId() {
        NetworkData d = data.get();
        int s = selected.get();
        return d == null || s < 0 || s >= d.size() ? null : d.person(s).id();
    }

    /** Shows only the person and the people within two ties of them. */
    public void focusOn(int slot) {
        focus.set(slot);
        selected.set(slot);
    }

    // ---------------------------------------------------------------- actions

    public void openContact(int slot) {
        NetworkData d = data.get();
        if (d != null && slot >= 0) {
            ctx.showContact(d.person(slot).id());
        }
    }

    public void logEncounter(int slot) {
        NetworkData d = data.get();
        if (d != null && slot >= 0) {
            ctx.quickCapture(List.of(d.person(slot).id()));
        }
    }

    /** The engine's best introductions for the person, handed over on the JavaFX thread. */
    public void suggestionsFor(int slot, Consumer<List<Suggestion>> then) {
        NetworkData d = data.get();
        Journal journal = ctx.journal();
        if (d == null || slot < 0 || journal == null) {
            then.accept(List.of());
            return;
        }
        String id = d.person(slot).id();
        long revision = ctx.journalRevision().get();
        LocalDate day = today();
        Locale locale = I18n.locale();
        Tasks.run(() -> IntroductionSuggestions.of(journal).engine(revision).suggestionsFor(id, 3, day, locale))
                .onSuccess(then)
                .start();
    }

    /**
     * Plans the introduction as the Introductions screen does; Undo in the notification. The map
     * redraws when the journal announces the change, as every screen does.
     */
    public void plan(Suggestion s) {
        Journal journal = ctx.journal();
        Introduction planned = IntroductionsViewModel.planned(s, clock);
        Tasks.run(() -> journal.saveIntroduction(planned)).onSuccess(saved ->
                ctx.notify(I18n.text("introductions.planned", s.a().name(), s.b().name()), () ->
                        Tasks.run(() -> journal.removeIntroduction(saved.id())).start())).start();
    }

    /** The circle's name: its label, else "Circle n" counted from 1 by size. */
    public static String circleName(NetworkData.Circle c) {
        return c.label() != null ? c.label() : I18n.text("network.circle.unnamed", c.colour() + 1);
    }

    /** Where unfinished exports are noted (the journal's folder), or null. */
    java.nio.file.Path dataFolder() {
        return ctx.dataFolder();
    }

    /** For tests and the bench: the data shown now. */
    public NetworkData data() {
        return data.get();
    }
}
