package org.khotin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import org.khotin.diag.Problems;
import org.khotin.text.ControlChars;

/**
 * An article's Markdown body. A small archive keeps bodies in memory; a large one reads a body from its file
 * each time a stage needs it, so that the archive's text never has to fit in the heap at once.
 */
public sealed interface Body {
    String text();

    static Body held(String text) {
        return new Held(text);
    }

    record Held(String text) implements Body {}

    /**
     * The body of a file that was read once: reading it again decodes the file the same way and checks that
     * its bytes are those the front matter came from.
     *
     * @param offset   where the body starts in the decoded text
     * @param checksum CRC32C of the file's bytes when its front matter was read
     */
    record InFile(Path file, String displayPath, int offset, long checksum) implements Body {
        static InFile of(Path file, String displayPath, byte[] bytes, int offset) {
            return new InFile(file, displayPath, offset, checksum(bytes));
        }

        @Override
        public String text() {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ChangedDuringBuild(displayPath, "cannot be read any more: " + e.getMessage());
            }
            if (checksum(bytes) != checksum) throw new ChangedDuringBuild(displayPath, "changed while the site was built");
            // cleaned as when the file was first read, which reported what it cleaned
            return ControlChars.clean(SourceText.decode(bytes, displayPath, new Problems()).orElseThrow().substring(offset), "\n");
        }

        private static long checksum(byte[] bytes) {
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            return crc.getValue();
        }
    }

    /** A file that no longer holds what the build read from it: the build stops, and the editor builds again. */
    final class ChangedDuringBuild extends RuntimeException {
        private final String displayPath;

        ChangedDuringBuild(String displayPath, String message) {
            super(displayPath + " " + message);
            this.displayPath = displayPath;
        }

        public String displayPath() {
            return displayPath;
        }

        /** The file that changed under a build, wherever a stage (in whichever thread) read it. */
        public static java.util.Optional<ChangedDuringBuild> causing(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ChangedDuringBuild changed) return java.util.Optional.of(changed);
            }
            return java.util.Optional.empty();
        }
    }
}
