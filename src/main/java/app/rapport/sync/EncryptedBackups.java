package app.rapport.sync;

import app.rapport.journal.BackupService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Backups sealed as {@link SealedFile}s, for the command line and Settings alike. The plain copy
 * is made in the data folder, beside the journal (which is not encrypted either), never beside
 * the target, which may be a cloud folder; it is removed once sealed or restored.
 */
public final class EncryptedBackups {

    private EncryptedBackups() {
    }

    /** Takes a backup and seals it into {@code target}, which appears whole or not at all. */
    public static void write(BackupService backups, Path dataFolder, Path target, char[] passphrase, int iterations)
            throws IOException {
        Path plain = Files.createTempFile(dataFolder, ".backup-", ".sqlite");
        try {
            backups.backupTo(plain);
            app.rapport.interchange.Exports.writeAtomically(target, dataFolder,
                    out -> SealedFile.write(out, passphrase, iterations, sealed -> Files.copy(plain, sealed)));
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    /**
     * Opens a sealed backup into a new file in the data folder, to be checked and restored; the
     * caller removes it.
     *
     * @throws SealedFile.WrongPassphraseException if the passphrase does not open it
     * @throws SealedFile.DamagedException         if it is cut short or changed (nothing is left behind)
     */
    public static Path open(Path sealed, char[] passphrase, Path dataFolder) throws IOException {
        Files.createDirectories(dataFolder);
        Path plain = Files.createTempFile(dataFolder, ".restore-", ".sqlite");
        try (OutputStream out = Files.newOutputStream(plain)) {
            SealedFile.open(sealed, passphrase, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(plain);
            throw e;
        }
        return plain;
    }
}
