package app.rapport.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * AtlantaFX Primer light or dark for the whole application, following the OS colour scheme unless
 * the user chose one in Settings. Every scene and dialog also gets our own stylesheet and the bridge
 * that gives ControlsFX controls the Modena colour names they look up.
 */
public final class Themes {

    /** Maps Modena's colour variables (looked up by ControlsFX) onto AtlantaFX's {@code -color-*}. */
    public static final String BRIDGE_CSS = resource("controlsfx-bridge.css");
    /** Rapport's own styles: sidebar, chips, timeline, notification bar. */
    public static final String APP_CSS = resource("rapport.css");

    private static final ReadOnlyBooleanWrapper DARK = new ReadOnlyBooleanWrapper(false);
    private static boolean applied;

    private Themes() {
    }

    private static String resource(String name) {
        URL url = Objects.requireNonNull(Themes.class.getResource("/app/rapport/ui/" + name), name);
        return url.toExternalForm();
    }

    /** Applies the chosen theme now and whenever the choice or the OS colour scheme changes. */
    public static void follow(ObservableValue<UiSettings.ThemeChoice> choice) {
        ObservableValue<ColorScheme> os = Platform.getPreferences().colorSchemeProperty();
        Runnable update = () -> apply(isDark(choice.getValue(), os.getValue()));
        choice.addListener((o, was, now) -> update.run());
        os.addListener((o, was, now) -> update.run());
        update.run();
    }

    static boolean isDark(UiSettings.ThemeChoice choice, ColorScheme os) {
        return switch (choice == null ? UiSettings.ThemeChoice.SYSTEM : choice) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> os == ColorScheme.DARK;
        };
    }

    public static void apply(boolean dark) {
        if (applied && DARK.get() == dark) {
            return;
        }
        applied = true;
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        DARK.set(dark);
    }

    public static ReadOnlyBooleanProperty darkProperty() {
        return DARK.getReadOnlyProperty();
    }

    public static void style(Scene scene) {
        scene.getStylesheets().addAll(BRIDGE_CSS, APP_CSS);
    }

    public static void style(DialogPane pane) {
        pane.getStylesheets().addAll(BRIDGE_CSS, APP_CSS);
    }
}
