package app.rapport.cli;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportProblem;
import app.rapport.interchange.ImportResult;
import app.rapport.interchange.ImportService;
import app.rapport.interchange.Importer;
import app.rapport.interchange.Importers;
import app.rapport.interchange.contacts.AddressBook;
import app.rapport.interchange.contacts.ContactFiles;
import app.rapport.interchange.contacts.ImportFailedException;
import app.rapport.interchange.contacts.ImportPreview;
import app.rapport.interchange.contacts.RecordProblem;
import app.rapport.journal.Contact;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.Progress;
import app.rapport.journal.ValidationException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapport import FILE}: everything in the file, in one transaction, or nothing. The format
 * is found from the content. Address books (vCard, CSV) get a preview first; the command never
 * asks: a file with invalid records is refused unless {@code --skip-invalid}, and likely
 * duplicates are only reported unless {@code --merge-duplicates}.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "dryRunOption")
    boolean dryRun;

    @Option(names = "--skip-invalid", descriptionKey = "skipInvalid")
    boolean skipInvalid;

    @Option(names = "--merge-duplicates", descriptionKey = "mergeDuplicates")
    boolean mergeDuplicates;

    @Option(names = "--skip-duplicates", descriptionKey = "skipDuplicates")
    boolean skipDuplicates;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "passphraseFile")
    Path passphraseFile;

    /** Shown on standard error once an address book takes longer than a moment. */
    private Progress progress = Progress.NONE;

    /** Places a day without a time in its zone (Monica) and expands repeating events around its today. */
    private final java.time.Clock clock;
    private final java.util.function.Function<String, String> environment;

    ImportCommand(CliContext context, java.time.Clock clock, java.util.function.Function<String, String> environment) {
        super(context);
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (mergeDuplicates && skipDuplicates) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    text("cli.import.bothDuplicateChoices"));
        }
        byte[] content = readBounded();
        if (app.rapport.sync.SealedFile.isSealed(content)) {
            content = EncryptedFiles.open(context.texts(), environment, passphraseFile, file, content);
        }
        if (Importers.firstSignificantByte(content) == content.length) {
            throw new CliFailure(text("cli.import.emptyFile", file));
        }
        ImportService service = new ImportService(clock);
        Importer importer = service.detect(content).orElse(null);
        if (importer == null) {
            throw unknownFormat(content);
        }
        if (importer.kind() == Importer.Kind.ADDRESS_BOOK) {
            progress = new ConsoleProgress(err(), context.texts());
            AddressBook book = readAddressBook(service, importer, content);
            content = null; // up to 128 MB: let the comparison and the store have the memory
            return importAddressBook(book);
        }
        if (mergeDuplicates || skipDuplicates) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), text("cli.import.duplicatesOnlyForAddressBooks",
                    mergeDuplicates ? "--merge-duplicates" : "--skip-duplicates"));
        }
        ImportService.Records read = readRecords(service, importer, content);
        content = null; // 30 MB for a large journal: let the store have the memory
        return importRecords(importer, read);
    }

    /** A journal or a calendar, read whole; refused with its problems if it cannot be read. */
    private ImportService.Records readRecords(ImportService service, Importer importer, byte[] content) {
        try {
            return (ImportService.Records) service.read(importer, fileName(), content, progress);
        } catch (ImportException e) {
            err().println(text("cli.import.failed", file));
            for (ImportProblem p : e.problems()) {
                err().println("  " + p.describe(context.texts()));
            }
            if (e.omitted() > 0) {
                err().println("  " + text("cli.import.moreProblems", e.omitted()));
            }
            throw new CliFailure(text("cli.import.nothingImported"));
        } catch (ImportFailedException e) {
            throw new IllegalStateException("only address books fail this way", e);
        }
    }

    private int importRecords(Importer importer, ImportService.Records read) {
        ImportResult result = read.result();
        for (ImportProblem warning : result.warnings()) {
            err().println(text("cli.import.warning", file, warning.describe(context.texts())));
        }
        JournalSnapshot s = result.snapshot();
        if (!result.invalid().isEmpty()) {
            err().println(text("cli.import.invalidEvents", file, result.invalid().size(),
                    result.invalid().size() + s.events().size()));
            for (ImportProblem p : result.invalid()) {
                err().println("  " + p.describe(context.texts()));
            }
            if (!skipInvalid) {
                throw new CliFailure(text("cli.import.skipInvalidHint") + " " + text("cli.import.nothingImported"));
            }
        }
        if (dryRun) {
            out().println(text("cli.import.dryRunJournal", file, s.contacts().size(), s.ties().size(), s.events().size(),
                    s.encounters().size(), s.introductions().size(), s.exchanges().size()));
            if (importer.kind() != Importer.Kind.CALENDAR && context.journalExists()) {
                withExistingJournal(journal -> {
                    reportAlreadyThere(s, journal);
                    reportLookalikes(app.rapport.interchange.JournalLookalikes.of(s.contacts(), journal.allContacts()));
                    return null;
                });
            }
            out().println(text("cli.import.dryRun"));
            return 0;
        }
        int[] alreadyThere = new int[1];
        withJournal(journal -> {
            // Contacts of the file already in the journal (same id) are updated, not added: say which.
            alreadyThere[0] = journal.contactNames(s.contacts().stream().map(Contact::id)
                    .filter(java.util.Objects::nonNull).toList()).size();
            if (importer.kind() != Importer.Kind.CALENDAR && journal.stats().contacts() > 0) {
                reportLookalikes(app.rapport.interchange.JournalLookalikes.of(s.contacts(), journal.allContacts()));
            }
            store(journal, read);
            return null;
        });
        out().println(text("cli.import.done", file, s.contacts().size(), s.ties().size(), s.events().size(),
                s.encounters().size(), s.introductions().size(), s.exchanges().size()));
        if (alreadyThere[0] > 0) {
            out().println(text("cli.import.updated", alreadyThere[0], s.contacts().size() - alreadyThere[0]));
        }
        return 0;
    }

    /** Stores what was read in one go; a refusal is said in the user's words and nothing is imported. */
    private void store(app.rapport.journal.Journal journal, ImportService.Records read) {
        storing(() -> ImportService.store(journal, read));
    }

    /** Runs the storing of an import; a refusal is said in the user's words and nothing is imported. */
    private void storing(Runnable store) {
        try {
            store.run();
        } catch (ValidationException e) {
            // The reader checks what the store checks; this is the store's last word.
            err().println(text("cli.import.failed", file));
            for (ValidationException.Problem p : e.problems()) {
                err().println("  " + p.field() + ": " + text(p.messageKey(), p.argument()));
            }
            throw new CliFailure(text("cli.import.nothingImported"), e);
        } catch (app.rapport.journal.JournalStorageException e) {
            throw new CliFailure(storageFailure(e).getMessage() + " " + text("cli.import.nothingImported"), e);
        } catch (app.rapport.journal.JournalBusyException e) {
            throw e; // said in the user's words by Commands, as for every command
        } catch (RuntimeException e) {
            throw new CliFailure(text("cli.import.storeFailed", context.dataDir(), e.getMessage())
                    + " " + text("cli.import.nothingImported"), e);
        }
    }

    /** A journal's contacts with new ids that look like people in the journal: named, then added as they are. */
    private void reportLookalikes(List<app.rapport.journal.Duplicates.Match> lookalikes) {
        if (lookalikes.isEmpty()) {
            return;
        }
        out().println(text("cli.import.journalLookalikes", file, lookalikes.size()));
        for (app.rapport.journal.Duplicates.Match m : lookalikes) {
            out().println("  " + text("cli.import.journalLookalike", m.candidate().name(), m.candidate().id(),
                    m.existing().name(), text(m.reason().messageKey())));
        }
        out().println(text("cli.import.journalLookalikesHint"));
    }

    /** Most contacts named one by one in a dry run; a journal imported into itself names thousands. */
    private static final int NAMED_AT_MOST = 20;

    /**
     * For a dry run: the file's contacts the journal has already (same id), named, as the import
     * then updates them to the file's version instead of adding them.
     */
    private void reportAlreadyThere(JournalSnapshot s, app.rapport.journal.Journal journal) {
        java.util.Map<String, String> there = journal.contactNames(s.contacts().stream().map(Contact::id)
                .filter(java.util.Objects::nonNull).toList());
        if (there.isEmpty()) {
            return;
        }
        out().println(text("cli.import.wouldUpdate", there.size(), s.contacts().size() - there.size()));
        int named = 0;
        for (Contact c : s.contacts()) {
            String inJournal = c.id() == null ? null : there.get(c.id());
            if (inJournal == null) {
                continue;
            }
            if (named++ == NAMED_AT_MOST) {
                out().println("  " + text("cli.import.wouldUpdateMore", there.size() - NAMED_AT_MOST));
                break;
            }
            out().println("  " + (inJournal.equals(c.name())
                    ? text("cli.import.wouldUpdateContact", c.name(), c.id())
                    : text("cli.import.wouldUpdateRenamed", c.name(), c.id(), inJournal)));
        }
    }

    private String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private AddressBook readAddressBook(ImportService service, Importer importer, byte[] content) {
        try {
            return ((ImportService.Contacts) service.read(importer, fileName(), content, progress)).book();
        } catch (ImportException e) {
            throw new IllegalStateException("an address book is read for a preview, not refused whole", e);
        } catch (ImportFailedException e) {
            err().println(text("cli.import.failed", file));
            err().println("  " + inFile(e.problem()));
            throw new CliFailure(text("cli.import.nothingImported"));
        }
    }

    private int importAddressBook(AddressBook book) {
        for (RecordProblem w : book.warnings()) {
            err().println(text("cli.import.warning", file, inFile(w)));
        }
        if (book.invalidRecords() > 0) {
            err().println(text("cli.import.invalid", file, book.invalidRecords(), book.records()));
            for (RecordProblem p : book.invalid()) {
                err().println("  " + inFile(p));
            }
            if (!skipInvalid) {
                throw new CliFailure(text("cli.import.skipInvalidHint") + " " + text("cli.import.nothingImported"));
            }
        }
        return withJournal(journal -> {
            ImportPreview preview = ImportService.preview(book, journal.allContacts(), progress,
                    java.util.concurrent.ForkJoinPool.commonPool());
            out().println(text("cli.import.preview", file, book.format().displayName(), preview.newContacts().size(),
                    preview.duplicates().size(), book.invalidRecords()));
            for (ImportPreview.Duplicate d : preview.duplicates()) {
                out().println("  " + text("cli.import.duplicate", d.imported().contact().name(),
                        where(d.imported().recordKind(), d.imported().record(), d.imported().line()),
                        d.existing().name(), text(d.reason().messageKey())));
            }
            if (!preview.withinFile().isEmpty()) {
                out().println(text("cli.import.withinFile", file, preview.withinFile().size()));
                for (ImportPreview.FileDuplicate d : preview.withinFile()) {
                    out().println("  " + text("cli.import.withinFileDuplicate", d.later().contact().name(),
                            where(d.later().recordKind(), d.later().record(), d.later().line()),
                            d.earlier().contact().name(),
                            where(d.earlier().recordKind(), d.earlier().record(), d.earlier().line()),
                            text(d.reason().messageKey())));
                }
            }
            if (!mergeDuplicates && !skipDuplicates
                    && (!preview.duplicates().isEmpty() || !preview.withinFile().isEmpty())) {
                out().println(text("cli.import.mergeHint"));
            }
            if (dryRun) {
                out().println(text("cli.import.dryRun"));
                return 0;
            }
            ImportPreview.DuplicateChoice choice = mergeDuplicates ? ImportPreview.DuplicateChoice.MERGE
                    : skipDuplicates ? ImportPreview.DuplicateChoice.SKIP : ImportPreview.DuplicateChoice.ADD_SEPARATELY;
            // With either choice, records that repeat within the file are first merged into their first one.
            List<Contact> contacts = preview.contactsToStore(choice, mergeDuplicates || skipDuplicates);
            storing(() -> ImportService.store(journal, contacts, progress));
            // Contacts read from the file have no id yet; those merged into the journal keep theirs.
            int merged = (int) contacts.stream().filter(c -> c.id() != null).count();
            out().println(text("cli.import.contactsDone", file, contacts.size() - merged, merged));
            if (skipDuplicates && !preview.duplicates().isEmpty()) {
                out().println(text("cli.import.duplicatesSkipped", preview.duplicates().size()));
            }
            if (mergeDuplicates && !preview.withinFile().isEmpty()) {
                out().println(text("cli.import.withinFileMerged", preview.withinFile().size()));
            }
            return 0;
        });
    }

    /**
     * The file, read no further than any import goes: a device such as /dev/zero, a pipe or a
     * file larger than {@link app.rapport.interchange.contacts.Records#MAX_FILE_BYTES} is refused
     * before it fills the memory.
     */
    private byte[] readBounded() {
        if (!java.nio.file.Files.exists(file)) {
            throw new CliFailure(text("cli.error.noSuchFile", file));
        }
        if (java.nio.file.Files.isRegularFile(file) && !java.nio.file.Files.isReadable(file)) {
            throw new CliFailure(text("cli.error.readFailed", file, text("cli.error.accessDenied")));
        }
        try {
            return ImportService.readBounded(file);
        } catch (ImportFailedException e) {
            throw new CliFailure(text("cli.import.failed", file) + " " + inFile(e.problem()) + " "
                    + text("cli.import.nothingImported"));
        }
    }

    /** Empty, an archive, binary: say so, which helps more than "unknown format". */
    private CliFailure unknownFormat(byte[] content) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            ContactFiles.read(name, content, Progress.NONE);
        } catch (ImportFailedException e) {
            if (!e.problem().messageKey().equals("import.file.unknownFormat")
                    && !e.problem().messageKey().equals("import.csv.unknownHeader")) {
                return new CliFailure(text("cli.import.failed", file) + " " + inFile(e.problem()) + " "
                        + text("cli.import.nothingImported"));
            }
        }
        return new CliFailure(text("cli.import.unknownFormat", file, String.join(", ",
                Importers.all().stream().map(Importer::formatName).toList())));
    }

    /** The problem under a line that names the file already. */
    private String inFile(RecordProblem p) {
        return p.describeInFile(context.texts()::text);
    }

    /** "card 3, line 14": where a record is, without brackets inside the brackets around it. */
    private String where(String kind, int record, long line) {
        return text("import.at." + kind, String.valueOf(record), String.valueOf(line));
    }
}
