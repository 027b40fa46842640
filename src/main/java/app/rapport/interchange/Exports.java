package app.rapport.interchange;

import app.rapport.interchange.csv.CsvContactWriter;
import app.rapport.interchange.json.JsonJournalWriter;
import app.rapport.interchange.vcard.VCardContactWriter;
import app.rapport.journal.Contact;
import app.rapport.journal.JournalSnapshot;
import app.rapport.journal.TextRules;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The ways out of the journal, shared by the window and the command line: the complete journal
 * as INTERCHANGE.md JSON, or contacts as vCard 4.0 or CSV (plain, or for Excel). A file is
 * written beside its final name and moved into place only when complete, so an export that fails
 * half-way never leaves a truncated file or destroys an older export of the same name.
 */
public final class Exports {

    /** What an export writes. */
    public enum Format {
        /** The complete journal, INTERCHANGE.md v1. */
        JOURNAL("json"),
        /** Contacts as vCard 4.0, for address books. */
        VCARD("vcf"),
        /** Contacts as CSV: UTF-8, commas. */
        CSV("csv"),
        /** Contacts as CSV for Excel: semicolons, UTF-8 with byte order mark. */
        CSV_EXCEL("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The file ending, without the dot. */
        public String extension() {
            return extension;
        }

        /** Whether the format holds contacts only (and can hold a selection of them). */
        public boolean contactsOnly() {
            return this != JOURNAL;
        }

        /** Resource bundle key of the format's name. */
        public String messageKey() {
            return "export.format." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /** Writing to an open stream. */
    @FunctionalInterface
    public interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private Exports() {
    }

    /** Writes in the format to the stream: the journal for {@link Format#JOURNAL}, else the contacts. */
    public static void write(Format format, JournalSnapshot journal, Collection<Contact> contacts, Instant now,
                             OutputStream out) throws IOException {
        refuseUnfitTexts(format == Format.JOURNAL ? journal
                : new JournalSnapshot(List.copyOf(contacts), List.of(), List.of(), List.of(), List.of(), List.of()));
        if (format == Format.JOURNAL) {
            JsonJournalWriter.write(journal, now, out);
            return;
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (format) {
            case VCARD -> VCardContactWriter.write(contacts, w);
            case CSV -> CsvContactWriter.write(contacts, w);
            case CSV_EXCEL -> CsvContactWriter.writeForExcel(contacts, w);
            default -> throw new IllegalStateException(format.toString());
        }
        w.flush();
    }

    /**
     * Refuses, before a byte is written, an export of texts Rapport would not read back: a file
     * that cannot be imported again is no export. {@code rapport check} finds the same texts.
     */
    public static void refuseUnfitTexts(JournalSnapshot journal) throws ExportRefusedException {
        List<TextRules.Found> found = TextRules.problems(journal);
        if (!found.isEmpty()) {
            throw new ExportRefusedException(found);
        }
    }

    /**
     * Why a write failed, in the file system's words, not naming the temporary file the message of
     * a failed write or move would name; {@code accessDenied} (the caller's language) when it was that.
     */
    public static String failureReason(Throwable e, String accessDenied) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return accessDenied;
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Writes the file completely under a temporary name in the same folder, then moves it into
     * place in one step; on failure the temporary file is removed and any older file stays.
     */
    public static void writeAtomically(Path file, Writing writing) throws IOException {
        writeAtomically(file, null, writing);
    }

    /**
     * As {@link #writeAtomically(Path, Writing)}, with the temporary file (the user's alone) noted
     * in {@code dataFolder} while it is written, so that the next start removes it if this process
     * is killed before it could ({@link UnfinishedExports}).
     */
    public static void writeAtomically(Path file, Path dataFolder, Writing writing) throws IOException {
        Path target = file.toAbsolutePath();
        // Noted before it exists, so that no moment leaves a temporary nobody knows of.
        Path temp = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        Path note = UnfinishedExports.note(dataFolder, temp);
        try {
            UnfinishedExports.createPrivate(temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                writing.to(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
            UnfinishedExports.forget(note);
        }
    }
}
