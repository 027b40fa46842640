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

    /**
     * Maps Modena's colour variables (looked up by ControlsFX) onto AtlantaFX's {@code -color-*}.
     * Loaded in binary form, compiled from the .css next to it (CompiledStylesheetsTest keeps the two
     * equal): the first CSS parse in a process costs a tenth of a second before the first frame.
     */
    public static final String BRIDGE_CSS = resource("controlsfx-bridge.bss");
    /** Rapport's own styles: sidebar, chips, timeline, notification bar (binary, from rapport.css). */
    public static final String APP_CSS = resource("rapport.bss");
    /** Pop-ups' frames in the theme's background where windows cannot be transparent (from opaque-popups.css). */
    static final String OPAQUE_POPUPS_CSS = resource("opaque-popups.bss");

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
        // The binary form of the theme loads several times faster than parsing its CSS, which was
        // most of the time between starting the toolkit and the first frame.
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        DARK.set(dark);
    }

    public static ReadOnlyBooleanProperty darkProperty() {
        return DARK.getReadOnlyProperty();
    }

    public static void style(Scene scene) {
        scene.getStylesheets().addAll(stylesheets());
    }

    public static void style(DialogPane pane) {
        pane.getStylesheets().addAll(stylesheets());
    }

    /**
     * Ours for every scene and dialog. Pop-up menus take theirs from the scene they open in; where
     * the platform draws no transparent windows, their corners and shadow would be white.
     */
    private static java.util.List<String> stylesheets() {
        if (Platform.isSupported(javafx.application.ConditionalFeature.TRANSPARENT_WINDOW)) {
            return java.util.List.of(BRIDGE_CSS, APP_CSS);
        }
        fillOpaquePopups();
        return java.util.List.of(BRIDGE_CSS, APP_CSS, OPAQUE_POPUPS_CSS);
    }

    private static boolean fillingPopups;

    /**
     * A pop-up's window is larger than its root (the shadow reaches beyond it), so the root's
     * background alone leaves a frame: the window is filled with the colour the stylesheet gives the
     * root, which follows the theme.
     */
    private static void fillOpaquePopups() {
        if (fillingPopups) {
            return;
        }
        fillingPopups = true;
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w instanceof javafx.stage.PopupWindow && w.getScene() != null
                            && w.getScene().getRoot() instanceof javafx.scene.layout.Region root
                            && !w.getScene().fillProperty().isBound()) {
                        // A dialog's pop-ups: their scene is the dialog's, which has no stylesheets of ours.
                        if (!w.getScene().getStylesheets().contains(OPAQUE_POPUPS_CSS)) {
                            w.getScene().getStylesheets().add(OPAQUE_POPUPS_CSS);
                        }
                        w.getScene().fillProperty().bind(root.backgroundProperty().map(b -> b.getFills().isEmpty()
                                ? null : b.getFills().getFirst().getFill()));
                    }
                }
            }
        });
    }
}
