package app.rapport.ui.events;

import app.rapport.journal.Contact;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.Event;
import app.rapport.journal.Journal;
import app.rapport.journal.Session;
import app.rapport.reminders.Relationship;
import app.rapport.reminders.Relationships;
import app.rapport.reminders.UpcomingEvents;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Events screen's state: the events to come or past, the selected one with its attendees
 * and speakers as contacts and how warm each relationship is. Reloads after every change.
 */
public final class EventsViewModel {

    public enum Shown { UPCOMING, PAST }

    /** A contact at the event and the user's relationship with them. */
    public record Attendee(Contact contact, Relationship relationship) {
    }

    /** The selected event, with the people it names. */
    public record Detail(Event event, List<Attendee> attendees, Map<String, Contact> speakers) {
    }

    private final AppContext ctx;
    private final Clock clock;
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(Shown.UPCOMING);
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Boolean> loaded = new ReadOnlyObjectWrapper<>(false);
    private List<Event> all = List.of();
    private long detailGeneration;
    /** An event to select once a load brings it (it may have been saved just now). */
    private String pendingShow;

    public EventsViewModel(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        shown.addListener(o -> filter());
        selected.addListener((o, was, now) -> loadDetail(now));
        ctx.journalRevision().addListener(o -> load());
    }

    public ObservableList<Event> events() {
        return events;
    }

    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    public ObjectProperty<Event> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Clock clock() {
        return clock;
    }

    public AppContext context() {
        return ctx;
    }

    public void load() {
        Journal journal = ctx.journal();
        Tasks.run(journal::events).onSuccess(list -> {
            all = list;
            filter();
            loaded.set(true);
        }).start();
    }

    private void filter() {
        Instant now = clock.instant();
        List<Event> upcoming = UpcomingEvents.of(all, now, Integer.MAX_VALUE);
        List<Event> list;
        if (shown.get() == Shown.UPCOMING) {
            list = new ArrayList<>(upcoming);
            all.stream().filter(e -> e.start() == null).forEach(list::add); // undated: still to plan
        } else {
            Set<Event> soon = new HashSet<>(upcoming);
            list = new ArrayList<>(all.stream().filter(e -> e.start() != null && !soon.contains(e)).toList());
            java.util.Collections.reverse(list); // the latest past event first
        }
        if (pendingShow != null && all.stream().anyMatch(e -> e.id().equals(pendingShow))) {
            String id = pendingShow;
            pendingShow = null;
            show(id);
            return;
        }
        String keep = selected.get() == null ? null : selected.get().id();
        events.setAll(list);
        Event again = keep == null ? null : list.stream().filter(e -> e.id().equals(keep)).findFirst().orElse(null);
        if (again != null) {
            selected.set(again);
            loadDetail(again); // its content may have changed under the same id
        } else {
            selected.set(list.isEmpty() ? null : list.getFirst());
        }
    }

    /** Shows the event in the list that holds it, selected. */
    public void show(String eventId) {
        Event e = all.stream().filter(x -> x.id().equals(eventId)).findFirst().orElse(null);
        if (e == null) {
            pendingShow = eventId;
            return;
        }
        boolean upcoming = e.start() == null || UpcomingEvents.of(List.of(e), clock.instant(), 1).size() == 1;
        Shown want = upcoming ? Shown.UPCOMING : Shown.PAST;
        if (shown.get() != want) {
            shown.set(want); // refilters
        } else {
            filter();
        }
        events.stream().filter(x -> x.id().equals(eventId)).findFirst().ifPresent(x -> {
            selected.set(x);
            loadDetail(x);
        });
    }

    private void loadDetail(Event event) {
        long mine = ++detailGeneration;
        if (event == null) {
            detail.set(null);
            return;
        }
        Journal journal = ctx.journal();
        LocalDate today = LocalDate.now(clock);
        Tasks.run(() -> detailOf(journal, event, today, clock))
                .onSuccess(d -> {
                    if (mine == detailGeneration) {
                        detail.set(d);
                    }
                })
                .start();
    }

    static Detail detailOf(Journal journal, Event event, LocalDate today, Clock clock) {
        List<Attendee> attendees = new ArrayList<>();
        for (String id : event.attendees()) {
            journal.contact(id).ifPresent(c -> attendees.add(new Attendee(c, Relationships.of(
                    journal.encounters(EncounterFilter.all().withContact(id)), today, clock.getZone()).of(id))));
        }
        Map<String, Contact> speakers = new LinkedHashMap<>();
        for (Session s : event.sessions()) {
            if (s.speaker() != null && !speakers.containsKey(s.speaker())) {
                journal.contact(s.speaker()).ifPresent(c -> speakers.put(c.id(), c));
            }
        }
        return new Detail(event, attendees, speakers);
    }

