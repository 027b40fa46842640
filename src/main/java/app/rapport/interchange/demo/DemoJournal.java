package app.rapport.interchange.demo;

import app.rapport.interchange.demo.DemoVocabulary.Theme;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.FollowUp;
import app.rapport.journal.Introduction;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Session;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A realistic journal for demos, screenshots and benchmarks: German- and English-speaking people
 * in circles around a dozen professional worlds (start-ups, climate, web, social media, ...),
 * colleagues sharing organisations, ties mostly within circles, encounters over four years whose
 * frequency depends on how close the user is to each person, event series with agendas,
 * introductions in every status, and a give-and-take ledger.
 *
 * <p>The people are made by {@link DemoContacts}, the introductions by {@link DemoIntroductions};
 * all draw from one {@link DemoDraws}. The same size, seed and date always give the same journal
 * (only {@link Random}, whose algorithm is specified, and ordered collections are used). Dates
 * are relative to {@code today}, so that a sample journal opened today has people due for a
 * catch-up and follow-ups coming up.
 */
public final class DemoJournal {

    /** The user lives here; encounter and event times carry its offset. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final int DEFAULT_CONTACTS = 200;
    public static final long DEFAULT_SEED = 1;

    private static final int YEARS_OF_HISTORY = 4;

    private final DemoDraws rnd;
    private final DemoContacts contacts;
    private final LocalDate today;

    private final List<Circle> circles = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final Set<String> tiePairs = new HashSet<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Encounter> encounters = new ArrayList<>();
    private final List<Introduction> introductions = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();

    /** A group of people who know each other: a professional world in one city. */
    record Circle(int size, Theme theme, boolean german, String city, String areaCode,
                          String countryCode, ZoneId zone, List<String> organizations, List<Person> members) {

        /** The event series this circle could run: German-named ones only in German-speaking circles. */
        List<String> series() {
            List<String> all = theme.eventSeries();
            List<String> fitting = german ? all
                    : all.stream().filter(s -> !DemoVocabulary.GERMAN_SERIES.contains(s)).toList();
            return fitting.isEmpty() ? all : fitting;
        }
    }

    /** A contact while it is being made, with what the generator needs to know about it. */
    static final class Person {
        final String id;
        final Circle circle;
        final boolean german;
        final boolean woman;
        /** 0 inner circle, 1 regular, 2 occasional, 3 acquaintance. */
        final int closeness;
        Contact contact;

        Person(String id, Circle circle, boolean german, boolean woman, int closeness) {
            this.id = id;
            this.circle = circle;
            this.german = german;
            this.woman = woman;
            this.closeness = closeness;
        }

        String firstName() {
            return contact.name().substring(0, contact.name().indexOf(' '));
        }
    }

    private DemoJournal(long seed, LocalDate today) {
        this.rnd = new DemoDraws(seed);
        this.today = today;
        this.contacts = new DemoContacts(rnd, today);
    }

    /**
     * Generates a journal with {@code contacts} people (at least 1).
     *
     * @param today the day the journal is "now": encounters lie before it, a few events after it
     */
    public static JournalSnapshot generate(int contacts, long seed, LocalDate today) {
        if (contacts < 1) {
            throw new IllegalArgumentException("at least one contact, was " + contacts);
        }
        return new DemoJournal(seed, today).build(contacts);
    }

    private JournalSnapshot build(int count) {
        makeCircles(count);
        makePeople(count);
        makeTies();
        makeEvents(count);
        makeEncounters();
        introductions.addAll(new DemoIntroductions(rnd, today).make(count, people, tiePairs));
        makeExchanges(count);
        return new JournalSnapshot(people.stream().map(p -> p.contact).toList(), ties, encounters, events,
                introductions, exchanges);
    }

    // Circles and people

    private void makeCircles(int count) {
        int capacity = 0;
        while (capacity < count) {
            boolean german = rnd.nextInt(100) < 65;
            Theme theme = DemoVocabulary.THEMES.get(rnd.nextInt(DemoVocabulary.THEMES.size()));
            String city;
            String area;
            String country;
            ZoneId zone = ZONE;
            if (german) {
                String[] c = rnd.zipf(DemoVocabulary.GERMAN_CITIES);
                city = c[0];
                area = c[1];
                country = "49";
            } else {
                String[] c = rnd.zipf(DemoVocabulary.ENGLISH_CITIES);
                city = c[0];
                country = c[1];
                area = c[2];
                zone = ZoneId.of(c[3]);
            }
            List<String> orgs = new ArrayList<>();
            int orgCount = 3 + rnd.nextInt(6);
            for (int i = 0; i < orgCount; i++) {
                orgs.add(organization(german));
            }
            int size = Math.min(count - capacity, 8 + rnd.nextInt(45));
            circles.add(new Circle(size, theme, german, city, area, country, zone, orgs,
                    new ArrayList<>(size)));
            capacity += size;
        }
    }

