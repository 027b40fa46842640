package app.rapport.journal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fields of a record that the user can change, named as in the interchange format: what two
 * versions of a record are compared on (times of storing aside) and what {@link ThreeWayMerge}
 * merges one by one.
 */
public final class RecordFields<T> {

    /** How a field is merged when both sides changed it. */
    public enum Kind {
        /** One value: the side the user chose wins. */
        VALUE,
        /** Free text of several lines: the lines the other side added are kept below. */
        TEXT,
        /** A list of entries: entries either side added are kept, entries either side removed go. */
        LIST
    }

    /** One field: its name, how it merges, how to read it and how to set it. */
    public record Field<T>(String name, Kind kind, Function<T, Object> value, BiFunction<T, Object, T> with) {
    }

    private final String what;
    private final List<Field<T>> fields;

    private RecordFields(String what, List<Field<T>> fields) {
        this.what = what;
        this.fields = List.copyOf(fields);
    }

    /** What kind of record this is, as the interchange format names its list ("contact", "event"). */
    public String what() {
        return what;
    }

    public List<Field<T>> fields() {
        return fields;
    }

    /** Whether the two versions say the same in every field the user can change. */
    public boolean sameContent(T a, T b) {
        if (a == null || b == null) {
            return a == b;
        }
        for (Field<T> f : fields) {
            if (!Objects.equals(f.value().apply(a), f.value().apply(b))) {
                return false;
            }
        }
        return true;
    }

    private static <T> Field<T> field(String name, Kind kind, Function<T, Object> value, BiFunction<T, Object, T> with) {
        return new Field<>(name, kind, value, with);
    }

    @SuppressWarnings("unchecked")
    private static <V> V as(Object value) {
        return (V) value;
    }

    /** From {@link ContactFields}: every field but the id and the times of storing. */
    public static final RecordFields<Contact> CONTACT = new RecordFields<>("contact", ContactFields.recordFields());

    public static final RecordFields<Encounter> ENCOUNTER = new RecordFields<>("encounter", List.of(
            field("date", Kind.VALUE, Encounter::date, (e, v) -> encounter(e, as(v), e.kind(), e.title(), e.place(),
                    e.eventId(), e.participants(), e.notes(), e.rating(), e.followUps())),
            field("kind", Kind.VALUE, Encounter::kind, (e, v) -> encounter(e, e.date(), as(v), e.title(), e.place(),
                    e.eventId(), e.participants(), e.notes(), e.rating(), e.followUps())),
            field("title", Kind.VALUE, Encounter::title, (e, v) -> encounter(e, e.date(), e.kind(), as(v), e.place(),
                    e.eventId(), e.participants(), e.notes(), e.rating(), e.followUps())),
            field("place", Kind.VALUE, Encounter::place, (e, v) -> encounter(e, e.date(), e.kind(), e.title(), as(v),
                    e.eventId(), e.participants(), e.notes(), e.rating(), e.followUps())),
            field("event", Kind.VALUE, Encounter::eventId, (e, v) -> encounter(e, e.date(), e.kind(), e.title(),
                    e.place(), as(v), e.participants(), e.notes(), e.rating(), e.followUps())),
            field("participants", Kind.LIST, Encounter::participants, (e, v) -> encounter(e, e.date(), e.kind(),
                    e.title(), e.place(), e.eventId(), as(v), e.notes(), e.rating(), e.followUps())),
            field("notes", Kind.TEXT, Encounter::notes, (e, v) -> encounter(e, e.date(), e.kind(), e.title(),
                    e.place(), e.eventId(), e.participants(), as(v), e.rating(), e.followUps())),
            field("rating", Kind.VALUE, Encounter::rating, (e, v) -> encounter(e, e.date(), e.kind(), e.title(),
                    e.place(), e.eventId(), e.participants(), e.notes(), as(v), e.followUps())),
            field("followUps", Kind.LIST, Encounter::followUps, (e, v) -> encounter(e, e.date(), e.kind(), e.title(),
                    e.place(), e.eventId(), e.participants(), e.notes(), e.rating(), as(v)))));

