package app.rapport.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for background work and looking at a screen, for UI tests. */
public final class FxTesting {

    private FxTesting() {
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes the scene as a PNG under target/screenshots, to look at a screen after a test run. */
    public static void snapshot(FxRobot robot, Scene scene, String name) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new AssertionError("could not write screenshot " + name, e);
        }
    }
}
