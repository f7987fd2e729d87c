package org.khotin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inputs for tests that compare a loop with the regex it replaced: every line of the real seeds (also
 * decomposed, in capitals and in lowercase) and lines made to hit the edges of the rules.
 */
public final class VariedText {
    private VariedText() {}

    private static final List<String> EDGES = List.of("", " ", "a", "-", "--", "a-", "-a", "a-b", "a--b", "a-b-", "ab-cd-ef",
            "1", "1.", ".1", "1.2.3", "1,,2", "1/2-3", "3-", "18-NQ/TW", "số 18-NQ/TW", "2020-2025", "03/4/2019",
            "Nghị quyết số 18-NQ/TW ngày 25/10/2017", "Chỉ thị 05-CT/TW", "Quyết định số 1234/QĐ-UBND", "NQ 26/NQ-CP",
            "Kết luận số 21-KL/TW, Quy định 08-QĐi/TW", "Thông báo số 12/2019/TB-VPCP", "kế hoạch 5/Đ",
            "Nghị quyết Trung ương 4 khóa XII", "Hội nghị Trung ương 8, (khoá 13)", "NQ Trung ương\u00A05 khóa XI",
            "Ban Tổ chức Trung ương", "Trung ương", "Trung ương 1", "Trung ương\t\t7 khoá IX", "Trung ương\n2",
            "Trung ương \uD835\uDFD9 khóa X", "1\uD835\uDFD9-NQ/TW", "\uD835\uDFD9/A", "Đảng ủy Khối - Tiếp",
            "hoà hợp, khoẻ, uỷ ban, thuỷ, quý, hoàn, toán, Quỳ, QUÝ, HOÀ, KHOẺ, oà", "xoè\u0301 hoạ\uD835\uDC00",
            "uý-ban", "oá1", "oá_", "Oé.", "ó", "xoáy", "hoàng", "q\u00F2a", "\u01A1\u0301", "o\u0301a\u0300",
            "a\u00A0b\u2007c\u202Fd\u2002e\u2003f\u2009g", "x\u200By\u200Cz\u200D\uFEFF", "\u2000\u2001\u212B\u2126",
            "Ångström Ω", "ﬁ ﬂ ½", "한국어 조선말", "\u1100\u1161", "\u0915\u093C", "e\u0301\u0323", "\uD800", "\uDC00x",
            "tab\there", "line\nbreak", "cr\rlf", "\u2028sep\u2029", "“Quoted” – dash — dash… end", "A+B=C*D&E%F#G",
            "|đầu", "cuối |", "| giữa |", "TIẾNG VIỆT | English", "Chia sẻ: Facebook Zalo", "72 lượt xem",
            "ĐẢNG BỘ TỈNH LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ", "Ảnh: PHÚC LƯU", "(Ảnh minh họa)",
            "𝐀𝐁𝐂 ab 𝟙𝟚", "x\u20DD y\u0903z", "ǅ ǆ Ǉ", "İstanbul ı ſ K");

    /** The lines of the five seeds and their variants, and the edge cases. */
    public static List<String> lines() {
        List<String> out = new ArrayList<>(EDGES);
        try (var seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
                    out.add(line);
                    out.add(Normalizer.normalize(line, Normalizer.Form.NFD));
                    out.add(line.toUpperCase(Locale.ROOT));
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
