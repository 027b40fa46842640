package app.rapport.journal;

import java.util.Objects;

/** The default keep-in-touch cadence of everyone with a tag, for example every 60 days for "Kunde". */
public record TagCadence(String tag, int days) {

    public static final int MAX_DAYS = ContactValidator.MAX_KEEP_IN_TOUCH_DAYS;

    public TagCadence {
        Objects.requireNonNull(tag, "tag");
        if (tag.isBlank()) {
            throw new IllegalArgumentException("a tag cadence needs a tag");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("keep in touch every 1 to " + MAX_DAYS + " days, was " + days);
        }
        tag = tag.strip();
    }
}
