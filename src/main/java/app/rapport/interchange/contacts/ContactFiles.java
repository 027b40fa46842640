package app.rapport.interchange.contacts;

import app.rapport.interchange.csv.CsvContactReader;
import app.rapport.interchange.vcard.VCardContactReader;
import app.rapport.journal.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an address book file of any format Rapport knows, chosen by its content rather than its
 * name: vCard by its BEGIN:VCARD, CSV by a header it recognises. Files that are empty, too large,
 * archives or binary are refused with a message that says so, before any parsing.
 */
public final class ContactFiles {

    private ContactFiles() {
    }

    /** The format of this content, if it is an address book Rapport reads. */
    public static Optional<ContactFormat> detect(byte[] content) {
        if (looksBinary(content)) {
            return Optional.empty();
        }
        String text = TextDecoding.decode(head(content)).text();
        if (VCardContactReader.recognizes(text)) {
            return Optional.of(ContactFormat.VCARD);
        }
        return CsvContactReader.format(text);
    }

    /** Reads the file with a bounded read: nothing larger than {@link Records#MAX_FILE_BYTES} is loaded. */
    public static AddressBook read(Path path, Progress progress) throws ImportFailedException {
        return read(nameOf(path), readBounded(path), progress);
    }

    /** The file's name as messages give it. */
    public static String nameOf(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /**
     * The file's bytes, refused with a message naming the file when it is larger than any file an
     * import reads ({@link Records#MAX_FILE_BYTES}), is not a regular file or cannot be read.
     */
    public static byte[] readBounded(Path path) throws ImportFailedException {
        String name = nameOf(path);
        byte[] content;
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // A device (/dev/zero), a pipe or a folder: no size to check, and reading may never end.
            throw new ImportFailedException(RecordProblem.ofFile(name, 0, "import.file.notAFile"));
        }
        try {
            long size = Files.size(path);
            if (size > Records.MAX_FILE_BYTES) {
                throw new ImportFailedException(RecordProblem.ofFile(name, 0, "import.file.tooLarge",
                        size / (1024 * 1024), Records.MAX_FILE_BYTES / (1024 * 1024)));
            }
            try (InputStream in = Files.newInputStream(path)) {
                content = in.readNBytes((int) Records.MAX_FILE_BYTES + 1);
            }
            if (content.length > Records.MAX_FILE_BYTES) {
                throw new ImportFailedException(RecordProblem.ofFile(name, 0, "import.file.tooLarge",
                        content.length / (1024 * 1024), Records.MAX_FILE_BYTES / (1024 * 1024)));
            }
        } catch (IOException e) {
            throw new ImportFailedException(RecordProblem.ofFile(name, 0, "import.file.unreadable", String.valueOf(e.getMessage())));
        }
        return content;
    }

    public static AddressBook read(String name, byte[] content, Progress progress) throws ImportFailedException {
        if (content.length == 0) {
            throw new ImportFailedException(RecordProblem.ofFile(name, 0, "import.file.empty"));
        }
        if (isZip(content)) {
            throw new ImportFailedException(RecordProblem.ofFile(name, 0, "import.file.zip"));
        }
        if (looksBinary(content)) {
            throw new ImportFailedException(RecordProblem.ofFile(name, 0, "import.file.binary"));
        }
        String text = TextDecoding.decode(content).text(); // once: the text of a large file is hundreds of MB
        if (text.isBlank()) {
            throw new ImportFailedException(RecordProblem.ofFile(name, 0, "import.file.empty"));
        }
        if (VCardContactReader.recognizes(text)) {
            return VCardContactReader.read(name, text, progress);
        }
        if (CsvContactReader.recognizes(text)) {
            return CsvContactReader.read(name, text, progress);
        }
        throw new ImportFailedException(RecordProblem.ofFile(name, 0, "import.file.unknownFormat"));
    }

    static boolean isZip(byte[] content) {
        return TextDecoding.startsWith(content, 'P', 'K', 3, 4) || TextDecoding.startsWith(content, 'P', 'K', 5, 6);
    }

    /**
     * Text files have no NUL bytes and few control characters; UTF-16 files are recognised by
     * their byte order mark before this check.
     */
    static boolean looksBinary(byte[] content) {
        if (TextDecoding.startsWith(content, 0xFF, 0xFE) || TextDecoding.startsWith(content, 0xFE, 0xFF)) {
            return false;
        }
        int n = Math.min(content.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 100 > n;
    }

    private static byte[] head(byte[] content) {
        return content.length <= 64 * 1024 ? content : java.util.Arrays.copyOf(content, 64 * 1024);
    }
}
