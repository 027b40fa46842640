package app.rapport.cli;

import app.rapport.interchange.ExportRefusedException;
import app.rapport.journal.Journal;
import app.rapport.journal.TextRules;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rapport check}: SQLite's integrity and foreign key checks and the journal's own rules. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends BaseCommand {

    CheckCommand(CliContext context) {
        super(context);
    }

    private record Outcome(List<String> problems, List<String> unfitTexts, Journal.Stats stats) {
    }

    @Override
    public Integer call() {
        Outcome outcome = withExistingJournal(journal -> {
            List<String> problems = journal.integrityProblems();
            // What an export would refuse to write: only readable on a journal the storage finds sound.
            List<String> unfit = !problems.isEmpty() ? List.of() : TextRules.problems(journal.snapshot()).stream()
                    .map(f -> ExportRefusedException.describe(f, context.texts()::text)).toList();
            return new Outcome(problems, unfit, journal.stats());
        });
        if (outcome.problems().isEmpty() && outcome.unfitTexts().isEmpty()) {
            Journal.Stats s = outcome.stats();
            out().println(text("cli.check.ok", context.dataDir(), s.contacts(), s.encounters(), s.ties()));
            return 0;
        }
        err().println(text("cli.check.failed", context.dataDir(), outcome.problems().size() + outcome.unfitTexts().size()));
        for (String problem : outcome.problems()) {
            err().println("  " + problem);
        }
        for (String problem : outcome.unfitTexts()) {
            err().println("  " + problem);
        }
        err().println(text(outcome.problems().isEmpty() ? "cli.check.unfitAdvice" : "cli.check.advice"));
        return 1;
    }
}
