package app.rapport.journal;

import java.time.Instant;

/** Something the user deleted; it can be restored until the trash is emptied. */
public record TrashItem(Kind kind, String id, String label, Instant deletedAt) {

    public enum Kind { CONTACT, ENCOUNTER, EVENT }
}
