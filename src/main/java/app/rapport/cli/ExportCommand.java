package app.rapport.cli;

import app.rapport.interchange.json.JsonJournalWriter;
import app.rapport.journal.JournalSnapshot;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rapport export -o FILE}: the complete journal as INTERCHANGE.md JSON. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends BaseCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "output")
    String output;

    private final Clock clock;

    ExportCommand(CliContext context, Clock clock) {
        super(context);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        JournalSnapshot s = withExistingJournal(journal -> journal.snapshot());
        writeOutput(output, out -> JsonJournalWriter.write(s, clock.instant(), out));
        if (!"-".equals(output)) {
            out().println(text("cli.export.done", output, s.contacts().size(), s.ties().size(), s.events().size(),
                    s.encounters().size(), s.introductions().size(), s.exchanges().size()));
        }
        return 0;
    }
}
