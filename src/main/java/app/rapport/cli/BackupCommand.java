package app.rapport.cli;

import app.rapport.store.Backups;
import app.rapport.store.SqliteJournal;
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
            SqliteJournal sqlite = (SqliteJournal) journal;
            try {
                if (output != null) {
                    sqlite.backupTo(output);
                    return output.toAbsolutePath();
                }
                return sqlite.backup(Backups.Kind.MANUAL).file();
            } catch (RuntimeException e) {
                throw new CliFailure(text("cli.backup.failed", output == null ? context.dataDir() : output,
                        e.getMessage()), e);
            }
        });
        out().println(text("cli.backup.done", written));
        return 0;
    }
}
