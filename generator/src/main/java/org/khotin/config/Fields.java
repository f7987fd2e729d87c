package org.khotin.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.Unicode;

/**
 * Typed access to a YAML mapping with a fixed set of keys. Wrong types and unknown keys become problems
 * with the position of the offending value or key; the reader then sees the field as absent.
 */
public final class Fields {
    private final YamlNode.Mapping mapping;
    private final Set<String> known;
    private final Problems problems;
    private final String what;

    /** @param what names the mapping in messages, e.g. "front matter" or "site-config.yml" */
    public Fields(YamlNode.Mapping mapping, Set<String> known, String what, Problems problems) {
        this.mapping = mapping;
        this.known = Set.copyOf(known);
        this.problems = problems;
        this.what = what;
        reportUnknownKeys();
    }

    public SourcePos pos() {
        return mapping.pos();
    }

    public Optional<SourcePos> posOf(String key) {
        return mapping.find(key).map(e -> e.value().pos());
    }

    public Optional<SourcePos> keyPosOf(String key) {
        return mapping.find(key).map(YamlNode.Entry::keyPos);
    }

    public boolean has(String key) {
        return mapping.find(key).filter(e -> !isNull(e.value())).isPresent();
    }

    /** Text of a scalar field, NFC; numbers and booleans are accepted as their text. */
    public Optional<String> string(String key) {
        Optional<YamlNode.Entry> e = mapping.find(key);
        if (e.isEmpty() || isNull(e.get().value())) return Optional.empty();
        if (e.get().value() instanceof YamlNode.Scalar s) return Optional.of(Unicode.nfc(s.text()));
        wrongType(e.get(), "text");
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        Optional<YamlNode.Entry> e = mapping.find(key);
        if (e.isEmpty() || isNull(e.get().value())) return Optional.empty();
        if (e.get().value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.BOOLEAN) {
            switch (s.text()) {
                case "true", "True", "TRUE" -> {
                    return Optional.of(true);
                }
                case "false", "False", "FALSE" -> {
                    return Optional.of(false);
                }
                default -> {
                    // YAML 1.1 (the parser here) reads yes/no/on/off as true/false, YAML 1.2 (editors' tools,
                    // other generators) as text: rather than guess which the editor meant, ask for true or false
                    problems.error(s.pos(), what + " field '" + key + "' must be true or false, not '" + s.text() + "'",
                            "write '" + key + ": true' or '" + key + ": false' (yes, no, on and off mean true or false"
                                    + " to some YAML readers and text to others)");
                    return Optional.empty();
                }
            }
        }
        wrongType(e.get(), "true or false");
        return Optional.empty();
    }

    public Optional<Integer> integer(String key, int min, int max) {
        Optional<YamlNode.Entry> e = mapping.find(key);
        if (e.isEmpty() || isNull(e.get().value())) return Optional.empty();
        if (e.get().value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.NUMBER) {
            try {
                int v = Integer.parseInt(s.text());
                if (v >= min && v <= max) return Optional.of(v);
            } catch (NumberFormatException ignored) {
                // reported below as out of range
            }
            problems.error(s.pos(), what + " field '" + key + "' must be a whole number from " + min + " to " + max
                    + ", not " + s.text(), "");
            return Optional.empty();
        }
        wrongType(e.get(), "a whole number");
        return Optional.empty();
    }

    public Optional<Double> decimal(String key, double min, double max) {
        Optional<YamlNode.Entry> e = mapping.find(key);
        if (e.isEmpty() || isNull(e.get().value())) return Optional.empty();
        if (e.get().value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.NUMBER) {
            try {
                double v = Double.parseDouble(s.text());
                if (v >= min && v <= max) return Optional.of(v);
            } catch (NumberFormatException ignored) {
                // reported below as out of range
            }
            problems.error(s.pos(), what + " field '" + key + "' must be a number from " + plain(min) + " to "
                    + plain(max) + ", not " + s.text(), "");
            return Optional.empty();
        }
        wrongType(e.get(), "a number");
        return Optional.empty();
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A list of text items; a single text value is accepted as a list of one. */
    public Optional<List<String>> stringList(String key) {
        return stringList(key, false);
    }

    /**
     * A list of text items, or one text of items separated by commas ({@code keywords: Tỉnh ủy, hội nghị}, as the
     * command line takes them): an editor who writes a list so means several items, not one.
     */
    public Optional<List<String>> commaList(String key) {
        return stringList(key, true);
    }

    /** The items of a text separated by commas; a comma between two digits is a number's ({@code 6,5%}). */
    public static List<String> commaSeparated(String text) {
        return List.of(text.split("(?<![0-9]),|,(?![0-9])"));
    }

    private Optional<List<String>> stringList(String key, boolean commas) {
        Optional<YamlNode.Entry> e = mapping.find(key);
        if (e.isEmpty() || isNull(e.get().value())) return Optional.empty();
        YamlNode v = e.get().value();
        if (v instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING) {
            String text = Unicode.nfc(s.text());
            return Optional.of(commas ? commaSeparated(text) : List.of(text));
        }
        if (v instanceof YamlNode.Sequence seq) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL) {
                    out.add(Unicode.nfc(s.text()));
                } else {
                    problems.error(item.pos(), what + " field '" + key + "' must be a list of text items, but an item is "
                            + item.kindName(), "write each item as '- text' on its own line");
                }
            }
            return Optional.of(out);
        }
        wrongType(e.get(), "a list");
        return Optional.empty();
    }

    public Optional<YamlNode.Mapping> mapping(String key) {
        Optional<YamlNode.Entry> e = mapping.find(key);
        if (e.isEmpty() || isNull(e.get().value())) return Optional.empty();
        if (e.get().value() instanceof YamlNode.Mapping m) return Optional.of(m);
        wrongType(e.get(), "a mapping of keys to values");
        return Optional.empty();
    }

    private void wrongType(YamlNode.Entry e, String expected) {
        problems.error(e.value().pos(), what + " field '" + e.key() + "' must be " + expected + ", not "
                + e.value().kindName(), hintFor(expected, e.key()));
    }

    private static String hintFor(String expected, String key) {
        return switch (expected) {
            case "a list" -> "write '" + key + ": [a, b]' or one '- item' per line";
            case "text" -> "write '" + key + ": some text' on one line; quote it if it contains ': '";
            case "true or false" -> "write '" + key + ": true' or '" + key + ": false'";
            default -> "";
        };
    }

    private static boolean isNull(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.NULL;
    }

    private void reportUnknownKeys() {
        for (YamlNode.Entry e : mapping.entries()) {
            if (known.contains(e.key())) continue;
            String suggestion = closest(e.key().toLowerCase(java.util.Locale.ROOT), known);
            problems.error(e.keyPos(), "unknown " + what + " key '" + e.key() + "'",
                    suggestion.isEmpty() ? "known keys: " + String.join(", ", new TreeSet<>(known))
                            : "did you mean '" + suggestion + "'?");
        }
    }

    /** The candidate most like a misspelt key (at most two edits away; the first in order on a tie), or empty. */
    public static String closest(String key, java.util.Collection<String> candidates) {
        String best = "";
        int bestDistance = 3;
        for (String k : new TreeSet<>(candidates)) {
            int d = distance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
