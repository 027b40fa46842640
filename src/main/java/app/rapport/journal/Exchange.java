package app.rapport.journal;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of the give-and-take ledger: something given to or received from a contact. */
public record Exchange(String contact, ExchangeDirection direction, LocalDate date, String what) {

    public Exchange {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(direction, "direction");
    }
}
