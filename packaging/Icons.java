// Draws Rapport's icon with Java2D and writes every file the installers and the window need:
//   packaging/icons/rapport-<size>.png (16..1024), rapport.png (512), rapport.ico, rapport.icns
//   src/main/resources/app/rapport/icons/rapport-<size>.png (16..256, for Stage.getIcons())
// The files are committed; run this again only when the design changes:
//   java packaging/Icons.java            (from the project directory, any JDK 22+)
//
// The mark: two speech bubbles that overlap, one warm and one cool, on a dark tile. The shared
// lens in the middle is the introduction: what two people have in common. Small sizes are drawn
// from pixel-aligned whole numbers and drop the bubble tails and the gradient, so that 16 and 32
// pixels stay crisp instead of blurring into a smudge.

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

public class Icons {

    static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512, 1024};
    static final int[] WINDOW_SIZES = {16, 32, 48, 64, 128, 256};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    static final Color TILE_TOP = new Color(0x2E4A7A);
    static final Color TILE_BOTTOM = new Color(0x1C2E50);
    static final Color WARM = new Color(0xF4A93B);
    static final Color COOL = new Color(0x3CC4B4);
    static final Color LENS = new Color(0xFFF6E6);

    public static void main(String[] args) throws IOException {
        Path icons = Path.of("packaging", "icons");
        Path windowIcons = Path.of("src", "main", "resources", "app", "rapport", "icons");
        Files.createDirectories(icons);
        Files.createDirectories(windowIcons);

        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : union(SIZES, ICO_SIZES)) {
            png.put(size, toPng(draw(size)));
        }
        for (int size : SIZES) {
            Files.write(icons.resolve("rapport-" + size + ".png"), png.get(size));
        }
        // jpackage takes one PNG on Linux; 512 scales down well in every menu.
        Files.write(icons.resolve("rapport.png"), png.get(512));
        for (int size : WINDOW_SIZES) {
            Files.write(windowIcons.resolve("rapport-" + size + ".png"), png.get(size));
        }
        Files.write(icons.resolve("rapport.ico"), ico(png));
        Files.write(icons.resolve("rapport.icns"), icns(png));
        System.out.println("Icons written to " + icons + " and " + windowIcons);
    }

    static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                .distinct().sorted().toArray();
    }

    /** The geometry for one size, in pixels; small sizes are tuned by hand. */
    record Geometry(double margin, double corner, double radius, double leftX, double rightX,
                    double centreY, boolean tails, boolean gradient, double gap) {

        static Geometry of(int s) {
            return switch (s) {
                // Whole-pixel edges: circles span columns 1..10 and 6..15, rows 3..12.
                case 16 -> new Geometry(0, 3, 4.5, 5.5, 10.5, 7.5, false, false, 0);
                case 24 -> new Geometry(0, 4.5, 7, 8, 16, 12, false, false, 0);
                case 32 -> new Geometry(1, 6, 9, 11, 21, 16, false, false, 1);
                case 48 -> new Geometry(2, 9, 12, 18.5, 29.5, 22, true, true, 1.5);
                default -> new Geometry(s * 0.06, s * 0.19, s * 0.245, s * 0.385, s * 0.615,
                        s * 0.465, true, true, s * 0.025);
            };
        }
    }

    static BufferedImage draw(int s) {
        Geometry g = Geometry.of(s);
        BufferedImage image = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        double tileSize = s - 2 * g.margin();
        Shape tile = new RoundRectangle2D.Double(g.margin(), g.margin(), tileSize, tileSize,
                2 * g.corner(), 2 * g.corner());
        g2.setPaint(g.gradient()
                ? new GradientPaint(0, (float) g.margin(), TILE_TOP, 0, (float) (s - g.margin()), TILE_BOTTOM)
                : TILE_TOP);
        g2.fill(tile);

        Area left = bubble(g.leftX(), g.centreY(), g.radius(), g.tails() ? -1 : 0);
        Area right = bubble(g.rightX(), g.centreY(), g.radius(), g.tails() ? 1 : 0);
        Area lens = new Area(circle(g.leftX(), g.centreY(), g.radius()));
        lens.intersect(new Area(circle(g.rightX(), g.centreY(), g.radius())));

        g2.setColor(WARM);
        g2.fill(left);
        g2.setColor(COOL);
        g2.fill(right);
        // A thin outline in the tile colour separates the lens from both bubbles at large sizes.
        if (g.gap() > 0) {
            g2.setColor(TILE_BOTTOM);
            g2.setStroke(new BasicStroke((float) g.gap()));
            g2.draw(lens);
        }
        g2.setColor(LENS);
        g2.fill(lens);
        g2.dispose();
        return image;
    }

    static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** A circle with a short tail pointing down and outwards (side -1 left, 1 right, 0 none). */
    static Area bubble(double cx, double cy, double r, int side) {
        Area area = new Area(circle(cx, cy, r));
        if (side != 0) {
            // Angles are measured clockwise from the right (screen y points down), mirrored per side.
            double a1 = Math.toRadians(side < 0 ? 100 : 80);
            double a2 = Math.toRadians(side < 0 ? 145 : 35);
            double tip = Math.toRadians(side < 0 ? 125 : 55);
            Path2D tail = new Path2D.Double();
            tail.moveTo(cx + r * 0.9 * Math.cos(a1), cy + r * 0.9 * Math.sin(a1));
            tail.lineTo(cx + r * 1.32 * Math.cos(tip), cy + r * 1.32 * Math.sin(tip));
            tail.lineTo(cx + r * 0.9 * Math.cos(a2), cy + r * 0.9 * Math.sin(a2));
            tail.closePath();
            area.add(new Area(tail));
        }
        return area;
    }

    static byte[] toPng(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * Windows icon: an ICONDIR with one entry per size. Sizes below 256 are stored as 32-bit
     * DIBs, which every Windows tool reads (resource compilers, the shell, WiX); 256 as PNG,
     * which Windows supports for that size since Vista.
     */
    static byte[] ico(Map<Integer, byte[]> png) throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(size >= 256 ? png.get(size) : dib(ImageIO.read(new java.io.ByteArrayInputStream(png.get(size)))));
        }
        int headerSize = 6 + 16 * ICO_SIZES.length;
        int total = headerSize + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = headerSize;
        for (int i = 0; i < ICO_SIZES.length; i++) {
            int size = ICO_SIZES[i];
            buf.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buf.put((byte) 0).put((byte) 0);                 // no palette, reserved
            buf.putShort((short) 1).putShort((short) 32);    // planes, bits per pixel
            buf.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buf::put);
        return buf.array();
    }

    /** BITMAPINFOHEADER, bottom-up BGRA pixels, then the 1-bit AND mask (all zero: alpha rules). */
    static byte[] dib(BufferedImage image) {
        int s = image.getWidth();
        int maskRow = ((s + 31) / 32) * 4;
        ByteBuffer buf = ByteBuffer.allocate(40 + s * s * 4 + maskRow * s).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(40).putInt(s).putInt(2 * s);               // header size, width, height (image + mask)
        buf.putShort((short) 1).putShort((short) 32);        // planes, bits per pixel
        buf.putInt(0).putInt(s * s * 4 + maskRow * s);       // BI_RGB, image size
        buf.putInt(0).putInt(0).putInt(0).putInt(0);          // resolution, palette
        for (int y = s - 1; y >= 0; y--) {
            for (int x = 0; x < s; x++) {
                int argb = image.getRGB(x, y);
                buf.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        return buf.array();                                   // the mask bytes stay zero
    }

    /** macOS icon: 'icns', the total length, then (type, length, PNG) entries, all big-endian. */
    static byte[] icns(Map<Integer, byte[]> png) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);   // 512@2x
        types.put("ic11", 32);     // 16@2x
        types.put("ic12", 64);     // 32@2x
        types.put("ic13", 256);    // 128@2x
        types.put("ic14", 512);    // 256@2x
        int total = 8 + types.values().stream().mapToInt(size -> 8 + png.get(size).length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buf.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        types.forEach((type, size) -> {
            byte[] data = png.get(size);
            buf.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        });
        return buf.array();
    }
}
