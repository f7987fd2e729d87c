package org.khotin.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A photo file as an editor committed it: what it is, its pixels as shown (turned as its camera says), and a
 * hash of its bytes, which names its resized copies in the cache.
 *
 * @param orientation the EXIF orientation (1 upright … 8), 1 when the file gives none
 */
public record Original(Path file, long bytes, String sha256, Format format, int width, int height, int orientation) {

    /** The formats a page shows as photos: JPEG and PNG are resized; a GIF (often animated) is kept as it is. */
    public enum Format {
        JPEG("jpg"), PNG("png"), GIF("gif");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** Reads the file's header; empty when it is no JPEG, PNG or GIF the JDK (with TwelveMonkeys) can read. */
    static Optional<Original> read(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                Format format = switch (reader.getFormatName().toLowerCase(Locale.ROOT)) {
                    case "jpeg", "jpg" -> Format.JPEG;
                    case "png" -> Format.PNG;
                    case "gif" -> Format.GIF;
                    default -> null;
                };
                if (format == null) return Optional.empty();
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                int orientation = format == Format.JPEG ? Orientation.of(content) : 1;
                boolean turned = orientation >= 5; // 5–8 turn the photo a quarter
                return Optional.of(new Original(file, content.length, sha256(content), format, turned ? h : w,
                        turned ? w : h, orientation));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a broken header: not a photo this build can show
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
