package app.rapport.journal;

/**
 * What the contact list shows. {@code text} is searched as the user types (full text, prefix,
 * umlaut-folded); {@code tag} and {@code organization} must match exactly after normalisation.
 */
public record ContactFilter(String text, String tag, String organization, boolean includeArchived, int limit) {

    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public static ContactFilter all() {
        return new ContactFilter(null, null, null, false, NO_LIMIT);
    }

    public ContactFilter withText(String t) {
        return new ContactFilter(t, tag, organization, includeArchived, limit);
    }

    public ContactFilter withTag(String t) {
        return new ContactFilter(text, t, organization, includeArchived, limit);
    }

    public ContactFilter withOrganization(String o) {
        return new ContactFilter(text, tag, o, includeArchived, limit);
    }

    public ContactFilter withArchived(boolean archived) {
        return new ContactFilter(text, tag, organization, archived, limit);
    }

    public ContactFilter withLimit(int l) {
        return new ContactFilter(text, tag, organization, includeArchived, l);
    }
}
