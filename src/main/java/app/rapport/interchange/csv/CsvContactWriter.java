package app.rapport.interchange.csv;

import app.rapport.journal.Contact;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes contacts as CSV: UTF-8 (the caller's writer), a header, one row per contact, several
 * values in one cell separated by "; ". Spreadsheets open it, and Rapport reads it back.
 */
public final class CsvContactWriter {

    static final List<String> HEADER = List.of("id", "name", "organization", "role", "city", "emails", "phones", "links",
            "birthday", "howWeMet", "notes", "interests", "offers", "seeks", "keepInTouchDays", "doNotIntroduce", "archived");

    private CsvContactWriter() {
    }

    public static void write(Collection<Contact> contacts, Writer out) throws IOException {
        write(contacts, out, ',');
    }

    /**
     * The same for Excel as it is set up in Germany, Austria and Switzerland: semicolons between
     * the cells and a byte order mark first, without which Excel takes UTF-8 for Windows-1252 and
     * garbles umlauts. Rapport reads this form back too.
     */
    public static void writeForExcel(Collection<Contact> contacts, Writer out) throws IOException {
        out.write('\uFEFF');
        write(contacts, out, ';', true);
    }

    private static void write(Collection<Contact> contacts, Writer out, char delimiter) throws IOException {
        write(contacts, out, delimiter, false);
    }

    /**
     * A cell a spreadsheet would run as a formula, neutralised as OWASP recommends for CSV
     * injection: a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     * carriage return gets a single quote in front, which makes it text. A cell that begins with
     * a quote gets one more, so that {@link CsvContactReader} takes exactly one away again and every
     * value comes back as it was. The first character is judged as stored: stripping a leading tab
     * first would leave {@code =1+2} behind it.
     */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + cell;
            default -> cell;
        };
    }

    private static void write(Collection<Contact> contacts, Writer out, char delimiter, boolean forExcel)
            throws IOException {
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter)
                .setHeader(HEADER.toArray(String[]::new)).get();
        // Not closed: the caller owns the writer (standard output must stay open).
        CSVPrinter printer = new CSVPrinter(out, format);
        {
            for (Contact c : contacts) {
                List<Object> cells = java.util.Arrays.asList(c.id(), c.name(), c.organization(), c.role(), c.city(),
                        join(c.emails()), join(c.phones()), join(c.links()),
                        c.birthday() == null ? null : c.birthday().toString(), c.howWeMet(), c.notes(),
                        join(c.interests()), join(c.offers()), join(c.seeks()), c.keepInTouchDays(), c.doNotIntroduce(),
                        c.archived());
                if (forExcel) {
                    cells.replaceAll(v -> v instanceof String text ? neutralised(text) : v);
                }
                printer.printRecord(cells);
            }
        }
        printer.flush();
    }

    /**
     * Several values in one cell, separated by "; ". A value's own semicolon (a tag "R&D; Vertrieb")
     * and backslash are written as {@code \;} and {@code \\}, so that the reader splits where the
     * writer joined and every value comes back whole.
     */
    private static String join(List<String> values) {
        return String.join("; ", values.stream().map(v -> v.replace("\\", "\\\\").replace(";", "\\;")).toList());
    }
}
