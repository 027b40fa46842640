package app.rapport.ui.journal;

import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Journal;
import app.rapport.journal.RecordFields;
import app.rapport.journal.ThreeWayMerge;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * State and logic of the Journal screen: the filters, the encounters they select (newest first,
 * a page at a time), the selected encounter and what can be done with it. Loads in the background
 * and reloads whenever the journal changes.
 */
public final class JournalViewModel {

    /** How many encounters the list holds before the user asks for more. */
    static final int PAGE = 200;
    /** Typing in the search field waits this long for the next keystroke before searching. */
    static final Duration SEARCH_DELAY = Duration.millis(120);

    private final AppContext ctx;
    private final Clock clock;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<EncounterKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<ContactSummary> participant = new SimpleObjectProperty<>(this, "participant");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

    private final ObservableList<Encounter> encounters = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, String>> names = new ReadOnlyObjectWrapper<>(this, "names", Map.of());
    private final ObjectProperty<Encounter> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>(this, "today");
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);

    private int limit = PAGE;
    private long generation;
    private boolean namesStale = true;

    public JournalViewModel(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        today.set(LocalDate.now(clock));
        searchDelay.setOnFinished(e -> reload());
        text.addListener((obs, old, now) -> {
            limit = PAGE;
            searchDelay.playFromStart();
        });
        kind.addListener((obs, old, now) -> filterChanged());
        participant.addListener((obs, old, now) -> filterChanged());
        from.addListener((obs, old, now) -> filterChanged());
        to.addListener((obs, old, now) -> filterChanged());
        ctx.journalRevision().addListener((obs, old, now) -> {
            namesStale = true;
            reload();
        });
    }

    // Filters

    /** Free text, searched in titles, places, notes and participants' names (full text, prefixes). */
    public StringProperty textProperty() {
        return text;
    }

    /** Only encounters of this kind; null for all kinds. */
    public ObjectProperty<EncounterKind> kindProperty() {
        return kind;
    }

    /** Only encounters with this contact; null for everyone. */
    public ObjectProperty<ContactSummary> participantProperty() {
        return participant;
    }

    /** First day shown (inclusive); null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day shown (inclusive); null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public void clearFilters() {
        text.set("");
        kind.set(null);
        participant.set(null);
        from.set(null);
        to.set(null);
    }

    // Results

    /** The encounters matching the filters, newest first. */
    public ObservableList<Encounter> encounters() {
        return encounters;
    }

    /** Names of the contacts by id, for showing participants. */
    public ReadOnlyObjectProperty<Map<String, String>> namesProperty() {
        return names.getReadOnlyProperty();
    }

    public String name(String contactId) {
        return EncounterTexts.participantName(contactId, names.get());
    }

    /** Whether more encounters match than the list holds. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** False until the first load has finished, so that the view does not claim an empty journal early. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The day follow-ups are compared with to tell which are overdue. */
    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public boolean isFiltered() {
        return !text.get().isBlank() || kind.get() != null || participant.get() != null
                || from.get() != null || to.get() != null;
    }

    public ObjectProperty<Encounter> selectedProperty() {
        return selected;
    }

    public void showMore() {
        limit += PAGE;
        reload();
    }

    /** The filter the list is loaded with. */
    EncounterFilter filter() {
        ZoneId zone = clock.getZone();
        OffsetDateTime start = from.get() == null ? null : from.get().atStartOfDay(zone).toOffsetDateTime();
        // The store's upper bound is exclusive: up to the start of the day after the last one shown.
        OffsetDateTime end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        String t = text.get() == null || text.get().isBlank() ? null : text.get().strip();
        ContactSummary p = participant.get();
        return new EncounterFilter(t, kind.get(), p == null ? null : p.id(), start, end, limit + 1);
    }

    private void filterChanged() {
        limit = PAGE;
        searchDelay.stop();
        reload();
    }

    /** Loads the list again in the background; results of an older load that arrive late are dropped. */
    public void reload() {
        long mine = ++generation;
        Journal journal = ctx.journal();
        EncounterFilter filter = filter();
        boolean withNames = namesStale;
        // Failures go to the app's error handler; the list keeps what it showed before.
        Tasks.run(() -> new Loaded(journal.encounters(filter), withNames ? loadNames(journal) : null))
                .onSuccess(result -> {
                    if (mine == generation) {
                        apply(result, filter.limit() - 1);
                    }
                })
                .start();
    }

    private record Loaded(List<Encounter> encounters, Map<String, String> names) {
    }

    private static Map<String, String> loadNames(Journal journal) {
        Map<String, String> byId = new HashMap<>();
        for (ContactSummary c : journal.contacts(ContactFilter.all().withArchived(true))) {
            byId.put(c.id(), c.name());
        }
        return byId;
    }

    private void apply(Loaded result, int shown) {
        today.set(LocalDate.now(clock));
        if (result.names() != null) {
            names.set(Map.copyOf(result.names()));
            namesStale = false;
        }
        String keep = selected.get() == null ? null : selected.get().id();
        List<Encounter> list = result.encounters();
        more.set(list.size() > shown);
        encounters.setAll(list.size() > shown ? list.subList(0, shown) : list);
        selected.set(keep == null ? null
                : encounters.stream().filter(e -> keep.equals(e.id())).findFirst().orElse(null));
        loaded.set(true);
    }

    // Actions on an encounter

    /** Moves the encounter to the trash and offers Undo, which restores it. */
    public void delete(Encounter encounter) {
        Journal journal = ctx.journal();
        String id = encounter.id();
        String label = EncounterTexts.heading(encounter, names.get());
        Tasks.run(() -> journal.trashEncounter(id))
                .onSuccess(v -> {
                    if (selected.get() != null && id.equals(selected.get().id())) {
                        selected.set(null);
                    }
                    ctx.notify(I18n.text("journal.deleted", label), () -> restore(id));
                })
                .start();
    }

    private void restore(String id) {
        Journal journal = ctx.journal();
        Tasks.run(() -> journal.restoreEncounter(id)).start();
    }

    /** Ticks a follow-up off (or on again) and saves the encounter. */
    public void setFollowUpDone(Encounter encounter, int index, boolean done) {
        if (encounter.followUps().get(index).done() == done) {
            return;
        }
        List<FollowUp> changed = new ArrayList<>(encounter.followUps());
        changed.set(index, changed.get(index).withDone(done));
        Encounter updated = encounter.withFollowUps(changed);
        if (selected.get() != null && Objects.equals(selected.get().id(), encounter.id())) {
            selected.set(updated); // show the tick at once; the reload confirms it
        }
        Journal journal = ctx.journal();
        List<Task<Encounter>> task = new ArrayList<>(1);
        // Ticked on the encounter as shown: had it changed elsewhere meanwhile, the tick goes onto the stored one.
        task.add(Tasks.run(() -> ThreeWayMerge.saveMerged(RecordFields.ENCOUNTER, updated, encounter,
                        journal::saveEncounter))
                
                .onFinally(() -> {
                    if (task.getFirst().getState() != Worker.State.SUCCEEDED) {
                        reload(); // the save failed (the app reports why): show what is really stored
                    }
                })
                .start());
    }

    public void edit(Encounter encounter) {
        QuickCaptureDialog.edit(ctx, encounter, names.get());
    }

    /** Quick capture of a new encounter, with the filtered participant preselected. */
    public void logEncounter() {
        ContactSummary p = participant.get();
        ctx.quickCapture(p == null ? List.of() : List.of(p.id()));
    }

    public void showContact(String contactId) {
        ctx.showContact(contactId);
    }
}
