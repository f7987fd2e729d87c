package org.khotin.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author and source lines at the end of an article: {@code Phạm Ngọc}, {@code PHÚC LƯU} (shown as
 * {@code Phúc Lưu}), {@code Tống Xuân Diệu - Đảng ủy Khối …} (author and organisation), {@code Tác giả: …},
 * initials such as {@code T.T} or {@code PV}; and {@code (Nguồn: Báo Nam Định)}, {@code Nguồn: …}, a short
 * {@code Theo …}.
 */
final class Byline {
    private Byline() {}

    /** An author and, when the byline names one, the organisation they write for. */
    record Author(String name, String organisation) {}

    private static final String F = "(?uU)";
    private static final String TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*";
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}]*";
    private static final Pattern TITLE_NAME = Pattern.compile(F + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){1,4}");
    private static final Pattern CAPS_NAME = Pattern.compile(F + CAPS_WORD + "(?:\\s+" + CAPS_WORD + "){1,4}");
    private static final Pattern INITIALS = Pattern.compile(
            F + "\\(?(?:PV|CTV|BTV|Nhóm PV|Nhóm phóng viên|\\p{Lu}{1,2}(?:\\.\\s?\\p{Lu}{1,2}){1,3}\\.?)\\)?");
    private static final Pattern NAME_DASH_ORG = Pattern.compile(F + "(.{3,45}?)\\s+[-–—]\\s+(.{3,120})");
    private static final Pattern LABELLED = Pattern.compile(
            "(?iuU)(?:tác giả|bài(?:\\s*(?:và|,)\\s*ảnh)?|tin(?:\\s*(?:và|,)\\s*ảnh)?|by|author)\\s*:\\s*(.{2,60})");
    private static final Pattern ENGLISH_BY = Pattern.compile(F + "(?i:by)\\s+(" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){0,4})");
    private static final Pattern SOURCE = Pattern.compile("(?iuU)\\(?\\s*(?:nguồn|source)\\s*:?\\s+(.{2,80}?)\\s*\\)?\\.?");
    private static final Pattern THEO = Pattern.compile("(?uU)\\(?\\s*Theo\\s+([^,.;:]{2,40}?)\\s*\\)?\\.?");

    /** The whole line as a byline, or empty. */
    static Optional<Author> parse(String line) {
        String s = line.strip();
        if (s.length() > 170) return Optional.empty();
        Matcher labelled = LABELLED.matcher(s);
        if (labelled.matches()) return name(labelled.group(1).strip()).or(() -> Optional.of(new Author(labelled.group(1).strip(), "")));
        Matcher by = ENGLISH_BY.matcher(s);
        if (by.matches()) return Optional.of(new Author(by.group(1), ""));
        Optional<Author> plain = name(s);
        if (plain.isPresent()) return plain;
        Matcher dash = NAME_DASH_ORG.matcher(s);
        if (dash.matches() && !dash.group(2).matches(".*[.!?]$")) {
            return name(dash.group(1).strip()).map(a -> new Author(a.name(), dash.group(2).strip()));
        }
        return Optional.empty();
    }

    private static Optional<Author> name(String s) {
        if (s.length() > 40) return Optional.empty();
        if (TITLE_NAME.matcher(s).matches()) return Optional.of(new Author(s, ""));
        if (CAPS_NAME.matcher(s).matches()) return Optional.of(new Author(Casing.titleCase(s), ""));
        if (INITIALS.matcher(s).matches()) return Optional.of(new Author(s.replaceAll("^\\(|\\)$", ""), ""));
        return Optional.empty();
    }

    /** A credit line naming where the article was first published. */
    static Optional<String> source(String line) {
        String s = line.strip();
        Matcher m = SOURCE.matcher(s);
        if (m.matches()) return Optional.of(m.group(1).strip());
        if (s.length() <= 45) {
            Matcher theo = THEO.matcher(s);
            if (theo.matches()) return Optional.of(theo.group(1).strip());
        }
        return Optional.empty();
    }
}
