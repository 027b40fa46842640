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
import java.util.function.Function;
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
    static final String GOOGLE_SEPARATOR = " ::: ";
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
        CsvColumns columns = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new ImportFailedException(RecordProblem.ofFile(file, headerLine, "import.file.empty"));
            }
            columns = new CsvColumns(it.next());
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
                                                      CsvColumns columns, long fallbackLine) {
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

    static void split(String value, String separator, List<String> out) {
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

    private static void addRow(Records records, Dialect dialect, CsvColumns cols, CSVRecord r, int row, long line) {
        Row in = new Row(records, cols, r, row, line);
        if (r.size() != cols.names.size()) {
            in.problems.add(records.problem("row", row, line, null, "import.csv.fieldCount", r.size(), cols.names.size()));
        }
        String name = switch (dialect) {
            case LINKEDIN -> linkedIn(in);
            case GOOGLE, GOOGLE_OLD -> google(in, dialect == Dialect.GOOGLE_OLD);
            case OUTLOOK -> outlook(in);
            case GERMAN, OUTLOOK_GERMAN -> german(in, dialect == Dialect.OUTLOOK_GERMAN);
            case RAPPORT -> rapport(in);
        };
        if (name == null) {
            in.problems.add(records.problem("row", row, line, in.fields.getOrDefault("name", "name"), "import.csv.noName"));
            name = "";
        }
        records.add(in.contact.name(name).build(), "row", row, line, in.problems, in.fields);
    }

    /**
     * One row while it is read: its cells by column name, the contact made of them, the problems
     * found, and which column each field came from (where a problem about it is shown).
     */
    private static final class Row {
        final Records records;
        final CsvColumns cols;
        final CSVRecord r;
        final int row;
        final long line;
        final Contact.Builder contact = Contact.builder("");
        final List<RecordProblem> problems = new ArrayList<>();
        final Map<String, String> fields = new HashMap<>();

        Row(Records records, CsvColumns cols, CSVRecord r, int row, long line) {
            this.records = records;
            this.cols = cols;
            this.r = r;
            this.row = row;
            this.line = line;
        }

        /** The first of {@code names} that has a value in this row. */
        String get(String... names) {
            return cols.get(r, names);
        }

        /** The birthday written in {@code column}, if any; one that is not a date is a problem of the row. */
        void birthday(String value, String column, Function<String, Birthday> parse) {
            if (value == null) {
                return;
            }
            try {
                contact.birthday(parse.apply(value));
            } catch (DateTimeException e) {
                problems.add(records.problem("row", row, line, column, "import.field.notADate", value));
            }
        }
    }

    private static String linkedIn(Row in) {
        Contact.Builder b = in.contact;
        b.organization(in.get("company")).role(in.get("position"));
        b.emails(list(in.get("email address"), LIST_SEPARATORS));
        b.links(list(in.get("url"), WHITE_SPACE));
        String connected = in.get("connected on");
        b.howWeMet(connected == null ? "LinkedIn" : "LinkedIn, " + linkedInDate(connected));
        in.fields.put("name", in.cols.label("first name"));
        in.fields.put("emails", in.cols.label("email address"));
        return joinName(in.get("first name"), in.get("last name"));
    }

    private static String google(Row in, boolean old) {
        String name = old ? in.get("name") : null;
        if (name == null) {
            name = old ? joinName(in.get("name prefix"), in.get("given name"),
                    in.get("additional name"), in.get("family name"), in.get("name suffix"))
                    : joinName(in.get("name prefix"), in.get("first name"), in.get("middle name"),
                    in.get("last name"), in.get("name suffix"));
        }
        if (name == null) {
            name = in.get("nickname", "file as");
        }
        Contact.Builder b = in.contact;
        b.organization(in.get("organization name", "organization 1 - name"));
        b.role(in.get("organization title", "organization 1 - title"));
        b.emails(in.cols.all(in.r, GOOGLE_EMAIL));
        b.phones(in.cols.all(in.r, GOOGLE_PHONE));
        b.links(in.cols.all(in.r, GOOGLE_WEBSITE));
        List<String> cities = in.cols.all(in.r, GOOGLE_CITY);
        b.city(cities.isEmpty() ? null : cities.getFirst());
        b.notes(in.get("notes"));
        List<String> labels = new ArrayList<>();
        split(in.get("labels", "group membership"), GOOGLE_SEPARATOR, labels);
        // "* myContacts", "* starred", "* My Contacts": Google's own groups, not the user's interests.
        b.interests(labels.stream().filter(l -> !l.startsWith("*")).toList());
        in.birthday(in.get("birthday"), in.cols.label("birthday"), Birthday::parse);
        in.fields.put("name", in.cols.label(old ? "given name" : "first name"));
        in.fields.put("emails", in.cols.label("e-mail 1 - value"));
        in.fields.put("phones", in.cols.label("phone 1 - value"));
        return name;
    }

    private static String outlook(Row in) {
        String name = joinName(in.get("first name"), in.get("middle name"), in.get("last name"), in.get("suffix"));
        if (name == null) {
            name = in.get("nickname", "e-mail display name");
        }
        Contact.Builder b = in.contact;
        b.organization(in.get("company")).role(in.get("job title"));
        b.city(in.get("business city", "home city", "other city"));
        b.emails(outlookEmails(in.cols, in.r, "e-mail address", "e-mail 2 address", "e-mail 3 address"));
        List<String> phones = new ArrayList<>();
        for (String c : List.of("mobile phone", "business phone", "business phone 2", "home phone", "home phone 2",
                "primary phone", "company main phone", "other phone", "car phone")) {
            addIfPresent(phones, in.get(c));
        }
        b.phones(phones);
        List<String> links = new ArrayList<>();
        addIfPresent(links, in.get("web page"));
        addIfPresent(links, in.get("personal web page"));
        b.links(links);
        b.notes(in.get("notes"));
        b.interests(list(in.get("categories"), LIST_SEPARATORS));
        String birthday = in.get("birthday");
        if (birthday != null && !isOutlookNoDate(birthday)) {
            in.birthday(birthday, in.cols.label("birthday"), CsvContactReader::outlookDate);
        }
        in.fields.put("name", in.cols.label("first name"));
        in.fields.put("emails", in.cols.label("e-mail address"));
        in.fields.put("phones", in.cols.label("mobile phone", "business phone", "home phone"));
        return name;
    }

    private static String german(Row in, boolean outlook) {
        Contact.Builder b = in.contact;
        b.organization(in.get("firma", "unternehmen", "organisation", "firma/organisation"));
        b.role(in.get("position", "funktion", "berufsbezeichnung"));
        b.city(in.get("ort", "stadt", "ort geschäftlich", "ort privat"));
        List<String> emails = new ArrayList<>();
        if (outlook) {
            emails.addAll(outlookEmails(in.cols, in.r, "e-mail-adresse", "e-mail 2: adresse", "e-mail 3: adresse"));
        } else {
            for (String c : List.of("e-mail", "e-mail-adresse", "e-mail 1", "e-mail 2", "e-mail 3", "email")) {
                emails.addAll(list(in.get(c), LIST_SEPARATORS));
            }
        }
        b.emails(emails);
        List<String> phones = new ArrayList<>();
        for (String c : List.of("telefon", "telefon geschäftlich", "telefon privat", "mobiltelefon", "mobil", "handy",
                "telefon geschäftlich 2", "telefon privat 2", "mobiltelefon 2", "haupttelefon", "telefon firma",
                "weiteres telefon")) {
            String v = in.get(c);
            if (v != null) {
                phones.add(v);
            }
        }
        b.phones(phones);
        b.links(list(in.get("webseite", "website", "internet", "homepage"), WHITE_SPACE));
        b.notes(in.get("notizen", "notiz", "bemerkung", "bemerkungen"));
        b.interests(list(in.get("interessen", "kategorien", "schlagworte"), LIST_SEPARATORS));
        String birthday = in.get("geburtstag", "geburtsdatum");
        if (birthday != null && !isOutlookNoDate(birthday)) {
            in.birthday(birthday, in.cols.label("geburtstag", "geburtsdatum"), CsvContactReader::germanDate);
        }
        in.fields.put("name", in.cols.label("vorname"));
        in.fields.put("emails", in.cols.label("e-mail", "e-mail-adresse", "e-mail 1", "email"));
        in.fields.put("phones", in.cols.label("telefon", "mobiltelefon", "handy"));
        return joinName(in.get("anrede", "titel"), in.get("vorname"), in.get("weitere vornamen"), in.get("nachname"));
    }

    private static String rapport(Row in) {
        in.contact.organization(in.get("organization")).role(in.get("role")).city(in.get("city"))
                .emails(rapportList(in.get("emails"))).phones(rapportList(in.get("phones")))
                .links(rapportList(in.get("links")))
                .howWeMet(in.get("howwemet")).notes(in.get("notes"))
                .interests(rapportList(in.get("interests"))).offers(rapportList(in.get("offers")))
                .seeks(rapportList(in.get("seeks")));
        in.birthday(in.get("birthday"), "birthday", Birthday::parse);
        return in.get("name");
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
    private static List<String> outlookEmails(CsvColumns cols, CSVRecord r, String... columns) {
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
