package app.rapport.ui.journal;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.EncounterValidator;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Journal;
import app.rapport.journal.RecordFields;
import app.rapport.journal.ValidationException;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.EditorSave;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.stage.Window;

/**
 * State and rules of quick capture, for a new encounter or for editing one. The dialog only binds
 * to these properties; {@link #save} validates, stores in the background and reports back.
 */
public final class QuickCaptureViewModel {

    /** Someone who was there: an existing contact, or (id null) a new one to create on save. */
    public record Participant(String id, String name) {
        public boolean isNew() {
            return id == null;
        }
    }

    /** One follow-up row of the form. */
    public static final class FollowUpRow {
        private final StringProperty what = new SimpleStringProperty("");
        private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
        private final BooleanProperty done = new SimpleBooleanProperty();
        private final StringProperty dueText = new SimpleStringProperty();

        public FollowUpRow() {
        }

        FollowUpRow(FollowUp f) {
            what.set(f.what());
            due.set(f.due());
            done.set(f.done());
        }

        public StringProperty whatProperty() {
            return what;
        }

        public ObjectProperty<LocalDate> dueProperty() {
            return due;
        }

        public BooleanProperty doneProperty() {
            return done;
        }

        /** The due date as typed in its field, which may not be committed or readable yet; null if not shown. */
        public StringProperty dueTextProperty() {
            return dueText;
        }

        boolean isEmpty() {
            return what.get().isBlank() && due.get() == null && (dueText.get() == null || dueText.get().isBlank());
        }
    }

    private final AppContext ctx;
    private final Encounter original;
    private final ZoneId zone;

    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty dateText = new SimpleStringProperty(this, "dateText");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final ObjectProperty<EncounterKind> kind = new SimpleObjectProperty<>(this, "kind", EncounterKind.MEETING);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>(this, "rating");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<FollowUpRow> followUps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableSet<String> invalidFields = FXCollections.observableSet();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final LocalDateTime initialDateTime;
    /** Whether the user has tried to save, so that problems are shown and kept current. */
    private boolean checked;

    /** A new encounter at the clock's current time, with these contacts already chosen. */
    public QuickCaptureViewModel(AppContext ctx, Clock clock, List<ContactSummary> preselected) {
        this.ctx = ctx;
        this.original = null;
        this.zone = clock.getZone();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        this.initialDateTime = now;
        date.set(now.toLocalDate());
        time.set(Formats.time(now.toLocalTime()));
        preselected.forEach(c -> participants.add(new Participant(c.id(), c.name())));
        revalidateOnChange();
    }

    /** Editing a stored encounter; {@code names} gives the participants' names by id. */
    public QuickCaptureViewModel(AppContext ctx, Clock clock, Encounter encounter, Map<String, String> names) {
        this.ctx = ctx;
        this.original = encounter;
        this.zone = clock.getZone();
        LocalDateTime recorded = encounter.date().toLocalDateTime();
        this.initialDateTime = recorded;
        date.set(recorded.toLocalDate());
        time.set(Formats.time(recorded.toLocalTime()));
        kind.set(encounter.kind());
        title.set(nullToEmpty(encounter.title()));
        place.set(nullToEmpty(encounter.place()));
        rating.set(encounter.rating());
        notes.set(nullToEmpty(encounter.notes()));
        encounter.participants().forEach(id ->
                participants.add(new Participant(id, EncounterTexts.participantName(id, names))));
        encounter.followUps().forEach(f -> followUps.add(new FollowUpRow(f)));
        revalidateOnChange();
    }

