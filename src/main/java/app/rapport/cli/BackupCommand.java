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

    @Option(names = "--encrypt", descriptionKey = "encrypt")
    boolean encrypt;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "passphraseFile")
    Path passphraseFile;

    /** Fewer key derivation rounds than a file gets by default, for tests. */
    @Option(names = "--kdf-iterations", hidden = true)
    int iterations = app.rapport.sync.SyncCrypto.DEFAULT_ITERATIONS;

    private final java.util.function.Function<String, String> environment;

    BackupCommand(CliContext context, java.util.function.Function<String, String> environment) {
        super(context);
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (encrypt) {
            return encrypted();
        }
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

    /**
     * An encrypted backup, for keeping elsewhere (the backups folder is beside the journal, which
     * is not encrypted): taken beside the journal, then sealed into the file given.
     */
    private int encrypted() {
        if (output == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), text("cli.backup.encryptNeedsOutput"));
        }
        String unfit = whyNotWritable(output);
        if (unfit != null) {
            throw new CliFailure(text("cli.backup.failed", output, unfit));
        }
        char[] passphrase = Passphrases.read(context.texts(), environment, passphraseFile, "cli.encrypt.prompt", true);
        try {
            withExistingJournal(journal -> {
                try {
                    app.rapport.sync.EncryptedBackups.write(context.backups(journal), context.dataDir(), output,
                            passphrase, iterations);
                    return null;
                } catch (java.io.IOException e) {
                    throw new CliFailure(text("cli.backup.failed", output, e.getMessage()), e);
                }
            });
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
        out().println(text("cli.backup.encryptedDone", output.toAbsolutePath()));
        return 0;
    }
}
