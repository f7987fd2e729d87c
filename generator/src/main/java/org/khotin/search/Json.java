package org.khotin.search;

import java.util.List;

/** The little JSON the index needs: strings, string arrays, fields. Key order is the caller's, so output is stable. */
final class Json {
    private Json() {}

    static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // U+2028/2029 are legal in JSON but not in older JavaScript string literals; escape them too.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"');
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
