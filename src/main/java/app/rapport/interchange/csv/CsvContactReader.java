package app.rapport.interchange.csv;

import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFormat;
import app.rapport.interchange.contacts.ImportFailedException;
import app.rapport.interchange.contacts.RecordProblem;
import app.rapport.interchange.contacts.Records;
import app.rapport.journal.Birthday;
import app.rapport.journal.Contact;
import app.rapport.journal.Progress;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the address book CSV files people actually have: LinkedIn's "Connections.csv" (with its
 * note lines before the header), Google Contacts' export (the current header and the older
 * "Given Name" one), Outlook's export in English and German (Outlook for Windows and Outlook.com
 * name their columns alike), and a German Excel export (semicolons, Windows-1252 or UTF-8 with BOM), as
 * well as Rapport's own CSV export. The dialect is recognised by the header, wherever in the first
 * lines it is; records are numbered by the line they start on.
 */
public final class CsvContactReader {

    /** How many lines may come before the header (LinkedIn puts three there). */
    static final int MAX_PREAMBLE_LINES = 20;
    private static final String GOOGLE_SEPARATOR = " ::: ";
    private static final Pattern GOOGLE_EMAIL = Pattern.compile("e-mail \\d+ - value");
    private static final Pattern GOOGLE_PHONE = Pattern.compile("phone \\d+ - value");
    private static final Pattern GOOGLE_WEBSITE = Pattern.compile("website \\d+ - value");
    private static final Pattern GOOGLE_CITY = Pattern.compile("address \\d+ - city");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final DateTimeFormatter LINKEDIN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The kind of CSV, found from its header. */
    enum Dialect {
        LINKEDIN(ContactFormat.LINKEDIN_CSV),
        GOOGLE(ContactFormat.GOOGLE_CSV),
        GOOGLE_OLD(ContactFormat.GOOGLE_CSV),
        GERMAN(ContactFormat.GERMAN_CSV),
        OUTLOOK(ContactFormat.OUTLOOK_CSV),
        /** Outlook's German export: the German columns, read as {@link #GERMAN} with Outlook's extra ones. */
        OUTLOOK_GERMAN(ContactFormat.OUTLOOK_CSV),
        RAPPORT(ContactFormat.RAPPORT_CSV);

        final ContactFormat format;

        Dialect(ContactFormat format) {
            this.format = format;
        }
    }

    /** Where the header is and what it says. */
    record Header(Dialect dialect, int lineIndex, char delimiter) {
    }

    private CsvContactReader() {
    }

    /** The header of a CSV address book Rapport knows, if the text has one in its first lines. */
    static Optional<Header> findHeader(String text) {
        List<String> lines = text.lines().limit(MAX_PREAMBLE_LINES).toList();
        for (int i = 0; i < lines.size(); i++) {
            String lower = lines.get(i).toLowerCase(Locale.ROOT).replace("\"", "");
            Dialect d = dialect(lower);
            if (d != null) {
                return Optional.of(new Header(d, i, delimiter(lines.get(i))));
            }
        }
        return Optional.empty();
    }

    private static Dialect dialect(String header) {
        List<String> cells = Arrays.stream(header.split("[,;\\t|]")).map(String::strip).toList();
        if (cells.contains("name") && cells.contains("emails") && cells.contains("interests")) {
            return Dialect.RAPPORT;
        }
        if (cells.contains("first name") && cells.contains("last name")
                && (cells.contains("connected on") || cells.contains("email address") && cells.contains("position"))) {
            return Dialect.LINKEDIN;
        }
        if (cells.contains("first name") && (cells.contains("e-mail 1 - value") || cells.contains("labels")
                || cells.contains("organization name") || cells.contains("phone 1 - value"))) {
            return Dialect.GOOGLE;
        }
        if (cells.contains("given name") && cells.contains("family name")) {
            return Dialect.GOOGLE_OLD;
        }
        if (cells.contains("first name") && cells.contains("last name") && (cells.contains("e-mail address")
                || cells.contains("e-mail display name") || cells.contains("business phone") || cells.contains("job title"))) {
            return Dialect.OUTLOOK;
        }
        if (cells.contains("vorname") && cells.contains("nachname")) {
            return cells.contains("e-mail: angezeigter name") || cells.contains("e-mail 2: adresse")
                    || cells.contains("telefon geschäftlich") && cells.contains("e-mail-adresse")
                    ? Dialect.OUTLOOK_GERMAN : Dialect.GERMAN;
        }
        return null;
    }

