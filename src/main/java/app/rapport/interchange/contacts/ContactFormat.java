package app.rapport.interchange.contacts;

/** The address book formats Rapport reads and writes. */
public enum ContactFormat {
    VCARD("vCard"),
    LINKEDIN_CSV("LinkedIn CSV"),
    GOOGLE_CSV("Google Contacts CSV"),
    GERMAN_CSV("Excel CSV"),
    OUTLOOK_CSV("Outlook CSV"),
    RAPPORT_CSV("Rapport CSV");

    private final String displayName;

    ContactFormat(String displayName) {
        this.displayName = displayName;
    }

    /** The format's own name, the same in every language. */
    public String displayName() {
        return displayName;
    }
}
