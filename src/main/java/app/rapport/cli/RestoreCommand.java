package app.rapport.cli;

import app.rapport.journal.BackupService;
import app.rapport.journal.JournalOpenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rapport restore FILE}: replaces the journal's content with a backup's, after a backup of
 * the current state. Refused while a Rapport window holds the journal.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @picocli.CommandLine.Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "passphraseFile")
    Path passphraseFile;

    private final java.util.function.Function<String, String> environment;
    /** What is restored: the file, or an encrypted backup opened beside the journal. */
    private Path source;

    RestoreCommand(CliContext context, java.util.function.Function<String, String> environment) {
        super(context);
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            throw new CliFailure(text("cli.restore.notABackup", file, text("cli.error.isFolder")));
        }
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(text("cli.error.noSuchFile", file));
        }
        if (!app.rapport.sync.SealedFile.isSealed(file)) {
            source = file;
            return restoreSource();
        }
        // Opened into the data folder, which holds the journal in plain already, and removed after.
        char[] passphrase = Passphrases.read(context.texts(), environment, passphraseFile, "cli.encrypt.promptOpen", false);
        try {
            source = app.rapport.sync.EncryptedBackups.open(file, passphrase, context.dataDir());
        } catch (IOException e) {
            throw EncryptedFiles.failure(context.texts(), file, e);
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
        try {
            return restoreSource();
        } finally {
            try {
                Files.deleteIfExists(source);
            } catch (IOException e) {
                err().println(text("cli.error.writeFailed", source, e.getMessage()));
            }
        }
    }

    private int restoreSource() {
        BackupService.Contents contents;
        try {
            contents = context.describeJournalFile(source);
        } catch (JournalOpenException e) {
            String why = text("cli.restore.notABackup", file, text(e.reason().messageKey(), file));
            // Someone holding an export rather than a backup wants import.
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".json") || name.endsWith(".vcf") || name.endsWith(".csv") || name.endsWith(".ics")) {
                why += " " + text("cli.restore.useImport", file);
            }
            throw new CliFailure(why, e);
        }
        boolean restored;
        try {
            restored = context.whileLocked(() -> restore(contents));
        } catch (JournalOpenException e) {
            throw openFailure(e);
        } catch (IOException e) {
            throw new CliFailure(text("cli.error.readFailed", context.dataDir(), e.getMessage()), e);
        }
        if (!restored) {
            throw new CliFailure(text("cli.restore.windowOpen", context.dataDir()));
        }
        return 0;
    }

    private void restore(BackupService.Contents contents) {
        if (unopenable()) {
            // The message about a damaged journal says to restore a backup: that must work without opening it.
            Path aside = context.restoreOverUnopenable(source);
            out().println(text("cli.restore.done", file, contents.contacts(), contents.encounters(), aside));
            return;
        }
        withJournal(journal -> {
            Path safety = context.backups(journal).restore(source);
            out().println(text("cli.restore.done", file, contents.contacts(), contents.encounters(), safety));
            return null;
        });
    }

    /** Whether the journal is there but damaged or not a journal, so that it cannot be opened to restore into. */
    private boolean unopenable() {
        if (!context.journalExists()) {
            return false;
        }
        try {
            context.describeJournalFile(context.journalFile());
            return false;
        } catch (JournalOpenException e) {
            return e.reason() == JournalOpenException.Reason.CORRUPT || e.reason() == JournalOpenException.Reason.NOT_SQLITE;
        }
    }
}
