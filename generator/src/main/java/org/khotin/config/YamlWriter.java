package org.khotin.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one YAML emitter of khotin, for what it writes into files editors keep (front matter, the glossary):
 * plain scalars when YAML would read them back as the same text, double-quoted otherwise; lists in flow style
 * ({@code [a, b]}); never folded. Deterministic.
 */
public final class YamlWriter {
    private YamlWriter() {}

    /** Words YAML 1.1 (what the build's parser speaks) reads as booleans or null. */
    private static final Pattern SPECIAL_WORD = Pattern.compile(
            "(?i)y|n|yes|no|true|false|on|off|null|~|\\.nan|\\.inf|-\\.inf|\\+\\.inf");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(?:[\\d_.,:]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    /** A scalar value, as a block mapping's value or a block list's item. */
    public static String scalar(String value) {
        return needsQuotes(value, false) ? quoted(value) : value;
    }

    /** An item of a flow list, where commas and brackets end or nest an item. */
    public static String flowItem(String value) {
        return needsQuotes(value, true) ? quoted(value) : value;
    }

    public static String flowList(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            out.append(flowItem(items.get(i)));
        }
        return out.append(']').toString();
    }

    private static boolean needsQuotes(String s, boolean inFlow) {
        if (s.isEmpty() || !s.equals(s.strip())) return true;
        if (SPECIAL_WORD.matcher(s).matches() || NUMBER_LIKE.matcher(s).matches()) return true;
        if (INDICATORS.indexOf(s.charAt(0)) >= 0) return true;
        if (s.contains(": ") || s.endsWith(":") || s.contains(" #") || s.contains("\t")) return true;
        for (int i = 0; inFlow && i < s.length(); i++) {
            if (",[]{}:".indexOf(s.charAt(i)) >= 0) return true; // in flow style these end or nest an item
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') return true;
        }
        return false;
    }

    /** A double-quoted scalar: reads back as the same text, whatever it holds. */
    public static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
