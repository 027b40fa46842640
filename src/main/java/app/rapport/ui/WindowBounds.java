package app.rapport.ui;

import app.rapport.ui.common.UiSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/** Where the window was and how large: restored on start, remembered as the user changes it. */
final class WindowBounds {

    private WindowBounds() {
    }

    /** The size and place the window had last time, if it still fits on a screen; else the defaults, centred. */
    static void restore(Stage stage, UiSettings settings) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(MainWindow.DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(MainWindow.DEFAULT_HEIGHT, screen.getHeight());
        double savedW = settings.windowWidthProperty().get();
        double savedH = settings.windowHeightProperty().get();
        double savedX = settings.windowXProperty().get();
        double savedY = settings.windowYProperty().get();
        if (!Double.isNaN(savedW) && !Double.isNaN(savedH) && savedW >= 400 && savedH >= 300) {
            w = savedW;
            h = savedH;
        }
        stage.setWidth(w);
        stage.setHeight(h);
        // Only restore a position that is still on some screen (a monitor may have been unplugged).
        if (!Double.isNaN(savedX) && !Double.isNaN(savedY)
                && !javafx.stage.Screen.getScreensForRectangle(savedX, savedY, Math.min(w, 100), 40).isEmpty()) {
            stage.setX(savedX);
            stage.setY(savedY);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.windowMaximizedProperty().get());
    }

    /** Keeps the window's size and place in the settings as the user moves it (not while maximized). */
    static void remember(Stage stage, UiSettings settings) {
        stage.xProperty().addListener((o, was, now) -> {
            if (!stage.isMaximized()) {
                settings.windowXProperty().set(now.doubleValue());
            }
        });
        stage.yProperty().addListener((o, was, now) -> {
            if (!stage.isMaximized()) {
                settings.windowYProperty().set(now.doubleValue());
            }
        });
        stage.widthProperty().addListener((o, was, now) -> {
            if (!stage.isMaximized()) {
                settings.windowWidthProperty().set(now.doubleValue());
            }
        });
        stage.heightProperty().addListener((o, was, now) -> {
            if (!stage.isMaximized()) {
                settings.windowHeightProperty().set(now.doubleValue());
            }
        });
        stage.maximizedProperty().addListener((o, was, now) -> settings.windowMaximizedProperty().set(now));
    }
}
