package app.rapport.cli;

import app.rapport.sync.SealedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/** Encrypted backups and exports ({@link SealedFile}) opened for {@code restore} and {@code import}. */
final class EncryptedFiles {

    private EncryptedFiles() {
    }

    /** The plain content of an encrypted file read whole; a wrong passphrase or a damaged file is said, naming it. */
    static byte[] open(CliTexts texts, Function<String, String> environment, Path passphraseFile, Path file,
                       byte[] sealed) {
        char[] passphrase = Passphrases.read(texts, environment, passphraseFile, "cli.encrypt.promptOpen", false);
        try {
            return SealedFile.open(sealed, passphrase, file.toString());
        } catch (IOException e) {
            throw failure(texts, file, e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    static CliFailure failure(CliTexts texts, Path file, IOException e) {
        if (e instanceof SealedFile.WrongPassphraseException) {
            return new CliFailure(texts.text("cli.encrypt.wrongPassphrase", file), e);
        }
        if (e instanceof SealedFile.DamagedException) {
            return new CliFailure(texts.text("cli.encrypt.damaged", file), e);
        }
        return new CliFailure(texts.text("cli.error.readFailed", file, e.getMessage()), e);
    }
}
