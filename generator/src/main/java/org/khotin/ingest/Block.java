package org.khotin.ingest;

/** One piece of an article body, in reading order. Text is clean NFC, not yet Markdown-escaped. */
public sealed interface Block {
    String text();

    record Paragraph(String text) implements Block {}

    /** A subhead, already in sentence case. */
    record Heading(String text) implements Block {}

    /** A photo caption or credit. */
    record Caption(String text) implements Block {}

    /**
     * A photo of a saved page, with its caption ({@code text}, may be empty).
     *
     * @param address where the page has it, as its {@code src} gives it (relative to the page's file)
     * @param alt     the page's description of it, may be empty
     * @param name    its file name in the article's folder; empty until the importer chose one
     */
    record Photo(String text, String address, String alt, String name) implements Block {
        Photo(String text, String address, String alt) {
            this(text, address, alt, "");
        }

        Photo withCaption(String caption) {
            return new Photo(caption, address, alt, name);
        }

        Photo named(String fileName) {
            return new Photo(text, address, alt, fileName);
        }

        /** The photo's file name in the article's folder: as chosen, else its own name made a slug ({@code Ảnh 1.JPG} → {@code anh-1.jpg}). */
        String fileName() {
            if (!name.isEmpty()) return name;
            String path = path();
            String file = path.substring(path.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            String stem = org.khotin.text.Slugs.slug(dot > 0 ? file.substring(0, dot) : file);
            String extension = dot > 0 ? file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "jpg";
            if (!extension.matches("[a-z0-9]{1,5}")) extension = "jpg";
            return (stem.isEmpty() ? "anh" : stem) + "." + extension;
        }

        /** The address as a path on disk: without query or fragment, percent-escapes decoded. */
        String path() {
            String path = address;
            int cut = indexOfAny(path, "?#");
            if (cut >= 0) path = path.substring(0, cut);
            try {
                return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return path; // a stray '%': the name as written
            }
        }

        private static int indexOfAny(String s, String chars) {
            for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
            return -1;
        }
    }
}