    /** The separator the header uses most: comma, semicolon, tab or bar. */
    private static char delimiter(String headerLine) {
        char best = ',';
        long bestCount = -1;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            long n = headerLine.chars().filter(x -> x == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    /** The kind of CSV address book this text is, if Rapport knows its header. */
    public static Optional<ContactFormat> format(String text) {
        return findHeader(text).map(h -> h.dialect().format);
    }

    /** Whether the text is a CSV address book Rapport can read. */
    public static boolean recognizes(String text) {
        return findHeader(text).isPresent();
    }

    public static AddressBook read(String file, String text, Progress progress) throws ImportFailedException {
        Header header = findHeader(text).orElseThrow(() -> new ImportFailedException(
                RecordProblem.ofFile(file, 1, "import.csv.unknownHeader")));
        int offset = 0;
        for (int i = 0; i < header.lineIndex(); i++) {
            int nl = text.indexOf('\n', offset);
            offset = nl < 0 ? text.length() : nl + 1;
        }
        long headerLine = header.lineIndex() + 1;
        if (header.delimiter() != ',' && header.delimiter() != ';') {
            throw new ImportFailedException(RecordProblem.ofFile(file, headerLine, "import.csv.separator",
                    header.delimiter() == '\t' ? "Tab" : String.valueOf(header.delimiter())));
        }
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180)
                .setDelimiter(header.delimiter())
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        Records records = new Records(file, header.dialect().format);
        long expected = text.length() - offset;
        String body = text.substring(offset);
        Columns columns = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new ImportFailedException(RecordProblem.ofFile(file, headerLine, "import.file.empty"));
            }
            columns = new Columns(it.next());
            // Rapport's export for Excel puts a quote before cells a spreadsheet would run as formulas.
            columns.excelQuoted = header.dialect() == Dialect.RAPPORT && header.delimiter() == ';';
            columns.require(file, headerLine, header.dialect());
            // Lines are counted from the records' character positions: exact with multi-line fields.
            long line = headerLine;
            int counted = 0;
            int row = 0;
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw quoteFailure(file, body, header.delimiter(), headerLine, columns, line + 1);
                }
                int start = (int) Math.min(r.getCharacterPosition(), body.length());
                for (int i = counted; i < start; i++) {
                    if (body.charAt(i) == '\n') {
                        line++;
                    }
                }
                counted = start;
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                row++;
                if (row % 500 == 0) {
                    progress.checkCancelled();
                    progress.update("read", r.getCharacterPosition(), expected);
                }
                addRow(records, header.dialect(), columns, r, row, line);
            }
        } catch (IOException e) {
            throw new ImportFailedException(RecordProblem.ofFile(file, 0, "import.file.unreadable", e.getMessage()));
        } catch (UncheckedIOException e) {
            throw quoteFailure(file, body, header.delimiter(), headerLine, columns, headerLine);
        }
        progress.update("read", expected, expected);
        return records.build();
    }

    /**
     * The parser gave up on the quotes: which line, which column and why, found by going through the
     * text again; {@code fallbackLine} if that finds nothing (the parser's reasons are its own).
     */
    private static ImportFailedException quoteFailure(String file, String body, char delimiter, long headerLine,
                                                      Columns columns, long fallbackLine) {
        QuoteCheck.Problem p = QuoteCheck.find(body, delimiter, headerLine);
        if (p == null) {
            return new ImportFailedException(RecordProblem.ofFile(file, fallbackLine, "import.csv.quotes"));
        }
        String column = columns != null && p.column() < columns.names.size() && !columns.names.get(p.column()).isBlank()
                ? columns.names.get(p.column()) : String.valueOf(p.column() + 1);
        String key = p.kind() == QuoteCheck.Kind.NOT_CLOSED ? "import.csv.quoteNotClosed" : "import.csv.textAfterQuote";
        return new ImportFailedException(p.record() == 0
                ? new RecordProblem(file, null, 0, p.line(), column, key, List.of(p.start()))
                : new RecordProblem(file, "row", p.record(), p.line(), column, key, List.of(p.start())));
    }

    /** The header's columns by lower-case name. */
    static final class Columns {
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        /** Cells carry one quote more in front than the value has ({@code CsvContactWriter.neutralised}). */
        boolean excelQuoted;

        Columns(CSVRecord header) {
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                names.add(name);
                index.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            }
        }

        void require(String file, long line, Dialect d) throws ImportFailedException {
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
                    split(cell(r, i), GOOGLE_SEPARATOR, out);
                }
            }
            return out;
        }
    }

    private static void split(String value, String separator, List<String> out) {
        if (value == null) {
            return;
        }
        for (String v : value.split(Pattern.quote(separator))) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
    }

    private static List<String> list(String value, Pattern separator) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String v : separator.split(value)) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }

    /**
     * The values of a cell of Rapport's own CSV: split at each semicolon that is not written
     * {@code \;} ({@code CsvContactWriter.join}), with {@code \;} and {@code \\} read back as
     * the characters; a backslash before anything else stays as it is.
     */
    static List<String> rapportList(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i <= cell.length(); i++) {
            char ch = i < cell.length() ? cell.charAt(i) : ';';
            if (ch == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == ';' || cell.charAt(i + 1) == '\\')) {
                value.append(cell.charAt(++i));
            } else if (ch == ';') {
                if (!value.toString().isBlank()) {
                    out.add(value.toString().strip());
                }
                value.setLength(0);
            } else {
                value.append(ch);
            }
        }
        return out;
    }

    private static String joinName(String... parts) {
        String joined = String.join(" ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).toList());
        return joined.isBlank() ? null : joined;
    }

    private static void addRow(Records records, Dialect dialect, Columns cols, CSVRecord r, int row, long line) {
        List<RecordProblem> problems = new ArrayList<>();
        if (r.size() != cols.names.size()) {
            problems.add(records.problem("row", row, line, null, "import.csv.fieldCount", r.size(), cols.names.size()));
        }
        Contact.Builder b = Contact.builder("");
        Map<String, String> fields = new HashMap<>();
        String name;
        switch (dialect) {
            case LINKEDIN -> {
                name = joinName(cols.get(r, "first name"), cols.get(r, "last name"));
                b.organization(cols.get(r, "company")).role(cols.get(r, "position"));
                b.emails(list(cols.get(r, "email address"), LIST_SEPARATORS));
                b.links(list(cols.get(r, "url"), WHITE_SPACE));
                String connected = cols.get(r, "connected on");
                b.howWeMet(connected == null ? "LinkedIn" : "LinkedIn, " + linkedInDate(connected));
                fields.put("name", cols.label("first name"));
                fields.put("emails", cols.label("email address"));
            }
            case GOOGLE, GOOGLE_OLD -> {
                boolean old = dialect == Dialect.GOOGLE_OLD;
                name = old ? cols.get(r, "name") : null;
                if (name == null) {
                    name = old ? joinName(cols.get(r, "name prefix"), cols.get(r, "given name"),
                            cols.get(r, "additional name"), cols.get(r, "family name"), cols.get(r, "name suffix"))
                            : joinName(cols.get(r, "name prefix"), cols.get(r, "first name"), cols.get(r, "middle name"),
                            cols.get(r, "last name"), cols.get(r, "name suffix"));
                }
                if (name == null) {
                    name = cols.get(r, "nickname", "file as");
                }
                b.organization(cols.get(r, "organization name", "organization 1 - name"));
                b.role(cols.get(r, "organization title", "organization 1 - title"));
                b.emails(cols.all(r, GOOGLE_EMAIL));
                b.phones(cols.all(r, GOOGLE_PHONE));
                b.links(cols.all(r, GOOGLE_WEBSITE));
                List<String> cities = cols.all(r, GOOGLE_CITY);
                b.city(cities.isEmpty() ? null : cities.getFirst());
                b.notes(cols.get(r, "notes"));
                List<String> labels = new ArrayList<>();
                split(cols.get(r, "labels", "group membership"), GOOGLE_SEPARATOR, labels);
                // "* myContacts", "* starred", "* My Contacts": Google's own groups, not the user's interests.
                b.interests(labels.stream().filter(l -> !l.startsWith("*")).toList());
                String birthday = cols.get(r, "birthday");
                if (birthday != null) {
                    try {
                        b.birthday(Birthday.parse(birthday));
                    } catch (DateTimeException e) {
                        problems.add(records.problem("row", row, line, cols.label("birthday"), "import.field.notADate", birthday));
                    }
                }
                fields.put("name", cols.label(old ? "given name" : "first name"));
                fields.put("emails", cols.label("e-mail 1 - value"));
                fields.put("phones", cols.label("phone 1 - value"));
            }
            case OUTLOOK -> {
                name = joinName(cols.get(r, "first name"), cols.get(r, "middle name"), cols.get(r, "last name"),
                        cols.get(r, "suffix"));
                if (name == null) {
                    name = cols.get(r, "nickname", "e-mail display name");
                }
                b.organization(cols.get(r, "company")).role(cols.get(r, "job title"));
                b.city(cols.get(r, "business city", "home city", "other city"));
                b.emails(outlookEmails(cols, r, "e-mail address", "e-mail 2 address", "e-mail 3 address"));
                List<String> phones = new ArrayList<>();
                for (String c : List.of("mobile phone", "business phone", "business phone 2", "home phone", "home phone 2",
                        "primary phone", "company main phone", "other phone", "car phone")) {
                    addIfPresent(phones, cols.get(r, c));
                }
                b.phones(phones);
                List<String> links = new ArrayList<>();
                addIfPresent(links, cols.get(r, "web page"));
                addIfPresent(links, cols.get(r, "personal web page"));
                b.links(links);
                b.notes(cols.get(r, "notes"));
                b.interests(list(cols.get(r, "categories"), LIST_SEPARATORS));
                String birthday = cols.get(r, "birthday");
                if (birthday != null && !isOutlookNoDate(birthday)) {
                    try {
                        b.birthday(outlookDate(birthday));
                    } catch (DateTimeException e) {
                        problems.add(records.problem("row", row, line, cols.label("birthday"), "import.field.notADate", birthday));
                    }
                }
                fields.put("name", cols.label("first name"));
                fields.put("emails", cols.label("e-mail address"));
                fields.put("phones", cols.label("mobile phone", "business phone", "home phone"));
            }
            case GERMAN, OUTLOOK_GERMAN -> {
                name = joinName(cols.get(r, "anrede", "titel"), cols.get(r, "vorname"), cols.get(r, "weitere vornamen"),
                        cols.get(r, "nachname"));
                b.organization(cols.get(r, "firma", "unternehmen", "organisation", "firma/organisation"));
                b.role(cols.get(r, "position", "funktion", "berufsbezeichnung"));
                b.city(cols.get(r, "ort", "stadt", "ort geschäftlich", "ort privat"));
                List<String> emails = new ArrayList<>();
                if (dialect == Dialect.OUTLOOK_GERMAN) {
                    emails.addAll(outlookEmails(cols, r, "e-mail-adresse", "e-mail 2: adresse", "e-mail 3: adresse"));
                } else {
                    for (String c : List.of("e-mail", "e-mail-adresse", "e-mail 1", "e-mail 2", "e-mail 3", "email")) {
                        emails.addAll(list(cols.get(r, c), LIST_SEPARATORS));
                    }
                }
                b.emails(emails);
                List<String> phones = new ArrayList<>();
                for (String c : List.of("telefon", "telefon geschäftlich", "telefon privat", "mobiltelefon", "mobil", "handy",
                        "telefon geschäftlich 2", "telefon privat 2", "mobiltelefon 2", "haupttelefon", "telefon firma",
                        "weiteres telefon")) {
                    String v = cols.get(r, c);
                    if (v != null) {
                        phones.add(v);
                    }
                }
                b.phones(phones);
                b.links(list(cols.get(r, "webseite", "website", "internet", "homepage"), WHITE_SPACE));
                b.notes(cols.get(r, "notizen", "notiz", "bemerkung", "bemerkungen"));
                b.interests(list(cols.get(r, "interessen", "kategorien", "schlagworte"), LIST_SEPARATORS));
                String birthday = cols.get(r, "geburtstag", "geburtsdatum");
                if (birthday != null && !isOutlookNoDate(birthday)) {
                    try {
                        b.birthday(germanDate(birthday));
                    } catch (DateTimeException e) {
                        problems.add(records.problem("row", row, line, cols.label("geburtstag", "geburtsdatum"),
                                "import.field.notADate", birthday));
                    }
                }
                fields.put("name", cols.label("vorname"));
                fields.put("emails", cols.label("e-mail", "e-mail-adresse", "e-mail 1", "email"));
                fields.put("phones", cols.label("telefon", "mobiltelefon", "handy"));
            }
            case RAPPORT -> {
                name = cols.get(r, "name");
                b.organization(cols.get(r, "organization")).role(cols.get(r, "role")).city(cols.get(r, "city"));
                b.emails(rapportList(cols.get(r, "emails"))).phones(rapportList(cols.get(r, "phones")))
                        .links(rapportList(cols.get(r, "links")));
                b.howWeMet(cols.get(r, "howwemet")).notes(cols.get(r, "notes"));
                b.interests(rapportList(cols.get(r, "interests"))).offers(rapportList(cols.get(r, "offers")))
                        .seeks(rapportList(cols.get(r, "seeks")));
                String birthday = cols.get(r, "birthday");
                if (birthday != null) {
                    try {
                        b.birthday(Birthday.parse(birthday));
                    } catch (DateTimeException e) {
                        problems.add(records.problem("row", row, line, "birthday", "import.field.notADate", birthday));
                    }
                }
            }
            default -> throw new IllegalStateException(dialect.toString());
        }
        if (name == null) {
            problems.add(records.problem("row", row, line, fields.getOrDefault("name", "name"), "import.csv.noName"));
            name = "";
        }
        records.add(b.name(name).build(), "row", row, line, problems, fields);
    }

    private static void addIfPresent(List<String> values, String value) {
        if (value != null && !values.contains(value)) {
            values.add(value);
        }
    }

    private static final Pattern IN_PARENTHESES = Pattern.compile("\\(([^()\\s]+@[^()\\s]+)\\)");

    /**
     * Outlook's e-mail columns. An address of an Exchange account is written as its directory
     * name ({@code /o=ExchangeLabs/ou=…}, type EX); its display name "Anna Berg (anna@example.org)"
     * then carries the address, which is taken from there; one with none is left out.
     */
    private static List<String> outlookEmails(Columns cols, CSVRecord r, String... columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            String v = cols.get(r, c);
            if (v == null) {
                continue;
            }
            if (v.startsWith("/o=") || v.startsWith("/O=")) {
                String display = cols.get(r, c.equals("e-mail address") ? "e-mail display name"
                        : c.equals("e-mail-adresse") ? "e-mail: angezeigter name"
                        : c.replace(" address", " display name").replace(": adresse", ": angezeigter name"));
                var m = display == null ? null : IN_PARENTHESES.matcher(display);
                if (m != null && m.find()) {
                    addIfPresent(out, m.group(1));
                }
                continue;
            }
            addIfPresent(out, v);
        }
        return out;
    }

    /** Outlook writes a missing date as "0/0/00" (English) or "0.0.00" (German). */
    private static boolean isOutlookNoDate(String s) {
        return s.strip().matches("0+[./-]0+[./-]0+");
    }

    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** Outlook's English dates: 4/12/1985 (month first, as the US Outlook writes it); ISO too. */
    static Birthday outlookDate(String s) {
        var m = SLASHED.matcher(s.strip());
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            // A day first (British Outlook) shows when the first number cannot be a month.
            return first > 12 ? Birthday.of(year, second, first) : Birthday.of(year, first, second);
        }
        return Birthday.parse(s);
    }

    /** LinkedIn writes "12 Mar 2024"; kept as ISO so that it reads the same in every language. */
    private static String linkedInDate(String s) {
        try {
            return LocalDate.parse(s.strip(), LINKEDIN_DATE).toString();
        } catch (DateTimeParseException e) {
            return s.strip();
        }
    }

    private static final Pattern GERMAN_FULL = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern GERMAN_NO_YEAR = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.?");

    /** 12.04.1985, 12.4.1985, 12.04. (no year), or ISO. */
    static Birthday germanDate(String s) {
        String t = s.strip();
        var m = GERMAN_FULL.matcher(t);
        if (m.matches()) {
            return Birthday.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = GERMAN_NO_YEAR.matcher(t);
        if (m.matches()) {
            return Birthday.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return Birthday.parse(t);
    }
}
