package app.rapport.interchange.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.interchange.ImportResult;
import app.rapport.interchange.json.JsonJournalReader;
import app.rapport.interchange.json.JsonJournalWriter;
import app.rapport.journal.Contact;
import app.rapport.journal.ContactValidator;
import app.rapport.journal.Encounter;
import app.rapport.journal.IntroductionStatus;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Tags;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoJournalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant EXPORTED = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() {
        byte[] first = JsonJournalWriter.toBytes(DemoJournal.generate(300, 7, TODAY), EXPORTED);
        byte[] again = JsonJournalWriter.toBytes(DemoJournal.generate(300, 7, TODAY), EXPORTED);
        byte[] other = JsonJournalWriter.toBytes(DemoJournal.generate(300, 8, TODAY), EXPORTED);
        assertArrayEquals(first, again);
        assertFalse(java.util.Arrays.equals(first, other));
    }

    @Test
    void isReadBackWithoutProblemsAndPassesTheEditorsRules() throws Exception {
        JournalSnapshot demo = DemoJournal.generate(500, 3, TODAY);
        ImportResult read = JsonJournalReader.read(JsonJournalWriter.toBytes(demo, EXPORTED));
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
        JournalSnapshot back = read.snapshot();
        assertEquals(Set.copyOf(demo.contacts()), Set.copyOf(back.contacts()));
        assertEquals(Set.copyOf(demo.ties()), Set.copyOf(back.ties()));
        assertEquals(Set.copyOf(demo.events()), Set.copyOf(back.events()));
        assertEquals(Set.copyOf(demo.encounters()), Set.copyOf(back.encounters()));
        assertEquals(Set.copyOf(demo.introductions()), Set.copyOf(back.introductions()));
        assertEquals(demo.exchanges().size(), back.exchanges().size());
        assertTrue(back.exchanges().containsAll(demo.exchanges()));
        for (Contact c : demo.contacts()) {
            assertEquals(java.util.List.of(), ContactValidator.problems(c), c.toString());
        }
    }

    @Test
    void looksLikeARealNetwork() {
        JournalSnapshot j = DemoJournal.generate(2000, 1, TODAY);
        assertEquals(2000, j.contacts().size());
        double tiesPerContact = j.ties().size() / 2000.0;
        assertTrue(tiesPerContact > 2 && tiesPerContact < 4, "ties per contact " + tiesPerContact);

        // German and English speakers: umlauts in names, and English first names.
        assertTrue(j.contacts().stream().anyMatch(c -> c.name().matches(".*[äöüÄÖÜß].*")));
        assertTrue(j.contacts().stream().anyMatch(c -> c.name().startsWith("Oliver ") || c.name().startsWith("Emma ")));
        // Colleagues share organisations.
        Map<String, Long> perOrganization = j.contacts().stream().filter(c -> c.organization() != null)
                .collect(Collectors.groupingBy(Contact::organization, Collectors.counting()));
        assertTrue(perOrganization.values().stream().anyMatch(n -> n >= 5));

        // Tags: a few common ones, a long tail of rare ones.
        Map<String, Integer> interestCounts = new HashMap<>();
        j.contacts().forEach(c -> c.interests().forEach(t -> interestCounts.merge(Tags.normalize(t), 1, Integer::sum)));
        long rare = interestCounts.values().stream().filter(n -> n <= 3).count();
        int most = interestCounts.values().stream().max(Integer::compare).orElse(0);
        assertTrue(rare >= 30, "rare interests: " + rare);
        assertTrue(most >= 100, "most common interest: " + most);
        double avgInterests = j.contacts().stream().mapToInt(c -> c.interests().size()).average().orElse(0);
        assertTrue(avgInterests > 4 && avgInterests < 8, "interests per contact " + avgInterests);

        // Seeks meet offers somewhere, or the engine would have nothing to suggest.
        Set<String> offers = new HashSet<>();
        j.contacts().forEach(c -> c.offers().forEach(t -> offers.add(Tags.normalize(t))));
        long matchable = j.contacts().stream().filter(c -> c.seeks().stream().anyMatch(s -> offers.contains(Tags.normalize(s))))
                .count();
        assertTrue(matchable > 500, "contacts whose seek someone offers: " + matchable);

        // Encounters over years, all before today, with ratings and open follow-ups.
        assertTrue(j.encounters().size() > 2000);
        assertTrue(j.encounters().stream().allMatch(e -> e.date().toLocalDate().isBefore(TODAY.plusDays(1))));
        assertTrue(j.encounters().stream().anyMatch(e -> e.date().toLocalDate().isBefore(TODAY.minusYears(3))));
        assertTrue(j.encounters().stream().anyMatch(e -> e.rating() != null && e.rating() == 5));
        assertTrue(j.encounters().stream().flatMap(e -> e.followUps().stream()).anyMatch(f -> !f.done()));
        assertTrue(j.encounters().stream().map(Encounter::eventId).anyMatch(id -> id != null));

        // Events with agendas, some still ahead; introductions in every status; give and take.
        assertTrue(j.events().stream().anyMatch(e -> e.start().toLocalDate().isAfter(TODAY)));
        assertTrue(j.events().stream().anyMatch(e -> !e.sessions().isEmpty()));
        assertEquals(Set.of(IntroductionStatus.values()),
                j.introductions().stream().map(i -> i.status()).collect(Collectors.toSet()));
        assertFalse(j.exchanges().isEmpty());
        assertTrue(j.contacts().stream().anyMatch(Contact::doNotIntroduce));
        assertTrue(j.contacts().stream().anyMatch(Contact::archived));
    }

    @Test
    void emailAddressesAreAsciiAndValid() {
        assertEquals("juergen.weiss", DemoContacts.slug("Jürgen") + "." + DemoContacts.slug("Weiß"));
        assertEquals("obrien", DemoContacts.slug("O'Brien"));
        assertEquals("yilmaz", DemoContacts.slug("Yılmaz"));
    }
}
