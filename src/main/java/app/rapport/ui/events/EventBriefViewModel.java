package app.rapport.ui.events;

import app.rapport.journal.Contact;
import app.rapport.journal.EncounterFilter;
import app.rapport.journal.Event;
import app.rapport.journal.Journal;
import app.rapport.journal.Session;
import app.rapport.journal.Tags;
import app.rapport.reminders.Relationship;
import app.rapport.reminders.Relationships;
import app.rapport.reminders.Warmth;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the preparation brief for an event says: who of the user's network attends, how warm each
 * relationship is and what was last talked about; the interests attendees share, to start a
 * conversation with; introductions worth making among them; the agenda and the user's goals.
 */
public final class EventBriefViewModel {

    /** An attendee, the relationship, and the interests they share with others in the room or with the event's topic. */
    public record Attendee(Contact contact, Relationship relationship, List<String> sharedInterests) {
    }

    /** An interest several attendees hold: a topic to start a conversation with. */
    public record RoomTopic(String interest, List<Contact> holders) {
    }

    /** Two attendees worth introducing to each other, and why. */
    public record IntroductionIdea(Contact a, Contact b, String reason) {
    }

    public record Brief(Event event, List<Attendee> attendees, List<RoomTopic> topics,
                        List<IntroductionIdea> introductions, Map<String, Contact> speakers, java.time.ZoneId zone) {

        /** The same brief naming other introductions (one was dismissed, or its dismissal undone). */
        public Brief withIntroductions(List<IntroductionIdea> ideas) {
            return new Brief(event, attendees, topics, List.copyOf(ideas), speakers, zone);
        }
    }

    /** Suggests introductions among the attendees; the introduction engine plugs in here. */
    @FunctionalInterface
    public interface IntroductionIdeas {
        List<IntroductionIdea> among(Journal journal, List<Contact> attendees, LocalDate today);

        IntroductionIdeas NONE = (journal, attendees, today) -> List.of();

        /**
         * The introduction engine's best pairs among the attendees, at most {@code max}, best first:
         * each attendee's best partners who are in the room too. {@code journalRevision} is the
         * window's journal revision, so the shared engine is brought up to date only if needed.
         */
        static IntroductionIdeas engine(long journalRevision, int max, java.util.Locale locale) {
            return (journal, attendees, today) -> {
                var engine = app.rapport.ui.common.IntroductionSuggestions.of(journal).engine(journalRevision);
                java.util.Set<String> here = new java.util.HashSet<>();
                attendees.forEach(c -> here.add(c.id()));
                Map<String, app.rapport.suggest.Suggestion> pairs = new HashMap<>();
                for (Contact c : attendees) {
                    for (var s : engine.suggestionsFor(c.id(), 50, today, locale)) {
                        if (here.contains(s.a().id()) && here.contains(s.b().id())) {
                            String key = s.a().id().compareTo(s.b().id()) < 0 ? s.a().id() + " " + s.b().id()
                                    : s.b().id() + " " + s.a().id();
                            pairs.putIfAbsent(key, s);
                        }
                    }
                }
                return pairs.values().stream()
                        .sorted(java.util.Comparator.comparingDouble(app.rapport.suggest.Suggestion::score).reversed()
                                .thenComparing(s -> s.a().id()).thenComparing(s -> s.b().id()))
                        .limit(max)
                        .map(s -> new IntroductionIdea(s.a(), s.b(), s.reason()))
                        .toList();
            };
        }
    }

    /** Topics named by at most this many attendees are listed; more would be noise. */
    static final int MAX_TOPICS = 8;

    private EventBriefViewModel() {
    }

