package app.rapport.ui.network;

import app.rapport.reminders.Warmth;
import app.rapport.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the map on the canvas for one view (scale and offset): the ties as the picture
 * {@link TieLayer} drew on its own thread, then the introductions, the people, their names and
 * the circles' labels. Names give way to the circles' labels and to each other, so a dense map
 * stays readable; the selected, the hovered and the bridges are named first.
 */
final class MapPainter {

    /** The view drawn: the map's scale and offset, its size, the person under the pointer. */
    record View(double scale, double tx, double ty, double width, double height, double pixelScale, int hovered) {
    }

    private final NetworkViewModel model;
    private final Palette palette;
    private final TieLayer ties;

    MapPainter(NetworkViewModel model, Palette palette, Runnable tiesReady) {
        this.model = model;
        this.palette = palette;
        this.ties = new TieLayer(tiesReady);
    }

    /** A person's dot radius on screen: warmer relationships are bigger. */
    static double radius(NetworkData d, int slot, double scale) {
        double score = d.relationship(slot).score();
        double r = 3.5 + 5.5 * Math.min(1, Math.sqrt(score / 3));
        return r * Math.max(0.6, Math.min(1.6, Math.sqrt(scale)));
    }

    /**
     * The ties' picture for the view, null when it is not needed (no ties to draw, or the people
     * are still where the layout starts them, a tangle) or not ready yet ({@link #waiting}).
     */
    private Image tiesFor(NetworkData d, double[][] p, View v) {
        if (d.ties() == 0 || model.atStart()) {
            return null;
        }
        Color colour = palette.muted().deriveColor(0, 1, 1, model.filtered() ? 0.5 : 0.35);
        return ties.imageFor(new TieLayer.Key(d, p, model.visibility(), v.scale(), v.tx(), v.ty(),
                (int) Math.ceil(v.width()), (int) Math.ceil(v.height()), v.pixelScale(), colour));
    }

