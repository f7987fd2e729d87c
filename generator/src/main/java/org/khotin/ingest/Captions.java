package org.khotin.ingest;

import java.util.regex.Pattern;

/**
 * Photo captions and credits in page text: lines with an {@code Ảnh:} credit, and short unpunctuated lines
 * between paragraphs that say who does what ({@code Phó Bí thư … - Nguyễn Thanh Hải phát biểu chỉ đạo hội nghị}).
 */
final class Captions {
    private Captions() {}

    private static final Pattern CREDIT = Pattern.compile(
            "(?uU)(?:\\(\\s*)?(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Nguồn clip|Ảnh cắt từ clip|Photo|Ảnh tư liệu|Ảnh sưu tầm"
                    + "|Ảnh (?:I|i)nternet)\\s*(?::|\\)|\\.|$)|\\((?:Nguồn|Ảnh)\\s*:?\\s*[^()]{2,40}\\)\\.?$");
    /** A line without closing punctuation long enough to describe a photo rather than head a section. */
    private static final int DESCRIBING_WORDS = 3;
    private static final int DESCRIBING_CHARS = 240;
    private static final Pattern ENDS_OPEN_OR_CLOSED = Pattern.compile(".*[.!?…:;,\")”]$");
    /** {@code <role> - <Name> …}: a role, a dash, then a capitalised name. */
    private static final Pattern ROLE_DASH_NAME = Pattern.compile(
            "(?uU).{3,90}?\\s[-–]\\s\\p{Lu}\\p{Ll}*(?:\\s\\p{Lu}\\p{Ll}*){1,3}\\s.+");
    private static final Pattern CAPTION_VERB = Pattern.compile("(?iuU)\\b(?:phát biểu|trao|tặng|chủ trì|kiểm tra|thăm|"
            + "tham quan|chúc mừng|chụp ảnh|gắn huy hiệu|dâng hương|làm việc|khảo sát|trao đổi|tặng quà|báo cáo)\\b");
    private static final Pattern SCENE = Pattern.compile("(?iuU)^(?:quang cảnh|toàn cảnh|các đại biểu|đại biểu)\\b.*");
    /** Who: a caption names its subject first — a role, an honorific, or a person. */
    private static final Pattern SUBJECT = Pattern.compile("(?uU)^(?:Đồng chí|Ông|Bà|Phó|Bí thư|Chủ tịch|Trưởng|Thứ trưởng|"
            + "Bộ trưởng|Giám đốc|Lãnh đạo|Các đồng chí|Đoàn|Ban|Thủ tướng|Tổng Bí thư)\\b.*");
    // compiled once: every body line is tested
    private static final Pattern ENDS_IN_PUNCTUATION = Pattern.compile(".*[.!?…:;\"”]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_BAR = Pattern.compile("\\s*\\|\\s*$");
    private static final Pattern CREDIT_NAME = Pattern.compile("(?uU)((?:Ảnh|Photo)\\s*:\\s*)([\\p{Lu}\\p{M} .]{3,40}?)(\\s*\\)?\\s*)$");

    /** The line, cleaned, if it is a caption; it must not be the article's first body line. */
    static boolean isCaption(String line) {
        if (line.length() <= 320 && CREDIT.matcher(line).find()) return true;
        if (line.length() > 200 || ENDS_IN_PUNCTUATION.matcher(line).matches()) return false;
        int words = SPACES.split(line).length;
        if (words < 4) return false;
        return ROLE_DASH_NAME.matcher(line).matches() || SCENE.matcher(line).matches()
                || (SUBJECT.matcher(line).matches() && CAPTION_VERB.matcher(line).find() && words <= 30);
    }

    /** A credit ({@code Ảnh: …}, {@code (Nguồn: AFP)}, {@code Ảnh minh họa}) makes any line up to 320 characters a caption. */
    static boolean hasCredit(String line) {
        return line.length() <= 320 && CREDIT.matcher(line).find();
    }

    /**
     * A line of a few words or more that does not end like a sentence, between paragraphs, and is not a
     * subhead: in crawl dumps that is a photo's caption ({@code 2 con trâu được buộc giằng vào cây nêu}).
     */
    static boolean describesAPhoto(String line) {
        return line.length() <= DESCRIBING_CHARS && !ENDS_OPEN_OR_CLOSED.matcher(line).matches()
                && SPACES.split(line).length >= DESCRIBING_WORDS;
    }

    /** Drops a trailing separator and shows an ALL-CAPS photographer's name in Title Case. */
    static String clean(String caption) {
        String s = TRAILING_BAR.matcher(caption).replaceAll("").strip();
        var m = CREDIT_NAME.matcher(s);
        // PHÚC LƯU is a name shown in capitals; a single word such as TTXVN or AFP is an agency's acronym
        if (m.find() && Casing.isAllCaps(m.group(2)) && m.group(2).strip().contains(" ")) {
            s = s.substring(0, m.start(2)) + Casing.titleCase(m.group(2).strip()) + m.group(3);
        }
        return s.strip();
    }
}