    /**
     * What reading (and storing) a calendar came to. {@code problems}: the file was refused.
     * {@code invalid}: events that cannot be imported; then nothing is stored yet, and
     * {@code pending} is the rest, to {@link #storeCalendar store} if the user agrees.
     */
    public record CalendarImport(int events, List<String> warnings, List<String> problems, List<String> invalid,
                                 app.rapport.interchange.ImportService.Records pending) {

        CalendarImport(int events, List<String> warnings, List<String> problems) {
            this(events, warnings, problems, List.of(), null);
        }
    }

    /**
     * Imports the events of an iCalendar file in one transaction. Importing the same calendar again
     * updates its events and keeps the attendees, agenda and notes added here. A file with events
     * that cannot be read is not imported: the answer lists them, and {@link #storeCalendar} imports
     * the others if the user chooses to.
     */
    public void importCalendar(java.nio.file.Path file, java.util.function.Consumer<CalendarImport> done) {
        app.rapport.interchange.MessageSource texts = I18n::text;
        var service = new app.rapport.interchange.ImportService(clock);
        Tasks.run(() -> {
            byte[] content = app.rapport.interchange.ImportService.readBounded(file);
            app.rapport.interchange.ImportService.Records read;
            try {
                // Read as a calendar whatever it looks like: the reader says so when it is none.
                read = (app.rapport.interchange.ImportService.Records) service.read(
                        service.importer(app.rapport.interchange.Importer.Kind.CALENDAR), file.getFileName().toString(),
                        content, app.rapport.journal.Progress.NONE);
            } catch (app.rapport.interchange.ImportException e) {
                return new CalendarImport(0, List.of(), e.problems().stream().map(p -> p.describe(texts)).toList());
            }
            var r = read.result();
            if (!r.invalid().isEmpty()) {
                return new CalendarImport(r.snapshot().events().size(), List.of(), List.of(),
                        r.invalid().stream().map(p -> p.describe(texts)).toList(), read);
            }
            return store(read, texts);
        }).onSuccess(result -> imported(result, file, done)).start();
    }

    /** Stores what {@link #importCalendar} read, without the events it could not read. */
    public void storeCalendar(CalendarImport read, java.nio.file.Path file,
                              java.util.function.Consumer<CalendarImport> done) {
        app.rapport.interchange.MessageSource texts = I18n::text;
        Tasks.run(() -> store(read.pending(), texts)).onSuccess(result -> imported(result, file, done)).start();
    }

    private CalendarImport store(app.rapport.interchange.ImportService.Records read,
                                 app.rapport.interchange.MessageSource texts) {
        app.rapport.interchange.ImportService.store(ctx.journal(), read);
        var r = read.result();
        return new CalendarImport(r.snapshot().events().size(),
                r.warnings().stream().map(p -> p.describe(texts)).toList(), List.of());
    }

    private void imported(CalendarImport result, java.nio.file.Path file, java.util.function.Consumer<CalendarImport> done) {
        if (result.problems().isEmpty() && result.invalid().isEmpty()) {
            ctx.notify(I18n.text("events.calendar.imported", result.events(), file.getFileName().toString()), null);
        }
        done.accept(result);
    }

    /** Writes the events and what is due (catch-ups, follow-ups, birthdays) as an iCalendar file. */
    public void exportCalendar(java.nio.file.Path file) {
        Journal journal = ctx.journal();
        app.rapport.interchange.MessageSource texts = I18n::text;
        java.nio.file.Path dataFolder = ctx.dataFolder();
        Tasks.run(() -> {
            if (journal.isJournalFile(file)) {
                throw new java.io.IOException(I18n.text("export.journalFile"));
            }
            app.rapport.interchange.ical.ICalendarWriter.Counts[] counts = new app.rapport.interchange.ical.ICalendarWriter.Counts[1];
            // As every export: written beside the file and moved into place when complete.
            app.rapport.journal.JournalSnapshot snapshot = journal.snapshot();
            app.rapport.interchange.Exports.refuseUnfitTexts(snapshot);
            app.rapport.interchange.Exports.writeAtomically(file, dataFolder, stream -> {
                java.io.Writer out = new java.io.BufferedWriter(
                        new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8));
                counts[0] = app.rapport.interchange.ical.ICalendarWriter.write(snapshot,
                        app.rapport.reminders.KeepInTouchRules.of(journal.tagCadences()),
                        new app.rapport.reminders.Snoozes(journal.snoozes()), texts, clock.instant(), clock.getZone(), out);
                out.flush();
            });
            return counts[0];
        }).onSuccess(c -> ctx.notify(I18n.text("events.calendar.exported", c.events(),
                c.catchUps() + c.followUps() + c.birthdays(), file.getFileName().toString()), null))
                .onError(e -> ctx.notify(app.rapport.ui.importing.ExportDialog.failure(file, e), null))
                .start();
    }

    /** Moves the event to the trash; Undo restores it. */
    public void delete(Event event) {
        Journal journal = ctx.journal();
        Tasks.run(() -> journal.trashEvent(event.id())).onSuccess(v -> {
            ctx.notify(I18n.text("events.deleted", EventTexts.name(event)), () ->
                    Tasks.run(() -> journal.restoreEvent(event.id())).start());
        }).start();
    }
}
