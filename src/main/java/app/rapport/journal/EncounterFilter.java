package app.rapport.journal;

import java.time.OffsetDateTime;

/** What the journal list shows; null fields do not filter. Results come newest first. */
public record EncounterFilter(String text, EncounterKind kind, String contactId,
                              OffsetDateTime from, OffsetDateTime to, int limit) {

    public static EncounterFilter all() {
        return new EncounterFilter(null, null, null, null, null, ContactFilter.NO_LIMIT);
    }

    public EncounterFilter withText(String t) {
        return new EncounterFilter(t, kind, contactId, from, to, limit);
    }

    public EncounterFilter withKind(EncounterKind k) {
        return new EncounterFilter(text, k, contactId, from, to, limit);
    }

    public EncounterFilter withContact(String id) {
        return new EncounterFilter(text, kind, id, from, to, limit);
    }

    public EncounterFilter withLimit(int l) {
        return new EncounterFilter(text, kind, contactId, from, to, l);
    }
}
