package app.rapport.ui.events;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Event;
import app.rapport.journal.Journal;
import app.rapport.journal.Session;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The event form: what the user types, checked, and turned into an {@link Event}. Times are typed
 * as the clock on the wall shows them at the event; they are stored with the user's time zone
 * offset, or, for an event imported with a foreign offset, with that one.
 */
public final class EventEditorViewModel {


    /** A contact chosen as attendee or speaker. */
    public record Person(String id, String name) {
    }

    /** One agenda line as typed. */
    public static final class SessionRow {
        private final StringProperty start = new SimpleStringProperty("");
        private final StringProperty end = new SimpleStringProperty("");
        private final StringProperty topic = new SimpleStringProperty("");
        private final ObjectProperty<Person> speaker = new SimpleObjectProperty<>();
        /** The speaker's name as typed; it names {@link #speakerProperty()} when one was chosen. */
        private final StringProperty speakerText = new SimpleStringProperty("");

        public StringProperty startProperty() {
            return start;
        }

        public StringProperty endProperty() {
            return end;
        }

        public StringProperty topicProperty() {
            return topic;
        }

        public ObjectProperty<Person> speakerProperty() {
            return speaker;
        }

        public StringProperty speakerTextProperty() {
            return speakerText;
        }

        /** A name typed but not chosen from the journal: who will be looked up, or added, on save. */
        String typedSpeaker() {
            return speaker.get() == null && !speakerText.get().isBlank() ? speakerText.get().strip() : null;
        }
    }

    private final AppContext ctx;
    private final Clock clock;
    private final Event original;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty series = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** The last day of an event over several days; null: it ends on the day it starts (or the night after). */
    private final ObjectProperty<LocalDate> lastDate = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty endTime = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<Person> attendees = FXCollections.observableArrayList();
    private final ObservableList<SessionRow> sessions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableSet<String> invalidFields = FXCollections.observableSet();

    /** A new event on {@code day} (null: no date yet). */
    public EventEditorViewModel(AppContext ctx, Clock clock, LocalDate day) {
        this.ctx = ctx;
        this.clock = clock;
        this.original = null;
        date.set(day);
    }

    /** The form on a stored event; {@code people} names its attendees and speakers. */
    public EventEditorViewModel(AppContext ctx, Clock clock, Event event, Map<String, Contact> people) {
        this.ctx = ctx;
        this.clock = clock;
        this.original = event;
        name.set(orEmpty(event.name()));
        series.set(orEmpty(event.series()));
        if (event.start() != null) {
            date.set(event.start().toLocalDate());
            startTime.set(timeText(event.start()));
        }
        if (event.end() != null && event.start() != null) {
            LocalDate first = event.start().toLocalDate();
            boolean allDay = event.isAllDay();
            // An all-day event ends at the midnight after its last day; a timed one on its last day,
            // unless it only runs past midnight into the next (19:00 to 01:00), which "to" says alone.
            LocalDate last = allDay ? event.end().toLocalDate().minusDays(1) : event.end().toLocalDate();
            boolean intoTheNight = !allDay && last.equals(first.plusDays(1))
                    && event.end().toLocalTime().isBefore(event.start().toLocalTime());
            if (last.isAfter(first) && !intoTheNight) {
                lastDate.set(last);
            }
            if (!allDay) {
                endTime.set(Formats.time(event.end().toLocalTime())); // midnight too: it is the end's time
            }
        }
        place.set(orEmpty(event.place()));
        topic.set(orEmpty(event.topic()));
        notes.set(orEmpty(event.notes()));
        for (String id : event.attendees()) {
            Contact c = people.get(id);
            if (c != null) {
                attendees.add(new Person(id, c.name()));
            }
        }
        for (Session s : event.sessions()) {
            SessionRow row = new SessionRow();
            row.start.set(s.start() == null ? "" : Formats.time(s.start().toLocalTime()));
            row.end.set(s.end() == null ? "" : Formats.time(s.end().toLocalTime()));
            row.topic.set(orEmpty(s.topic()));
            Contact speaker = s.speaker() == null ? null : people.get(s.speaker());
            row.speaker.set(speaker == null ? null : new Person(speaker.id(), speaker.name()));
            row.speakerText.set(speaker == null ? "" : speaker.name());
            sessions.add(row);
        }
    }

