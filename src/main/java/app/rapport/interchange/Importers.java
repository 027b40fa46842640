package app.rapport.interchange;

import app.rapport.interchange.contacts.AddressBookImporter;
import app.rapport.interchange.ical.ICalendarImporter;
import app.rapport.interchange.json.JsonImporter;
import app.rapport.interchange.monica.MonicaJsonImporter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The importers Rapport knows, in the order they are asked whether they recognise a file. */
public final class Importers {

    /**
     * The registry's own importers are asked what they are, which endings they take and whether
     * they recognise a file, never to read one (that is {@link #all(Clock)}'s, with the app's clock):
     * their clock says so if asked the time.
     */
    private static final Clock NOT_FOR_READING = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            throw new IllegalStateException("an importer of Importers.all() or detect() reads with Importers.all(clock)");
        }
    };

    private static final List<Importer> ALL = all(NOT_FOR_READING);

    private Importers() {
    }

    public static List<Importer> all() {
        return ALL;
    }

    /**
     * The same importers, placing a day without a time in {@code clock}'s zone and expanding
     * repeating events around its today (the window's clock, a test's fixed one).
     */
    public static List<Importer> all(Clock clock) {
        // More specific formats first: Rapport JSON takes any JSON object and CSV almost any text.
        return List.of(new MonicaJsonImporter(clock.getZone()), new JsonImporter(), new ICalendarImporter(clock),
                new AddressBookImporter());
    }

    /**
     * The endings of the files of these kinds as a file chooser's patterns ({@code *.vcf}), once
     * each, in the registry's order: what the dialogs offer to open.
     */
    public static List<String> filePatterns(java.util.Set<Importer.Kind> kinds) {
        return ALL.stream().filter(i -> kinds.contains(i.kind())).flatMap(i -> i.fileEndings().stream())
                .distinct().map(e -> "*." + e).toList();
    }

    /** The importer for this content, if any recognises it. */
    public static Optional<Importer> detect(byte[] content) {
        return ALL.stream().filter(i -> i.recognizes(content)).findFirst();
    }

    /**
     * Skips a UTF-8 byte order mark and leading white space; the index of the first byte that
     * says what the file is, or {@code content.length}.
     */
    public static int firstSignificantByte(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r'
                || content[i] == '\n')) {
            i++;
        }
        return i;
    }
}
