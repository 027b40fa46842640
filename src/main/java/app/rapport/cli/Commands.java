package app.rapport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.time.Clock;
import picocli.CommandLine;

/**
 * Registers the commands on the top-level {@code rapport} command and sets up what all share:
 * usage help from the bundles, and failures reported as one clear sentence with exit code 1
 * (bad usage keeps picocli's exit code 2).
 */
public final class Commands {

    private Commands() {
    }

    public static CommandLine configure(CommandLine root, CliContext context, Clock clock) {
        CliTexts texts = context.texts();
        root.setResourceBundle(texts.helpBundle("rapport"));
        root.addSubcommand(new ImportCommand(context, clock, System::getenv));
        root.addSubcommand(new ExportCommand(context, clock, System::getenv));
        root.addSubcommand(new DemoCommand(context, clock));
        root.addSubcommand(new SuggestCommand(context, clock));
        root.addSubcommand(new CheckCommand(context));
        root.addSubcommand(new BackupCommand(context, System::getenv));
        root.addSubcommand(new RestoreCommand(context, System::getenv));
        root.addSubcommand(new SyncCommand(context, clock, System::getenv));
        // After setting the root's bundle, which picocli hands down to every subcommand.
        for (var entry : root.getSubcommands().entrySet()) {
            entry.getValue().setResourceBundle(texts.helpBundle(entry.getKey()));
        }
        root.setParameterExceptionHandler(new UsageErrors(texts));
        // A command whose printed answer could not be written (a full disk, a closed pipe) failed,
        // even though its work is done: a script must not take it for a success.
        root.setExecutionStrategy(parseResult -> {
            List<CommandLine> ran = parseResult.asCommandLineList();
            int code;
            try {
                code = new CommandLine.RunLast().execute(parseResult);
            } catch (Error e) {
                // picocli hands only exceptions to the handler below; an error of the runtime (a
                // library that cannot be reached, memory) still gets one sentence, not a stack trace.
                return unexpected(ran.get(ran.size() - 1).getErr(), texts, e);
            }
            PrintWriter out = ran.get(ran.size() - 1).getOut();
            if (code == 0 && out.checkError()) {
                PrintWriter err = ran.get(ran.size() - 1).getErr();
                err.println(texts.text("cli.error.outputFailed"));
                err.flush();
                return 1;
            }
            return code;
        });
        root.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof CliFailure) {
                err.println(e.getMessage());
            } else if (e instanceof app.rapport.journal.JournalBusyException) {
                err.println(texts.text("journal.busy"));
            } else if (e instanceof app.rapport.journal.JournalStorageException full) {
                // A full disk in the middle of any command: the same sentence everywhere.
                err.println(texts.text(full.reason().messageKey(), full.file()) + " "
                        + texts.text(full.reason().adviceKey(), full.file()));
            } else {
                return unexpected(err, texts, e);
            }
            err.flush();
            return 1;
        });
        return root;
    }

    /** One sentence on standard error; the stack trace only with -Drapport.debug=true. */
    private static int unexpected(PrintWriter err, CliTexts texts, Throwable e) {
        err.println(texts.text("cli.error.unexpected", e.toString()));
        if (Boolean.getBoolean("rapport.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
