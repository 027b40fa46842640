package app.rapport.cli;

import app.rapport.interchange.ical.ICalendarWriter;
import app.rapport.interchange.json.JsonJournalWriter;
import app.rapport.journal.JournalSnapshot;
import app.rapport.reminders.KeepInTouchRules;
import app.rapport.reminders.Snoozes;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rapport export -o FILE}: the complete journal as INTERCHANGE.md JSON, or its events and
 * due reminders as iCalendar ({@code --format ics}).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends BaseCommand {

    /** What to write. */
    enum Format { json, ics }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "output")
    String output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json", descriptionKey = "format")
    Format format;

    private final Clock clock;

    ExportCommand(CliContext context, Clock clock) {
        super(context);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (format == Format.ics) {
            return exportCalendar();
        }
        JournalSnapshot s = withExistingJournal(journal -> journal.snapshot());
        writeOutput(output, out -> JsonJournalWriter.write(s, clock.instant(), out));
        if (!"-".equals(output)) {
            out().println(text("cli.export.done", output, s.contacts().size(), s.ties().size(), s.events().size(),
                    s.encounters().size(), s.introductions().size(), s.exchanges().size()));
        }
        return 0;
    }

    /** Events and what is due (catch-ups, follow-ups, birthdays), for the user's calendar app. */
    private int exportCalendar() {
        record Loaded(JournalSnapshot journal, KeepInTouchRules rules, Snoozes snoozes) {
        }
        Loaded l = withExistingJournal(journal -> new Loaded(journal.snapshot(),
                KeepInTouchRules.of(journal.tagCadences()), new Snoozes(journal.snoozes())));
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
}
