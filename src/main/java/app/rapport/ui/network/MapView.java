package app.rapport.ui.network;

import app.rapport.journal.Contact;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Themes;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;

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
    private long pictures;
    private javafx.scene.layout.Region legend;
    private final MapPainter painter;
    /** The view the canvas was last drawn with: panning and zooming move the drawn picture until it is drawn anew. */
    private double drawnScale = 1;
    private double drawnTx;
    private double drawnTy;
    private final javafx.scene.transform.Affine moved = new javafx.scene.transform.Affine();
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));

    /** Held here, listened to weakly (see {@link #follow}). */
    private javafx.beans.InvalidationListener themeChanged;

    MapView(NetworkViewModel model) {
        this.model = model;
        getStyleClass().add("network-map");
        setId("network-map");
        palette = new Palette(this);
        painter = new MapPainter(model, palette, this::requestDraw);
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

        follow();
        handleMouse();
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Draws again whenever what the map shows changes: size, theme, data, positions, filters, selection, language. */
    private void follow() {
        widthProperty().addListener(o -> resized());
        heightProperty().addListener(o -> resized());
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                palette.refresh();
                requestDraw();
            }
        });
        // The theme and the language are the application's: listened to weakly, the listeners held
        // by the map (the language's by I18n.onChange), so that a closed window's map is not kept
        // alive by them.
        themeChanged = o -> Platform.runLater(() -> {
            applyCss();
            palette.refresh();
            requestDraw();
        });
        Themes.darkProperty().addListener(new javafx.beans.WeakInvalidationListener(themeChanged));
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
        I18n.onChange(this, () -> {
            canvas.setAccessibleRoleDescription(I18n.text("network.map.role"));
            describeSelection();
            requestDraw();
        });
    }

    /** Drag pans, the wheel and a pinch zoom, a click selects, a double-click opens, hover describes. */
    private void handleMouse() {
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
    }

    /** The legend drawn over the map: fitting keeps the picture above it. */
    void setLegend(javafx.scene.layout.Region legend) {
        this.legend = legend;
        legend.heightProperty().addListener(o -> {
            if (!userMoved) {
                fit();
            }
        });
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
            case TAB -> {
                if (!selectNext(e.isShiftDown() ? -1 : 1)) {
                    return; // past the last person: Tab moves on to the next control
                }
            }
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

    /**
     * Selects the next (or previous) person shown, in the order of their names, and centres them:
     * Tab and Shift+Tab walk through the people as they walk through controls. False when there
     * is no one further, so that Tab leaves the map.
     */
    boolean selectNext(int direction) {
        NetworkData d = model.dataProperty().get();
        if (d == null) {
            return false;
        }
        java.util.List<Integer> shown = new java.util.ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (model.isVisible(i)) {
                shown.add(i);
            }
        }
        java.text.Collator byName = java.text.Collator.getInstance(I18n.locale());
        shown.sort((a, b) -> byName.compare(d.person(a).name(), d.person(b).name()));
        int at = shown.indexOf(model.selectedProperty().get());
        int next = at < 0 ? (direction > 0 ? 0 : shown.size() - 1) : at + direction;
        if (next < 0 || next >= shown.size()) {
            model.selectedProperty().set(-1);
            return false;
        }
        model.selectedProperty().set(shown.get(next));
        centreOn(shown.get(next));
        return true;
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
        if (Math.abs(k - 1) < 1e-9) {
            // A pan moves the picture by whole pixels: the software renderer copies it instead of resampling it.
            moved.setToTransform(1, 0, Math.rint(tx - drawnTx), 0, 1, Math.rint(ty - drawnTy));
        } else {
            moved.setToTransform(k, 0, tx - drawnTx * k, 0, k, ty - drawnTy * k);
        }
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
        // Above the legend (bottom left), which would cover the lowest circle's label.
        double bottom = legend == null || !legend.isVisible() ? PADDING : Math.max(PADDING, legend.getHeight() + 20);
        double room = getHeight() - PADDING - bottom;
        scale = Math.max(MIN_SCALE, Math.min(3, Math.min((getWidth() - 2 * PADDING) / w, room / h)));
        tx = getWidth() / 2 - (minX + maxX) / 2 * scale;
        ty = PADDING + room / 2 - (minY + maxY) / 2 * scale;
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
        } else if (nearMe(sx, sy)) {
            int linked = 0;
            for (int i = 0; i < d.size(); i++) {
                if (MapPainter.linkedToMe(model, d, i)) {
                    linked++;
                }
            }
            text = I18n.text("network.hover.me", linked);
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

    /** Where "you" are drawn in the middle, in the map's coordinates; null when not shown. */
    Point2D mePosition() {
        double[][] p = model.positionsProperty().get();
        NetworkData d = model.dataProperty().get();
        if (!model.showMeProperty().get() || p == null || d == null || d.size() == 0) {
            return null;
        }
        double[] me = MapPainter.me(p, d.size());
        return new Point2D(me[0] * scale + tx, me[1] * scale + ty);
    }

    private boolean nearMe(double sx, double sy) {
        Point2D me = mePosition();
        return me != null && me.distance(sx, sy) <= 10;
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

    /** A person's dot radius on screen at the present zoom. */
    private double radius(NetworkData d, int slot) {
        return MapPainter.radius(d, slot, scale);
    }

    /**
     * Draws the map as it is now; while the ties' picture for this view is drawn on its own
     * thread the canvas keeps (moved) the last picture, and the map is drawn when it is ready.
     */
    void draw() {
        long started = System.nanoTime();
        double pixelScale = getScene() == null || getScene().getWindow() == null ? 1
                : Math.max(1, getScene().getWindow().getOutputScaleX());
        MapPainter.View v = new MapPainter.View(scale, tx, ty, canvas.getWidth(), canvas.getHeight(), pixelScale, hovered);
        if (!painter.paint(canvas.getGraphicsContext2D(), v)) {
            return;
        }
        settle.stop();
        moved.setToIdentity();
        drawnScale = scale;
        drawnTx = tx;
        drawnTy = ty;
        if (!model.atStart() && model.positionsProperty().get() != null) {
            pictures++;
        }
        draws++;
        drawNanos += System.nanoTime() - started;
    }

    /** How many pictures of laid-out positions, ties and all, were drawn (for the bench). */
    long pictures() {
        return pictures;
    }

    Canvas canvas() {
        return canvas;
    }

    Palette palette() {
        return palette;
    }
}
