package app.rapport.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every user-visible string comes from {@code app/rapport/i18n/messages*.properties}. Texts are
 * bound to the current locale, so switching the language in Settings relabels open screens.
 */
public final class I18n {

    public static final String BUNDLE = "app.rapport.i18n.messages";
    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ObjectProperty<Locale> LOCALE = new SimpleObjectProperty<>(defaultLocale());
    /**
     * The bundle goes with the locale it was loaded for and is reloaded on first use after a switch.
     * (Reloading it in a change listener was too late: bound labels recompute their text as soon as
     * the locale is invalidated, before change listeners run, and kept the old language.)
     */
    private static volatile Loaded loaded = new Loaded(LOCALE.get(), load(LOCALE.get()));

    private record Loaded(Locale locale, ResourceBundle bundle) {
    }

    private I18n() {
    }

    /** German if the OS speaks German, English otherwise. */
    public static Locale defaultLocale() {
        return "de".equals(Locale.getDefault().getLanguage()) ? GERMAN : ENGLISH;
    }

    public static ObjectProperty<Locale> localeProperty() {
        return LOCALE;
    }

    /**
     * Runs {@code action} after every language switch for as long as {@code owner} lives. The
     * language is global and outlives every screen; a plain listener on it would keep each screen
     * ever built (and the journal data it shows) in memory. Here the owner holds the listener and
     * the language only a weak reference to it, so a screen that is gone is collected.
     */
    public static void onChange(javafx.scene.Node owner, Runnable action) {
        javafx.beans.InvalidationListener listener = o -> action.run();
        @SuppressWarnings("unchecked")
        java.util.List<javafx.beans.InvalidationListener> held = (java.util.List<javafx.beans.InvalidationListener>)
                owner.getProperties().computeIfAbsent(HELD_LISTENERS, k -> new java.util.ArrayList<>());
        held.add(listener);
        LOCALE.addListener(new javafx.beans.WeakInvalidationListener(listener));
    }

    private static final Object HELD_LISTENERS = new Object();

    public static Locale locale() {
        return LOCALE.get();
    }

    /**
     * Switches the language. Open screens listen to it, so the switch happens on the JavaFX thread:
     * called from another thread while JavaFX runs, it is handed over and waited for (relabelling
     * screens from two threads at once corrupts their listener lists).
     */
    public static void setLocale(Locale locale) {
        Locale chosen = "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
        if (javafx.application.Platform.isFxApplicationThread()) {
            LOCALE.set(chosen);
            return;
        }
        java.util.concurrent.FutureTask<Void> onFxThread = new java.util.concurrent.FutureTask<>(() -> LOCALE.set(chosen), null);
        try {
            javafx.application.Platform.runLater(onFxThread);
        } catch (IllegalStateException notRunning) {
            LOCALE.set(chosen); // JavaFX has not started: nothing can be listening from a screen
            return;
        }
        try {
            onFxThread.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("switching the language failed", e);
        }
    }

    /** The text for {@code key} in the current language, with {@code args} formatted in. */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** A text that follows language switches. */
    public static StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), LOCALE);
    }

    public static ResourceBundle bundle() {
        Locale locale = LOCALE.get();
        Loaded current = loaded;
        if (!current.locale().equals(locale)) {
            current = new Loaded(locale, load(locale));
            loaded = current;
        }
        return current.bundle();
    }

    private static ResourceBundle load(Locale locale) {
        // messages_en exists (empty, its parent is the English base bundle) so that choosing
        // English on a German system does not fall back to the OS locale's bundle.
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}
