package org.khotin.ingest;

import java.util.ArrayList;
import java.util.List;
import org.khotin.text.Unicode;

/** Page text (as the seeds are) → lines: plain spaces, trimmed, blank lines and lines of only spaces dropped. */
public final class TextPageReader {
    public PageText read(String text) {
        List<PageText.Line> lines = new ArrayList<>();
        boolean blank = true;
        for (String raw : text.split("\n", -1)) {
            String line = Unicode.collapseSpaces(Unicode.nfcPlainSpaces(raw));
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            lines.add(new PageText.Line(line, PageText.Kind.TEXT, blank));
            blank = false;
        }
        return new PageText(lines, PageText.Hints.none());
    }
}