    private String organization(boolean german) {
        if (german) {
            return rnd.pick(DemoVocabulary.GERMAN_ORG_WORDS) + " " + rnd.pick(DemoVocabulary.GERMAN_ORG_FORMS);
        }
        return rnd.pick(DemoVocabulary.ENGLISH_ORG_WORDS) + " " + rnd.pick(DemoVocabulary.ENGLISH_ORG_FORMS);
    }

    private void makePeople(int count) {
        List<Circle> slots = new ArrayList<>(count);
        for (Circle c : circles) {
            for (int i = 0; i < c.size(); i++) {
                slots.add(c);
            }
        }
        rnd.shuffle(slots);
        for (int i = 0; i < count; i++) {
            Circle circle = slots.get(i);
            boolean german = rnd.nextInt(100) < 85 == circle.german();
            int roll = rnd.nextInt(100);
            int closeness = roll < 4 ? 0 : roll < 20 ? 1 : roll < 60 ? 2 : 3;
            Person p = new Person("c" + (i + 1), circle, german, rnd.nextBoolean(), closeness);
            circle.members().add(p);
            people.add(p);
        }
        for (Person p : people) {
            p.contact = contacts.contact(p);
        }
    }

    // Ties

    private void makeTies() {
        for (Circle c : circles) {
            List<Person> members = c.members();
            if (members.size() < 2) {
                continue;
            }
            for (Person p : members) {
                int k = 1 + rnd.nextInt(5);
                for (int i = 0; i < k; i++) {
                    Person q = members.get(rnd.nextInt(members.size()));
                    addTie(p, q, 2 + rnd.nextInt(4), rnd.nextInt(100) < 10 ? tieNote(p, c) : null);
                }
            }
        }
        // Weak ties across circles: the bridges between the user's worlds.
        for (Person p : people) {
            if (rnd.nextInt(100) < 20) {
                addTie(p, people.get(rnd.nextInt(people.size())), 1 + rnd.nextInt(2), null);
            }
        }
    }

    private void addTie(Person p, Person q, int strength, String note) {
        if (p == q) {
            return;
        }
        Tie tie = new Tie(p.id, q.id, rnd.nextInt(100) < 20 ? null : strength, note);
        if (tiePairs.add(tie.a() + " " + tie.b())) {
            ties.add(tie);
        }
    }

    private String tieNote(Person p, Circle c) {
        List<String> notes = p.german
                ? List.of("haben zusammen studiert", "arbeiten beide bei " + rnd.zipf(c.organizations()),
                "gleicher Laufverein", "kennen sich von „" + rnd.pick(c.theme().eventSeries()) + "“", "wohnen im selben Haus")
                : List.of("studied together", "colleagues at " + rnd.zipf(c.organizations()), "same running club",
                "know each other from " + rnd.pick(c.series()), "neighbours");
        return rnd.pick(notes);
    }

    // Events

    private void makeEvents(int count) {
        int seriesCount = Math.max(2, Math.min(count / 60, 40));
        int perSeries = Math.max(1, Math.min(12, count / 8 / seriesCount));
        for (int s = 0; s < seriesCount; s++) {
            Circle c = circles.get(rnd.nextInt(circles.size()));
            String series = rnd.pick(c.series()) + " " + c.city();
            int gapDays = 28 + rnd.nextInt(60);
            // The last event of each series lies a few weeks ahead: something to prepare for.
            LocalDate date = today.plusDays(7 + rnd.nextInt(35)).minusDays((long) gapDays * (perSeries - 1));
            for (int n = 0; n < perSeries; n++) {
                events.add(event(c, series, s, n, date));
                date = date.plusDays(gapDays);
            }
        }
    }

