package org.khotin.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Photo captions and credits in page text: lines with an {@code Ảnh:} credit, and short unpunctuated lines
 * between paragraphs that say who does what ({@code Phó Bí thư … - Nguyễn Thanh Hải phát biểu chỉ đạo hội nghị}).
 */
final class Captions {
    private Captions() {}

    private static final Pattern CREDIT = Pattern.compile(
            "(?uU)(?:^|(?<=[(.|,:\\-–]|[(.|,:\\-–]\\s))(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Nguồn clip|Ảnh cắt từ clip|Photo|Ảnh tư liệu|Ảnh sưu tầm"
                    + "|Ảnh (?:I|i)nternet)\\s*(?::|\\)|\\.|$)"
                    // a credit in brackets closing the line: "(Nguồn: AFP)", "(ảnh minh họa)", "( ảnh chụp từ màn hình)", "(video: BEATVN)"
                    + "|\\(\\s*(?iu:nguồn|ảnh|hình minh họa|hình minh hoạ|hình internet|video|clip)\\b\\s*:?\\s*[^()]{0,40}\\)\\.?$"
                    // a chart's or a price board's source named by its web address: "… Nguồn: Giavang.net."
                    + "|\\bNguồn\\s*:\\s*[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:vn|net|com|org)\\.?$");
    /** A line without closing punctuation long enough to describe a photo rather than head a section. */
    private static final int DESCRIBING_WORDS = 3;
    private static final int DESCRIBING_CHARS = 240;
    private static final Pattern ENDS_OPEN_OR_CLOSED = Pattern.compile(".*[.!?…:;,\")”]$");
    /** {@code HLV trưởng: Đinh Hồng Vinh}: a list's label and value, not a photo. */
    private static final Pattern LABELLED = Pattern.compile("(?uU)^[^:]{1,30}:\\s.*");
    /** A sentence a caption does not begin with: a connective, a time or place adverbial, a quotation. */
    private static final Pattern OPENS_A_CLAUSE = Pattern.compile("(?uU)^(?:[\"“'‘(-]|(?:Theo|Tiếp|Vì|Dù|Ngoài|Chính|Hy vọng|"
            + "Nếu|Đến|Hồi|Tại|Trong|Khi|Sau|Trước|Từ|Với|Để|Do|Bởi|Tuy|Nhưng|Và|Còn|Đối với|Nhìn|Đây|Đó|Kết quả|Cũng|"
            + "Mặc dù|Hiện|Như|Bên cạnh|Thế|Song(?!\\s\\p{Lu})|Riêng|Qua|Tôi|Chúng|Họ|Năm|Ngày|Tháng|Hôm|Sáng|Chiều|"
            + "Tối|Đêm|Trưa|Vậy|Thậm chí|Tuy nhiên|Ngay|Lúc|Giờ|Hiện nay|Điều|Việc|Có|Không|Chưa|Vẫn|Mới|Rồi|Bởi vậy|Cùng|"
            + "Hãy|Mời|Chốt)\\b)"
            // or that points back at the text, reports news or what someone said, or gives a year:
            // "Hành vi này …", "… mới đây tổng hợp …", "Ông Tư cho biết …", "… thành lập năm 2010 …"
            + "|\\s(?:này|đó|nói trên|kể trên|trên đây|mới đây|vừa qua|hiện nay|(?:sáng|trưa|chiều|tối|hôm) nay|hôm qua|như vậy|có thể|cho biết|"
            + "cho hay|cho rằng|nói|khẳng định|nhấn mạnh|chia sẻ|kể|thông tin|tuyên bố|(?:19|20)\\d\\d)\\b"
            // a price or a figure is the text's, not a photo's
            + "|\\d\\s*(?:đồng|triệu|tỷ|tỉ|USD|%)");
    /** A line without a Vietnamese letter (an English verse, a download link) is not a caption here. */
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[\\u00C0-\\u1EF9&&[^\\u00D7\\u00F7]]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:\\s|$)");
    private static final int PHOTO_SENTENCE_MIN_WORDS = 6;
    private static final int PHOTO_SENTENCE_MAX_WORDS = 30;
    /** A lead sentence is rarely this short; a caption rarely longer. */
    private static final int OPENING_CAPTION_MAX_WORDS = 20;
    /** A paragraph around a photo: long, or more than one sentence. */
    private static final int LONG_PARAGRAPH_WORDS = 25;
    /** {@code <role> - <Name> …}: a role, a dash, then a capitalised name. */
    private static final Pattern ROLE_DASH_NAME = Pattern.compile(
            "(?uU).{3,90}?\\s[-–]\\s\\p{Lu}\\p{Ll}*(?:\\s\\p{Lu}\\p{Ll}*){1,3}\\s.+");
    private static final Pattern CAPTION_VERB = Pattern.compile("(?iuU)\\b(?:phát biểu|trao|tặng|chủ trì|kiểm tra|thăm|"
            + "tham quan|chúc mừng|chụp ảnh|gắn huy hiệu|dâng hương|làm việc|khảo sát|trao đổi|tặng quà|báo cáo)\\b");
    private static final Pattern SCENE = Pattern.compile("(?iuU)^(?:quang cảnh|toàn cảnh|các đại biểu|đại biểu)\\b.*");
    /** Who: a caption names its subject first — a role, an honorific, or a person. */
    private static final Pattern SUBJECT = Pattern.compile("(?uU)^(?:Đồng chí|Ông|Bà|Phó|Bí thư|Chủ tịch|Trưởng|Thứ trưởng|"
            + "Bộ trưởng|Giám đốc|Lãnh đạo|Các đồng chí|Đoàn|Ban|Thủ tướng|Tổng Bí thư)\\b.*");
    /**
     * A line that opens by naming the picture or the clip ({@code Hình ảnh …}, {@code Clip …}, {@code Cận cảnh …})
     * rather than pointing back at one ({@code Bức ảnh này …}).
     */
    private static final Pattern NAMES_A_PICTURE = Pattern.compile("(?uU)^(?:Hình ảnh|Bức ảnh|Bức hình|Clip|Video|"
            + "Cận cảnh|Toàn cảnh|Khoảnh khắc)(?::\\s|\\s+(?!này\\b|đó\\b|trên\\b|cho thấy\\b)\\S)");
    private static final int PICTURE_MAX_WORDS = 30;
    // compiled once: every body line is tested
    private static final Pattern ENDS_IN_PUNCTUATION = Pattern.compile(".*[.!?…:;\"”]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_BAR = Pattern.compile("\\s*\\|\\s*$");
    private static final Pattern CREDIT_NAME = Pattern.compile("(?uU)((?:Ảnh|Photo)\\s*:\\s*)([\\p{Lu}\\p{M} .]{3,40}?)(\\s*\\)?\\s*)$");

    /** The line, cleaned, if it is a caption; it must not be the article's first body line. */
    static boolean isCaption(String line) {
        if (hasCredit(line)) return true;
        if (line.length() > 200 || ENDS_IN_PUNCTUATION.matcher(line).matches()) return false;
        int words = SPACES.split(line).length;
        if (words < 4) return false;
        return ROLE_DASH_NAME.matcher(line).matches() || SCENE.matcher(line).matches()
                || (SUBJECT.matcher(line).matches() && CAPTION_VERB.matcher(line).find() && words <= 30);
    }

    /** A credit ({@code Ảnh: …}, {@code (Nguồn: AFP)}, {@code Ảnh minh họa}) makes any line up to 320 characters a caption. */
    static boolean hasCredit(String line) {
        // every credit names one of these words: most lines are spared the scan of every position
        return line.length() <= 320 && (line.contains("Ảnh") || line.contains("Nguồn") || line.contains("Photo")
                        || line.endsWith(")") || line.endsWith(")."))
                && CREDIT.matcher(line).find();
    }

    /**
     * A line of a few words or more that does not end like a sentence, between paragraphs, and is not a
     * subhead: in crawl dumps that is a photo's caption ({@code 2 con trâu được buộc giằng vào cây nêu}).
     */
    static boolean describesAPhoto(String line) {
        return line.length() <= DESCRIBING_CHARS && !ENDS_OPEN_OR_CLOSED.matcher(line).matches()
                && SPACES.split(line).length >= DESCRIBING_WORDS && !LABELLED.matcher(line).matches()
                && !Subheads.isNumbered(line) && VIETNAMESE_LETTER.matcher(line).find();
    }

    /**
     * One plain sentence set between long paragraphs, or beside another such caption, is where a crawl dump
     * left a photo's caption ({@code Bé trai vừa lọt lòng mẹ đã được đưa vào viện.}); a sentence opening with
     * a connective, a time or a quotation continues the text instead. Inside a gallery (two such captions in a
     * row) a caption may run to two sentences and close the body.
     */
    static boolean isPhotoSentence(String line, List<Block> before, Optional<String> next) {
        Block previous = before.get(before.size() - 1);
        if (isUncreditedCaption(previous) && before.size() >= 2 && isUncreditedCaption(before.get(before.size() - 2))) {
            return isGalleryCaption(line);
        }
        boolean besidePhoto = previous instanceof Block.Paragraph p ? isLongParagraph(p.text()) : isUncreditedCaption(previous);
        return besidePhoto && isLoneSentence(line, PHOTO_SENTENCE_MAX_WORDS)
                && next.map(n -> isLongParagraph(n) || isLoneSentence(n, PHOTO_SENTENCE_MAX_WORDS)).orElse(false);
    }

    private static boolean isUncreditedCaption(Block block) {
        return block instanceof Block.Caption c && !hasCredit(c.text());
    }

    private static boolean isGalleryCaption(String line) {
        int words = SPACES.split(line).length;
        return words >= PHOTO_SENTENCE_MIN_WORDS && words <= PHOTO_SENTENCE_MAX_WORDS && line.endsWith(".")
                && sentences(line) <= 2 && !OPENS_A_CLAUSE.matcher(line).find() && !LABELLED.matcher(line).matches();
    }

    /** A short line that names the picture or the clip it stands for; a video's may end in a colon before it. */
    static boolean namesAPicture(String line) {
        if (!NAMES_A_PICTURE.matcher(line).find() || line.endsWith("?")) return false;
        int words = SPACES.split(line).length;
        String closed = line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
        return words >= 3 && words <= PICTURE_MAX_WORDS && sentences(closed) <= 1 && !closed.strip().endsWith(",");
    }

    /** The first line of a body whose summary the page gives apart: a short plain sentence is the top photo's caption. */
    static boolean isOpeningPhotoSentence(String line, Optional<String> next) {
        return next.isPresent() && isLoneSentence(line, OPENING_CAPTION_MAX_WORDS);
    }

    private static boolean isLoneSentence(String line, int maxWords) {
        int words = SPACES.split(line).length;
        if (words < PHOTO_SENTENCE_MIN_WORDS || words > maxWords || !line.endsWith(".")) return false;
        if (line.indexOf(',') != line.lastIndexOf(',') || OPENS_A_CLAUSE.matcher(line).find()
                || LABELLED.matcher(line).matches()) {
            return false;
        }
        return sentences(line) == 1;
    }

    private static boolean isLongParagraph(String text) {
        return SPACES.split(text).length >= LONG_PARAGRAPH_WORDS || sentences(text) >= 2;
    }

    private static int sentences(String text) {
        int n = 0;
        for (var m = SENTENCE_END.matcher(text); m.find(); ) n++;
        return n;
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
