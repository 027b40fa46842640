package app.rapport.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The user's edit and a change stored meanwhile, both from the same version, merged field by field. */
class ThreeWayMergeTest {

    private static final Contact BASE = Contact.builder("Anna Schmidt").id("anna").city("Köln")
            .emails(List.of("anna@kreislauf.de")).phones(List.of("+49 221 1111"))
            .interests(List.of("circular economy")).notes("Met at the barcamp.").build();

    @Test
    void fieldsChangedOnOneSideEachAreAllKept() {
        Contact mine = BASE.toBuilder().city("Bonn").build();
        Contact theirs = BASE.toBuilder().notes("Met at the barcamp.\nNew job at Stadtwerke.")
                .phones(List.of("+49 221 2222")).build();

        Contact merged = ThreeWayMerge.merge(RecordFields.CONTACT, BASE, mine, theirs);

        assertEquals("Bonn", merged.city());
        assertEquals("Met at the barcamp.\nNew job at Stadtwerke.", merged.notes());
        assertEquals(List.of("+49 221 2222"), merged.phones());
        assertEquals(List.of(ThreeWayMerge.Side.MINE, ThreeWayMerge.Side.THEIRS, ThreeWayMerge.Side.THEIRS),
                ThreeWayMerge.changes(RecordFields.CONTACT, BASE, mine, theirs).stream()
                        .map(ThreeWayMerge.Change::side).toList());
    }

    @Test
    void listsKeepWhatEitherSideAddedAndLoseWhatEitherRemoved() {
        Contact mine = BASE.toBuilder().emails(List.of("anna@kreislauf.de", "anna@home.de"))
                .interests(List.of()).build();
        Contact theirs = BASE.toBuilder().emails(List.of("anna@kreislauf.de", "a.schmidt@stadtwerke.de"))
                .interests(List.of("circular economy", "energy")).build();

        Contact merged = ThreeWayMerge.merge(RecordFields.CONTACT, BASE, mine, theirs);

        assertEquals(List.of("anna@kreislauf.de", "anna@home.de", "a.schmidt@stadtwerke.de"), merged.emails());
        assertEquals(List.of("energy"), merged.interests(), "mine removed one, theirs added one");
    }

    @Test
    void notesBothSidesWroteKeepTheOtherSidesNewLinesBelowTheUsers() {
        Contact mine = BASE.toBuilder().notes("Met at the barcamp.\nWants an intro to Jürgen.").build();
        Contact theirs = BASE.toBuilder().notes("Met at the barcamp.\nNew job at Stadtwerke.").build();

        assertEquals("Met at the barcamp.\nWants an intro to Jürgen.\n\nNew job at Stadtwerke.",
                ThreeWayMerge.merge(RecordFields.CONTACT, BASE, mine, theirs).notes());
    }

    @Test
    void aSingleValueBothSidesChangedKeepsTheUsersAndIsNamedAsChangedByBoth() {
        Contact mine = BASE.toBuilder().city("Bonn").build();
        Contact theirs = BASE.toBuilder().city("Berlin").build();

        assertEquals("Bonn", ThreeWayMerge.merge(RecordFields.CONTACT, BASE, mine, theirs).city());
        ThreeWayMerge.Change city = ThreeWayMerge.changes(RecordFields.CONTACT, BASE, mine, theirs).getFirst();
        assertEquals(ThreeWayMerge.Side.BOTH, city.side());
        assertEquals("Berlin", city.theirs());
    }

    @Test
    void whatIsNotAFieldComesFromTheStoredVersion() {
        java.time.Instant later = java.time.Instant.parse("2026-03-01T10:00:00Z");
        Contact theirs = BASE.toBuilder().updatedAt(later).build();
        assertEquals(later, ThreeWayMerge.merge(RecordFields.CONTACT, BASE, BASE.toBuilder().city("Bonn").build(),
                theirs).updatedAt());
    }

    @Test
    void aFollowUpTickedWhileAnotherWasAddedKeepsBoth() {
        OffsetDateTime when = OffsetDateTime.parse("2026-01-15T12:30:00+01:00");
        FollowUp send = new FollowUp("Send the deck", LocalDate.of(2026, 1, 20), false);
        Encounter base = new Encounter("e1", when, EncounterKind.MEAL, "Lunch", "Köln", null, List.of("anna"),
                "Seed funding.", 4, List.of(send));
        Encounter mine = base.withFollowUps(List.of(send.withDone(true)));
        FollowUp call = new FollowUp("Call Jürgen", null, false);
        Encounter theirs = base.withFollowUps(List.of(send, call));

        assertEquals(List.of(send.withDone(true), call),
                ThreeWayMerge.merge(RecordFields.ENCOUNTER, base, mine, theirs).followUps());
    }

    @Test
    void anActionSavedOverAChangedRecordIsAppliedToTheStoredOneWithoutAsking() {
        Contact stored = BASE.toBuilder().notes("Changed by the import.").build();
        List<Contact> saved = new ArrayList<>();
        BiFunction<Contact, Contact, Contact> save = (c, loaded) -> {
            if (!RecordFields.CONTACT.sameContent(loaded, saved.isEmpty() ? stored : saved.getLast())) {
                throw new ChangedMeanwhileException("contact", c.id(), saved.isEmpty() ? stored : saved.getLast());
            }
            saved.add(c);
            return c;
        };

        Contact result = ThreeWayMerge.saveMerged(RecordFields.CONTACT, BASE.toBuilder().archived(true).build(),
                BASE, save);

        assertEquals(true, result.archived());
        assertEquals("Changed by the import.", result.notes());
    }

    @Test
    void anActionOnARecordDeletedMeanwhileIsRefused() {
        BiFunction<Contact, Contact, Contact> save = (c, loaded) -> {
            throw new ChangedMeanwhileException("contact", c.id(), null);
        };
        assertThrows(ChangedMeanwhileException.class, () -> ThreeWayMerge.saveMerged(RecordFields.CONTACT,
                BASE.toBuilder().archived(true).build(), BASE, save));
    }

    @Test
    void anIntroductionsStatusAndItsStepDaysMergeAsOne() {
        Introduction base = new Introduction("i1", "anna", "juergen", IntroductionStatus.SUGGESTED, null, "energy",
                null).reached(IntroductionStatus.PLANNED, LocalDate.of(2026, 1, 5));
        Introduction mine = base.withStepDay(IntroductionStatus.PLANNED, LocalDate.of(2026, 1, 4));
        Introduction theirs = base.reached(IntroductionStatus.ASKED_A, LocalDate.of(2026, 1, 6));

        Introduction merged = ThreeWayMerge.merge(RecordFields.INTRODUCTION, base, mine, theirs);

        assertEquals(merged.status().isStep() && merged.steps().containsKey(merged.status()), true,
                "the status has its day: " + merged);
    }
}
