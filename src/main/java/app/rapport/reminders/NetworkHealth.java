package app.rapport.reminders;

/** How many of the user's active relationships are warm, cooling and cold. */
public record NetworkHealth(int warm, int cooling, int cold) {

    public int total() {
        return warm + cooling + cold;
    }

    public int count(Warmth w) {
        return switch (w) {
            case WARM -> warm;
            case COOLING -> cooling;
            case COLD -> cold;
        };
    }
}
