package org.khotin.media;

import com.twelvemonkeys.image.ResampleOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The sizes of a photo the pages offer, each made once: a copy is named by the original's hash, its width and
 * {@link #VERSION}, and kept in a cache folder, so a later build reads it instead of scaling again. The same
 * original always gives the same bytes (Mitchell–Netravali scaling, the JDK's encoders, no time stamps).
 */
final class Resizer {
    /** The widths offered, as far as the original reaches: a phone, a tablet or laptop column, a large screen. */
    static final int[] WIDTHS = {480, 960, 1600};
    /** Changes when scaling or encoding does, so that copies made the old way are not taken. */
    static final String VERSION = "1";
    private static final float JPEG_QUALITY = 0.82f;

    private final Optional<Path> cacheDir;

    /** @param cacheDir where copies are kept between builds; none keeps nothing */
    Resizer(Optional<Path> cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The widths of the copies of an original: those it reaches, and its own when it is narrower than the largest. */
    static List<Integer> widths(Original original) {
        List<Integer> widths = new ArrayList<>();
        if (original.format() == Original.Format.GIF) return List.of(original.width());
        int largest = Math.min(original.width(), WIDTHS[WIDTHS.length - 1]);
        for (int w : WIDTHS) if (w < largest) widths.add(w);
        widths.add(largest);
        return widths;
    }

    static int heightAt(Original original, int width) {
        return Math.max(1, (int) Math.round((double) original.height() * width / original.width()));
    }

    /**
     * The copies of an original at its {@link #widths}, smallest first. The original is decoded once, and each
     * size is scaled from the next larger one (a sixth of the work of scaling each from the original, as sharp
     * at these ratios); so that a copy never depends on what the cache held, a missing one makes them all anew.
     */
    List<byte[]> copies(Original original) throws IOException {
        List<Integer> widths = widths(original);
        if (original.format() == Original.Format.GIF) return List.of(Files.readAllBytes(original.file()));
        List<Optional<Path>> cached = new ArrayList<>();
        for (int w : widths) {
            cached.add(cacheDir.map(d -> d.resolve(original.sha256() + "-v" + VERSION + "-" + w + "." + original.format().extension)));
        }
        if (cached.stream().allMatch(c -> c.isPresent() && Files.isRegularFile(c.get()))) {
            List<byte[]> copies = new ArrayList<>();
            for (Optional<Path> c : cached) copies.add(Files.readAllBytes(c.get()));
            return copies;
        }
        BufferedImage read = ImageIO.read(original.file().toFile());
        if (read == null) throw new IOException("cannot be read as " + original.format());
        BufferedImage pixels = rgb(Orientation.upright(read, original.orientation()), original.format());
        byte[][] copies = new byte[widths.size()][];
        for (int i = widths.size() - 1; i >= 0; i--) {
            int width = widths.get(i);
            int height = heightAt(original, width);
            if (pixels.getWidth() != width || pixels.getHeight() != height) {
                pixels = new ResampleOp(width, height, ResampleOp.FILTER_MITCHELL).filter(pixels, null);
            }
            copies[i] = encode(pixels, original.format());
            if (cached.get(i).isPresent()) keep(cached.get(i).get(), copies[i]);
        }
        return List.of(copies);
    }

    /** Pixels in a layout the scaler and encoder handle alike for every source: RGB, or ARGB for a PNG with alpha. */
    private static BufferedImage rgb(BufferedImage image, Original.Format format) {
        boolean alpha = format == Original.Format.PNG && image.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) return image;
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        var g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image, Original.Format format) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format == Original.Format.JPEG ? "jpeg" : "png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == Original.Format.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // progressive: smaller, shows early
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Keeps a copy for the next build; a cache that cannot be written only costs time. */
    private static void keep(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path part = Files.createTempFile(file.getParent(), ".part-", ".tmp");
            Files.write(part, bytes);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            // no cache this time
        }
    }
}
