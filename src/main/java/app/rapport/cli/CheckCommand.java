package app.rapport.cli;

import app.rapport.journal.Journal;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rapport check}: SQLite's integrity and foreign key checks and the journal's own rules. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends BaseCommand {

    CheckCommand(CliContext context) {
        super(context);
    }

    private record Outcome(List<String> problems, Journal.Stats stats) {
    }

    @Override
    public Integer call() {
        Outcome outcome = withExistingJournal(journal -> new Outcome(journal.integrityProblems(), journal.stats()));
        if (outcome.problems().isEmpty()) {
            Journal.Stats s = outcome.stats();
            out().println(text("cli.check.ok", context.dataDir(), s.contacts(), s.encounters(), s.ties()));
            return 0;
        }
        err().println(text("cli.check.failed", context.dataDir(), outcome.problems().size()));
        for (String problem : outcome.problems()) {
            err().println("  " + problem);
        }
        err().println(text("cli.check.advice"));
        return 1;
    }
}
