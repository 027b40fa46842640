package app.rapport.interchange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The application's message bundle in one language, for asserting the sentences users read. */
public final class BundleTexts implements MessageSource {

    public static final BundleTexts ENGLISH = new BundleTexts(Locale.ENGLISH);
    public static final BundleTexts GERMAN = new BundleTexts(Locale.GERMAN);

    private final ResourceBundle bundle;
    private final Locale locale;

    private BundleTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("app.rapport.i18n.messages", locale);
    }

    @Override
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