    private Event event(Circle c, String series, int seriesIndex, int number, LocalDate date) {
        String id = "e" + (events.size() + 1);
        // Local time where the event takes place.
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(18 + rnd.nextInt(2), rnd.nextBoolean() ? 0 : 30));
        OffsetDateTime start = OffsetDateTime.of(local, c.zone().getRules().getOffset(local));
        OffsetDateTime end = start.plusHours(2 + rnd.nextInt(3));
        List<String> attendees = new ArrayList<>();
        int attendeeCount = Math.min(c.members().size(), 3 + rnd.nextInt(12));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attendeeCount * 2 && attendees.size() < attendeeCount; i++) {
            Person p = rnd.zipf(c.members());
            if (seen.add(p.id)) {
                attendees.add(p.id);
            }
        }
        List<Session> sessions = new ArrayList<>();
        int sessionCount = rnd.nextInt(4);
        OffsetDateTime slot = start.plusMinutes(30);
        for (int i = 0; i < sessionCount; i++) {
            String speaker = !attendees.isEmpty() && rnd.nextInt(100) < 70
                    ? attendees.get(rnd.nextInt(attendees.size())) : null;
            sessions.add(new Session(slot, slot.plusMinutes(30), rnd.pick(c.theme().sessionTopics()), speaker));
            slot = slot.plusMinutes(40);
        }
        String notes = null;
        if (!date.isBefore(today)) {
            notes = c.german()
                    ? "Ziel: zwei Leute aus " + rnd.pick(c.theme().interests()) + " kennenlernen und "
                    + nameOf(attendees) + " nach dem Stand der Dinge fragen."
                    : "Goal: meet two people working on " + rnd.pick(c.theme().interests()) + " and ask "
                    + nameOf(attendees) + " how things are going.";
        } else if (rnd.nextInt(100) < 30) {
            notes = c.german() ? "Gute Stimmung, viele neue Gesichter." : "Good crowd, lots of new faces.";
        }
        String name = series + " #" + (number + 1 + seriesIndex % 3 * 10);
        return new Event(id, name, series, start, end, c.city(), rnd.pick(c.theme().sessionTopics()), attendees,
                sessions, notes);
    }

    private String nameOf(List<String> ids) {
        if (ids.isEmpty()) {
            return "Anna";
        }
        return people.get(Integer.parseInt(ids.get(rnd.nextInt(ids.size())).substring(1)) - 1).firstName();
    }

    // Encounters

    private void makeEncounters() {
        List<Encounter> made = new ArrayList<>();
        for (Person p : people) {
            int n = switch (p.closeness) {
                case 0 -> 8 + rnd.nextInt(13);
                case 1 -> 3 + rnd.nextInt(5);
                case 2 -> 1 + rnd.nextInt(2);
                default -> rnd.nextBoolean() ? 1 : 0;
            };
            for (int i = 0; i < n; i++) {
                made.add(encounter(p));
            }
        }
        for (Event e : events) {
            if (e.start().toLocalDate().isBefore(today) && !e.attendees().isEmpty() && rnd.nextInt(100) < 75) {
                int talks = 1 + rnd.nextInt(3);
                for (int i = 0; i < talks; i++) {
                    made.add(eventEncounter(e));
                }
            }
        }
        // Ids in date order, as a user's journal grows.
        made.sort((x, y) -> x.date().toInstant().compareTo(y.date().toInstant()));
        for (int i = 0; i < made.size(); i++) {
            encounters.add(made.get(i).withId("x" + (i + 1)));
        }
    }

    private Encounter encounter(Person p) {
        // Closer people were met more recently, too: days back follow a skewed distribution.
        double skew = p.closeness <= 1 ? 1.6 : 1.0;
        long daysBack = 1 + (long) (Math.pow(rnd.nextDouble(), skew) * 365 * YEARS_OF_HISTORY);
        LocalDate day = today.minusDays(daysBack);
        OffsetDateTime date = at(day, LocalTime.of(8 + rnd.nextInt(12), 15 * rnd.nextInt(4)));
        EncounterKind kind = encounterKind();
        List<String> participants = new ArrayList<>();
        participants.add(p.id);
        if (rnd.nextInt(100) < 20 && p.circle.members().size() > 1) {
            Person q = p.circle.members().get(rnd.nextInt(p.circle.members().size()));
            if (q != p) {
                participants.add(q.id);
            }
        }
        String topic = rnd.pick(p.contact.interests().isEmpty() ? p.circle.theme().interests() : p.contact.interests());
        List<String> titles = p.german ? DemoVocabulary.ENCOUNTER_TITLES_GERMAN : DemoVocabulary.ENCOUNTER_TITLES_ENGLISH;
        String title = String.format(Locale.ROOT, titleFor(kind, titles), topic);
        String place = switch (kind) {
            case MEETING, MEAL -> rnd.pick(DemoVocabulary.PLACES);
            default -> null;
        };
        String notes = rnd.nextInt(100) < 40 ? encounterNotes(p, topic) : null;
        Integer rating = rnd.nextInt(100) < 70 ? rating(p.closeness) : null;
        return new Encounter(null, date, kind, title, place, null, participants, notes, rating, followUps(p, day));
    }

    private Encounter eventEncounter(Event e) {
        String who = e.attendees().get(rnd.nextInt(e.attendees().size()));
        Person p = people.get(Integer.parseInt(who.substring(1)) - 1);
        OffsetDateTime date = e.start().plusMinutes(30 + 15L * rnd.nextInt(8));
        String topic = rnd.pick(p.contact.interests().isEmpty() ? p.circle.theme().interests() : p.contact.interests());
        String title = p.german ? "Gespräch über " + topic : "Talked about " + topic;
        Integer rating = rnd.nextInt(100) < 80 ? rating(p.closeness) : null;
        return new Encounter(null, date, EncounterKind.EVENT, title, e.place(), e.id(), List.of(p.id),
                rnd.nextInt(100) < 30 ? encounterNotes(p, topic) : null, rating,
                followUps(p, date.toLocalDate()));
    }

    private EncounterKind encounterKind() {
        int r = rnd.nextInt(100);
        if (r < 27) {
            return EncounterKind.MEETING;
        } else if (r < 43) {
            return EncounterKind.CALL;
        } else if (r < 58) {
            return EncounterKind.VIDEO;
        } else if (r < 73) {
            return EncounterKind.MESSAGE;
        } else if (r < 83) {
            return EncounterKind.EMAIL;
        } else if (r < 96) {
            return EncounterKind.MEAL;
        }
        return EncounterKind.OTHER;
    }

    private String titleFor(EncounterKind kind, List<String> titles) {
        return switch (kind) {
            case MEETING -> titles.get(rnd.nextBoolean() ? 0 : 4);
            case MEAL -> titles.get(rnd.nextBoolean() ? 1 : 7);
            case CALL -> titles.get(2);
            case VIDEO -> titles.get(rnd.nextBoolean() ? 3 : 9);
            case MESSAGE, EMAIL -> titles.get(8);
            default -> titles.get(rnd.nextBoolean() ? 5 : 6);
        };
    }

    private Integer rating(int closeness) {
        int base = closeness == 0 ? 4 : 3;
        int r = base + (rnd.nextInt(100) < 35 ? 1 : 0) - (rnd.nextInt(100) < 25 ? 1 : 0)
                - (closeness == 3 && rnd.nextBoolean() ? 1 : 0);
        return Math.max(1, Math.min(5, r));
    }

    private String encounterNotes(Person p, String topic) {
        String seek = p.contact.seeks().isEmpty() ? null : p.contact.seeks().getFirst();
        if (p.german) {
            return "Über " + topic + " gesprochen." + (seek == null ? "" : " " + p.firstName() + " sucht " + seek + ".");
        }
        return "Talked about " + topic + "." + (seek == null ? "" : " " + p.firstName() + " is looking for " + seek + ".");
    }

    private List<FollowUp> followUps(Person p, LocalDate day) {
        if (rnd.nextInt(100) >= 20) {
            return List.of();
        }
        List<FollowUp> list = new ArrayList<>();
        int n = rnd.nextInt(100) < 80 ? 1 : 2;
        for (int i = 0; i < n; i++) {
            LocalDate due = day.plusDays(3 + rnd.nextInt(19));
            // Long past ones were dealt with; a few recent ones are still open, as in a kept journal.
            boolean done = due.isBefore(today.minusDays(45)) || (due.isBefore(today.minusDays(7))
                    ? rnd.nextInt(100) < 85 : rnd.nextInt(100) < 20);
            String template = rnd.pick(DemoVocabulary.FOLLOW_UPS);
            String what = template.contains("%s") ? String.format(Locale.ROOT, template,
                    template.startsWith("Kontakt") || template.startsWith("Introduce")
                            ? people.get(rnd.nextInt(people.size())).contact.name()
                            : rnd.pick(p.contact.interests().isEmpty() ? List.of("the project") : p.contact.interests()))
                    : template;
            list.add(new FollowUp(what, due, done));
        }
        return list;
    }

    // Give and take

    private void makeExchanges(int count) {
        int wanted = Math.max(1, Math.min(count / 5, 2000));
        List<Person> close = people.stream().filter(p -> p.closeness <= 2).toList();
        List<Person> pool = close.isEmpty() ? people : close;
        for (int i = 0; i < wanted; i++) {
            Person p = pool.get(rnd.nextInt(pool.size()));
            boolean given = rnd.nextBoolean();
            List<String> templates = given ? DemoVocabulary.EXCHANGES_GIVEN : DemoVocabulary.EXCHANGES_RECEIVED;
            String template = rnd.pick(templates);
            String what = template.contains("%s") ? String.format(Locale.ROOT, template,
                    template.contains("speak at") ? rnd.pick(p.circle.series()) + " " + p.circle.city()
                            : people.get(rnd.nextInt(people.size())).contact.name())
                    : template;
            LocalDate date = today.minusDays(1 + rnd.nextInt(365 * 3));
            exchanges.add(new Exchange(p.id, given ? ExchangeDirection.GIVEN : ExchangeDirection.RECEIVED, date, what));
        }
    }

    // Helpers

    static OffsetDateTime at(LocalDate day, LocalTime time) {
        LocalDateTime local = LocalDateTime.of(day, time);
        return OffsetDateTime.of(local, ZONE.getRules().getOffset(local));
    }
}
