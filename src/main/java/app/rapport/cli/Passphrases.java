package app.rapport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Where the commands that seal or open encrypted files ({@code sync}, and {@code backup},
 * {@code export}, {@code restore} and {@code import} with encrypted files) get the passphrase:
 * {@value #VARIABLE}, the first line of {@code --passphrase-file}, or the terminal. It is never stored.
 */
final class Passphrases {

    static final String VARIABLE = "RAPPORT_SYNC_PASSPHRASE";

    private Passphrases() {
    }

    /**
     * The passphrase.
     *
     * @param promptKey what the terminal asks
     * @param confirm   whether a passphrase typed at the terminal is asked twice (one that seals a
     *                  new file: a typing error would lock the user out of it)
     * @throws CliFailure if there is none, or the two typed differ
     */
    static char[] read(CliTexts texts, Function<String, String> environment, Path file, String promptKey,
                       boolean confirm) {
        String fromEnvironment = environment.apply(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (file != null) {
            try {
                String line = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                if (!line.isEmpty()) {
                    return line.toCharArray();
                }
            } catch (IOException e) {
                throw new CliFailure(texts.text("cli.sync.passphraseUnreadable", file), e);
            }
        }
        java.io.Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", texts.text(promptKey));
            if (typed != null && typed.length > 0) {
                if (confirm) {
                    char[] again = console.readPassword("%s", texts.text("cli.encrypt.promptAgain"));
                    boolean same = Arrays.equals(typed, again);
                    if (again != null) {
                        Arrays.fill(again, '\0');
                    }
                    if (!same) {
                        Arrays.fill(typed, '\0');
                        throw new CliFailure(texts.text("cli.encrypt.mismatch"));
                    }
                }
                return typed;
            }
        }
        throw new CliFailure(texts.text("cli.sync.noPassphrase", VARIABLE));
    }
}
