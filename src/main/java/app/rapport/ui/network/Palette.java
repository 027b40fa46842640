package app.rapport.ui.network;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The theme's colours for what the map draws itself (a canvas has no CSS): read from hidden
 * regions styled with the theme's looked-up colours, so the map follows light and dark and
 * whatever AtlantaFX defines for charts.
 */
final class Palette {

    static final int CIRCLE_COLOURS = 8;

    private final Region[] circles = new Region[CIRCLE_COLOURS];
    private final Region foreground = swatch("-color-fg-default");
    private final Region muted = swatch("-color-fg-muted");
    private final Region subtle = swatch("-color-fg-subtle");
    private final Region background = swatch("-color-bg-default");
    private final Region accent = swatch("-color-accent-emphasis");
    private final Region success = swatch("-color-success-emphasis");
    private final Region warning = swatch("-color-warning-emphasis");
    private final Region danger = swatch("-color-danger-emphasis");
    private final Region none = swatch("-color-base-4");

    Palette(Pane host) {
        for (int i = 0; i < CIRCLE_COLOURS; i++) {
            circles[i] = swatch("-color-chart-" + (i + 1));
        }
        Pane holder = new Pane();
        holder.setManaged(false);
        holder.setVisible(false);
        holder.getChildren().addAll(circles);
        holder.getChildren().addAll(foreground, muted, subtle, background, accent, success, warning, danger, none);
        host.getChildren().add(holder);
        refresh();
    }

    private static Region swatch(String colour) {
        Region r = new Region();
        r.setStyle("-fx-background-color: " + colour + ";");
        return r;
    }

    private static Color of(Region r, Color fallback) {
        r.applyCss();
        if (r.getBackground() == null || r.getBackground().getFills().isEmpty()) {
            return fallback;
        }
        Paint p = r.getBackground().getFills().getFirst().getFill();
        return p instanceof Color c ? c : fallback;
    }

    /** Reads the theme's colours again (after a change of theme). */
    void refresh() {
        for (int i = 0; i < CIRCLE_COLOURS; i++) {
            circleColours[i] = of(circles[i], Color.STEELBLUE);
        }
        fg = of(foreground, Color.BLACK);
        fgMuted = of(muted, Color.GRAY);
        fgSubtle = of(subtle, Color.LIGHTGRAY);
        bg = of(background, Color.WHITE);
        accentColour = of(accent, Color.ROYALBLUE);
        successColour = of(success, Color.SEAGREEN);
        warningColour = of(warning, Color.ORANGE);
        dangerColour = of(danger, Color.CRIMSON);
        noneColour = of(none, Color.GRAY);
    }

    private final Color[] circleColours = new Color[CIRCLE_COLOURS];
    private Color fg;
    private Color fgMuted;
    private Color fgSubtle;
    private Color bg;
    private Color accentColour;
    private Color successColour;
    private Color warningColour;
    private Color dangerColour;
    private Color noneColour;

    Color circle(int colour) {
        return circleColours[Math.floorMod(colour, CIRCLE_COLOURS)];
    }

    Color foreground() {
        return fg;
    }

    Color muted() {
        return fgMuted;
    }

    Color subtle() {
        return fgSubtle;
    }

    Color background() {
        return bg;
    }

    Color accent() {
        return accentColour;
    }

    Color success() {
        return successColour;
    }

    Color warning() {
        return warningColour;
    }

    Color danger() {
        return dangerColour;
    }

    /** People in no circle. */
    Color noCircle() {
        return noneColour;
    }

    /** The colour as CSS text, for the SVG export and the legend. */
    static String css(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