    public boolean isEditing() {
        return original != null;
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /**
     * The date as typed in the date field; null when no field is shown. A date picker commits what
     * was typed only when it loses focus and silently ignores what it cannot read, so the form
     * checks the typed text itself: nothing is saved with a date the user did not mean.
     */
    public StringProperty dateTextProperty() {
        return dateText;
    }

    /** The time of day as typed: 14:30, 1430, 9.15, 2:30 pm. */
    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<EncounterKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty placeProperty() {
        return place;
    }

    /** 1 to 5, or null for no rating. */
    public ObjectProperty<Integer> ratingProperty() {
        return rating;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<FollowUpRow> followUps() {
        return followUps;
    }

    /** What is wrong with the form (each problem naming its field), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Fields with a problem, named as in the interchange format ("participants", "followUps[0].what"). */
    public ObservableSet<String> invalidFields() {
        return invalidFields;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public Set<String> participantIds() {
        return participants.stream().map(Participant::id).filter(id -> id != null).collect(Collectors.toSet());
    }

    public void addParticipant(ContactSummary contact) {
        if (participants.stream().noneMatch(p -> contact.id().equals(p.id()))) {
            participants.add(new Participant(contact.id(), contact.name()));
        }
    }

    /** A person not yet in the journal; the contact is created when the encounter is saved. */
    public void addNewParticipant(String name) {
        String n = name == null ? "" : name.strip();
        if (!n.isEmpty() && participants.stream().noneMatch(p -> p.isNew() && p.name().equalsIgnoreCase(n))) {
            participants.add(new Participant(null, n));
        }
    }

    public void removeParticipant(Participant p) {
        participants.remove(p);
    }

    public FollowUpRow addFollowUp() {
        FollowUpRow row = new FollowUpRow();
        followUps.add(row);
        return row;
    }

    public void removeFollowUp(FollowUpRow row) {
        followUps.remove(row);
    }

    /** Says that the encounter is in the journal; a new one can be taken back with Undo. */
    private void confirm(Journal journal, Encounter saved, boolean isNew) {
        String who = participants.stream().map(Participant::name).collect(java.util.stream.Collectors.joining(", "));
        String text = I18n.text(isNew ? "capture.saved" : "capture.updated", who);
        ctx.notify(text, !isNew ? null : () -> Tasks.run(() -> journal.trashEncounter(saved.id()))
                .start());
    }

    /** Checks the form; fills {@link #messageProperty()} and returns whether it may be saved. */
    public boolean validate() {
        return draft().isPresent();
    }

    /** The label of each field the conflict dialog may name. */
    static final Map<String, String> FIELD_LABELS = Map.of("date", "capture.when", "kind", "capture.kind",
            "title", "capture.titleField", "place", "capture.place", "event", "capture.event",
            "participants", "capture.participants", "notes", "capture.notes", "rating", "capture.rating",
            "followUps", "capture.followUps");

    /** Where the conflict dialog belongs, and what happens when the user takes the stored version instead. */
    private Supplier<Window> owner = () -> null;
    private Runnable onDropped = () -> { };

    /** The capture dialog's window owns the conflict dialog; {@code dropped} closes it when the user takes the stored version. */
    public void whenChangedMeanwhile(Supplier<Window> window, Runnable dropped) {
        this.owner = window;
        this.onDropped = dropped;
    }

    /**
     * Validates and, if the form is fine, stores it in the background (creating new contacts
     * first), hands the stored encounter to {@code onSaved}.
     * Nothing is stored while any field has a problem. The new contacts, once created, stand in
     * the form as existing ones, so that a save tried again (the journal was busy) does not
     * create them twice. An encounter changed elsewhere since the form was opened is put to the
     * user ({@link EditorSave}).
     */
    public void save(Consumer<Encounter> onSaved) {
        if (saving.get()) {
            return;
        }
        Optional<Encounter> draft = draft();
        if (draft.isEmpty()) {
            return;
        }
        Journal journal = ctx.journal();
        List<Participant> chosen = List.copyOf(participants);
        Encounter encounter = draft.get();
        saving.set(true);
        Tasks.run(() -> {
                    List<Participant> stored = new ArrayList<>();
                    for (Participant p : chosen) {
                        stored.add(p.isNew() ? new Participant(journal.saveContact(Contact.builder(p.name()).build()).id(),
                                p.name()) : p);
                    }
                    return stored;
                })
                .onSuccess(stored -> {
                    if (participants.equals(chosen)) {
                        participants.setAll(stored);
                    }
                    List<String> ids = stored.stream().map(Participant::id).toList();
                    Encounter complete = new Encounter(encounter.id(), encounter.date(), encounter.kind(),
                            encounter.title(), encounter.place(), encounter.eventId(), ids, encounter.notes(),
                            encounter.rating(), encounter.followUps());
                    encounterSave(journal, onSaved, encounter.id() == null).save(complete, original);
                })
                .onError(this::notSaved)
                .start();
    }

    private EditorSave<Encounter> encounterSave(Journal journal, Consumer<Encounter> onSaved, boolean isNew) {
        EditorSave<Encounter> save = new EditorSave<>(RecordFields.ENCOUNTER, journal::saveEncounter)
                .owner(owner)
                .named(e -> e.title() != null && !e.title().isBlank() ? e.title() : Formats.dateTime(e.date()),
                        FIELD_LABELS)
                .namingContacts(journal, Encounter::participants)
                .onSaved(saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                    confirm(journal, saved, isNew);
                })
                .onDropped(() -> {
                    saving.set(false);
                    ctx.journalChanged();
                    onDropped.run();
                })
                .onProblem(this::notSaved);
        // The form waits while the encounter is stored, and is free again while the user chooses in a conflict.
        save.savingProperty().addListener((o, was, now) -> saving.set(now));
        return save;
    }

    private void notSaved(Throwable error) {
        saving.set(false);
        if (error instanceof ValidationException v) {
            showProblems(v.problems());
        } else {
            message.set(I18n.text("capture.saveFailed", app.rapport.ui.common.Dialogs.describe(error)));
        }
    }

    /** The encounter the form describes, or empty (with the problems shown) if it is not valid. */
    Optional<Encounter> draft() {
        checked = true;
        List<ValidationException.Problem> problems = new ArrayList<>();
        LocalDate d = readDate(date.get(), dateText.get(), "date", problems);
        if (d == null && problems.isEmpty()) {
            problems.add(new ValidationException.Problem("date", "capture.date.required", null));
        }
        Optional<LocalTime> t = Formats.parseTime(time.get());
        if (t.isEmpty()) {
            problems.add(new ValidationException.Problem("time", "capture.time.invalid", time.get()));
        }
        OffsetDateTime when = d == null || t.isEmpty() ? OffsetDateTime.now(zone) : toDateTime(d, t.get());
        // Unsaved new contacts stand in with a placeholder so that the rules see them as participants.
        List<String> ids = participants.stream().map(p -> p.isNew() ? "new:" + p.name() : p.id()).toList();
        List<FollowUp> fs = new ArrayList<>();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUpRow r = followUps.get(i);
            if (!r.isEmpty()) {
                LocalDate due = readDate(r.due.get(), r.dueText.get(), "followUps[" + i + "].due", problems);
                fs.add(new FollowUp(r.what.get().strip(), due, r.done.get()));
            }
        }
        Encounter e = new Encounter(original == null ? null : original.id(), when, kind.get(),
                blankToNull(title.get()), blankToNull(place.get()), original == null ? null : original.eventId(),
                ids, notes.get() == null || notes.get().isBlank() ? null : notes.get(), rating.get(), fs);
        problems.addAll(remapFollowUpFields(EncounterValidator.problems(e)));
        showProblems(problems);
        return problems.isEmpty() ? Optional.of(e) : Optional.empty();
    }

    /** The date a picker means: what was typed if anything was typed and readable, else its value. */
    private static LocalDate readDate(LocalDate value, String typed, String field,
                                      List<ValidationException.Problem> problems) {
        if (typed == null) {
            return value;
        }
        if (typed.isBlank()) {
            return null;
        }
        try {
            return Formats.dateConverter().fromString(typed);
        } catch (DateTimeParseException e) {
            problems.add(new ValidationException.Problem(field, "capture.date.invalid", typed.strip()));
            return value;
        }
    }

    /** The validator counts the follow-ups it sees; the form also has empty rows, which it skips. */
    private List<ValidationException.Problem> remapFollowUpFields(List<ValidationException.Problem> problems) {
        List<Integer> rowOfKept = new ArrayList<>();
        for (int i = 0; i < followUps.size(); i++) {
            if (!followUps.get(i).isEmpty()) {
                rowOfKept.add(i);
            }
        }
        List<ValidationException.Problem> out = new ArrayList<>();
        Pattern index = Pattern.compile("followUps\\[(\\d+)](.*)");
        for (ValidationException.Problem p : problems) {
            Matcher m = index.matcher(p.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < rowOfKept.size()) {
                int row = rowOfKept.get(Integer.parseInt(m.group(1)));
                out.add(new ValidationException.Problem("followUps[" + row + "]" + m.group(2), p.messageKey(), row + 1));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private void showProblems(List<ValidationException.Problem> problems) {
        invalidFields.clear();
        Map<String, String> lines = new LinkedHashMap<>();
        for (ValidationException.Problem p : problems) {
            invalidFields.add(p.field());
            String why = p.argument() == null ? I18n.text(p.messageKey()) : I18n.text(p.messageKey(), p.argument());
            lines.putIfAbsent(p.field() + why, I18n.text("capture.problem", fieldLabel(p.field()), why));
        }
        message.set(String.join("\n", lines.values()));
    }

    /** After a refused save, the problems shown follow the user's corrections as they type. */
    private void revalidateOnChange() {
        Runnable recheck = () -> {
            if (checked && !saving.get()) {
                draft();
            }
        };
        InvalidationListener l = obs -> recheck.run();
        for (Observable o : List.<Observable>of(participants, date, dateText, time, kind,
                title, place, rating, notes)) {
            o.addListener(l);
        }
        followUps.addListener((ListChangeListener<FollowUpRow>) c -> {
            while (c.next()) {
                for (FollowUpRow r : c.getAddedSubList()) {
                    r.what.addListener(l);
                    r.due.addListener(l);
                    r.dueText.addListener(l);
                }
            }
            recheck.run();
        });
        followUps.forEach(r -> {
            r.what.addListener(l);
            r.due.addListener(l);
            r.dueText.addListener(l);
        });
    }

    static String fieldLabel(String field) {
        if (field.startsWith("followUps") && field.endsWith(".due")) {
            return I18n.text("capture.followUp.due");
        }
        if (field.startsWith("followUps")) {
            return I18n.text("capture.followUps");
        }
        return switch (field) {
            case "participants" -> I18n.text("capture.participants");
            case "date" -> I18n.text("capture.date");
            case "time" -> I18n.text("capture.time");
            case "kind" -> I18n.text("capture.kind");
            case "title" -> I18n.text("capture.titleField");
            case "place" -> I18n.text("capture.place");
            case "rating" -> I18n.text("capture.rating");
            case "notes" -> I18n.text("capture.notes");
            default -> field;
        };
    }

    private OffsetDateTime toDateTime(LocalDate d, LocalTime t) {
        LocalDateTime local = LocalDateTime.of(d, t);
        if (original != null && local.equals(initialDateTime)) {
            return original.date(); // unchanged: keep the offset it was recorded with
        }
        return local.atZone(zone).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
