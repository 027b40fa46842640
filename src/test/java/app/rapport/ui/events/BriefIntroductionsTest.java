package app.rapport.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.Event;
import app.rapport.journal.Introduction;
import app.rapport.journal.IntroductionStatus;
import app.rapport.store.SqliteJournal;
import app.rapport.store.TestJournals;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preparation brief names the introductions worth making among the people who attend, from the engine. */
class BriefIntroductionsTest {

    @TempDir
    Path dir;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void onlyPairsOfAttendeesAreSuggestedAndPlannedOnesAreLeftOut() {
        try (SqliteJournal j = TestJournals.open(dir)) {
            Contact anna = j.saveContact(Contact.builder("Anna Schmidt").seeks(List.of("seed funding"))
                    .interests(List.of("circular economy")).build());
            Contact ben = j.saveContact(Contact.builder("Ben Müller").offers(List.of("seed funding"))
                    .interests(List.of("circular economy")).build());
            Contact carla = j.saveContact(Contact.builder("Carla Jung").offers(List.of("seed funding")).build());
            Contact dana = j.saveContact(Contact.builder("Dana Wolf").seeks(List.of("web design")).build());
            Contact emil = j.saveContact(Contact.builder("Emil Berg").offers(List.of("web design")).build());
            // Each met alone: people met together know each other and are not introduced.
            for (Contact c : List.of(anna, ben, carla, dana, emil)) {
                j.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-11-01T12:00:00Z"), EncounterKind.MEAL,
                        "Lunch", null, null, List.of(c.id()), null, 5, List.of()));
            }
            // Carla offers seed funding too, but is not coming; Dana and Emil come, but are already planned.
            Event meetup = j.saveEvent(new Event(null, "Meetup", null, OffsetDateTime.parse("2026-12-03T18:30:00+01:00"),
                    null, "Köln", null, List.of(anna.id(), ben.id(), dana.id(), emil.id()), List.of(), null));
            j.saveIntroduction(new Introduction(null, dana.id(), emil.id(), IntroductionStatus.PLANNED, null, null, null));

            var brief = EventBriefViewModel.brief(j, meetup.id(), CLOCK,
                    EventBriefViewModel.IntroductionIdeas.engine(1, 5, Locale.ENGLISH));
            assertEquals(1, brief.introductions().size(), brief.introductions().toString());
            var idea = brief.introductions().getFirst();
            assertEquals(Set.of(anna.id(), ben.id()), Set.of(idea.a().id(), idea.b().id()));
            assertTrue(idea.reason().contains("seed funding"), idea.reason());
        }
    }
}
