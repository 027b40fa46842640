package app.rapport.cli;

import app.rapport.interchange.ImportException;
import app.rapport.sync.JournalSync;
import app.rapport.sync.SyncEngine;
import app.rapport.sync.SyncFolder;
import app.rapport.sync.SyncFolderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rapport sync --folder DIR}: this journal's changes out to a folder the user's sync tool
 * shares, the other devices' changes in (issue 15; design in {@code app.rapport.sync}). The
 * passphrase comes from {@code RAPPORT_SYNC_PASSPHRASE}, a file, or the terminal; it is never stored.
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand extends BaseCommand {

    @Option(names = "--folder", paramLabel = "DIR", required = true, descriptionKey = "folder")
    Path folder;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "passphraseFile")
    Path passphraseFile;

    private final Clock clock;
    private final Function<String, String> environment;

    SyncCommand(CliContext context, Clock clock, Function<String, String> environment) {
        super(context);
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        char[] passphrase = passphrase();
        SyncFolder shared;
        try {
            shared = SyncFolder.open(folder.toAbsolutePath(), passphrase);
        } catch (SyncFolderException e) {
            throw new CliFailure(text(switch (e.reason()) {
                case MISSING -> "cli.sync.missing";
                case READ_ONLY -> "cli.sync.readOnly";
                case WRONG_PASSPHRASE -> "cli.sync.wrongPassphrase";
                case DAMAGED -> "cli.sync.damaged";
            }, e.folder()), e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        Path state = context.dataDir().resolve(STATE_FILE);
        JournalSync.Report r = withJournal(journal -> {
            try {
                migrateState(state);
                return JournalSync.run(journal, state, shared, clock);
            } catch (java.nio.file.AccessDeniedException e) {
                throw new CliFailure(text("cli.sync.readOnly", folder), e);
            } catch (java.nio.file.FileSystemException e) {
                // A read-only mount or share says "Read-only file system", not "access denied".
                throw new CliFailure(Files.isWritable(folder) ? text("cli.sync.failed", folder, e.getMessage())
                        : text("cli.sync.readOnly", folder), e);
            } catch (IOException e) {
                throw new CliFailure(text("cli.sync.failed", folder, e.getMessage()), e);
            } catch (ImportException e) {
                throw new CliFailure(text("cli.sync.unmergeable", e.getMessage()), e);
            }
        });
        out().println(text("cli.sync.done", folder, r.filesRead(), r.changesWritten(), r.recordsChanged(),
                r.devicesSeen().size()));
        if (!r.conflicts().isEmpty()) {
            out().println(text("cli.sync.review", r.conflicts().size()));
            for (SyncEngine.Conflict c : r.conflicts()) {
                out().println("  " + text("cli.sync.reviewItem", shown(c.key()), c.kept(), String.join(" | ",
                        c.others().stream().map(String::valueOf).toList())));
            }
        }
        for (String k : r.keptOverDeletion()) {
            out().println("  " + text("cli.sync.keptOverDeletion", shown(k)));
        }
        for (String f : r.unreadable()) {
            err().println(text("cli.sync.unreadable", f));
        }
        if (r.waiting() > 0) {
            out().println(text("cli.sync.waiting", r.waiting()));
        }
        return r.unreadable().isEmpty() ? 0 : 1;
    }

    /** Where this device keeps what it synced, beside the journal. */
    static final String STATE_FILE = "sync-state.bin";

    /** The first version kept it as JSON, a hundred times larger: read once, kept in the new form. */
    private void migrateState(Path state) throws IOException {
        Path legacy = context.dataDir().resolve("sync-state.json");
        if (!Files.exists(state) && Files.exists(legacy)) {
            app.rapport.sync.SyncState.fromBytes(Files.readAllBytes(legacy)).save(state);
            Files.delete(legacy);
        }
    }

    /** A flat key as people read it: contacts/c1/name. */
    private static String shown(String key) {
        return key.replace(SyncEngine.SEP, '/').replace('\u001e', '+');
    }

    private char[] passphrase() {
        return Passphrases.read(context.texts(), environment, passphraseFile, "cli.sync.prompt", false);
    }
}
