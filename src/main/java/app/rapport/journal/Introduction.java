package app.rapport.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An introduction of contact {@code a} to contact {@code b}, from idea to outcome. The order
 * matters: {@code a} is the first person asked in the double opt-in.
 *
 * <p>{@code steps} holds the day each step of the pipeline was reached (planned up to the
 * outcome); {@code drafts} the editable double opt-in messages; {@code dismissalFingerprint}, for a
 * dismissed pair, what the two were about when the user dismissed them (computed by the engine,
 * stored here as an opaque string so the domain does not depend on it).
 */
public record Introduction(
        String id,
        String a,
        String b,
        IntroductionStatus status,
        Instant createdAt,
        String reason,
        String outcome,
        Map<IntroductionStatus, LocalDate> steps,
        Drafts drafts,
        String dismissalFingerprint) {

    public Introduction {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a contact cannot be introduced to itself: " + a);
        }
        status = status == null ? IntroductionStatus.SUGGESTED : status;
        EnumMap<IntroductionStatus, LocalDate> copy = new EnumMap<>(IntroductionStatus.class);
        if (steps != null) {
            for (Map.Entry<IntroductionStatus, LocalDate> e : steps.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                if (!e.getKey().isStep()) {
                    throw new IllegalArgumentException("not a step of an introduction: " + e.getKey().wireName());
                }
                copy.put(e.getKey(), e.getValue());
            }
        }
        steps = Collections.unmodifiableMap(copy);
        drafts = drafts == null || drafts.isEmpty() ? null : drafts;
        dismissalFingerprint = dismissalFingerprint == null || dismissalFingerprint.isBlank() ? null : dismissalFingerprint;
    }

    /** The introduction as version 1 of the interchange format knew it: no step dates, drafts or fingerprint. */
    public Introduction(String id, String a, String b, IntroductionStatus status, Instant createdAt, String reason,
                        String outcome) {
        this(id, a, b, status, createdAt, reason, outcome, Map.of(), null, null);
    }

    /**
     * The double opt-in drafts, in one language ({@code "de"} or {@code "en"}): the message asking
     * {@code a}, the one asking {@code b}, and the introduction itself.
     */
    public record Drafts(String language, String toA, String toB, String introduction) {

        public boolean isEmpty() {
            return blank(language) && blank(toA) && blank(toB) && blank(introduction);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** A dismissal of the pair: status dismissed with the fingerprint of what they were about. */
    public static Introduction dismissal(String a, String b, Instant at, String reason, String fingerprint) {
        return new Introduction(null, a, b, IntroductionStatus.DISMISSED, at, reason, null, Map.of(), null, fingerprint);
    }

    public Introduction withId(String newId) {
        return new Introduction(newId, a, b, status, createdAt, reason, outcome, steps, drafts, dismissalFingerprint);
    }

    /**
     * Moved to {@code newStatus} on {@code day}. The steps after it are forgotten (a correction
     * back to an earlier step), the day of the new one is set.
     */
    public Introduction reached(IntroductionStatus newStatus, LocalDate day) {
        EnumMap<IntroductionStatus, LocalDate> s = new EnumMap<>(IntroductionStatus.class);
        s.putAll(steps);
        if (newStatus.isStep()) {
            // Later steps are undone; so is the other outcome when the user changes their mind about it.
            s.keySet().removeIf(k -> k.ordinal() >= newStatus.ordinal() || newStatus.isFinal() && k.isFinal());
            s.put(newStatus, day);
        }
        return new Introduction(id, a, b, newStatus, createdAt, reason, outcome, s, drafts, dismissalFingerprint);
    }

    /** The same introduction with another day for one step already reached (a correction). */
    public Introduction withStepDay(IntroductionStatus step, LocalDate day) {
        EnumMap<IntroductionStatus, LocalDate> s = new EnumMap<>(IntroductionStatus.class);
        s.putAll(steps);
        s.put(step, day);
        return new Introduction(id, a, b, status, createdAt, reason, outcome, s, drafts, dismissalFingerprint);
    }

    /**
     * Why {@code day} cannot be the day {@code step} was reached: it is after {@code today}
     * ({@code other} is then null), or out of order with another step reached ({@code other} and
     * the day it was reached: an earlier step on a later day, or a later step on an earlier day).
     */
    public record StepDayConflict(IntroductionStatus step, LocalDate day, IntroductionStatus other,
                                  LocalDate otherDay) {

        public boolean inFuture() {
            return other == null;
        }

        /** Whether {@code day} is before the day of the earlier step {@code other}. */
        public boolean beforeOther() {
            return other != null && day.isBefore(otherDay);
        }
    }

    /**
     * Whether {@code step} can be corrected to {@code day}: not after today, and the steps keep
     * their order (the same day for several steps is fine). The nearest step in the way is named.
     */
    public Optional<StepDayConflict> stepDayConflict(IntroductionStatus step, LocalDate day,
                                                                LocalDate today) {
        Objects.requireNonNull(day, "day");
        if (day.isAfter(today)) {
            return Optional.of(new StepDayConflict(step, day, null, null));
        }
        StepDayConflict before = null;
        StepDayConflict after = null;
        for (Map.Entry<IntroductionStatus, LocalDate> e : steps.entrySet()) {
            IntroductionStatus other = e.getKey();
            LocalDate otherDay = e.getValue();
            // The two outcomes are alternatives, not one after the other.
            if (other == step || (other.isFinal() && step.isFinal())) {
                continue;
            }
            if (other.ordinal() < step.ordinal()) {
                if (day.isBefore(otherDay) && (before == null || otherDay.isAfter(before.otherDay()))) {
                    before = new StepDayConflict(step, day, other, otherDay);
                }
            } else if (day.isAfter(otherDay) && (after == null || otherDay.isBefore(after.otherDay()))) {
                after = new StepDayConflict(step, day, other, otherDay);
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    public Introduction withDrafts(Drafts newDrafts) {
        return new Introduction(id, a, b, status, createdAt, reason, outcome, steps, newDrafts, dismissalFingerprint);
    }

    /** The outcome: working together or not, with the user's note, on {@code day}. */
    public Introduction withOutcome(boolean worked, String note, LocalDate day) {
        Introduction i = reached(worked ? IntroductionStatus.WORKING_TOGETHER : IntroductionStatus.DID_NOT_WORK_OUT, day);
        return new Introduction(id, a, b, i.status, createdAt, reason, note, i.steps, drafts, dismissalFingerprint);
    }

    /** The day the step was reached, or null. */
    public LocalDate reachedOn(IntroductionStatus step) {
        return steps.get(step);
    }

    /** Whether {@code id} is one of the two people. */
    public boolean involves(String contactId) {
        return a.equals(contactId) || b.equals(contactId);
    }

    /** The other person of the two. */
    public String other(String contactId) {
        return a.equals(contactId) ? b : a;
    }
}
