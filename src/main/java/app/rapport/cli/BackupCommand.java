package app.rapport.cli;

import app.rapport.journal.BackupService;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rapport backup [-o FILE]}: a consistent copy of the journal (SQLite's online backup), into
 * the backups folder or the given file. Safe while the window has the journal open.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends BaseCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    BackupCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Path written = withExistingJournal(journal -> {
            BackupService backups = context.backups(journal);
            try {
                if (output != null) {
                    // Said plainly before SQLite would say it as "[SQLITE_CANTOPEN] unable to open database file".
                    String unfit = whyNotWritable(output);
                    if (unfit != null) {
                        throw new CliFailure(text("cli.backup.failed", output, unfit));
                    }
                    backups.backupTo(output);
                    return output.toAbsolutePath();
                }
                return backups.backupNow();
            } catch (RuntimeException e) {
                if (e instanceof CliFailure) {
                    throw e;
                }
                if (e instanceof app.rapport.journal.JournalStorageException full) {
                    throw storageFailure(full);
                }
                // The store's message repeats the file; its cause says what went wrong.
                String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                        : e.getMessage();
                throw new CliFailure(text("cli.backup.failed", output == null ? context.dataDir() : output, why), e);
            }
        });
        out().println(text("cli.backup.done", written));
        return 0;
    }
}
