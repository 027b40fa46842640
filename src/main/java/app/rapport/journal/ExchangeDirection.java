package app.rapport.journal;

import java.util.Locale;

/** Whether the user gave or received. The wire names are those of the interchange format. */
public enum ExchangeDirection {
    GIVEN("given"),
    RECEIVED("received");

    private final String wireName;

    ExchangeDirection(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Resource bundle key of the direction's display name. */
    public String messageKey() {
        return "exchange.direction." + wireName;
    }

    public static ExchangeDirection fromWireName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ExchangeDirection direction : values()) {
            if (direction.wireName.equals(n)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("unknown exchange direction: " + name);
    }
}
