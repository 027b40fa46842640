package app.rapport.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Two records of one person merged: what their ties to a third person become. */
class TieMergeTest {

    @Test
    void theStrongerStrengthAndBothNotesAreKept() {
        Tie school = new Tie("anna", "ben", 2, "school");
        assertEquals(new Tie("anna", "ben", 4, "school\nwork"), school.mergedWith(4, "work"));
        assertEquals(new Tie("anna", "ben", 2, "school"), school.mergedWith(1, "school"), "the same note once");
        assertEquals(new Tie("anna", "ben", 2, "school"), school.mergedWith(null, null), "nothing known adds nothing");
        assertEquals(new Tie("anna", "ben", 3, "work"), new Tie("anna", "ben", null, null).mergedWith(3, "work"));
    }

    @Test
    void aContactIsCleanedAsTheJournalKeepsIt() {
        Contact c = Contact.builder("  Anna\t Weber\n").organization("  ").city(" Köln ")
                .emails(java.util.List.of(" a@b.de ", " ")).build().cleaned();
        assertEquals("Anna Weber", c.name());
        assertEquals(null, c.organization());
        assertEquals("Köln", c.city());
        assertEquals(java.util.List.of("a@b.de"), c.emails());
    }
}
