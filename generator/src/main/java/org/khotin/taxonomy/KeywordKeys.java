package org.khotin.taxonomy;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.khotin.text.Fold;
import org.khotin.text.Unicode;

/**
 * The identity of a keyword: {@link Fold#key} (case, Unicode form, tone placement) plus the two things
 * Vietnamese editors write in more than one way: abbreviations of party and state bodies ({@code HĐND} =
 * {@code Hội đồng nhân dân}) and the optional {@code số} / {@code No.} in document references.
 * Only the key is expanded; labels keep the spelling the editor wrote.
 */
public final class KeywordKeys {
    private KeywordKeys() {}

    /** How abbreviations are written out in a label, with the capitals of the names they stand for. */
    private static final Map<String, String> SPELLED_OUT = Map.ofEntries(
            Map.entry("HĐND", "Hội đồng nhân dân"),
            Map.entry("UBND", "Ủy ban nhân dân"),
            Map.entry("BTV", "Ban Thường vụ"),
            Map.entry("BCH", "Ban Chấp hành"),
            Map.entry("BTC", "Ban Tổ chức"),
            Map.entry("ĐBQH", "Đại biểu Quốc hội"),
            Map.entry("MTTQ", "Mặt trận Tổ quốc"),
            Map.entry("UVTV", "Ủy viên Ban Thường vụ"),
            Map.entry("TUV", "Tỉnh ủy viên"),
            Map.entry("XD", "xây dựng"),
            Map.entry("NQ", "Nghị quyết"));

    /** The same in key form (folded, lowercase), matched as whole tokens in {@link #key}. */
    private static final Map<String, String> ABBREVIATIONS = SPELLED_OUT.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> Fold.key(e.getKey()), e -> Fold.key(e.getValue())));

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "\\b(nghị quyết|chỉ thị|kết luận|quyết định|quy định|hướng dẫn|kế hoạch|đề án|thông báo|nghị định|thông tư"
                    + "|công văn|resolution|directive|conclusion|decision|regulation|instruction|plan|project)"
                    + " (?:số|no\\.?|number) (?=\\d)",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The key two spellings of one keyword share; empty for a blank label. */
    public static String key(String label) {
        String folded = Fold.key(label);
        if (folded.isEmpty()) return folded;
        String[] tokens = folded.split(" ");
        StringBuilder out = new StringBuilder(folded.length() + 16);
        for (String t : tokens) {
            if (out.length() > 0) out.append(' ');
            out.append(ABBREVIATIONS.getOrDefault(t, t));
        }
        String expanded = out.toString();
        boolean maybeNumber = expanded.contains(" số ") || expanded.contains(" no") || expanded.contains(" number ");
        return maybeNumber ? DOCUMENT_NUMBER.matcher(expanded).replaceAll("$1 ") : expanded;
    }

    /** A label with its abbreviations written out: {@code BCH Trung ương} → {@code Ban Chấp hành Trung ương}. */
    public static String spellOut(String label) {
        if (!hasAbbreviationShape(label)) return label;
        String[] tokens = label.split(" ");
        StringBuilder out = new StringBuilder(label.length() + 16);
        for (String t : tokens) {
            if (out.length() > 0) out.append(' ');
            out.append(SPELLED_OUT.getOrDefault(t, t));
        }
        return out.toString();
    }

    /** The abbreviations the key expands, in key form ({@code hđnd}). */
    static java.util.Set<String> abbreviationKeys() {
        return ABBREVIATIONS.keySet();
    }

    /** Whether some word of {@code label} starts with two capitals, as every abbreviation spelled out does. */
    private static boolean hasAbbreviationShape(String label) {
        for (int i = 0; i + 1 < label.length(); i++) {
            if ((i == 0 || label.charAt(i - 1) == ' ') && Character.isUpperCase(label.charAt(i))
                    && Character.isUpperCase(label.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is one of the abbreviations the key expands. */
    public static boolean isAbbreviation(String token) {
        return ABBREVIATIONS.containsKey(Unicode.nfc(token).toLowerCase(Locale.ROOT));
    }
}
