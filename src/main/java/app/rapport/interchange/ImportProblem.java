package app.rapport.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing wrong (or, as a warning, ignored) in an imported file, named so that the user can find
 * it: the record ({@code contacts[3]}, with its id if it has one), the field, and the line and
 * column in the file where known. The text itself is a message key with arguments.
 *
 * @param list    the list the record is in, such as {@code contacts}, or null for the whole file
 * @param index   the record's position in the list, from 0; -1 if {@code list} is null
 * @param id      the record's id, or null
 * @param field   the field, such as {@code birthday} or {@code followUps[0].due}, or null
 * @param line    line in the file, from 1; 0 if unknown
 * @param column  column in the file, from 1; 0 if unknown
 */
public record ImportProblem(String list, int index, String id, String field,
                            String messageKey, List<Object> arguments, long line, long column) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem ofFile(String messageKey, long line, long column, Object... arguments) {
        return new ImportProblem(null, -1, null, null, messageKey, List.of(arguments), line, column);
    }

    /**
     * The full sentence, for example
     * {@code contacts[3] (id "c4"): field "birthday": "1990-13-01" is not a date (line 12, column 19)}.
     */
    public String describe(MessageSource texts) {
        List<String> parts = new ArrayList<>(3);
        if (list != null) {
            parts.add(id == null
                    ? texts.text("interchange.where.record", list, String.valueOf(index))
                    : texts.text("interchange.where.recordWithId", list, String.valueOf(index), id));
        }
        if (field != null) {
            parts.add(texts.text("interchange.where.field", field));
        }
        // Numbers as plain text: MessageFormat would print line 12345 as "12,345".
        Object[] args = arguments.stream()
                .map(a -> a instanceof Number ? a.toString() : a)
                .toArray();
        parts.add(texts.text(messageKey, args));
        String sentence = String.join(": ", parts);
        if (line > 0) {
            sentence += " " + texts.text("interchange.where.line", String.valueOf(line), String.valueOf(column));
        }
        return sentence;
    }
}
