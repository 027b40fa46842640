package app.rapport.interchange.contacts;

import java.util.List;

/**
 * Something wrong with one record of an address book file (or with the whole file), named so
 * that the user can find it: the file, the record ({@code card 3}, {@code line 17}), the line
 * where it starts, and the field. The text itself is a message key with arguments.
 *
 * @param file       the file's name
 * @param recordKind {@code card}, {@code row} or null for the whole file
 * @param record     the record's number, from 1; 0 for the whole file
 * @param line       line in the file, from 1; 0 if unknown
 * @param field      the field as the file names it ({@code EMAIL}, {@code E-mail 1 - Value}), or null
 */
public record RecordProblem(String file, String recordKind, int record, long line, String field,
                            String messageKey, List<Object> arguments) {

    public RecordProblem {
        arguments = List.copyOf(arguments);
    }

    public static RecordProblem ofFile(String file, long line, String messageKey, Object... arguments) {
        return new RecordProblem(file, null, 0, line, null, messageKey, List.of(arguments));
    }

    /** Looks up user-visible texts by message key; the window and the command line pass their own. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... args);
    }

    /**
     * The whole sentence, such as {@code contacts.vcf, card 3 (line 14), field EMAIL: "anna@" is not a
     * valid e-mail address}.
     */
    public String describe(Texts texts) {
        return describe(texts, true);
    }

    /**
     * The sentence without the file's name, for a list under a heading that names it already:
     * {@code card 3 (line 14), field EMAIL: "anna@" is not a valid e-mail address}, or for the whole
     * file just the problem.
     */
    public String describeInFile(Texts texts) {
        return describe(texts, false);
    }

    private String describe(Texts texts, boolean withFile) {
        StringBuilder where = new StringBuilder(withFile ? file : "");
        if (recordKind != null) {
            if (!where.isEmpty()) {
                where.append(", ");
            }
            where.append(texts.text("import.where." + recordKind, String.valueOf(record)));
        }
        if (line > 0) {
            // "card 3 (line 14)", "notes.csv (line 1)"; alone "line 1", not "(line 1)" (a header's fault).
            where.append(where.isEmpty() ? texts.text("import.where.lineAlone", String.valueOf(line))
                    : " " + texts.text("import.where.line", String.valueOf(line)));
        }
        if (field != null) {
            where.append(where.isEmpty() ? "" : ", ").append(texts.text("import.where.field", field));
        }
        // Numbers as plain text: MessageFormat would print 12345 as "12,345".
        Object[] args = arguments.stream().map(a -> a instanceof Number ? a.toString() : a).toArray();
        return (where.isEmpty() ? "" : where + ": ") + texts.text(messageKey, args);
    }
}
