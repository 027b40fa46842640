package app.rapport.journal;

import java.util.Locale;

/** Where an introduction stands. The wire names are those of the interchange format. */
public enum IntroductionStatus {
    SUGGESTED("suggested"),
    DISMISSED("dismissed"),
    PLANNED("planned"),
    ASKED_A("asked-a"),
    ASKED_B("asked-b"),
    INTRODUCED("introduced"),
    MET("met"),
    WORKING_TOGETHER("working-together"),
    DID_NOT_WORK_OUT("did-not-work-out");

    private final String wireName;

    IntroductionStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether this is a step of the pipeline from planned to the outcome (which gets a date). */
    public boolean isStep() {
        return ordinal() >= PLANNED.ordinal();
    }

    /** Whether the introduction has its outcome: working together or did not work out. */
    public boolean isFinal() {
        return this == WORKING_TOGETHER || this == DID_NOT_WORK_OUT;
    }

    /** The next step of the pipeline, or null after "met" (the outcome is a choice) and at the end. */
    public IntroductionStatus next() {
        return switch (this) {
            case PLANNED -> ASKED_A;
            case ASKED_A -> ASKED_B;
            case ASKED_B -> INTRODUCED;
            case INTRODUCED -> MET;
            default -> null;
        };
    }

    /** Resource bundle key of the status's display name. */
    public String messageKey() {
        return "introduction.status." + wireName;
    }

    public static IntroductionStatus fromWireName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (IntroductionStatus status : values()) {
            if (status.wireName.equals(n)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown introduction status: " + name);
    }
}
