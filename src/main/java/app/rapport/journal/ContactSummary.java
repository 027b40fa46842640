package app.rapport.journal;

/** One row of the contact list: enough to show and sort it without loading every field. */
public record ContactSummary(String id, String name, String organization, String city, boolean archived) {
}
