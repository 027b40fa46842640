package app.rapport.interchange.contacts;

import app.rapport.journal.Photo;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Scales an imported photo down to a small JPEG. The picture is decoded with subsampling chosen
 * from its header, so a huge or maliciously sized image never needs more than a few megabytes.
 */
public final class PhotoScaler {

    /** Longest side of a stored photo, in pixels: enough for an avatar on a high-density screen. */
    public static final int SIDE = 256;
    /** Encoded photos larger than this are left out rather than decoded. */
    public static final int MAX_INPUT_BYTES = 10 * 1024 * 1024;
    /** Pictures claiming more pixels than this are refused (decompression bombs). */
    static final long MAX_PIXELS = 100_000_000L;

    static {
        // Decode in memory: the default cache writes every picture to a temporary file.
        ImageIO.setUseCache(false);
    }

    private PhotoScaler() {
    }

    /** The scaled photo, or empty if the bytes are no picture ImageIO can read. */
    public static Optional<Photo> scale(byte[] data) {
        if (data == null || data.length == 0 || data.length > MAX_INPUT_BYTES) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(w, h) / (SIDE * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage source = reader.read(0, param);
                return Optional.of(encode(resize(source)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // Broken picture data: the contact is imported without a photo (the caller warns).
            return Optional.empty();
        }
    }

    private static BufferedImage resize(BufferedImage source) {
        double factor = Math.min(1.0, (double) SIDE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE); // transparent PNGs get a white background in JPEG
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Photo encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new Photo("image/jpeg", bytes.toByteArray());
    }
}
