package app.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.journal.Contact;
import app.rapport.journal.Encounter;
import app.rapport.journal.EncounterKind;
import app.rapport.journal.EncounterStamp;
import app.rapport.journal.Journal;
import app.rapport.reminders.Relationship;
import app.rapport.reminders.Relationships;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's lean stamps say what whole encounters say about every relationship. */
class EncounterStampsTest {

    @TempDir
    Path dir;

    @Test
    void stampsFromTheStoreMatchWholeEncountersAndLeaveOutTheTrash() {
        try (SqliteJournal journal = TestJournals.open(dir)) {
            Contact anna = journal.saveContact(Contact.builder("Anna").build());
            Contact ben = journal.saveContact(Contact.builder("Ben").build());
            Contact gone = journal.saveContact(Contact.builder("Gone").build());
            journal.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-05-01T23:30-04:00"), EncounterKind.MEAL,
                    null, null, null, List.of(anna.id(), ben.id()), "Dinner in Boston.\nLong talk.", 5, List.of()));
            journal.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-03-01T10:00+01:00"), EncounterKind.CALL,
                    "Quick call", null, null, List.of(anna.id(), gone.id()), null, null, List.of()));
            Encounter trashed = journal.saveEncounter(new Encounter(null, OffsetDateTime.parse("2026-06-01T10:00+02:00"),
                    EncounterKind.CALL, "Deleted", null, null, List.of(ben.id()), null, 1, List.of()));
            journal.trashEncounter(trashed.id());
            journal.trashContact(gone.id());

            List<EncounterStamp> fromStore = journal.encounterStamps();
            // The interface's own way, through whole encounters, on the same journal.
            Journal plain = (Journal) Proxy.newProxyInstance(Journal.class.getClassLoader(), new Class<?>[] {Journal.class},
                    (p, m, a) -> m.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(p, m, a) : m.invoke(journal, a));
            Comparator<EncounterStamp> order = Comparator.comparing(EncounterStamp::contactId)
                    .thenComparing(EncounterStamp::encounterId);
            assertEquals(plain.encounterStamps().stream().sorted(order).toList(), fromStore.stream().sorted(order).toList());
            assertEquals(3, fromStore.size(), "Anna twice, Ben once; the trashed encounter and contact are left out");

            ZoneId berlin = ZoneId.of("Europe/Berlin");
            LocalDate today = LocalDate.of(2026, 6, 10);
            Relationships fromStamps = Relationships.ofStamps(fromStore, today, berlin);
            Relationships fromEncounters = Relationships.of(journal.snapshot().encounters(), today, berlin);
            for (Contact c : List.of(anna, ben)) {
                Relationship a = fromStamps.of(c.id());
                Relationship b = fromEncounters.of(c.id());
                assertEquals(b.lastDay(), a.lastDay());
                assertEquals(b.lastTopic(), a.lastTopic());
                assertEquals(b.encounters(), a.encounters());
                assertEquals(b.score(), a.score(), 1e-12);
                assertEquals(b.warmth(), a.warmth());
            }
            assertEquals("Dinner in Boston.", fromStamps.of(anna.id()).lastTopic(), "the notes' first line");
            assertEquals(LocalDate.of(2026, 5, 2), fromStamps.of(anna.id()).lastDay(), "05:30 in Berlin");
        }
    }
}
