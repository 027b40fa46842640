package app.rapport.ui.events;

import app.rapport.journal.Contact;
import app.rapport.journal.ContactFilter;
import app.rapport.journal.ContactSummary;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Duplicates;
import app.rapport.journal.Event;
import app.rapport.journal.Journal;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import app.rapport.journal.ValidationException;
import app.rapport.ui.common.AppContext;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * After an event: several new people in one go. Each named row becomes a contact (how we met: the
 * event), an encounter with them at the event, and an attendee of it; ticked pairs become ties.
 * Everything is stored in one transaction: all of it, or on a problem none of it.
 */
public final class PostEventCaptureViewModel {

    static final int FIRST_ROWS = 3;
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;]");

    /** One new person as typed. */
    public static final class PersonRow {
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty organization = new SimpleStringProperty("");
        private final StringProperty line = new SimpleStringProperty("");
        private final StringProperty interests = new SimpleStringProperty("");

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty organizationProperty() {
            return organization;
        }

        public StringProperty lineProperty() {
            return line;
        }

        public StringProperty interestsProperty() {
            return interests;
        }

        boolean isBlank() {
            return name.get().isBlank() && organization.get().isBlank() && line.get().isBlank()
                    && interests.get().isBlank();
        }
    }

    /** Two of the new people; ticked, they are stored as knowing each other. */
    public record TieChoice(PersonRow a, PersonRow b, BooleanProperty chosen) {
    }

    private final AppContext ctx;
    private final Clock clock;
    private final Event event;
    private final ObservableList<PersonRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.nameProperty()});
    private final ObservableList<TieChoice> ties = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper known = new ReadOnlyStringWrapper("");
    /** Contacts of the journal by {@link Duplicates#nameKey name key}; null for a name several people share. */
    private Map<String, ContactSummary> byName = Map.of();

    public PostEventCaptureViewModel(AppContext ctx, Clock clock, Event event) {
        this.ctx = ctx;
        this.clock = clock;
        this.event = event;
        for (int i = 0; i < FIRST_ROWS; i++) {
            rows.add(new PersonRow());
        }
        rows.addListener((Observable o) -> {
            updateTies();
            updateKnown();
        });
        Journal journal = ctx.journal();
        if (journal != null) {
            Tasks.run(() -> namesOf(journal.contacts(ContactFilter.all()))).onSuccess(names -> {
                byName = names;
                updateKnown();
            }).start();
        }
    }

    /**
     * Someone typed here who is already in the journal (by name, one person of that name) is not
     * added twice: the encounter, the attendance and the ties go to that contact.
     */
    static Map<String, ContactSummary> namesOf(List<ContactSummary> contacts) {
        Map<String, ContactSummary> out = new HashMap<>();
        for (ContactSummary c : contacts) {
            String key = Duplicates.nameKey(c.name());
            if (!key.isEmpty()) {
                out.put(key, out.containsKey(key) ? null : c);
            }
        }
        return out;
    }

    private ContactSummary known(PersonRow r) {
        String key = Duplicates.nameKey(r.name.get());
        return key.isEmpty() ? null : byName.get(key);
    }

    private String knownId(PersonRow r) {
        ContactSummary c = known(r);
        return c == null ? null : c.id();
    }

    private void updateKnown() {
        // As the journal writes the name: "anna schmidt" typed is Anna Schmidt.
        List<String> names = rows.stream().map(this::known).filter(java.util.Objects::nonNull)
                .map(ContactSummary::name).distinct().toList();
        known.set(names.isEmpty() ? "" : I18n.text("capture.people.known", names.size(), String.join(", ", names)));
    }

    /** Names typed of people already in the journal, said so (empty when there are none). */
    public ReadOnlyStringProperty knownProperty() {
        return known.getReadOnlyProperty();
    }

    public Event event() {
        return event;
    }

    public ObservableList<PersonRow> rows() {
        return rows;
    }

    public ObservableList<TieChoice> ties() {
        return ties;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public PersonRow addRow() {
        PersonRow r = new PersonRow();
        rows.add(r);
        return r;
    }

    /** A choice for every pair of named rows, keeping the ticks already made. */
    private void updateTies() {
        Map<List<PersonRow>, Boolean> chosen = new HashMap<>();
        ties.forEach(t -> chosen.put(List.of(t.a(), t.b()), t.chosen().get()));
        List<PersonRow> named = rows.stream().filter(r -> !r.name.get().isBlank()).toList();
        List<TieChoice> next = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            for (int k = i + 1; k < named.size(); k++) {
                boolean was = chosen.getOrDefault(List.of(named.get(i), named.get(k)), false);
                next.add(new TieChoice(named.get(i), named.get(k), new SimpleBooleanProperty(was)));
            }
        }
        ties.setAll(next);
    }

    /** How many people saving would add. */
    public int count() {
        return (int) rows.stream().filter(r -> !r.name.get().isBlank()).count();
    }

    /** The journal changes saving makes, or null with the problem in {@link #messageProperty()}. */
    JournalSnapshot changes() {
        List<String> problems = new ArrayList<>();
        Map<PersonRow, String> ids = new java.util.LinkedHashMap<>(); // attendees in the order typed
        Map<String, PersonRow> linked = new java.util.LinkedHashMap<>();
        List<Contact> contacts = new ArrayList<>();
        List<Encounter> encounters = new ArrayList<>();
        // Met at the event, on its day, as "how we met" says. (The window offers this once the event
        // has begun; an event without a date is met today.)
        OffsetDateTime when = event.start() != null ? event.start() : OffsetDateTime.now(clock);
        String howWeMet = event.start() == null ? EventTexts.name(event)
                : EventTexts.name(event) + ", " + EventTexts.shortDate(event.start());
        for (int i = 0; i < rows.size(); i++) {
            PersonRow r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            if (r.name.get().isBlank()) {
                problems.add(I18n.text("capture.people.nameMissing", i + 1));
                continue;
            }
            if (r.name.get().strip().length() > ContactValidator.MAX_NAME_LENGTH) {
                problems.add(I18n.text("validation.name.tooLong", ContactValidator.MAX_NAME_LENGTH));
                continue;
            }
            String existing = knownId(r);
            if (existing != null) {
                ids.put(r, existing);
                linked.put(existing, r);
                encounters.add(encounterAt(when, existing, r));
                continue;
            }
            String id = UUID.randomUUID().toString();
            ids.put(r, id);
            contacts.add(Contact.builder(r.name.get().strip()).id(id)
                    .organization(blankToNull(r.organization.get()))
                    .notes(blankToNull(r.line.get()))
                    .howWeMet(howWeMet)
                    .interests(tags(r.interests.get()))
                    .build());
            encounters.add(encounterAt(when, id, r));
        }
        if (problems.isEmpty() && ids.isEmpty()) {
            problems.add(I18n.text("capture.people.nobody"));
        }
        if (!problems.isEmpty()) {
            message.set(String.join(" ", problems));
            return null;
        }
        List<Tie> newTies = new ArrayList<>();
        for (TieChoice t : ties) {
            if (t.chosen().get() && ids.containsKey(t.a()) && ids.containsKey(t.b())
                    && !ids.get(t.a()).equals(ids.get(t.b()))) { // the same known person typed twice
                newTies.add(new Tie(ids.get(t.a()), ids.get(t.b()), null,
                        I18n.text("capture.people.tieNote", EventTexts.name(event))));
            }
        }
        Set<String> attendees = new LinkedHashSet<>(event.attendees());
        ids.values().forEach(attendees::add);
        this.linked = Map.copyOf(linked);
        Event withThem = new Event(event.id(), event.name(), event.series(), event.start(), event.end(), event.place(),
                event.topic(), List.copyOf(attendees), event.sessions(), event.notes());
        message.set("");
        return new JournalSnapshot(contacts, newTies, encounters, List.of(withThem), List.of(), List.of());
    }

    private Encounter encounterAt(OffsetDateTime when, String contactId, PersonRow r) {
        return new Encounter(UUID.randomUUID().toString(), when, EncounterKind.EVENT,
                I18n.text("capture.people.encounterTitle", EventTexts.name(event)), event.place(), event.id(),
                List.of(contactId), blankToNull(r.line.get()), null, List.of());
    }

    /** Rows of people already in the journal, by contact id, from the last {@link #changes()}. */
    private Map<String, PersonRow> linked = Map.of();

    /**
     * The contact with what the row adds to it: its interests, and its organisation if it had none.
     * Nothing typed replaces what the journal knows.
     */
    static Contact withRow(Contact c, PersonRow r) {
        List<String> interests = new ArrayList<>(c.interests());
        for (String tag : tags(r.interests.get())) {
            if (interests.stream().noneMatch(t -> app.rapport.journal.Tags.normalize(t)
                    .equals(app.rapport.journal.Tags.normalize(tag)))) {
                interests.add(tag);
            }
        }
        Contact.Builder b = c.toBuilder().interests(interests);
        if ((c.organization() == null || c.organization().isBlank()) && !r.organization.get().isBlank()) {
            b.organization(r.organization.get().strip());
        }
        return b.build();
    }

    /** Stores everything in one transaction; {@code onSaved} gets the number of people added. */
    public boolean save(Consumer<Integer> onSaved) {
        JournalSnapshot changes = changes();
        if (changes == null) {
            return false;
        }
        Journal journal = ctx.journal();
        Map<String, PersonRow> linkedNow = linked;
        Tasks.run(() -> {
            // The event as stored now (attendees may have changed since the dialog opened), plus the new people.
            Event stored = journal.event(event.id()).orElse(changes.events().getFirst());
            Set<String> attendees = new LinkedHashSet<>(stored.attendees());
            attendees.addAll(changes.events().getFirst().attendees());
            Event merged = new Event(stored.id(), stored.name(), stored.series(), stored.start(), stored.end(),
                    stored.place(), stored.topic(), List.copyOf(attendees), stored.sessions(), stored.notes());
            List<Contact> contacts = new ArrayList<>(changes.contacts());
            linkedNow.forEach((id, row) -> journal.contact(id).ifPresent(c -> contacts.add(withRow(c, row))));
            journal.importSnapshot(new JournalSnapshot(contacts, changes.ties(), changes.encounters(),
                    List.of(merged), List.of(), List.of()));
            return changes.contacts().size();
        }).onSuccess(n -> {
            String text = I18n.text("capture.people.saved", n, EventTexts.name(event));
            if (!linkedNow.isEmpty()) {
                text = text + " " + I18n.text("capture.people.savedKnown", linkedNow.size());
            }
            ctx.notify(text, null);
            onSaved.accept(n);
        }).onError(e -> message.set(e instanceof ValidationException v
                ? I18n.text("capture.people.invalid", v.getMessage()) : I18n.text("capture.people.failed", app.rapport.ui.common.Dialogs.describe(e))))
                .start();
        return true;
    }

    static List<String> tags(String text) {
        List<String> out = new ArrayList<>();
        for (String part : TAG_SEPARATORS.split(text == null ? "" : text)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