    /**
     * Draws the view; false when the ties' picture for it is being drawn (the canvas keeps the
     * last picture meanwhile, and the map is drawn again when the ties are ready).
     */
    boolean paint(GraphicsContext g, View v) {
        double[][] p = model.positionsProperty().get();
        NetworkData d = model.dataProperty().get();
        boolean ready = p != null && d != null && d.size() > 0 && p[0].length == d.size();
        Image tieImage = ready ? tiesFor(d, p, v) : null;
        boolean tiesWanted = ready && d.ties() > 0 && !model.atStart();
        if (tiesWanted && tieImage == null && ties.hasDrawn()) {
            return false;
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, v.width(), v.height());
        if (!ready) {
            return true;
        }
        int n = d.size();
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int i = 0; i < n; i++) {
            sx[i] = p[0][i] * v.scale() + v.tx();
            sy[i] = p[1][i] * v.scale() + v.ty();
        }
        if (model.showMeProperty().get()) {
            paintMe(g, d, p, sx, sy, v);
        }
        if (tieImage != null) {
            g.drawImage(tieImage, 0, 0, v.width(), v.height());
        }
        paintIntroductions(g, d, sx, sy);
        paintPeople(g, d, sx, sy, v);
        List<Runnable> labels = new ArrayList<>();
        List<Rectangle2D> labelled = circleLabels(g, d, sx, sy, v.width(), v.height(), labels);
        paintNames(g, d, sx, sy, v, labelled);
        labels.forEach(Runnable::run);
        return true;
    }

    /** Where "you" stand when shown in the middle, in the layout's coordinates: amid everyone. */
    static double[] me(double[][] p, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += p[0][i];
            my += p[1][i];
        }
        return new double[] {mx / n, my / n};
    }

    /** The people "you" are linked to in the middle: those shown who are not cold. */
    static boolean linkedToMe(NetworkViewModel model, NetworkData d, int slot) {
        return model.isVisible(slot) && d.warmth(slot) != Warmth.COLD;
    }

    /** You, in the middle, linked to the people you are in touch with. */
    private void paintMe(GraphicsContext g, NetworkData d, double[][] p, double[] sx, double[] sy, View v) {
        int n = d.size();
        double[] me = me(p, n);
        double mx = me[0] * v.scale() + v.tx();
        double my = me[1] * v.scale() + v.ty();
        g.setStroke(palette.accent().deriveColor(0, 1, 1, 0.18));
        g.setLineWidth(1);
        g.setLineCap(StrokeLineCap.BUTT);
        g.beginPath();
        for (int i = 0; i < n; i++) {
            if (linkedToMe(model, d, i)) {
                g.moveTo(mx, my);
                g.lineTo(sx[i], sy[i]);
            }
        }
        g.stroke();
        g.setFill(palette.accent());
        g.fillOval(mx - 9, my - 9, 18, 18);
        g.setFill(palette.foreground());
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        halo(g, I18n.text("network.me"), mx, my + 11);
    }

    /** Introductions: suggested dashed, planned dash-dotted, made solid. */
    private void paintIntroductions(GraphicsContext g, NetworkData d, double[] sx, double[] sy) {
        g.setLineCap(StrokeLineCap.BUTT);
        for (NetworkData.Line l : d.lines()) {
            if (!model.isVisible(l.a()) || !model.isVisible(l.b())) {
                continue;
            }
            switch (l.kind()) {
                case SUGGESTED -> {
                    g.setStroke(palette.accent());
                    g.setLineWidth(1.6);
                    g.setLineDashes(7, 5);
                }
                case PLANNED -> {
                    g.setStroke(palette.success());
                    g.setLineWidth(2);
                    g.setLineDashes(10, 4, 2, 4);
                }
                case MADE -> {
                    g.setStroke(palette.success());
                    g.setLineWidth(2.4);
                    g.setLineDashes((double[]) null);
                }
            }
            g.strokeLine(sx[l.a()], sy[l.a()], sx[l.b()], sy[l.b()]);
        }
        g.setLineDashes((double[]) null);
    }

    /** People: faded when a filter leaves them out, bridges outlined, the selected one ringed. */
    private void paintPeople(GraphicsContext g, NetworkData d, double[] sx, double[] sy, View v) {
        int n = d.size();
        boolean filtered = model.filtered();
        boolean focused = model.focusProperty().get() >= 0;
        Color faded = palette.subtle().deriveColor(0, 1, 1, 0.35);
        for (int i = 0; i < n; i++) {
            double r = radius(d, i, v.scale());
            if (sx[i] < -r || sy[i] < -r || sx[i] > v.width() + r || sy[i] > v.height() + r) {
                continue;
            }
            if (!model.isVisible(i)) {
                if (filtered && !focused) {
                    g.setFill(faded);
                    g.fillOval(sx[i] - r * 0.7, sy[i] - r * 0.7, r * 1.4, r * 1.4);
                }
                continue;
            }
            NetworkData.Circle circle = d.circleInfo(d.circle(i));
            g.setFill(circle == null ? palette.noCircle() : palette.circle(circle.colour()));
            g.fillOval(sx[i] - r, sy[i] - r, 2 * r, 2 * r);
            if (d.isBridge(i)) {
                g.setStroke(palette.warning());
                g.setLineWidth(2.5);
                g.strokeOval(sx[i] - r - 3, sy[i] - r - 3, 2 * r + 6, 2 * r + 6);
            }
            if (d.person(i).archived()) {
                g.setStroke(palette.background());
                g.setLineWidth(1.5);
                g.strokeLine(sx[i] - r, sy[i] + r, sx[i] + r, sy[i] - r);
            }
        }
        int selected = model.selectedProperty().get();
        for (int ring : new int[] {v.hovered(), selected}) {
            if (ring >= 0 && ring < n && model.isVisible(ring)) {
                double r = radius(d, ring, v.scale()) + (d.isBridge(ring) ? 6 : 3);
                g.setStroke(ring == selected ? palette.accent() : palette.foreground());
                g.setLineWidth(ring == selected ? 3 : 1.5);
                g.strokeOval(sx[ring] - r, sy[ring] - r, 2 * r, 2 * r);
            }
        }
    }

    /**
     * Names: the selected, the hovered and the bridges first, then everyone when there is room;
     * a name that would cover a circle's label or another name is left out (hover names anyone).
     */
    private void paintNames(GraphicsContext g, NetworkData d, double[] sx, double[] sy, View v,
                            List<Rectangle2D> taken) {
        int n = d.size();
        int selected = model.selectedProperty().get();
        int shownCount = model.visibleCount();
        boolean allNames = v.scale() >= 1.6 || shownCount <= 40
                || shownCount * 900 < v.width() * v.height() * v.scale() * v.scale() / 4;
        List<Integer> order = new ArrayList<>();
        for (int i : new int[] {selected, v.hovered()}) {
            if (i >= 0 && i < n && !order.contains(i)) {
                order.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (d.isBridge(i) && !order.contains(i)) {
                order.add(i);
            }
        }
        if (allNames) {
            for (int i = 0; i < n; i++) {
                if (!d.isBridge(i) && i != selected && i != v.hovered()) {
                    order.add(i);
                }
            }
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        Font small = Font.font(11);
        Font bold = Font.font(null, FontWeight.BOLD, 12);
        List<Rectangle2D> names = new ArrayList<>(taken);
        for (int i : order) {
            if (!model.isVisible(i) || sx[i] < -60 || sy[i] < -20 || sx[i] > v.width() + 60 || sy[i] > v.height() + 20) {
                continue;
            }
            boolean strong = i == selected || d.isBridge(i);
            double top = sy[i] + radius(d, i, v.scale()) + 2 + (d.isBridge(i) ? 3 : 0);
            String name = d.person(i).name();
            double width = name.length() * (strong ? 6.8 : 6.0);
            Rectangle2D box = new Rectangle2D(sx[i] - width / 2, top, width, strong ? 15 : 13);
            boolean must = i == selected || i == v.hovered();
            if (!must && overlaps(box, names)) {
                continue;
            }
            names.add(box);
            g.setFont(strong ? bold : small);
            halo(g, name, sx[i], top);
        }
    }

    private static boolean overlaps(Rectangle2D box, List<Rectangle2D> taken) {
        for (Rectangle2D r : taken) {
            if (r.intersects(box)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The circles' labels, each at the middle of its people shown, moved down when it would cover
     * a larger circle's label. Returns where they are; {@code drawing} gets how to draw them
     * (last, over the names).
     */
    private List<Rectangle2D> circleLabels(GraphicsContext g, NetworkData d, double[] sx, double[] sy,
                                           double width, double height, List<Runnable> drawing) {
        Font font = Font.font(null, FontWeight.BOLD, 13);
        List<Rectangle2D> placed = new ArrayList<>();
        int n = d.size();
        for (NetworkData.Circle c : d.circles()) {
            if (c.size() < 3) {
                continue;
            }
            double cx = 0;
            double cy = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (d.circle(i) == c.number() && model.isVisible(i)) {
                    cx += sx[i];
                    cy += sy[i];
                    count++;
                }
            }
            if (count < 3) {
                continue;
            }
            String label = NetworkViewModel.circleName(c);
            Text measure = new Text(label);
            measure.setFont(font);
            double lw = measure.getLayoutBounds().getWidth() + 14;
            double lh = measure.getLayoutBounds().getHeight() + 6;
            // Inside the map, not cut off at its edge (the side panel covers none of it: it is beside it).
            double left = Math.max(4, Math.min(width - lw - 4, cx / count - lw / 2));
            double top = Math.max(4, Math.min(height - lh - 4, cy / count - lh / 2));
            Rectangle2D box = new Rectangle2D(left, top, lw, lh);
            for (int tries = 0; tries < 6 && overlaps(box, placed); tries++) {
                box = new Rectangle2D(box.getMinX(), box.getMinY() + lh + 2, lw, lh);
            }
            placed.add(box);
            Rectangle2D at = box;
            Color colour = palette.circle(c.colour());
            drawing.add(() -> label(g, font, label, at, colour));
        }
        return placed;
    }

    private void label(GraphicsContext g, Font font, String label, Rectangle2D box, Color colour) {
        double r = box.getHeight();
        g.setFill(palette.background().deriveColor(0, 1, 1, 0.9));
        g.fillRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), r, r);
        g.setStroke(colour);
        g.setLineWidth(1.5);
        g.strokeRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), r, r);
        g.setFill(palette.foreground());
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2);
    }

    private void halo(GraphicsContext g, String text, double x, double y) {
        g.setStroke(palette.background().deriveColor(0, 1, 1, 0.8));
        g.setLineWidth(3);
        g.strokeText(text, x, y);
        g.setFill(palette.foreground());
        g.fillText(text, x, y);
    }
}
