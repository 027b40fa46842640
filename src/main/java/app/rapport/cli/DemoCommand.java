package app.rapport.cli;

import app.rapport.interchange.demo.DemoJournal;
import app.rapport.interchange.json.JsonJournalWriter;
import app.rapport.journal.JournalSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code rapport demo}: a realistic generated journal as a file to import, never into the journal itself. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand extends BaseCommand {

    static final int MAX_CONTACTS = 1_000_000;

    @Option(names = "--contacts", paramLabel = "N", descriptionKey = "contacts")
    int contacts = DemoJournal.DEFAULT_CONTACTS;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "seed")
    long seed = DemoJournal.DEFAULT_SEED;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "asOf")
    LocalDate asOf;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "output")
    String output;

    private final Clock clock;

    DemoCommand(CliContext context, Clock clock) {
        super(context);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (contacts < 1 || contacts > MAX_CONTACTS) {
            throw new ParameterException(spec.commandLine(), text("cli.demo.contactsRange", MAX_CONTACTS));
        }
        LocalDate today = asOf != null ? asOf : LocalDate.now(clock);
        JournalSnapshot s = DemoJournal.generate(contacts, seed, today);
        // exportedAt follows the date, not the clock: the same seed and date give the same bytes.
        writeOutput(output, out -> JsonJournalWriter.write(s, today.atStartOfDay().toInstant(ZoneOffset.UTC), out));
        if (!"-".equals(output)) {
            out().println(text("cli.demo.done", output, s.contacts().size(), s.ties().size(), s.encounters().size(),
                    s.events().size(), Long.toString(seed), today.toString()));
        }
        return 0;
    }
}
