package org.khotin.markdown;

import java.util.List;

/**
 * A photo as the page shows it: sizes the build wrote beside the page, smallest first.
 *
 */
public record Picture(List<Size> sizes) {
    public Picture {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty()) throw new IllegalArgumentException("a picture needs at least one size");
    }

    /** One size of the photo: a file name beside the page, and its pixels. */
    public record Size(String file, int width, int height) {}

    /** The size shown when the browser cannot choose: the largest up to 960 px wide. */
    public Size fallback() {
        Size chosen = sizes.get(0);
        for (Size s : sizes) if (s.width() <= 960) chosen = s;
        return chosen;
    }

    public Size largest() {
        return sizes.get(sizes.size() - 1);
    }

    String srcset() {
        StringBuilder out = new StringBuilder();
        for (Size s : sizes) {
            if (!out.isEmpty()) out.append(", ");
            out.append(s.file()).append(' ').append(s.width()).append('w');
        }
        return out.toString();
    }
}
