package app.rapport.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A step's day can be corrected only to a day that keeps the steps in order and is not in the future. */
class IntroductionStepDaysTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 20);

    /** Planned on 2 Oct, asked Anna on 5 Oct, asked Ben on 9 Oct, introduced on 12 Oct. */
    static final Introduction UNDER_WAY = new Introduction(null, "anna", "ben", null, null, "why", null)
            .reached(IntroductionStatus.PLANNED, LocalDate.of(2026, 10, 2))
            .reached(IntroductionStatus.ASKED_A, LocalDate.of(2026, 10, 5))
            .reached(IntroductionStatus.ASKED_B, LocalDate.of(2026, 10, 9))
            .reached(IntroductionStatus.INTRODUCED, LocalDate.of(2026, 10, 12));

    static Optional<Introduction.StepDayConflict> check(Introduction i, IntroductionStatus step, LocalDate day) {
        return i.stepDayConflict(step, day, TODAY);
    }

    @Test
    void aDayBetweenTheNeighbouringStepsOrOnTheSameDayAsOneIsFine() {
        assertTrue(check(UNDER_WAY, IntroductionStatus.ASKED_B, LocalDate.of(2026, 10, 7)).isEmpty());
        assertTrue(check(UNDER_WAY, IntroductionStatus.ASKED_B, LocalDate.of(2026, 10, 5)).isEmpty());
        assertTrue(check(UNDER_WAY, IntroductionStatus.ASKED_B, LocalDate.of(2026, 10, 12)).isEmpty());
        assertTrue(check(UNDER_WAY, IntroductionStatus.PLANNED, LocalDate.of(2025, 12, 24)).isEmpty());
        assertTrue(check(UNDER_WAY, IntroductionStatus.INTRODUCED, TODAY).isEmpty(), "today is not the future");
    }

    @Test
    void aDayInTheFutureIsRefused() {
        Introduction.StepDayConflict c = check(UNDER_WAY, IntroductionStatus.INTRODUCED, TODAY.plusDays(1)).orElseThrow();
        assertTrue(c.inFuture());
        assertEquals(IntroductionStatus.INTRODUCED, c.step());
        assertEquals(TODAY.plusDays(1), c.day());
    }

    @Test
    void aDayBeforeAnEarlierStepNamesTheNearestEarlierStep() {
        // Before both asking Anna (5 Oct) and planning (2 Oct): the step in the way is asking Anna.
        Introduction.StepDayConflict c = check(UNDER_WAY, IntroductionStatus.ASKED_B, LocalDate.of(2026, 10, 1)).orElseThrow();
        assertFalse(c.inFuture());
        assertTrue(c.beforeOther());
        assertEquals(IntroductionStatus.ASKED_A, c.other());
        assertEquals(LocalDate.of(2026, 10, 5), c.otherDay());
    }

    @Test
    void aDayAfterALaterStepNamesTheNearestLaterStep() {
        Introduction.StepDayConflict c = check(UNDER_WAY, IntroductionStatus.PLANNED, LocalDate.of(2026, 10, 10)).orElseThrow();
        assertFalse(c.beforeOther());
        assertEquals(IntroductionStatus.ASKED_A, c.other());
        assertEquals(LocalDate.of(2026, 10, 5), c.otherDay());
    }

    @Test
    void theOutcomeComesAfterMeetingButIsNoStepAfterTheOtherOutcome() {
        Introduction done = UNDER_WAY.reached(IntroductionStatus.MET, LocalDate.of(2026, 10, 14))
                .withOutcome(true, null, LocalDate.of(2026, 10, 18));
        assertTrue(check(done, IntroductionStatus.WORKING_TOGETHER, LocalDate.of(2026, 10, 15)).isEmpty());
        Introduction.StepDayConflict c = check(done, IntroductionStatus.WORKING_TOGETHER, LocalDate.of(2026, 10, 13))
                .orElseThrow();
        assertEquals(IntroductionStatus.MET, c.other());
        assertEquals(IntroductionStatus.MET, check(done, IntroductionStatus.INTRODUCED, LocalDate.of(2026, 10, 16))
                .orElseThrow().other(), "the step right after is the one in the way");
    }

    @Test
    void changingTheOutcomeKeepsOnlyTheNewOutcomesDay() {
        Introduction working = UNDER_WAY.reached(IntroductionStatus.MET, LocalDate.of(2026, 10, 14))
                .reached(IntroductionStatus.WORKING_TOGETHER, LocalDate.of(2026, 10, 18));
        Introduction notAfterAll = working.reached(IntroductionStatus.DID_NOT_WORK_OUT, LocalDate.of(2026, 11, 2));
        assertEquals(LocalDate.of(2026, 11, 2), notAfterAll.steps().get(IntroductionStatus.DID_NOT_WORK_OUT));
        assertFalse(notAfterAll.steps().containsKey(IntroductionStatus.WORKING_TOGETHER));
        assertEquals(LocalDate.of(2026, 10, 14), notAfterAll.steps().get(IntroductionStatus.MET), "earlier steps stay");
    }
}
