package app.rapport.ui.network;

import app.rapport.journal.Contact;
import app.rapport.reminders.Warmth;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Themes;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The map itself: one canvas, drawn at most once a pulse from the view model's data, positions
 * and filters. Pan by dragging or the arrow keys, zoom with the wheel, a pinch or + and -, 0 fits
 * the picture to the window. Hover names the person or says why an introduction is suggested;
 * a click selects, a double-click opens the contact. The canvas's accessible text names the
 * person selected (name, circle, warmth), so a screen reader follows the keyboard.
 */
final class MapView extends Pane {

    private static final double MIN_SCALE = 0.02;
    private static final double MAX_SCALE = 8;
    private static final double PADDING = 40;

    private final NetworkViewModel model;
    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final Palette palette;
    private double scale = 1;
    private double tx;
    private double ty;
    /** Once the user moved the picture, the map stops fitting itself to the growing layout. */
    private boolean userMoved;
    private boolean drawPending;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private int hovered = -1;
    private IntConsumer onOpen = slot -> { };
    private long draws;
    private long drawNanos;
    /** The view the canvas was last drawn with: panning and zooming move the drawn picture until it is drawn anew. */
    private double drawnScale = 1;
    private double drawnTx;
    private double drawnTy;
    private final javafx.scene.transform.Affine moved = new javafx.scene.transform.Affine();
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));

    MapView(NetworkViewModel model) {
        this.model = model;
        getStyleClass().add("network-map");
        setId("network-map");
        palette = new Palette(this);
        canvas.setId("network-canvas");
        canvas.setFocusTraversable(true);
        canvas.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        canvas.setAccessibleRoleDescription(I18n.text("network.map.role"));
        hover.getStyleClass().add("network-hover");
        hover.setId("network-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setWrapText(true);
        hover.setMaxWidth(320);
        hover.setManaged(false);
        getChildren().addAll(canvas, hover);
        canvas.getTransforms().add(moved);
        settle.setOnFinished(e -> requestDraw());
        setMinSize(100, 100);

        widthProperty().addListener(o -> resized());
        heightProperty().addListener(o -> resized());
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                palette.refresh();
                requestDraw();
            }
        });
        Themes.darkProperty().addListener(o -> Platform.runLater(() -> {
            applyCss();
            palette.refresh();
            requestDraw();
        }));
        model.dataProperty().addListener(o -> requestDraw());
        model.positionsProperty().addListener(o -> {
            if (!userMoved) {
                fit();
            }
            requestDraw();
        });
        model.filterVersionProperty().addListener(o -> requestDraw());
        model.showMeProperty().addListener(o -> requestDraw());
        model.selectedProperty().addListener(o -> {
            describeSelection();
            requestDraw();
        });
        model.focusProperty().addListener((o, was, now) -> {
            fit();
            requestDraw();
        });
        model.circleFilterProperty().addListener(o -> fit());
        I18n.localeProperty().addListener(o -> {
            canvas.setAccessibleRoleDescription(I18n.text("network.map.role"));
            describeSelection();
            requestDraw();
        });

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            pressX = e.getX();
            pressY = e.getY();
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) {
                return;
            }
            double ddx = e.getX() - pressX;
            double ddy = e.getY() - pressY;
            if (dragged || Math.abs(ddx) + Math.abs(ddy) > 3) {
                dragged = true;
                panBy(ddx, ddy);
                pressX = e.getX();
                pressY = e.getY();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (dragged || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            int slot = slotAt(e.getX(), e.getY());
            if (e.getClickCount() >= 2 && slot >= 0) {
                onOpen.accept(slot);
            } else {
                model.selectedProperty().set(slot);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hovered = -1;
            hover.setVisible(false);
            requestDraw();
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0 && e.getTouchCount() == 0) {
                zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            } else {
                panBy(e.getDeltaX(), e.getDeltaY());
            }
            e.consume();
        });
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** What a double-click (or Enter) on a person does. */
    void setOnOpen(IntConsumer open) {
        this.onOpen = open;
    }

    private void key(KeyEvent e) {
        double step = 60;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomAt(1.25, getWidth() / 2, getHeight() / 2);
            case MINUS, SUBTRACT -> zoomAt(0.8, getWidth() / 2, getHeight() / 2);
            case DIGIT0, NUMPAD0 -> {
                userMoved = false;
                fit();
            }
            case LEFT -> panBy(step, 0);
            case RIGHT -> panBy(-step, 0);
            case UP -> panBy(0, step);
            case DOWN -> panBy(0, -step);
            case ENTER -> {
                if (model.selectedProperty().get() >= 0) {
                    onOpen.accept(model.selectedProperty().get());
                }
            }
            case ESCAPE -> {
                if (model.focusProperty().get() >= 0) {
                    model.focusProperty().set(-1);
                } else {
                    model.selectedProperty().set(-1);
                }
            }
            default -> {
                if ("+".equals(e.getText())) {
                    zoomAt(1.25, getWidth() / 2, getHeight() / 2);
                } else if ("-".equals(e.getText())) {
                    zoomAt(0.8, getWidth() / 2, getHeight() / 2);
                } else {
                    return;
                }
            }
        }
        e.consume();
    }

    // ---------------------------------------------------------------- view transform

    void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    void zoomOut() {
        zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    void zoomAt(double factor, double sx, double sy) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double f = next / scale;
        tx = sx - (sx - tx) * f;
        ty = sy - (sy - ty) * f;
        scale = next;
        userMoved = true;
        moveDrawn();
    }

    void panBy(double ddx, double ddy) {
        tx += ddx;
        ty += ddy;
        userMoved = true;
        moveDrawn();
    }

    /**
     * While the user pans and zooms, the picture already drawn is moved and scaled (no line is
     * drawn again, which keeps every frame short on large maps); a moment after the last move it
     * is drawn anew, sharp and complete.
     */
    private void moveDrawn() {
        double k = scale / drawnScale;
        moved.setToTransform(k, 0, tx - drawnTx * k, 0, k, ty - drawnTy * k);
        hover.setVisible(false);
        settle.playFromStart();
    }

    /** Fits the people shown (all, or those the filters and the focus leave) into the window. */
    void fit() {
        double[][] p = model.positionsProperty().get();
        NetworkData d = model.dataProperty().get();
        if (p == null || d == null || d.size() == 0 || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        boolean any = false;
        boolean narrowed = model.focusProperty().get() >= 0 || model.circleFilterProperty().get() != null;
        for (int i = 0; i < d.size() && i < p[0].length; i++) {
            if (narrowed && !model.isVisible(i)) {
                continue;
            }
            any = true;
            minX = Math.min(minX, p[0][i]);
            minY = Math.min(minY, p[1][i]);
            maxX = Math.max(maxX, p[0][i]);
            maxY = Math.max(maxY, p[1][i]);
        }
        if (!any) {
            return;
        }
        double w = Math.max(maxX - minX, 60);
        double h = Math.max(maxY - minY, 60);
        scale = Math.max(MIN_SCALE, Math.min(3, Math.min((getWidth() - 2 * PADDING) / w, (getHeight() - 2 * PADDING) / h)));
        tx = getWidth() / 2 - (minX + maxX) / 2 * scale;
        ty = getHeight() / 2 - (minY + maxY) / 2 * scale;
        requestDraw();
    }

    /** Fits the picture and lets it follow the layout again. */
    void fitToWindow() {
        userMoved = false;
        fit();
    }

    /** Centres the person in the window, zoomed in enough to read their neighbours' names. */
    void centreOn(int slot) {
        double[][] p = model.positionsProperty().get();
        if (p == null || slot < 0 || slot >= p[0].length) {
            return;
        }
        scale = Math.max(scale, 1.2);
        tx = getWidth() / 2 - p[0][slot] * scale;
        ty = getHeight() / 2 - p[1][slot] * scale;
        userMoved = true;
        requestDraw();
    }

    /** Where the person is drawn, in the map's coordinates (for tests and the hover). */
    Point2D screenPosition(int slot) {
        double[][] p = model.positionsProperty().get();
        return new Point2D(p[0][slot] * scale + tx, p[1][slot] * scale + ty);
    }

    double scale() {
        return scale;
    }

    private void resized() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (!userMoved) {
            fit();
        }
        requestDraw();
    }

    // ---------------------------------------------------------------- hit tests and hover

    int slotAt(double sx, double sy) {
        double[][] p = model.positionsProperty().get();
        NetworkData d = model.dataProperty().get();
        if (p == null || d == null) {
            return -1;
        }
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < d.size(); i++) {
            if (!model.isVisible(i)) {
                continue;
            }
            double ex = p[0][i] * scale + tx - sx;
            double ey = p[1][i] * scale + ty - sy;
            double dist = Math.sqrt(ex * ex + ey * ey);
            double reach = radius(d, i) + 4;
            if (dist <= reach && dist < bestDistance) {
                best = i;
                bestDistance = dist;
            }
        }
        return best;
    }

    /** The suggested or planned introduction drawn under the pointer, or null. */
    private NetworkData.Line lineAt(double sx, double sy) {
        double[][] p = model.positionsProperty().get();
        NetworkData d = model.dataProperty().get();
        if (p == null || d == null) {
            return null;
        }
        for (NetworkData.Line l : d.lines()) {
            if (!model.isVisible(l.a()) || !model.isVisible(l.b())) {
                continue;
            }
            double ax = p[0][l.a()] * scale + tx;
            double ay = p[1][l.a()] * scale + ty;
            double bx = p[0][l.b()] * scale + tx;
            double by = p[1][l.b()] * scale + ty;
            double vx = bx - ax;
            double vy = by - ay;
            double len2 = vx * vx + vy * vy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((sx - ax) * vx + (sy - ay) * vy) / len2));
            double cx = ax + t * vx - sx;
            double cy = ay + t * vy - sy;
            if (cx * cx + cy * cy <= 25) {
                return l;
            }
        }
        return null;
    }

    private void hoverAt(double sx, double sy) {
        NetworkData d = model.dataProperty().get();
        int slot = slotAt(sx, sy);
        String text = null;
        if (slot >= 0) {
            text = describe(d, slot);
        } else {
            NetworkData.Line line = lineAt(sx, sy);
            if (line != null) {
                text = I18n.text("network.line." + line.kind().name().toLowerCase(java.util.Locale.ROOT),
                        d.person(line.a()).name(), d.person(line.b()).name())
                        + (line.text() == null || line.text().isBlank() ? "" : "\n" + line.text());
            }
        }
        if (slot != hovered) {
            hovered = slot;
            requestDraw();
        }
        if (text == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(text);
        hover.setVisible(true);
        hover.autosize();
        double hx = Math.min(sx + 14, getWidth() - hover.getWidth() - 4);
        double hy = sy + 14 + hover.getHeight() > getHeight() ? sy - hover.getHeight() - 8 : sy + 14;
        hover.relocate(Math.max(4, hx), Math.max(4, hy));
    }

    /** Name, organisation, circle and warmth: the hover text and what a screen reader says. */
    static String describe(NetworkData d, int slot) {
        Contact c = d.person(slot);
        StringBuilder s = new StringBuilder(c.name());
        if (c.organization() != null && !c.organization().isBlank()) {
            s.append(" · ").append(c.organization());
        }
        s.append('\n').append(I18n.text("network.hover.warmth", I18n.text(d.warmth(slot).messageKey())));
        NetworkData.Circle circle = d.circleInfo(d.circle(slot));
        if (circle != null) {
            s.append(" · ").append(I18n.text("network.hover.circle", NetworkViewModel.circleName(circle)));
        }
        if (d.isBridge(slot)) {
            s.append(" · ").append(I18n.text("network.hover.bridge"));
        }
        return s.toString();
    }

    private void describeSelection() {
        NetworkData d = model.dataProperty().get();
        int s = model.selectedProperty().get();
        canvas.setAccessibleText(d == null || s < 0 || s >= d.size()
                ? I18n.text("network.map.accessible", model.visibleCount())
                : describe(d, s).replace('\n', ' '));
    }

    String hoverText() {
        return hover.isVisible() ? hover.getText() : null;
    }

    // ---------------------------------------------------------------- drawing

    /** Draws on the next pulse; many changes in one pulse draw once. */
    void requestDraw() {
        if (!drawPending) {
            drawPending = true;
            Platform.runLater(() -> {
                drawPending = false;
                draw();
            });
        }
    }

    /** How often the map was drawn and the time the drawing took (for the bench). */
    long draws() {
        return draws;
    }

    long drawNanos() {
        return drawNanos;
    }

    /** A person's dot radius on screen: warmer relationships are bigger. */
    private double radius(NetworkData d, int slot) {
        double score = d.relationship(slot).score();
        double r = 3.5 + 5.5 * Math.min(1, Math.sqrt(score / 3));
        return r * Math.max(0.6, Math.min(1.6, Math.sqrt(scale)));
    }

    void draw() {
        long started = System.nanoTime();
        settle.stop();
        moved.setToIdentity();
        drawnScale = scale;
        drawnTx = tx;
        drawnTy = ty;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, w, h);
        double[][] p = model.positionsProperty().get();
        NetworkData d = model.dataProperty().get();
        if (p == null || d == null || d.size() == 0 || p[0].length != d.size()) {
            return;
        }
        double[] xs = p[0];
        double[] ys = p[1];
        int n = d.size();
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int i = 0; i < n; i++) {
            sx[i] = xs[i] * scale + tx;
            sy[i] = ys[i] * scale + ty;
        }
        boolean filtered = model.filtered();
        g.setLineCap(StrokeLineCap.ROUND);

        // You, in the middle, linked to the people you are in touch with.
        if (model.showMeProperty().get()) {
            double mx = 0;
            double my = 0;
            for (int i = 0; i < n; i++) {
                mx += xs[i];
                my += ys[i];
            }
            mx = mx / n * scale + tx;
            my = my / n * scale + ty;
            g.setStroke(palette.accent().deriveColor(0, 1, 1, 0.18));
            g.setLineWidth(1);
            g.beginPath();
            for (int i = 0; i < n; i++) {
                if (model.isVisible(i) && d.warmth(i) != Warmth.COLD) {
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
            g.fillText(I18n.text("network.me"), mx, my + 11);
        }

        // Ties, one path per strength so that thousands of lines are a handful of strokes.
        Color tieColour = palette.muted().deriveColor(0, 1, 1, filtered ? 0.5 : 0.35);
        double zoomWidth = Math.max(0.5, Math.min(1.5, Math.sqrt(scale)));
        g.setStroke(tieColour);
        for (int strength = 0; strength <= 5; strength++) {
            g.setLineWidth((strength == 0 ? 1 : 0.5 + 0.45 * strength) * zoomWidth);
            g.beginPath();
            boolean any = false;
            for (int e = 0; e < d.tieFrom.length; e++) {
                if (d.tieStrength[e] != strength) {
                    continue;
                }
                int a = d.tieFrom[e];
                int b = d.tieTo[e];
                if (!model.isVisible(a) || !model.isVisible(b)) {
                    continue;
                }
                if (offscreen(sx[a], sy[a], sx[b], sy[b], w, h)) {
                    continue;
                }
                g.moveTo(sx[a], sy[a]);
                g.lineTo(sx[b], sy[b]);
                any = true;
            }
            if (any) {
                g.stroke();
            }
        }

        // Introductions: suggested dashed, planned dash-dotted, made solid.
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

        // People: faded when a filter leaves them out, bridges outlined, the selected one ringed.
        int selected = model.selectedProperty().get();
        Color faded = palette.subtle().deriveColor(0, 1, 1, 0.35);
        for (int i = 0; i < n; i++) {
            double r = radius(d, i);
            if (sx[i] < -r || sy[i] < -r || sx[i] > w + r || sy[i] > h + r) {
                continue;
            }
            boolean shown = model.isVisible(i);
            if (!shown) {
                if (!filtered || model.focusProperty().get() >= 0) {
                    continue;
                }
                g.setFill(faded);
                g.fillOval(sx[i] - r * 0.7, sy[i] - r * 0.7, r * 1.4, r * 1.4);
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
        for (int ring : new int[] {hovered, selected}) {
            if (ring >= 0 && ring < n && model.isVisible(ring)) {
                double r = radius(d, ring) + (d.isBridge(ring) ? 6 : 3);
                g.setStroke(ring == selected ? palette.accent() : palette.foreground());
                g.setLineWidth(ring == selected ? 3 : 1.5);
                g.strokeOval(sx[ring] - r, sy[ring] - r, 2 * r, 2 * r);
            }
        }

        // Names: of everyone when there is room, else of the bridges, the selected and the hovered.
        int shownCount = model.visibleCount();
        boolean allNames = scale >= 1.6 || shownCount <= 40 || shownCount * 900 < w * h * scale * scale / 4;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        Font small = Font.font(11);
        Font bold = Font.font(null, FontWeight.BOLD, 12);
        for (int i = 0; i < n; i++) {
            if (!model.isVisible(i) || sx[i] < -60 || sy[i] < -20 || sx[i] > w + 60 || sy[i] > h + 20) {
                continue;
            }
            boolean named = allNames || i == selected || i == hovered || d.isBridge(i);
            if (!named) {
                continue;
            }
            double r = radius(d, i);
            g.setFont(i == selected || d.isBridge(i) ? bold : small);
            String name = d.person(i).name();
            halo(g, name, sx[i], sy[i] + r + 2 + (d.isBridge(i) ? 3 : 0));
        }

        // Circle labels, at the middle of each circle's people shown.
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
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
            cx /= count;
            cy /= count;
            String label = NetworkViewModel.circleName(c);
            javafx.scene.text.Text measure = new javafx.scene.text.Text(label);
            measure.setFont(g.getFont());
            double lw = measure.getLayoutBounds().getWidth() + 14;
            double lh = measure.getLayoutBounds().getHeight() + 6;
            Color colour = palette.circle(c.colour());
            g.setFill(palette.background().deriveColor(0, 1, 1, 0.85));
            g.fillRoundRect(cx - lw / 2, cy - lh / 2, lw, lh, lh, lh);
            g.setStroke(colour);
            g.setLineWidth(1.5);
            g.strokeRoundRect(cx - lw / 2, cy - lh / 2, lw, lh, lh, lh);
            g.setFill(palette.foreground());
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label, cx, cy);
        }
        draws++;
        drawNanos += System.nanoTime() - started;
    }

    private void halo(GraphicsContext g, String text, double x, double y) {
        g.setStroke(palette.background().deriveColor(0, 1, 1, 0.8));
        g.setLineWidth(3);
        g.strokeText(text, x, y);
        g.setFill(palette.foreground());
        g.fillText(text, x, y);
    }

    private static boolean offscreen(double ax, double ay, double bx, double by, double w, double h) {
        return (ax < 0 && bx < 0) || (ay < 0 && by < 0) || (ax > w && bx > w) || (ay > h && by > h);
    }

    Canvas canvas() {
        return canvas;
    }

    Palette palette() {
        return palette;
    }
}
