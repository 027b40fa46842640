package app.rapport.ui.network;

import app.rapport.interchange.Exports;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Tasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * The map as a file: PNG is the picture the window shows, SVG the whole map (everyone the filters
 * leave, with names, circles' colours, bridges' outlines and the introductions' line styles) for
 * printing or a slide. Taken on the JavaFX thread, written in the background, atomically.
 */
final class MapExport {

    private MapExport() {
    }

    static void write(MapView map, NetworkViewModel model, Path file, String format, Runnable done) {
        Path folder = model.dataFolder();
        if ("svg".equals(format)) {
            String svg = svg(map, model);
            Tasks.run(() -> {
                Exports.writeAtomically(file, folder, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
                return null;
            }).onSuccess(v -> done.run()).start();
        } else {
            WritableImage image = map.canvas().snapshot(null, null);
            // The canvas is transparent: paint the theme's background under it.
            WritableImage filled = new WritableImage((int) image.getWidth(), (int) image.getHeight());
            Color bg = map.palette().background();
            for (int y = 0; y < (int) image.getHeight(); y++) {
                for (int x = 0; x < (int) image.getWidth(); x++) {
                    Color c = image.getPixelReader().getColor(x, y);
                    filled.getPixelWriter().setColor(x, y, c.getOpacity() >= 1 ? c : blend(bg, c));
                }
            }
            var buffered = SwingFXUtils.fromFXImage(filled, null);
            Tasks.run(() -> {
                Exports.writeAtomically(file, folder, out -> ImageIO.write(buffered, "png", out));
                return null;
            }).onSuccess(v -> done.run()).start();
        }
    }

    private static Color blend(Color under, Color over) {
        double a = over.getOpacity();
        return new Color(under.getRed() * (1 - a) + over.getRed() * a, under.getGreen() * (1 - a) + over.getGreen() * a,
                under.getBlue() * (1 - a) + over.getBlue() * a, 1);
    }

    /** The whole map as SVG, in the theme's colours. */
    static String svg(MapView map, NetworkViewModel model) {
        NetworkData d = model.data();
        double[][] p = model.positionsProperty().get();
        Palette colours = map.palette();
        StringBuilder s = new StringBuilder();
        if (d == null || p == null || d.size() == 0) {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"/>\n";
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < d.size(); i++) {
            if (model.isVisible(i)) {
                minX = Math.min(minX, p[0][i]);
                minY = Math.min(minY, p[1][i]);
                maxX = Math.max(maxX, p[0][i]);
                maxY = Math.max(maxY, p[1][i]);
            }
        }
        if (minX > maxX) {
            minX = minY = 0;
            maxX = maxY = 1;
        }
        double margin = 60;
        double width = maxX - minX + 2 * margin;
        double height = maxY - minY + 2 * margin;
        s.append(String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\""
                + " font-family=\"sans-serif\">%n", width, height, minX - margin, minY - margin, width, height));
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                minX - margin, minY - margin, width, height, Palette.css(colours.background())));
        s.append("<g stroke=\"").append(Palette.css(colours.muted())).append("\" stroke-opacity=\"0.4\">\n");
        for (int e = 0; e < d.tieFrom.length; e++) {
            int a = d.tieFrom[e];
            int b = d.tieTo[e];
            if (model.isVisible(a) && model.isVisible(b)) {
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\"/>%n",
                        p[0][a], p[1][a], p[0][b], p[1][b], d.tieStrength[e] == 0 ? 1 : 0.5 + 0.45 * d.tieStrength[e]));
            }
        }
        s.append("</g>\n");
        if (model.showMeProperty().get()) {
            me(s, model, d, p, colours);
        }
        for (NetworkData.Line l : d.lines()) {
            if (!model.isVisible(l.a()) || !model.isVisible(l.b())) {
                continue;
            }
            String style = switch (l.kind()) {
                case SUGGESTED -> "stroke=\"" + Palette.css(colours.accent()) + "\" stroke-width=\"1.6\" stroke-dasharray=\"7 5\"";
                case PLANNED -> "stroke=\"" + Palette.css(colours.success()) + "\" stroke-width=\"2\" stroke-dasharray=\"10 4 2 4\"";
                case MADE -> "stroke=\"" + Palette.css(colours.success()) + "\" stroke-width=\"2.4\"";
            };
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s>"
                    + "<title>%s</title></line>%n", p[0][l.a()], p[1][l.a()], p[0][l.b()], p[1][l.b()], style,
                    escape(l.text() == null ? "" : l.text())));
        }
        for (int i = 0; i < d.size(); i++) {
            if (!model.isVisible(i)) {
                continue;
            }
            NetworkData.Circle c = d.circleInfo(d.circle(i));
            Color fill = c == null ? colours.noCircle() : colours.circle(c.colour());
            double r = 3.5 + 5.5 * Math.min(1, Math.sqrt(d.relationship(i).score() / 3));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"%s>"
                    + "<title>%s</title></circle>%n", p[0][i], p[1][i], r, Palette.css(fill),
                    d.isBridge(i) ? " stroke=\"" + Palette.css(colours.warning()) + "\" stroke-width=\"2.5\"" : "",
                    escape(MapView.describe(d, i))));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\""
                    + " fill=\"%s\">%s</text>%n", p[0][i], p[1][i] + r + 9, Palette.css(colours.foreground()),
                    escape(d.person(i).name())));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** You in the middle, linked to the people you are in touch with, as the map draws it. */
    private static void me(StringBuilder s, NetworkViewModel model, NetworkData d, double[][] p, Palette colours) {
        double[] me = MapPainter.me(p, d.size());
        s.append("<g stroke=\"").append(Palette.css(colours.accent())).append("\" stroke-opacity=\"0.18\">\n");
        for (int i = 0; i < d.size(); i++) {
            if (MapPainter.linkedToMe(model, d, i)) {
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
                        me[0], me[1], p[0][i], p[1][i]));
            }
        }
        s.append("</g>\n");
        String you = escape(I18n.text("network.me"));
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"%s\"><title>%s</title></circle>%n",
                me[0], me[1], Palette.css(colours.accent()), you));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" font-weight=\"bold\""
                + " text-anchor=\"middle\" fill=\"%s\">%s</text>%n", me[0], me[1] + 22, Palette.css(colours.foreground()), you));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
