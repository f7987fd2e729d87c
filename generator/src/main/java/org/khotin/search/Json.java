package org.khotin.search;

import java.util.List;
import java.util.Locale;

/** The little JSON the index needs: strings, string arrays, fields. Key order is the caller's, so output is stable. */
final class Json {
    private Json() {}

    static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        int copied = 0; // text between escapes goes in runs: most of a snippet needs none
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') continue;
            out.append(s, copied, i);
            copied = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // U+2028/2029 are legal in JSON but not in older JavaScript string literals; escape them too.
                default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.append(s, copied, s.length()).append('"');
    }

    static StringBuilder field(StringBuilder out, String name, String value) {
        string(out, name).append(':');
        return string(out, value);
    }

    static StringBuilder strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(',');
            string(out, values.get(i));
        }
        return out.append(']');
    }
}
