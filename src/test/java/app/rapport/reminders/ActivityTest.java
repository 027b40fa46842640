package app.rapport.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Exchange;
import app.rapport.journal.ExchangeDirection;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Network screen's charts count what the journal (a real SQLite file) holds. */
class ActivityTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;

    private static Encounter encounter(OffsetDateTime at, EncounterKind kind, String... who) {
        return new Encounter(null, at, kind, "Coffee", null, null, List.of(who), null, null, List.of());
    }

    @Test
    void chartsCountTheJournalsRecordsByMonthInTheUsersZone() throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
            Contact anna = j.saveContact(Contact.builder("Anna").keepInTouchDays(30)
                    .createdAt(Instant.parse("2026-01-15T10:00:00Z")).build());
            Contact ben = j.saveContact(Contact.builder("Ben").createdAt(Instant.parse("2026-03-02T10:00:00Z")).build());
            Contact cara = j.saveContact(Contact.builder("Cara").createdAt(Instant.parse("2020-05-01T10:00:00Z")).build());
            Contact dora = j.saveContact(Contact.builder("Dora").archived(true)
                    .createdAt(Instant.parse("2026-02-28T23:30:00Z")).build());
            // Emil came with an address book imported yesterday; the journal has met him since June 2025.
            Contact emil = j.saveContact(Contact.builder("Emil").createdAt(Instant.parse("2026-03-09T10:00:00Z")).build());
            j.saveEncounter(encounter(OffsetDateTime.of(2025, 6, 10, 10, 0, 0, 0, ZoneOffset.UTC), EncounterKind.OTHER, emil.id()));
            // March: two meetings and a call; 31 January 23:30 UTC is already February in Berlin.
            j.saveEncounter(encounter(OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC), EncounterKind.MEETING, anna.id()));
            j.saveEncounter(encounter(OffsetDateTime.of(2026, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC), EncounterKind.MEETING, anna.id(), ben.id()));
            j.saveEncounter(encounter(OffsetDateTime.of(2026, 3, 6, 10, 0, 0, 0, ZoneOffset.UTC), EncounterKind.CALL, ben.id()));
            j.saveEncounter(encounter(OffsetDateTime.of(2026, 1, 31, 23, 30, 0, 0, ZoneOffset.UTC), EncounterKind.MEAL, cara.id()));
            // Older than the two years shown: not counted.
            j.saveEncounter(encounter(OffsetDateTime.of(2023, 1, 10, 10, 0, 0, 0, ZoneOffset.UTC), EncounterKind.MEAL, cara.id()));
            j.saveExchange(new Exchange(anna.id(), ExchangeDirection.GIVEN, LocalDate.of(2026, 3, 1), "an introduction"));
            j.saveExchange(new Exchange(anna.id(), ExchangeDirection.GIVEN, LocalDate.of(2026, 2, 1), "slides"));
            j.saveExchange(new Exchange(ben.id(), ExchangeDirection.RECEIVED, LocalDate.of(2026, 3, 3), "a lead"));
            Introduction planned = new Introduction(null, anna.id(), ben.id(), IntroductionStatus.SUGGESTED,
                    Instant.parse("2026-03-01T10:00:00Z"), "why", null).reached(IntroductionStatus.PLANNED, TODAY);
            j.saveIntroduction(planned);
            j.saveIntroduction(new Introduction(null, anna.id(), cara.id(), IntroductionStatus.SUGGESTED,
                    Instant.parse("2026-03-01T10:00:00Z"), "why", null).reached(IntroductionStatus.PLANNED, TODAY)
                    .reached(IntroductionStatus.ASKED_A, TODAY).reached(IntroductionStatus.ASKED_B, TODAY)
                    .reached(IntroductionStatus.INTRODUCED, TODAY).reached(IntroductionStatus.MET, TODAY)
                    .reached(IntroductionStatus.WORKING_TOGETHER, TODAY));
            JournalSnapshot s = j.snapshot();
            Activity a = Activity.of(s, KeepInTouchRules.none(), Snoozes.none(), TODAY, BERLIN, 24);

            assertEquals(24, a.months().size());
            assertEquals(YearMonth.of(2024, 4), a.months().getFirst().month());
            Activity.Month march = a.months().getLast();
            assertEquals(YearMonth.of(2026, 3), march.month());
            assertEquals(2, march.encounters().get(EncounterKind.MEETING).size());
            assertEquals(1, march.encounters().get(EncounterKind.CALL).size());
            assertEquals(3, march.encounterCount());
            Activity.Month february = a.months().get(22);
            assertEquals(Map.of(EncounterKind.MEAL, 1), Map.of(EncounterKind.MEAL,
                    february.encounters().get(EncounterKind.MEAL).size()), "in Berlin it was 1 February");
            assertEquals(0, a.months().get(21).encounterCount(), "January had none in Berlin");
            assertEquals(5, a.months().stream().mapToInt(Activity.Month::encounterCount).sum(), "2023 is not shown");

            // New: Anna added in January (met only in March), Ben added and met in March, Dora (archived,
            // added at half past midnight in Berlin) added in March, never met; Emil first met in June 2025,
            // not on the day of the import.
            assertEquals(List.of(anna.id()), a.months().get(21).newContacts());
            assertEquals(List.of(anna.id()), a.months().get(21).added());
            assertEquals(List.of(ben.id()), march.met());
            assertEquals(List.of(dora.id()), march.added());
            assertEquals(0, february.newContacts().size());
            Activity.Month june = a.months().get(14);
            assertEquals(YearMonth.of(2025, 6), june.month());
            assertEquals(List.of(emil.id()), june.met());
            assertEquals(4, a.months().stream().mapToInt(m -> m.newContacts().size()).sum(), "Cara came in 2020");

            assertEquals(1, march.given().size());
            assertEquals(1, march.received().size());
            assertEquals(1, february.given().size());

            // Warmth of the four active people: Anna (2 recent) warm; Ben (2 recent) warm; Cara cooling; Emil
            // (once, nine months ago) cold.
            Activity.WarmthShare w = a.warmth();
            assertEquals(4, w.total(), "Dora is archived");
            assertEquals(List.of(anna.id(), ben.id()).stream().sorted().toList(), w.warm().stream().sorted().toList());
            assertEquals(List.of(cara.id()), w.cooling());
            assertEquals(List.of(emil.id()), w.cold());
            assertEquals(List.of(), w.due(), "Anna was met 8 days ago, her cadence is 30");
            assertEquals(50.0, w.percent(w.warm()), 1e-9);

            assertEquals(1, a.introductions().get(IntroductionStatus.PLANNED).size());
            assertEquals(1, a.introductions().get(IntroductionStatus.WORKING_TOGETHER).size());
            assertEquals(0, a.introductions().get(IntroductionStatus.MET).size());
        }
    }

    @Test
    void aContactWhoseCadencePassedIsDue() throws Exception {
        try (SqliteJournal j = TestJournals.open(dir)) {
            Contact anna = j.saveContact(Contact.builder("Anna").keepInTouchDays(30).build());
            j.saveEncounter(encounter(OffsetDateTime.of(2025, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC), EncounterKind.MEETING, anna.id()));
            Activity a = Activity.of(j.snapshot(), KeepInTouchRules.none(), Snoozes.none(), TODAY, BERLIN, 24);
            assertEquals(List.of(anna.id()), a.warmth().due());
            assertEquals(100.0, a.warmth().percent(a.warmth().due()), 1e-9);
        }
    }
}
