package app.rapport.cli;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.Importer;
import app.rapport.interchange.Importers;
import app.rapport.interchange.ical.ICalendarImporter;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.ValidationException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rapport import FILE}: everything in the file, in one transaction, or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        byte[] content = readFile(file);
        Importer importer = Importers.detect(content).orElseThrow(() -> new CliFailure(
                text("cli.import.unknownFormat", file, String.join(", ",
                        Importers.all().stream().map(Importer::formatName).toList()))));
        ImportResult result;
        try {
            result = importer.read(content);
        } catch (ImportException e) {
            err().println(text("cli.import.failed", file));
            for (ImportProblem p : e.problems()) {
                err().println("  " + p.describe(context.texts()));
            }
            if (e.omitted() > 0) {
                err().println("  " + text("cli.import.moreProblems", e.omitted()));
            }
            throw new CliFailure(text("cli.import.nothingImported"));
        }
        for (ImportProblem warning : result.warnings()) {
            err().println(text("cli.import.warning", file, warning.describe(context.texts())));
        }
        JournalSnapshot s = result.snapshot();
        withJournal(journal -> {
            context.backupBeforeImport(journal);
            try {
                // A calendar imported again updates its events but keeps the attendees and notes added here.
                journal.importSnapshot(importer instanceof ICalendarImporter
                        ? ICalendarImporter.keepWhatTheUserAdded(s, journal::event) : s);
            } catch (ValidationException e) {
                // The reader checks what the store checks; this is the store's last word.
                err().println(text("cli.import.failed", file));
                for (ValidationException.Problem p : e.problems()) {
                    err().println("  " + p.field() + ": " + text(p.messageKey(), p.argument()));
                }
                throw new CliFailure(text("cli.import.nothingImported"), e);
            } catch (RuntimeException e) {
                throw new CliFailure(text("cli.import.storeFailed", context.dataDir(), e.getMessage())
                        + " " + text("cli.import.nothingImported"), e);
            }
            return null;
        });
        out().println(text("cli.import.done", file, s.contacts().size(), s.ties().size(), s.events().size(),
                s.encounters().size(), s.introductions().size(), s.exchanges().size()));
        return 0;
    }
}
