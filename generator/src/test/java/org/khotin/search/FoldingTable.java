package org.khotin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * How readers type against how articles are written. Shared by the Java test of {@link SearchText} and the
 * browser test that checks {@code search.js} reads every string here the same way.
 *
 * @param query        what a reader types
 * @param text         what an article says
 * @param matches      whether the query's words fold to the text's words
 * @param matchesExact whether they are also the same words with their diacritics (tone placement aside)
 * @param found        whether the query finds the text: each word typed without marks by its folded form, each
 *                     word typed with marks by those marks, wherever the tone sits
 */
public record FoldingTable(String query, String text, boolean matches, boolean matchesExact, boolean found) {
    public static final List<FoldingTable> ROWS = List.of(
            new FoldingTable("da nang", "Đà Nẵng", true, false, true),
            new FoldingTable("DA NANG", "Đà Nẵng", true, false, true),
            new FoldingTable("đà nẵng", "ĐÀ NẴNG", true, true, true),
            new FoldingTable("dang", "Đảng", true, false, true),
            new FoldingTable("đảng", "đang", true, false, false),
            new FoldingTable("di", "đi", true, false, true),
            new FoldingTable("to chuc xay dung dang", "Tổ chức xây dựng Đảng", true, false, true),
            new FoldingTable("tổ chức", "tố chúc", true, false, false),
            new FoldingTable("nguoi", "người", true, false, true),
            new FoldingTable("hoà bình", "Hòa Bình", true, true, true),
            new FoldingTable("hòa bình", "HOÀ BÌNH", true, true, true),
            new FoldingTable("thuỷ", "thủy", true, true, true),
            new FoldingTable("uỷ ban", "Ủy ban", true, true, true),
            new FoldingTable("khoẻ", "khỏe", true, true, true),
            new FoldingTable("quý", "quý", true, true, true),
            new FoldingTable("hoàn", "hòan", true, false, true),
            new FoldingTable("Tỉnh uỷ", "Tỉnh ủy,", true, true, true),
            // NFD input: marks typed as separate code points, as some keyboards and pasted text do.
            new FoldingTable("\u0110a\u0300 Na\u0306\u0303ng", "Đà Nẵng", true, true, true),
            new FoldingTable("Hà\u00A0Nội", "Hà Nội", true, true, true),
            new FoldingTable("18-NQ/TW", "18 nq tw", true, true, true),
            new FoldingTable("dang", "danh", false, false, false),
            new FoldingTable("da nang", "Đà Lạt", false, false, false),
            new FoldingTable("hoa", "hoà bình", false, false, false),
            // typed with marks: those marks only; typed without: every form; each word on its own
            new FoldingTable("Đà Nẵng", "đã nâng", true, false, false),
            new FoldingTable("đa", "đà", true, false, false),
            new FoldingTable("Đà nang", "đà nẵng", true, false, true),
            new FoldingTable("Đà nang", "đã nẵng", true, false, false),
            new FoldingTable("năng", "nẵng", true, false, false),
            // a number's thousands separator is no break: 8.600 (Vietnamese), 8,600 (English) and 8600 are one word
            new FoldingTable("8600", "8.600", true, true, true),
            new FoldingTable("8,600", "8.600", true, true, true),
            new FoldingTable("1.234.567", "1234567", true, true, true),
            new FoldingTable("8.600 đảng viên", "8600 đảng viên.", true, true, true),
            // a decimal, a date, a short group: words apart, as written
            new FoldingTable("3.5", "35", false, false, false),
            new FoldingTable("05.01.2019", "05 01 2019", true, true, true),
            new FoldingTable("8.60", "860", false, false, false));

    /** Every string of the table, for comparing readers. */
    public static List<String> strings() {
        List<String> out = new ArrayList<>();
        for (FoldingTable row : ROWS) {
            out.add(row.query());
            out.add(row.text());
        }
        return out;
    }
}
