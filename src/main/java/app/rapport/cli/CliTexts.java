package app.rapport.cli;

import app.rapport.interchange.MessageSource;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's texts from the application's bundles (keys {@code cli.*} and the ones it
 * shares with the window), German if the OS speaks German, English otherwise. The window's
 * {@code I18n} is bound to JavaFX, which the command line does not load.
 */
public final class CliTexts implements MessageSource {

    public static final String BUNDLE = "app.rapport.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private CliTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static CliTexts forLocale(Locale requested) {
        return new CliTexts("de".equals(requested.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The usage help of one command as picocli reads it: its key {@code usage.description} is
     * {@code cli.<command>.usage.description} in our bundle, falling back to {@code cli.common.*}
     * for what all commands share (headings, --help, --version, --data-dir).
     */
    ResourceBundle helpBundle(String command) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                for (String prefix : new String[] {"cli." + command + ".", "cli.common."}) {
                    if (bundle.containsKey(prefix + key)) {
                        return bundle.getObject(prefix + key);
                    }
                }
                return null;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(bundle.keySet().stream()
                        .filter(k -> k.startsWith("cli." + command + ".") || k.startsWith("cli.common."))
                        .map(k -> k.substring(k.startsWith("cli.common.") ? "cli.common.".length()
                                : ("cli." + command + ".").length()))
                        .distinct().toList());
            }
        };
    }
}