    public boolean isEditing() {
        return original != null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty seriesProperty() {
        return series;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalDate> lastDateProperty() {
        return lastDate;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<Person> attendees() {
        return attendees;
    }

    public ObservableList<SessionRow> sessions() {
        return sessions;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Names of the fields with a problem ("name", "start", "end", "session-2-start", ...). */
    public ObservableSet<String> invalidFields() {
        return invalidFields;
    }

    public void addAttendee(String id, String personName) {
        if (attendees.stream().noneMatch(p -> p.id().equals(id))) {
            attendees.add(new Person(id, personName));
        }
    }

    public SessionRow addSession() {
        SessionRow row = new SessionRow();
        sessions.add(row);
        return row;
    }

    /** The speakers typed by hand, not chosen from the journal: each needs a contact before the event is saved. */
    public List<String> typedSpeakers() {
        return sessions.stream().map(SessionRow::typedSpeaker).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /**
     * Finds the contact of each typed speaker (one person of that name in the journal) or adds one,
     * met at this event ({@code howWeMet}). Off the JavaFX thread; each contact is stored in its own
     * transaction, so a failure later leaves whole contacts and the form to try again.
     */
    public static java.util.Map<String, Person> speakerContacts(Journal journal, List<String> names, String howWeMet) {
        java.util.Map<String, Person> found = new java.util.LinkedHashMap<>();
        for (String typed : names) {
            String key = app.rapport.journal.Duplicates.nameKey(typed);
            List<app.rapport.journal.ContactSummary> same = journal.contacts(app.rapport.journal.ContactFilter.all()
                    .withText(typed).withArchived(true)).stream()
                    .filter(c -> app.rapport.journal.Duplicates.nameKey(c.name()).equals(key)).toList();
            if (same.size() == 1) {
                found.put(typed, new Person(same.getFirst().id(), same.getFirst().name()));
            } else {
                app.rapport.journal.Contact added = journal.saveContact(app.rapport.journal.Contact.builder(typed)
                        .howWeMet(howWeMet).build());
                found.put(typed, new Person(added.id(), added.name()));
            }
        }
        return found;
    }

    /** How a speaker added from this form met the user: "Speaker at <event>". */
    public String speakerHowWeMet() {
        return I18n.text("events.speaker.howWeMet", name.get().strip());
    }

    /** Puts the contacts found or added for typed speakers into their rows. */
    public void useSpeakers(java.util.Map<String, Person> contacts) {
        for (SessionRow row : sessions) {
            String typed = row.typedSpeaker();
            if (typed != null && contacts.containsKey(typed)) {
                row.speaker.set(contacts.get(typed));
                row.speakerText.set(contacts.get(typed).name());
            }
        }
    }

    /** Checks the form; on problems names them in {@link #messageProperty()} and returns null. */
    public Event toEvent() {
        invalidFields.clear();
        List<String> problems = new ArrayList<>();
        if (name.get().isBlank()) {
            invalidFields.add("name");
            problems.add(I18n.text("events.editor.nameRequired"));
        }
        LocalTime start = time(startTime.get(), "start", problems);
        LocalTime end = time(endTime.get(), "end", problems);
        if (date.get() == null && (start != null || end != null || !sessions.isEmpty() || lastDate.get() != null)) {
            invalidFields.add("date");
            problems.add(I18n.text("events.editor.dateRequired"));
        }
        LocalDate last = lastDate.get() == null || lastDate.get().equals(date.get()) ? null : lastDate.get();
        if (last != null && date.get() != null && last.isBefore(date.get())) {
            invalidFields.add("lastDate");
            problems.add(I18n.text("events.editor.lastDateBeforeStart"));
        }
        List<Session> agenda = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            SessionRow row = sessions.get(i);
            LocalTime s = time(row.start.get(), "session-" + i + "-start", problems);
            LocalTime e = time(row.end.get(), "session-" + i + "-end", problems);
            if (row.typedSpeaker() != null && row.typedSpeaker().length() > ContactValidator.MAX_NAME_LENGTH) {
                invalidFields.add("session-" + i + "-speaker");
                problems.add(I18n.text("validation.name.tooLong", ContactValidator.MAX_NAME_LENGTH));
            }
            if (row.topic.get().isBlank() && row.speaker.get() == null && row.typedSpeaker() == null && s == null) {
                continue; // an empty line the user added and left
            }
            if (date.get() != null) {
                agenda.add(new Session(at(date.get(), s, start), at(date.get(), e, start), blankToNull(row.topic.get()),
                        row.speaker.get() == null ? null : row.speaker.get().id()));
            }
        }
        if (!problems.isEmpty()) {
            message.set(String.join(" ", problems));
            return null;
        }
        message.set("");
        OffsetDateTime startAt = date.get() == null ? null : at(date.get(), start == null ? LocalTime.MIDNIGHT : start, null);
        OffsetDateTime endAt = null;
        if (date.get() != null && last != null) {
            // Over several days: to the time on the last day, or to the end of that day.
            endAt = end != null ? at(last, end, null) : at(last.plusDays(1), LocalTime.MIDNIGHT, null);
        } else if (date.get() != null && end != null) {
            endAt = at(date.get(), end, start);
        } else if (date.get() != null && start == null) {
            endAt = null; // a whole day without times
        }
        return new Event(original == null ? null : original.id(), name.get().strip(), blankToNull(series.get()),
                startAt, endAt, blankToNull(place.get()), blankToNull(topic.get()),
                attendees.stream().map(Person::id).toList(), agenda, blankToNull(notes.get()));
    }

    private LocalTime time(String text, String field, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalTime> t = Formats.parseTime(text);
        if (t.isEmpty()) {
            invalidFields.add(field);
            String p = I18n.text("events.editor.badTime", text.strip(), Formats.time(LocalTime.of(18, 30)));
            if (!problems.contains(p)) {
                problems.add(p);
            }
            return null;
        }
        return t.get();
    }

    /**
     * The moment {@code time} on {@code day}; a time before the event's start belongs to the next
     * day (a session at 00:30 after an evening start). Null time: null.
     */
    private OffsetDateTime at(LocalDate day, LocalTime time, LocalTime eventStart) {
        if (time == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(day, time);
        if (eventStart != null && time.isBefore(eventStart)) {
            local = local.plusDays(1);
        }
        ZoneOffset offset = clock.getZone().getRules().getOffset(local);
        if (original != null && original.start() != null) {
            ZoneOffset had = original.start().getOffset();
            ZoneOffset localThen = clock.getZone().getRules().getOffset(original.start().toInstant());
            if (!had.equals(localThen)) {
                offset = had; // imported from elsewhere: keep its offset, the times are that place's
            }
        }
        return local.atOffset(offset);
    }

    /** The event as loaded into the form (null for a new one): a save made from it is refused if it changed meanwhile. */
    public Event original() {
        return original;
    }

    /** Says why the event could not be saved (the journal is busy, say); the form stays open for another try. */
    public void saveFailed(Throwable e) {
        message.set(I18n.text("events.editor.saveFailed", app.rapport.ui.common.Dialogs.describe(e)));
    }

    public void clearMessage() {
        message.set("");
    }

    private static String timeText(OffsetDateTime t) {
        if (t == null) {
            return "";
        }
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? "" : Formats.time(t.toLocalTime());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Clock clock() {
        return clock;
    }
}
