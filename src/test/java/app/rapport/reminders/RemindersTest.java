package app.rapport.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.FollowUp;
import app.rapport.journal.TagCadence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemindersTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Contact contact(String id, Integer cadence, String... interests) {
        return Contact.builder("Person " + id).id(id).keepInTouchDays(cadence).interests(List.of(interests))
                .createdAt(Instant.parse("2020-01-01T00:00:00Z")).build();
    }

    static Encounter met(String id, OffsetDateTime when, String title, Integer rating, String... who) {
        return new Encounter(id, when, EncounterKind.MEETING, title, null, null, List.of(who), null, rating, List.of());
    }

    static OffsetDateTime berlinNoon(LocalDate day) {
        return day.atTime(12, 0).atZone(BERLIN).toOffsetDateTime();
    }

    static List<KeepInTouchDue> due(List<Contact> contacts, List<Encounter> encounters, KeepInTouchRules rules,
                                    LocalDate today) {
        return Reminders.keepInTouchDue(contacts, Relationships.of(encounters, today, BERLIN), rules,
                Snoozes.none(), today, BERLIN);
    }

    @Nested
    class KeepInTouch {

        @ParameterizedTest(name = "every {0} days, last met {1}: due on {2}")
        @CsvSource({
            "7,   2026-03-01, 2026-03-08",
            "30,  2026-01-31, 2026-03-02",
            "90,  2025-12-01, 2026-03-01",
            "365, 2024-02-29, 2025-02-28",   // a leap day plus a year of days lands on 28 February
            "365, 2023-03-01, 2024-02-29",   // across a leap year: 365 days are one day short of a year
            "1,   2024-02-28, 2024-02-29",
            "60,  2024-12-31, 2025-03-01",
        })
        void isDueWhenTheCadenceHasPassedSinceTheLastEncounter(int cadence, LocalDate lastMet, LocalDate dueOn) {
            List<Contact> contacts = List.of(contact("c1", cadence));
            List<Encounter> encounters = List.of(met("x1", berlinNoon(lastMet), "Lunch", 3, "c1"));

            assertTrue(due(contacts, encounters, KeepInTouchRules.none(), dueOn.minusDays(1)).isEmpty(),
                    "not due the day before");
            List<KeepInTouchDue> onTheDay = due(contacts, encounters, KeepInTouchRules.none(), dueOn);
            assertEquals(1, onTheDay.size());
            assertEquals(dueOn, onTheDay.getFirst().dueOn());
            assertEquals(0, onTheDay.getFirst().daysOverdue());
            assertEquals(5, due(contacts, encounters, KeepInTouchRules.none(), dueOn.plusDays(5))
                    .getFirst().daysOverdue());
        }

        @Test
        void loggingAnyEncounterResetsTheCadence() {
            LocalDate today = LocalDate.of(2026, 5, 10);
            List<Contact> contacts = List.of(contact("c1", 30));
            List<Encounter> encounters = new ArrayList<>(List.of(
                    met("x1", berlinNoon(today.minusDays(45)), "Coffee", 3, "c1")));
            assertEquals(1, due(contacts, encounters, KeepInTouchRules.none(), today).size());

            // A short message with someone else present counts as well.
            encounters.add(new Encounter("x2", berlinNoon(today), EncounterKind.MESSAGE, null, null, null,
                    List.of("c9", "c1"), null, null, List.of()));
            assertTrue(due(contacts, encounters, KeepInTouchRules.none(), today).isEmpty());
        }

        @Test
        void mostOverdueComesFirstWithTheLastTopic() {
            LocalDate today = LocalDate.of(2026, 5, 10);
            List<Contact> contacts = List.of(contact("a", 30), contact("b", 30), contact("c", 90), contact("d", null));
            List<Encounter> encounters = List.of(
                    met("x1", berlinNoon(today.minusDays(40)), "Funding round", 4, "a"),
                    met("x2", berlinNoon(today.minusDays(100)), "Old topic", 4, "b"),
                    met("x3", berlinNoon(today.minusDays(70)), "Newer topic", 4, "b"),
                    met("x4", berlinNoon(today.minusDays(95)), "Conference", 4, "c"),
                    met("x5", berlinNoon(today.minusDays(400)), "Ages ago", 4, "d"));

            List<KeepInTouchDue> due = due(contacts, encounters, KeepInTouchRules.none(), today);

            assertEquals(List.of("b", "a", "c"), due.stream().map(d -> d.contact().id()).toList());
            assertEquals(List.of(40L, 10L, 5L), due.stream().map(KeepInTouchDue::daysOverdue).toList());
            assertEquals("Newer topic", due.getFirst().relationship().lastTopic());
            assertEquals(today.minusDays(70), due.getFirst().relationship().lastDay());
        }

        @Test
        void tagDefaultsApplyUnlessTheContactHasItsOwnCadence() {
            LocalDate today = LocalDate.of(2026, 5, 10);
            KeepInTouchRules rules = KeepInTouchRules.of(List.of(new TagCadence("Kunde", 60),
                    new TagCadence("partner", 30)));
            List<Contact> contacts = List.of(
                    contact("kunde", null, "kunde "),               // normalised match
                    contact("both", null, "Kunde", "Partner"),       // the shorter cadence wins
                    contact("own", 120, "Kunde"),                    // own cadence beats the tag
                    contact("none", null, "wordpress"));
            List<Encounter> encounters = List.of(
                    met("x1", berlinNoon(today.minusDays(61)), null, null, "kunde"),
                    met("x2", berlinNoon(today.minusDays(31)), null, null, "both"),
                    met("x3", berlinNoon(today.minusDays(61)), null, null, "own"),
                    met("x4", berlinNoon(today.minusDays(999)), null, null, "none"));

            List<KeepInTouchDue> due = due(contacts, encounters, rules, today);

            assertEquals(List.of("both", "kunde"), due.stream().map(d -> d.contact().id()).sorted().toList());
            assertEquals(30, due.stream().filter(d -> d.contact().id().equals("both")).findFirst().orElseThrow()
                    .cadenceDays());
        }

        @Test
        void someoneNeverMetIsDueCountingFromTheDayTheyWereAdded() {
            Contact added = Contact.builder("New").id("n").keepInTouchDays(30)
                    .createdAt(Instant.parse("2026-04-01T22:30:00Z")) // 2 April in Berlin
                    .build();
            assertTrue(due(List.of(added), List.of(), KeepInTouchRules.none(), LocalDate.of(2026, 5, 1)).isEmpty());
            KeepInTouchDue d = due(List.of(added), List.of(), KeepInTouchRules.none(), LocalDate.of(2026, 5, 2)).getFirst();
            assertEquals(LocalDate.of(2026, 5, 2), d.dueOn());
            assertFalse(d.relationship().everMet());
        }

        @Test
        void archivedContactsAreNeverDue() {
            Contact archived = contact("c1", 7).toBuilder().archived(true).build();
            assertTrue(due(List.of(archived), List.of(), KeepInTouchRules.none(), LocalDate.of(2026, 5, 1)).isEmpty());
        }

        @Test
        void aSnoozedCatchUpComesBackOnItsDay() {
            LocalDate today = LocalDate.of(2026, 5, 10);
            List<Contact> contacts = List.of(contact("c1", 30));
            Relationships r = Relationships.of(List.of(met("x", berlinNoon(today.minusDays(50)), null, null, "c1")),
                    today, BERLIN);
            Snoozes snoozes = new Snoozes(Map.of(Snoozes.keepInTouch("c1"), today.plusDays(7)));

            assertTrue(Reminders.keepInTouchDue(contacts, r, KeepInTouchRules.none(), snoozes, today, BERLIN).isEmpty());
            assertTrue(Reminders.keepInTouchDue(contacts, r, KeepInTouchRules.none(), snoozes, today.plusDays(6), BERLIN)
                    .isEmpty());
            assertEquals(1, Reminders.keepInTouchDue(contacts, r, KeepInTouchRules.none(), snoozes, today.plusDays(7),
                    BERLIN).size());
        }
    }

    @Nested
    class TimeZones {

        @Test
        void anEncounterCountsOnTheDayItFellOnInTheUsersZone() {
            // 23:30 in New York on 1 March is 05:30 on 2 March in Berlin.
            OffsetDateTime newYorkEvening = OffsetDateTime.of(2026, 3, 1, 23, 30, 0, 0, ZoneOffset.ofHours(-5));
            List<Encounter> encounters = List.of(met("x", newYorkEvening, "Dinner", 3, "c1"));

            assertEquals(LocalDate.of(2026, 3, 2),
                    Relationships.of(encounters, LocalDate.of(2026, 3, 10), BERLIN).of("c1").lastDay());
            assertEquals(LocalDate.of(2026, 3, 1),
                    Relationships.of(encounters, LocalDate.of(2026, 3, 10), ZoneId.of("America/New_York"))
                            .of("c1").lastDay());

            List<Contact> contacts = List.of(contact("c1", 7));
            assertTrue(due(contacts, encounters, KeepInTouchRules.none(), LocalDate.of(2026, 3, 8)).isEmpty(),
                    "seven days after 2 March (Berlin) is 9 March");
            assertEquals(LocalDate.of(2026, 3, 9),
                    due(contacts, encounters, KeepInTouchRules.none(), LocalDate.of(2026, 3, 9)).getFirst().dueOn());
        }

        @Test
        void theLatestEncounterIsTheLatestInstantNotTheLatestWallClock() {
            // 10:00 in Tokyo happens before 08:00 in Berlin on the same day.
            Encounter tokyo = met("tokyo", OffsetDateTime.of(2026, 3, 5, 10, 0, 0, 0, ZoneOffset.ofHours(9)),
                    "Tokyo", 3, "c1");
            Encounter berlin = met("berlin", OffsetDateTime.of(2026, 3, 5, 8, 0, 0, 0, ZoneOffset.ofHours(1)),
                    "Berlin", 3, "c1");
            assertEquals("Berlin", Relationships.of(List.of(berlin, tokyo), LocalDate.of(2026, 3, 6), BERLIN)
                    .of("c1").lastTopic());
        }

        @Test
        void theDayBoundaryAroundDaylightSavingTimeIsTheLocalOne() {
            // Clocks go forward in Berlin on 29 March 2026; 00:30+02:00 on 30 March is still 30 March there.
            OffsetDateTime justAfterMidnight = LocalDateTime.of(2026, 3, 30, 0, 30).atZone(BERLIN).toOffsetDateTime();
            assertEquals(ZoneOffset.ofHours(2), justAfterMidnight.getOffset());
            Relationships r = Relationships.of(List.of(met("x", justAfterMidnight.withOffsetSameInstant(ZoneOffset.UTC),
                    null, null, "c1")), LocalDate.of(2026, 4, 1), BERLIN);
            assertEquals(LocalDate.of(2026, 3, 30), r.of("c1").lastDay());
        }
    }

    @Nested
    class Birthdays {

        static Contact born(String id, Birthday b) {
            return Contact.builder("Person " + id).id(id).birthday(b).build();
        }

        List<BirthdayReminder> upcoming(LocalDate today, Contact... contacts) {
            return Reminders.birthdays(List.of(contacts), Relationships.of(List.of(), today, BERLIN), Snoozes.none(),
                    today, Reminders.BIRTHDAY_DAYS_AHEAD);
        }

        @Test
        void birthdaysOfTheNextFourteenDaysSoonestFirst() {
            LocalDate today = LocalDate.of(2026, 6, 1);
            List<BirthdayReminder> list = upcoming(today,
                    born("later", Birthday.of(6, 15)),       // 14 days ahead: still in
                    born("tooLate", Birthday.of(6, 16)),     // 15 days ahead: out
                    born("today", Birthday.of(1990, 6, 1)),
                    born("past", Birthday.of(5, 31)),        // yesterday: next year, out
                    born("noBirthday", null));

            assertEquals(List.of("today", "later"), list.stream().map(b -> b.contact().id()).toList());
            assertTrue(list.getFirst().isToday());
            assertEquals(36, list.getFirst().turning());
            assertNull(list.get(1).turning(), "without a year there is no age");
            assertEquals(14, list.get(1).daysUntil());
        }

        @Test
        void aBirthdayWithoutYearRecursEveryYear() {
            Contact c = born("c", Birthday.parse("--04-12"));
            assertEquals(LocalDate.of(2026, 4, 12), upcoming(LocalDate.of(2026, 4, 1), c).getFirst().date());
            assertEquals(LocalDate.of(2031, 4, 12), upcoming(LocalDate.of(2031, 4, 1), c).getFirst().date());
        }

        @Test
        void acrossTheYearBoundary() {
            LocalDate newYearsEve = LocalDate.of(2026, 12, 25);
            List<BirthdayReminder> list = upcoming(newYearsEve,
                    born("jan3", Birthday.of(1980, 1, 3)), born("dec31", Birthday.of(12, 31)));
            assertEquals(List.of("dec31", "jan3"), list.stream().map(b -> b.contact().id()).toList());
            assertEquals(LocalDate.of(2027, 1, 3), list.get(1).date());
            assertEquals(9, list.get(1).daysUntil());
            assertEquals(47, list.get(1).turning(), "the age reached next year");
        }

        @Test
        void leapDayBirthdaysFallOn28FebruaryInOtherYears() {
            Contact leap = born("leap", Birthday.of(2000, 2, 29));
            Contact leapNoYear = born("leapNoYear", Birthday.parse("--02-29"));

            List<BirthdayReminder> nonLeap = upcoming(LocalDate.of(2027, 2, 20), leap, leapNoYear);
            assertEquals(List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 2, 28)),
                    nonLeap.stream().map(BirthdayReminder::date).toList());
            assertEquals(27, nonLeap.stream().filter(b -> b.contact().id().equals("leap")).findFirst().orElseThrow()
                    .turning());

            assertTrue(upcoming(LocalDate.of(2027, 2, 28), leap).getFirst().isToday());
            assertEquals(LocalDate.of(2028, 2, 29), upcoming(LocalDate.of(2028, 2, 20), leap).getFirst().date());
            // On 1 March of a non-leap year it has passed: next is 29 Feb 2028, too far ahead.
            assertTrue(upcoming(LocalDate.of(2027, 3, 1), leap).isEmpty());
        }

        @Test
        void theReminderCarriesWhatWasLastTalkedAbout() {
            LocalDate today = LocalDate.of(2026, 6, 1);
            Relationships r = Relationships.of(List.of(
                    met("x", berlinNoon(LocalDate.of(2026, 5, 2)), "Her new bakery", 5, "c")), today, BERLIN);
            BirthdayReminder b = Reminders.birthdays(List.of(born("c", Birthday.of(6, 3))), r, Snoozes.none(),
                    today, 14).getFirst();
            assertEquals("Her new bakery", b.relationship().lastTopic());
        }

        @Test
        void snoozingThisYearsBirthdayLeavesNextYearsAlone() {
            LocalDate today = LocalDate.of(2026, 6, 1);
            Contact c = born("c", Birthday.of(6, 2));
            Snoozes snoozes = new Snoozes(Map.of(Snoozes.birthday("c", LocalDate.of(2026, 6, 2)), today.plusDays(1)));
            Relationships none = Relationships.of(List.of(), today, BERLIN);
            assertTrue(Reminders.birthdays(List.of(c), none, snoozes, today, 14).isEmpty());
            assertEquals(1, Reminders.birthdays(List.of(c), none, snoozes, today.plusDays(1), 14).size());
            assertEquals(1, Reminders.birthdays(List.of(c), none, snoozes, LocalDate.of(2027, 6, 1), 14).size());
        }
    }

    @Nested
    class FollowUps {

        @Test
        void openFollowUpsDueSoonOverdueFirstAndDoneOnesGone() {
            LocalDate today = LocalDate.of(2026, 6, 10);
            Encounter e = new Encounter("x1", berlinNoon(LocalDate.of(2026, 6, 1)), EncounterKind.MEETING, "Lunch",
                    null, null, List.of("c1"), null, null, List.of(
                            new FollowUp("Send deck", LocalDate.of(2026, 6, 12), false),
                            new FollowUp("Call back", LocalDate.of(2026, 6, 5), false),
                            new FollowUp("Done already", LocalDate.of(2026, 6, 1), true),
                            new FollowUp("Someday", null, false),
                            new FollowUp("Next month", LocalDate.of(2026, 7, 10), false),
                            new FollowUp("Today", today, false)));

            List<FollowUpReminder> list = Reminders.followUps(List.of(e), Snoozes.none(), today,
                    Reminders.FOLLOW_UP_DAYS_AHEAD);

            assertEquals(List.of("Call back", "Today", "Send deck"), list.stream().map(f -> f.followUp().what()).toList());
            assertEquals(List.of(true, false, false), list.stream().map(FollowUpReminder::isOverdue).toList());
            assertEquals(List.of(1, 5, 0), list.stream().map(FollowUpReminder::index).toList());
            assertEquals(5, list.getFirst().daysOverdue());
        }
    }

    @Nested
    class WarmthOfRelationships {

        LocalDate today = LocalDate.of(2026, 6, 10);

        Warmth warmth(Encounter... encounters) {
            return Relationships.of(List.of(encounters), today, BERLIN).warmth("c");
        }

        Encounter daysAgo(int days, Integer rating) {
            return met("x" + days, berlinNoon(today.minusDays(days)), null, rating, "c");
        }

        @Test
        void neverMetIsCold() {
            assertEquals(Warmth.COLD, warmth());
        }

        @Test
        void recencyCounts() {
            assertEquals(Warmth.WARM, warmth(daysAgo(20, 3)));
            assertEquals(Warmth.COOLING, warmth(daysAgo(60, 3)));
            assertEquals(Warmth.COOLING, warmth(daysAgo(170, 3)));
            assertEquals(Warmth.COLD, warmth(daysAgo(200, 3)));
        }

        @Test
        void ratingCounts() {
            assertEquals(Warmth.WARM, warmth(daysAgo(50, 5)));
            assertEquals(Warmth.COOLING, warmth(daysAgo(50, 3)));
            assertEquals(Warmth.COOLING, warmth(daysAgo(5, 1)), "a meeting not worth it does not make it warm");
            assertEquals(Warmth.WARM, warmth(daysAgo(20, null)), "unrated counts as ordinary");
        }

        @Test
        void frequencyCounts() {
            assertEquals(Warmth.COOLING, warmth(daysAgo(45, 3)));
            assertEquals(Warmth.WARM, warmth(daysAgo(45, 3), daysAgo(75, 3), daysAgo(105, 3)));
        }

        @Test
        void aLongHistoryCoolsWhenContactStops() {
            List<Encounter> weekly = new ArrayList<>();
            for (int w = 0; w < 100; w++) {
                weekly.add(daysAgo(100 + 7 * w, 4));
            }
            Relationship r = Relationships.of(weekly, today, BERLIN).of("c");
            assertTrue(r.score() > Warmth.WARM_SCORE);
            assertEquals(Warmth.COOLING, r.warmth());
            assertEquals(100, r.encounters());
        }

        @Test
        void healthCountsActiveContactsOnly() {
            List<Contact> contacts = List.of(contact("w", null), contact("c1", null), contact("c2", null),
                    contact("cool", null), contact("arch", null).toBuilder().archived(true).build());
            Relationships r = Relationships.of(List.of(
                    met("1", berlinNoon(today.minusDays(3)), null, 4, "w", "arch"),
                    met("2", berlinNoon(today.minusDays(100)), null, 3, "cool")), today, BERLIN);
            assertEquals(new NetworkHealth(1, 1, 2), Reminders.health(contacts, r));
        }
    }

    @Test
    void recentEncountersAreTheLatestThatHappenedNewestFirst() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        List<Encounter> all = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            all.add(met("x" + d, berlinNoon(today.minusDays(d)), "E" + d, null, "c"));
        }
        all.add(met("future", berlinNoon(today.plusDays(3)), "Planned", null, "c"));
        List<Encounter> recent = Reminders.recent(app.rapport.journal.EncounterTimeline.of(all), berlinNoon(today).toInstant().plusSeconds(1), 3);
        assertEquals(List.of("x0", "x1", "x2"), recent.stream().map(Encounter::id).toList());
    }
}
