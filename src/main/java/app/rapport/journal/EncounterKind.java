package app.rapport.journal;

import java.util.Locale;

/** How an encounter happened. The wire names are those of the interchange format. */
public enum EncounterKind {
    MEETING("meeting"),
    CALL("call"),
    VIDEO("video"),
    MESSAGE("message"),
    EMAIL("email"),
    MEAL("meal"),
    EVENT("event"),
    OTHER("other");

    private final String wireName;

    EncounterKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Resource bundle key of the kind's display name. */
    public String messageKey() {
        return "encounter.kind." + wireName;
    }

    public static EncounterKind fromWireName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (EncounterKind kind : values()) {
            if (kind.wireName.equals(n)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown encounter kind: " + name);
    }
}