    /** Builds the brief off the JavaFX thread. */
    public static Brief brief(Journal journal, String eventId, Clock clock, IntroductionIdeas ideas) {
        Event event = journal.event(eventId).orElseThrow(() -> new IllegalStateException("no event " + eventId));
        LocalDate today = LocalDate.now(clock);
        List<Contact> people = new ArrayList<>();
        Map<String, Relationship> relationships = new HashMap<>();
        for (String id : event.attendees()) {
            journal.contact(id).ifPresent(c -> {
                people.add(c);
                relationships.put(id, Relationships.of(journal.encounters(EncounterFilter.all().withContact(id)),
                        today, clock.getZone()).of(id));
            });
        }
        Map<String, Contact> speakers = new LinkedHashMap<>();
        for (Session s : event.sessions()) {
            if (s.speaker() != null) {
                journal.contact(s.speaker()).ifPresent(c -> speakers.put(c.id(), c));
            }
        }
        return build(event, people, relationships, speakers, ideas.among(journal, people, today), clock.getZone());
    }

    /** The brief from what was loaded; pure, for tests. */
    static Brief build(Event event, List<Contact> people, Map<String, Relationship> relationships,
                       Map<String, Contact> speakers, List<IntroductionIdea> introductions, java.time.ZoneId zone) {
        // Warm relationships first (the people to greet), then by how recently the user met them.
        List<Contact> ordered = new ArrayList<>(people);
        ordered.sort(Comparator.comparing((Contact c) -> relationshipOf(relationships, c).warmth())
                .thenComparing(c -> relationshipOf(relationships, c).lastDay(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Contact::name, String.CASE_INSENSITIVE_ORDER));
        // Who holds which interest (normalised), keeping the first spelling seen for display.
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, List<Contact>> holders = new LinkedHashMap<>();
        for (Contact c : ordered) {
            for (String interest : new LinkedHashSet<>(c.interests())) {
                String key = Tags.normalize(interest);
                spelling.putIfAbsent(key, interest);
                List<Contact> list = holders.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(c)) {
                    list.add(c);
                }
            }
        }
        String eventTopic = event.topic() == null ? "" : Tags.normalize(event.topic());
        List<Attendee> attendees = new ArrayList<>();
        for (Contact c : ordered) {
            List<String> shared = new ArrayList<>();
            for (String interest : c.interests()) {
                String key = Tags.normalize(interest);
                boolean withOthers = holders.getOrDefault(key, List.of()).size() > 1;
                boolean withTopic = !eventTopic.isEmpty() && (eventTopic.contains(key) || key.contains(eventTopic));
                if ((withOthers || withTopic) && !shared.contains(interest)) {
                    shared.add(interest);
                }
            }
            attendees.add(new Attendee(c, relationshipOf(relationships, c), shared));
        }

        List<RoomTopic> topics = new ArrayList<>();
        holders.forEach((key, list) -> {
            if (list.size() > 1) {
                topics.add(new RoomTopic(spelling.get(key), List.copyOf(list)));
            }
        });
        topics.sort(Comparator.comparingInt((RoomTopic t) -> -t.holders().size())
                .thenComparing(RoomTopic::interest, String.CASE_INSENSITIVE_ORDER));
        return new Brief(event, attendees, topics.size() > MAX_TOPICS ? List.copyOf(topics.subList(0, MAX_TOPICS)) : topics,
                List.copyOf(introductions), speakers, zone);
    }

    private static Relationship relationshipOf(Map<String, Relationship> relationships, Contact c) {
        return relationships.getOrDefault(c.id(), Relationship.none(c.id()));
    }

    /** Counts for the brief's summary line. */
    static Map<Warmth, Integer> warmthCounts(Brief brief) {
        Map<Warmth, Integer> counts = new LinkedHashMap<>();
        for (Warmth w : Warmth.values()) {
            counts.put(w, 0);
        }
        for (Attendee a : brief.attendees()) {
            counts.merge(a.relationship().warmth(), 1, Integer::sum);
        }
        return counts;
    }

    static Set<String> ids(List<Contact> people) {
        Set<String> ids = new LinkedHashSet<>();
        people.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
