package app.rapport.interchange;

import app.rapport.journal.TextRules;
import java.io.IOException;
import java.util.List;

/**
 * An export that would write texts Rapport refuses to read (a control character, a note beyond
 * any limit: journals from before those rules, or changed by other programs). Nothing is written;
 * each text is named by its record and field, so that the user can correct it, and
 * {@code rapport check} lists the same ones.
 */
public final class ExportRefusedException extends IOException {

    private static final long serialVersionUID = 1L;
    /** How much of a record's name a message shows. */
    private static final int LABEL_LENGTH = 60;

    private final transient List<TextRules.Found> found;

    public ExportRefusedException(List<TextRules.Found> found) {
        super(found.size() + " texts cannot be exported, the first: " + found.getFirst().list() + "["
                + found.getFirst().index() + "]." + found.getFirst().problem().field());
        this.found = List.copyOf(found);
    }

    public List<TextRules.Found> found() {
        return found;
    }

    /**
     * The text in one sentence in the caller's language, such as {@code contact "Anna Weber" (c12),
     * field notes: Contains the control character U+001D, ...}.
     */
    public static String describe(TextRules.Found f, MessageSource texts) {
        String record = f.label() == null || f.label().isBlank() ? String.valueOf(f.id())
                : "\"" + shown(f.label()) + "\" (" + shown(String.valueOf(f.id())) + ")";
        Object argument = f.problem().argument();
        return texts.text("export.unfit.where", texts.text("export.unfit.record." + f.list(), record), f.problem().field(),
                texts.text(f.problem().messageKey(), argument instanceof Number n ? n.toString() : argument));
    }

    /** The label without the characters that make it a problem, and not longer than a line. */
    private static String shown(String label) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < label.length() && out.length() < LABEL_LENGTH; i++) {
            char ch = label.charAt(i);
            out.append(ch < 0x20 || ch >= 0x7F && ch <= 0x9F ? '\uFFFD' : ch);
        }
        return out.length() < label.length() ? out + "…" : out.toString();
    }
}
