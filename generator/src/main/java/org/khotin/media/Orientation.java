package org.khotin.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A phone photo's EXIF orientation: cameras store the sensor's pixels and say how to turn them. Browsers turn
 * the photo as it says; a resized copy keeps no EXIF, so the build turns its pixels instead.
 */
final class Orientation {
    private static final int APP1 = 0xFFE1;
    private static final int TAG_ORIENTATION = 274;

    private Orientation() {}

    /** The orientation a JPEG's EXIF gives (1–8), or 1 when it gives none or cannot be read. */
    static int of(byte[] jpeg) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, APP1, "Exif");
            if (exif.isEmpty()) return 1;
            InputStream data = exif.get(0).data();
            data.read(); // the pad byte after "Exif\0"
            try (ImageInputStream tiff = new MemoryCacheImageInputStream(data)) {
                Directory directory = new TIFFReader().read(tiff);
                Entry entry = directory.getEntryById(TAG_ORIENTATION);
                if (entry != null && entry.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8) {
                    return n.intValue();
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable EXIF: shown as stored
        }
        return 1;
    }

    /** The pixels turned upright: where each stored pixel (x, y) of a w × h photo goes. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) return image;
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                switch (orientation) {
                    case 2 -> out.setRGB(w - 1 - x, y, row[x]);     // mirrored
                    case 3 -> out.setRGB(w - 1 - x, h - 1 - y, row[x]); // upside down
                    case 4 -> out.setRGB(x, h - 1 - y, row[x]);     // mirrored upside down
                    case 5 -> out.setRGB(y, x, row[x]);             // mirrored, a quarter left
                    case 6 -> out.setRGB(h - 1 - y, x, row[x]);     // a quarter right
                    case 7 -> out.setRGB(h - 1 - y, w - 1 - x, row[x]); // mirrored, a quarter right
                    default -> out.setRGB(y, w - 1 - x, row[x]);    // 8: a quarter left
                }
            }
        }
        return out;
    }
}
