package app.rapport.journal;

import java.time.LocalDate;
import java.util.Objects;

/** Something the user promised or wants to do after an encounter. */
public record FollowUp(String what, LocalDate due, boolean done) {

    public FollowUp {
        Objects.requireNonNull(what, "what");
    }

    public FollowUp withDone(boolean isDone) {
        return new FollowUp(what, due, isDone);
    }
}
