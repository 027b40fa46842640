package app.rapport.cli;

import app.rapport.journal.Journal;
import app.rapport.journal.JournalOpenException;
import app.rapport.journal.JournalStorageException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: the context, its output streams and the usual failures. */
abstract class BaseCommand implements Callable<Integer> {

    protected final CliContext context;

    @Spec
    protected CommandSpec spec;

    protected BaseCommand(CliContext context) {
        this.context = context;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected String text(String key, Object... args) {
        return context.texts().text(key, args);
    }

    /**
     * Runs {@code work} on the journal, which must exist already (export and check do not create
     * one) and is only read: one that cannot be written is opened read-only.
     */
    protected <T> T withExistingJournal(Function<Journal, T> work) {
        if (!context.journalExists()) {
            Path dir = context.dataDir();
            if (Files.isDirectory(dir) && !(Files.isReadable(dir) && Files.isExecutable(dir))) {
                // Another user's folder: whether it holds a journal cannot even be seen.
                throw openFailure(new JournalOpenException(dir, JournalOpenException.Reason.NO_ACCESS, null, null));
            }
            if (Files.isRegularFile(dir)) {
                // As import says it: "no journal in /etc/passwd" hid that the folder given is a file.
                throw openFailure(new JournalOpenException(dir, JournalOpenException.Reason.NOT_A_FOLDER, null, null));
            }
            throw new CliFailure(text("cli.error.noJournal", context.dataDir()));
        }
        return withJournal(context::openJournalForReading, work);
    }

    protected <T> T withJournal(Function<Journal, T> work) {
        return withJournal(context::openJournal, work);
    }

    private <T> T withJournal(java.util.function.Supplier<Journal> opener, Function<Journal, T> work) {
        try (Journal journal = opener.get()) {
            return work.apply(journal);
        } catch (JournalOpenException e) {
            throw openFailure(e);
        } catch (JournalStorageException e) {
            throw storageFailure(e);
        }
    }

    /** A journal (or data folder) that cannot be opened, with the file and what to do. */
    protected CliFailure openFailure(JournalOpenException e) {
        String file = String.valueOf(e.file());
        String detail = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        return new CliFailure(text(e.reason().messageKey(), file) + " " + text(e.reason().adviceKey(), file, detail), e);
    }

    /** A full disk or a file that cannot be written, in one sentence naming the file and what to do. */
    protected CliFailure storageFailure(JournalStorageException e) {
        return new CliFailure(text(e.reason().messageKey(), e.file()) + " " + text(e.reason().adviceKey(), e.file()), e);
    }

    /** Whether writing failed because the reading end of a pipe was closed. */
    static boolean brokenPipe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed")
                    || m.contains("pipe has been ended"))) {
                return true;
            }
        }
        return false;
    }

    protected byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliFailure(text("cli.error.noSuchFile", file), e);
        } catch (AccessDeniedException e) {
            throw new CliFailure(text("cli.error.readFailed", file, text("cli.error.accessDenied")), e);
        } catch (IOException e) {
            throw new CliFailure(text("cli.error.readFailed", file, e.getMessage()), e);
        }
    }

    /**
     * Why a new file cannot be written at {@code file}, in the user's words (it is a folder, its
     * folder is missing or not writable), or null if nothing speaks against it.
     */
    protected String whyNotWritable(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            return text("cli.error.isFolder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return text("cli.error.noFolder", folder);
        }
        if (!Files.isWritable(folder)) {
            return text("cli.error.accessDenied");
        }
        return null;
    }

    /**
     * Writes to {@code target}, or to standard output for {@code -}. A file is written next to
     * its destination and moved into place when complete, so a failed export never leaves half a
     * file where the last good one was.
     */
    protected void writeOutput(String target, app.rapport.interchange.Exports.Writing writing) {
        if ("-".equals(target)) {
            try {
                writing.to(context.standardOutput());
                context.standardOutput().flush();
            } catch (IOException e) {
                if (brokenPipe(e)) {
                    return; // the reader has all it wanted (| head): not an error
                }
                throw new CliFailure(text("cli.error.writeFailed", "-", e.getMessage()), e);
            }
            return;
        }
        Path file = Path.of(target).toAbsolutePath();
        if (context.isJournalFile(file)) {
            throw new CliFailure(text("cli.error.writeFailed", file, text("export.journalFile")));
        }
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            // A device or pipe (/dev/stdout, a named pipe): written straight into, never replaced.
            try (OutputStream out = Files.newOutputStream(file)) {
                writing.to(out);
            } catch (IOException e) {
                throw new CliFailure(text("cli.error.writeFailed", file, e.getMessage()), e);
            }
            return;
        }
        String unfit = whyNotWritable(file);
        if (unfit != null) {
            throw new CliFailure(text("cli.error.writeFailed", file, unfit));
        }
        try {
            app.rapport.interchange.Exports.writeAtomically(file, context.dataDir(), writing);
        } catch (IOException e) {
            throw new CliFailure(text("cli.error.writeFailed", file,
                    app.rapport.interchange.Exports.failureReason(e, text("cli.error.accessDenied"))), e);
        }
    }
}
