package app.rapport.interchange.csv;

import app.rapport.interchange.contacts.ImportFailedException;
import app.rapport.interchange.contacts.RecordProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** The header's columns of a CSV file of contacts, by lower-case name, and the cells of a row by column. */
final class CsvColumns {

    final List<String> names = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    /** Cells carry one quote more in front than the value has ({@code CsvContactWriter.neutralised}). */
    boolean excelQuoted;

    CsvColumns(CSVRecord header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            names.add(name);
            index.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        }
    }

    void require(String file, long line, CsvContactReader.Dialect d) throws ImportFailedException {
        String[] required = switch (d) {
            case LINKEDIN, GOOGLE, OUTLOOK -> new String[] {"first name", "last name"};
            case GOOGLE_OLD -> new String[] {"given name", "family name"};
            case GERMAN, OUTLOOK_GERMAN -> new String[] {"vorname", "nachname"};
            case RAPPORT -> new String[] {"name"};
        };
        for (String r : required) {
            if (!index.containsKey(r)) {
                // The header mentions the column, but the separator did not split it off.
                throw new ImportFailedException(RecordProblem.ofFile(file, line, "import.csv.columns",
                        String.join(", ", required)));
            }
        }
    }

    /** The first non-blank value of the named columns, or null. */
    String get(CSVRecord r, String... columns) {
        for (String c : columns) {
            Integer i = index.get(c);
            if (i != null && i < r.size() && !cell(r, i).isBlank()) {
                return cell(r, i).strip();
            }
        }
        return null;
    }

    private String cell(CSVRecord r, int i) {
        String v = r.get(i);
        return excelQuoted && v.startsWith("'") ? v.substring(1) : v;
    }

    /** The header's own spelling of the first of the named columns that exists. */
    String label(String... columns) {
        for (String c : columns) {
            Integer i = index.get(c);
            if (i != null) {
                return names.get(i);
            }
        }
        return columns[0];
    }

    /** Every value of the columns whose name matches, each split on Google's " ::: ". */
    List<String> all(CSVRecord r, Pattern columnName) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size() && i < r.size(); i++) {
            if (columnName.matcher(names.get(i).toLowerCase(Locale.ROOT)).matches()) {
                CsvContactReader.split(cell(r, i), CsvContactReader.GOOGLE_SEPARATOR, out);
            }
        }
        return out;
    }
}
