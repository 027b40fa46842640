package app.rapport.interchange;

/**
 * Looks up a user-visible text by message key. The window passes its {@code I18n::text}, the
 * command line its own bundle; this package itself knows no language.
 */
@FunctionalInterface
public interface MessageSource {

    String text(String key, Object... args);
}
