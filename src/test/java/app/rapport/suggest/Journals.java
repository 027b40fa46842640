package app.rapport.suggest;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small hand-made journals for engine tests. */
final class Journals {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final List<Contact> contacts = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<Encounter> encounters = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private int encounterIds;

    static Journals journal() {
        return new Journals();
    }

    /** A contact; tags are given as "interests / offers / seeks", each a comma list. */
    Journals person(String id, String name, String interests, String offers, String seeks) {
        contacts.add(contact(id, name, interests, offers, seeks).build());
        return this;
    }

    Journals person(Contact.Builder builder) {
        contacts.add(builder.build());
        return this;
    }

    static Contact.Builder contact(String id, String name, String interests, String offers, String seeks) {
        return Contact.builder(name).id(id).interests(list(interests)).offers(list(offers)).seeks(list(seeks));
    }

    Journals tie(String a, String b) {
        ties.add(Tie.of(a, b));
        return this;
    }

    /** A meeting {@code daysAgo} days before {@link #TODAY}, rated {@code rating} (null: unrated). */
    Journals met(String who, int daysAgo, Integer rating) {
        encounters.add(new Encounter("e" + (++encounterIds),
                TODAY.minusDays(daysAgo).atTime(12, 0).atOffset(ZoneOffset.UTC),
                EncounterKind.MEETING, "Lunch", null, null, List.of(who), null, rating, List.of()));
        return this;
    }

    /** One encounter {@code daysAgo} days before {@link #TODAY} with all of {@code who} at once. */
    Journals metTogether(int daysAgo, EncounterKind kind, String title, String... who) {
        encounters.add(new Encounter("e" + (++encounterIds),
                TODAY.minusDays(daysAgo).atTime(12, 0).atOffset(ZoneOffset.UTC),
                kind, title, null, null, List.of(who), null, null, List.of()));
        return this;
    }

    /** An event {@code daysAhead} days after {@link #TODAY} (negative: past) with these attendees. */
    Journals event(String id, String name, int daysAhead, String... attendees) {
        events.add(new Event(id, name, null, TODAY.plusDays(daysAhead).atTime(18, 0).atOffset(ZoneOffset.UTC), null,
                null, null, List.of(attendees), List.of(), null));
        return this;
    }

    JournalSnapshot build() {
        return new JournalSnapshot(contacts, ties, encounters, events, List.of(), List.of());
    }

    IntroductionEngine engine() {
        return IntroductionEngine.of(build(), Feedback.none());
    }

    static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : commaSeparated.split(",")) {
            out.add(s.strip());
        }
        return out;
    }

    /** "a+b" with the ids in order, to compare pairs whatever the order of the sentence. */
    static String pair(Suggestion s) {
        String x = s.a().id();
        String y = s.b().id();
        return x.compareTo(y) < 0 ? x + "+" + y : y + "+" + x;
    }

    static List<String> pairs(List<Suggestion> suggestions) {
        return suggestions.stream().map(Journals::pair).toList();
    }

    /** Everything a user could see of a list, scores to the last bit. */
    static List<String> visible(List<Suggestion> suggestions) {
        return suggestions.stream()
                .map(s -> s.a().id() + "|" + s.b().id() + "|" + Double.doubleToLongBits(s.score()) + "|" + s.reason()
                        + "|" + s.why())
                .toList();
    }

    static List<Suggestion> top(IntroductionEngine engine, int n) {
        return engine.top(n, TODAY, Locale.ENGLISH);
    }
}
