package app.rapport.cli;

import app.rapport.interchange.ical.ICalendarWriter;
import app.rapport.journal.JournalSnapshot;
import app.rapport.reminders.KeepInTouchRules;
import app.rapport.reminders.Snoozes;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rapport export -o FILE}: the complete journal as INTERCHANGE.md JSON, its contacts as
 * vCard 4.0 or CSV, or its events and due reminders as iCalendar ({@code --format}).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends BaseCommand {

    /** What to write. */
    enum Format {
        json, vcard, csv, excel, ics;

        /** The format a file name asks for: JSON when it has no ending, null for an ending Rapport does not write. */
        static Format ofFileName(String name) {
            String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                    .toLowerCase(java.util.Locale.ROOT);
            int dot = n.lastIndexOf('.');
            if (dot <= 0) {
                return json;
            }
            return switch (n.substring(dot + 1)) {
                case "json" -> json;
                case "vcf", "vcard" -> vcard;
                case "csv" -> csv;
                case "ics", "ical" -> ics;
                default -> null;
            };
        }
    }

    /** Format names as people type them: any case, and the usual file endings. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            return switch (v) {
                case "json" -> Format.json;
                case "vcard", "vcf" -> Format.vcard;
                case "csv" -> Format.csv;
                case "excel", "csv-excel" -> Format.excel;
                case "ics", "ical", "icalendar" -> Format.ics;
                default -> throw new picocli.CommandLine.TypeConversionException(value);
            };
        }
    }

    /** For the usage error: the names the converter takes. */
    static final class FormatNames extends java.util.ArrayList<String> {
        FormatNames() {
            super(java.util.List.of("json", "vcard", "csv", "excel", "ics"));
        }
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "output")
    String output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", descriptionKey = "format",
            converter = FormatConverter.class, completionCandidates = FormatNames.class)
    Format format;

    @Option(names = "--encrypt", descriptionKey = "encrypt")
    boolean encrypt;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "passphraseFile")
    java.nio.file.Path passphraseFile;

    /** Fewer key derivation rounds than a file gets by default, for tests. */
    @Option(names = "--kdf-iterations", hidden = true)
    int iterations = app.rapport.sync.SyncCrypto.DEFAULT_ITERATIONS;

    private final Clock clock;
    private final java.util.function.Function<String, String> environment;

    ExportCommand(CliContext context, Clock clock, java.util.function.Function<String, String> environment) {
        super(context);
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (format == null) {
            format = "-".equals(output) ? Format.json : Format.ofFileName(output);
            if (format == null && encrypt) {
                format = Format.json; // an encrypted file's name is the user's: journal.json.sealed, say
            }
            if (format == null) {
                // A .pdf or .xlsx full of JSON would be a trap: say which formats there are.
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        text("cli.export.unknownEnding", output));
            }
        }
        if (encrypt && format != Format.json) {
            // Contacts or calendars are read by other programs, which cannot open an encrypted file.
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    text("cli.export.encryptJsonOnly", format));
        }
        if (format == Format.ics) {
            return exportCalendar();
        }
        char[] passphrase = encrypt ? Passphrases.read(context.texts(), environment, passphraseFile,
                "cli.encrypt.prompt", true) : null;
        JournalSnapshot s = withExistingJournal(journal -> journal.snapshot());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        app.rapport.interchange.Exports.Format as = switch (format) {
            case json -> app.rapport.interchange.Exports.Format.JOURNAL;
            case vcard -> app.rapport.interchange.Exports.Format.VCARD;
            case csv -> app.rapport.interchange.Exports.Format.CSV;
            case excel -> app.rapport.interchange.Exports.Format.CSV_EXCEL;
            case ics -> throw new IllegalStateException(format.toString());
        };
        refuseUnfitTexts(as == app.rapport.interchange.Exports.Format.JOURNAL ? s : new JournalSnapshot(s.contacts(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()));
        try {
            writeOutput(output, passphrase == null ? out -> app.rapport.interchange.Exports.write(as, s, s.contacts(), now, out)
                    : out -> app.rapport.sync.SealedFile.write(out, passphrase, iterations,
                            sealed -> app.rapport.interchange.Exports.write(as, s, s.contacts(), now, sealed)));
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
        if (!"-".equals(output)) {
            if (passphrase != null) {
                out().println(text("cli.export.encryptedDone", output, s.contacts().size(), s.ties().size(),
                        s.events().size(), s.encounters().size(), s.introductions().size(), s.exchanges().size()));
            } else if (format == Format.json) {
                out().println(text("cli.export.done", output, s.contacts().size(), s.ties().size(), s.events().size(),
                        s.encounters().size(), s.introductions().size(), s.exchanges().size()));
            } else {
                out().println(text("cli.export.contactsDone", output, s.contacts().size()));
            }
        }
        return 0;
    }

    /** Events and what is due (catch-ups, follow-ups, birthdays), for the user's calendar app. */
    private int exportCalendar() {
        record Loaded(JournalSnapshot journal, KeepInTouchRules rules, Snoozes snoozes) {
        }
        Loaded l = withExistingJournal(journal -> new Loaded(journal.snapshot(),
                KeepInTouchRules.of(journal.tagCadences()), new Snoozes(journal.snoozes())));
        refuseUnfitTexts(l.journal());
        ICalendarWriter.Counts[] counts = new ICalendarWriter.Counts[1];
        writeOutput(output, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            counts[0] = ICalendarWriter.write(l.journal(), l.rules(), l.snoozes(), context.texts(), clock.instant(),
                    clock.getZone(), w);
            w.flush();
        });
        if (!"-".equals(output)) {
            ICalendarWriter.Counts c = counts[0];
            out().println(text("cli.export.icsDone", output, c.events(), c.catchUps(), c.followUps(), c.birthdays()));
        }
        return 0;
    }

    /** Texts a file cannot carry (journals from before the rules): named, and nothing is written. */
    private void refuseUnfitTexts(JournalSnapshot s) {
        try {
            app.rapport.interchange.Exports.refuseUnfitTexts(s);
        } catch (app.rapport.interchange.ExportRefusedException e) {
            err().println(text("export.unfit", e.found().size()));
            int shown = Math.min(e.found().size(), 20);
            for (app.rapport.journal.TextRules.Found f : e.found().subList(0, shown)) {
                err().println("  " + app.rapport.interchange.ExportRefusedException.describe(f, context.texts()::text));
            }
            if (e.found().size() > shown) {
                err().println("  " + text("cli.import.moreProblems", e.found().size() - shown));
            }
            throw new CliFailure(text("cli.export.unfitHint"), e);
        }
    }
}