    private static Encounter encounter(Encounter e, java.time.OffsetDateTime date, EncounterKind kind, String title,
                                       String place, String eventId, List<String> participants, String notes,
                                       Integer rating, List<FollowUp> followUps) {
        return new Encounter(e.id(), date, kind, title, place, eventId, participants, notes, rating, followUps);
    }

    public static final RecordFields<Event> EVENT = new RecordFields<>("event", List.of(
            field("name", Kind.VALUE, Event::name, (e, v) -> event(e, as(v), e.series(), e.start(), e.end(), e.place(),
                    e.topic(), e.attendees(), e.sessions(), e.notes())),
            field("series", Kind.VALUE, Event::series, (e, v) -> event(e, e.name(), as(v), e.start(), e.end(),
                    e.place(), e.topic(), e.attendees(), e.sessions(), e.notes())),
            field("start", Kind.VALUE, Event::start, (e, v) -> event(e, e.name(), e.series(), as(v), e.end(),
                    e.place(), e.topic(), e.attendees(), e.sessions(), e.notes())),
            field("end", Kind.VALUE, Event::end, (e, v) -> event(e, e.name(), e.series(), e.start(), as(v),
                    e.place(), e.topic(), e.attendees(), e.sessions(), e.notes())),
            field("place", Kind.VALUE, Event::place, (e, v) -> event(e, e.name(), e.series(), e.start(), e.end(),
                    as(v), e.topic(), e.attendees(), e.sessions(), e.notes())),
            field("topic", Kind.VALUE, Event::topic, (e, v) -> event(e, e.name(), e.series(), e.start(), e.end(),
                    e.place(), as(v), e.attendees(), e.sessions(), e.notes())),
            field("attendees", Kind.LIST, Event::attendees, (e, v) -> event(e, e.name(), e.series(), e.start(),
                    e.end(), e.place(), e.topic(), as(v), e.sessions(), e.notes())),
            field("sessions", Kind.LIST, Event::sessions, (e, v) -> event(e, e.name(), e.series(), e.start(),
                    e.end(), e.place(), e.topic(), e.attendees(), as(v), e.notes())),
            field("notes", Kind.TEXT, Event::notes, (e, v) -> event(e, e.name(), e.series(), e.start(), e.end(),
                    e.place(), e.topic(), e.attendees(), e.sessions(), as(v)))));

    private static Event event(Event e, String name, String series, java.time.OffsetDateTime start,
                               java.time.OffsetDateTime end, String place, String topic, List<String> attendees,
                               List<Session> sessions, String notes) {
        return new Event(e.id(), name, series, start, end, place, topic, attendees, sessions, notes);
    }

    public static final RecordFields<Introduction> INTRODUCTION = new RecordFields<>("introduction", List.of(
            // Status and the days of its steps change together: merged apart they could disagree.
            field("status", Kind.VALUE, i -> List.of(i.status(), i.steps()), (i, v) -> introduction(i,
                    (IntroductionStatus) ((List<?>) v).get(0), i.reason(), i.outcome(), as(((List<?>) v).get(1)),
                    i.drafts(), i.dismissalFingerprint())),
            field("reason", Kind.VALUE, Introduction::reason, (i, v) -> introduction(i, i.status(), as(v),
                    i.outcome(), i.steps(), i.drafts(), i.dismissalFingerprint())),
            field("outcome", Kind.TEXT, Introduction::outcome, (i, v) -> introduction(i, i.status(), i.reason(),
                    as(v), i.steps(), i.drafts(), i.dismissalFingerprint())),
            field("drafts", Kind.VALUE, Introduction::drafts, (i, v) -> introduction(i, i.status(), i.reason(),
                    i.outcome(), i.steps(), as(v), i.dismissalFingerprint())),
            field("dismissalFingerprint", Kind.VALUE, Introduction::dismissalFingerprint, (i, v) -> introduction(i,
                    i.status(), i.reason(), i.outcome(), i.steps(), i.drafts(), as(v)))));

    private static Introduction introduction(Introduction i, IntroductionStatus status, String reason, String outcome,
                                             Map<IntroductionStatus, java.time.LocalDate> steps,
                                             Introduction.Drafts drafts, String fingerprint) {
        return new Introduction(i.id(), i.a(), i.b(), status, i.createdAt(), reason, outcome, steps, drafts, fingerprint);
    }
}
