package app.rapport.interchange.csv;

/**
 * Finds where the quotes of a CSV text go wrong, once the parser has given up: the field whose
 * opening quote is never closed, or a closing quote followed by more text before the separator.
 * The parser only says that something is wrong; the user needs the line and the column.
 */
final class QuoteCheck {

    /** What is wrong: a quote never closed, or text after a closing quote. */
    enum Kind { NOT_CLOSED, TEXT_AFTER_QUOTE }

    /**
     * The first problem.
     *
     * @param line   line of the text, from {@code firstLine}, where the field begins
     * @param record the record's number in the text, from 0 (the header is record 0)
     * @param column the field's position in its record, from 0
     * @param start  the field's first characters as written, for the message
     */
    record Problem(Kind kind, long line, int record, int column, String start) {
    }

    private QuoteCheck() {
    }

    /** The first quoting problem of {@code text}, whose first line is {@code firstLine}; null if none. */
    static Problem find(String text, char delimiter, long firstLine) {
        long line = firstLine;
        int record = 0;
        int column = 0;
        int i = 0;
        int n = text.length();
        int recordStart = 0;
        while (i < n) {
            // At the start of a field.
            if (text.charAt(i) == '"') {
                int fieldStart = i;
                long fieldLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        return new Problem(Kind.NOT_CLOSED, fieldLine, record, column, excerpt(text, fieldStart));
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    i++;
                }
                // After the closing quote only a separator, the end of the line or of the text may follow.
                if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    int end = i;
                    while (end < n && text.charAt(end) != delimiter && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                        end++;
                    }
                    String field = text.substring(fieldStart, end);
                    return new Problem(Kind.TEXT_AFTER_QUOTE, fieldLine, record, column, field.length() <= 40 ? field
                            : field.substring(0, 40) + "…");
                }
            } else {
                while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            }
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (c == delimiter) {
                column++;
                i++;
            } else {
                // An empty line is no record: the reader skips it, and so does its numbering.
                boolean empty = i == recordStart;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
                if (!empty) {
                    record++;
                }
                column = 0;
                recordStart = i;
            }
        }
        return null;
    }

    /** The field's beginning on its first line, at most 30 characters. */
    private static String excerpt(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 30 && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(from, end) + (end < text.length() && end - from == 30 ? "…" : "");
    }
}
