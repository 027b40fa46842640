package app.rapport.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of each field when two records of one person become one (merged by kind through ContactFields). */
class ContactMergeTest {

    private static final Photo PHOTO = new Photo("image/png", new byte[] {1});

    @Test
    void eachFieldFollowsItsRule() {
        Contact keep = Contact.builder("Anna Schmidt").id("c1").organization(" ").city("Köln")
                .emails(List.of("Anna@Example.org")).phones(List.of("+49 221 5550101"))
                .birthday(Birthday.of(4, 12)).notes("Met at the meetup.").howWeMet("Meetup")
                .interests(List.of("Design")).archived(true).doNotIntroduce(false)
                .createdAt(Instant.parse("2026-03-01T00:00:00Z")).updatedAt(Instant.parse("2026-05-01T00:00:00Z")).build();
        Contact other = Contact.builder("Anna S.").id("c2").organization("Kreislauf").role("Founder").city("Bonn")
                .emails(List.of("anna@example.org ", "a@private.example")).phones(List.of("+49 (221) 555-0101", "0170 1"))
                .birthday(Birthday.of(1980, 4, 12)).notes("Prefers calls.").keepInTouchDays(30)
                .interests(List.of("design", "funding")).archived(false).doNotIntroduce(true).photo(PHOTO)
                .createdAt(Instant.parse("2026-01-01T00:00:00Z")).updatedAt(Instant.parse("2026-06-01T00:00:00Z")).build();
        Contact m = ContactMerge.merge(keep, other);
        assertEquals("c1", m.id());
        assertEquals("Anna Schmidt", m.name());
        assertEquals("Kreislauf", m.organization(), "a blank value is no value");
        assertEquals("Founder", m.role());
        assertEquals("Köln", m.city(), "the kept contact's first");
        assertEquals(List.of("Anna@Example.org", "a@private.example"), m.emails(), "one address in two spellings once");
        assertEquals(List.of("+49 221 5550101", "0170 1"), m.phones(), "one number in two spellings once");
        assertEquals(Birthday.of(1980, 4, 12), m.birthday(), "the same day with its year");
        assertEquals("Met at the meetup.\n\nPrefers calls.", m.notes());
        assertEquals("Meetup", m.howWeMet());
        assertEquals(List.of("Design", "funding"), m.interests());
        assertEquals(30, m.keepInTouchDays());
        assertTrue(m.doNotIntroduce(), "either said so");
        assertFalse(m.archived(), "only if both were");
        assertEquals(PHOTO, m.photo());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), m.createdAt(), "the earlier");
        assertEquals(Instant.parse("2026-05-01T00:00:00Z"), m.updatedAt(), "the kept contact's; the store sets it");
        assertTrue(ContactMerge.importInto(keep, other).archived(), "an import leaves archiving as the user did");
    }
}
