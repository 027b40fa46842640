package app.rapport.ui.network;

import app.rapport.ui.common.Tasks;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * The map's ties as one picture, drawn on a thread of its own: on a large journal the JavaFX
 * software renderer took hundreds of milliseconds a frame to rasterise 10,000 lines drawn on the
 * canvas (the first picture came seconds late and panning stuttered). Here they are drawn once per
 * view (layout step, pan or zoom settled, filter) with Java2D, thin and with butt caps, and the
 * canvas draws the finished picture as one image; hover and selection reuse it.
 */
final class TieLayer {

    private static final Executor DRAWING = Tasks.ownThread("network-ties");

    /** What the picture shows: the same key, the same picture (arrays and data compared by identity). */
    record Key(NetworkData data, double[][] positions, boolean[] visible, double scale, double tx, double ty,
               int width, int height, double pixelScale, Color colour) {
    }

    private record Drawn(Key key, Image image) {
    }

    private final AtomicReference<Key> wanted = new AtomicReference<>();
    private final Runnable onReady;
    private volatile Drawn drawn;
    private boolean working;

    /** {@code onReady} runs on the JavaFX thread when a picture asked for is ready. */
    TieLayer(Runnable onReady) {
        this.onReady = onReady;
    }

    /** The picture for {@code key} if it is ready; else null, and it is drawn (the newest key asked for wins). */
    Image imageFor(Key key) {
        Drawn d = drawn;
        if (d != null && d.key().equals(key)) {
            return d.image();
        }
        wanted.set(key);
        start();
        return null;
    }

    /** Whether a picture was ever drawn (until then the map is drawn without waiting for one). */
    boolean hasDrawn() {
        return drawn != null;
    }

    /** Forgets the picture (the map's data went away). */
    void clear() {
        drawn = null;
        wanted.set(null);
    }

    private void start() {
        if (working) {
            return;
        }
        working = true;
        DRAWING.execute(this::work);
    }

    private void work() {
        try {
            Key key = wanted.get();
            Drawn result = key == null ? null : new Drawn(key, draw(key));
            Platform.runLater(() -> {
                working = false;
                if (result != null && wanted.get() != null) {
                    drawn = result;
                }
                Key now = wanted.get();
                if (now != null && !now.equals(result == null ? null : result.key())) {
                    start(); // asked for another picture meanwhile
                } else if (result != null) {
                    onReady.run();
                }
            });
        } catch (RuntimeException | Error e) {
            Platform.runLater(() -> {
                working = false;
                Tasks.defaultErrorHandler().accept(e);
            });
        }
    }

    /** The ties between the people shown, one path per strength, on a transparent picture the size of the map. */
    static Image draw(Key k) {
        int w = Math.max(1, (int) Math.ceil(k.width() * k.pixelScale()));
        int h = Math.max(1, (int) Math.ceil(k.height() * k.pixelScale()));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Color c = k.colour();
            g.setColor(new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                    (float) c.getOpacity()));
            NetworkData d = k.data();
            double[] xs = k.positions()[0];
            double[] ys = k.positions()[1];
            boolean[] visible = k.visible();
            double s = k.scale() * k.pixelScale();
            double ox = k.tx() * k.pixelScale();
            double oy = k.ty() * k.pixelScale();
            double zoomWidth = Math.max(0.5, Math.min(1.5, Math.sqrt(k.scale()))) * k.pixelScale();
            for (int strength = 0; strength <= 5; strength++) {
                Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, 1024);
                boolean any = false;
                for (int e = 0; e < d.tieFrom.length; e++) {
                    if (d.tieStrength[e] != strength) {
                        continue;
                    }
                    int a = d.tieFrom[e];
                    int b = d.tieTo[e];
                    if (a >= visible.length || b >= visible.length || !visible[a] || !visible[b]) {
                        continue;
                    }
                    double ax = xs[a] * s + ox;
                    double ay = ys[a] * s + oy;
                    double bx = xs[b] * s + ox;
                    double by = ys[b] * s + oy;
                    if ((ax < 0 && bx < 0) || (ay < 0 && by < 0) || (ax > w && bx > w) || (ay > h && by > h)) {
                        continue;
                    }
                    path.moveTo(ax, ay);
                    path.lineTo(bx, by);
                    any = true;
                }
                if (any) {
                    float width = (float) ((strength == 0 ? 0.8 : 0.4 + 0.4 * strength) * zoomWidth);
                    g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                    g.draw(path);
                }
            }
        } finally {
            g.dispose();
        }
        return SwingFXUtils.toFXImage(image, null);
    }
}
