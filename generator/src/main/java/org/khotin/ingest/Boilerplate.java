package org.khotin.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.text.Fold;

/**
 * Page furniture that scraping leaves in the text: widgets, counters, switchers, breadcrumbs. Each rule
 * matches a whole line (after NFC, plain spaces and trimming), so a sentence in the article that merely
 * mentions "chia sẻ" is never touched.
 */
final class Boilerplate {
    private Boilerplate() {}

    private static final String F = "(?iuU)";

    /** Short lines dropped wherever they are. */
    private static final List<Pattern> ANYWHERE = List.of(
            Pattern.compile(F + "tiếng việt\\s*\\|\\s*english|english\\s*\\|\\s*tiếng việt|vi\\s*\\|\\s*en"),
            Pattern.compile(F + "\\+\\s*a+\\s*-|(?:a[+-]?\\s*){2,4}|(?:font chữ|cỡ chữ|kích thước chữ)\\s*:?(?:\\s*a[+-]?)*"),
            Pattern.compile(F + "\\d[\\d.,]*\\s+lượt\\s+(?:xem|đọc)|(?:số\\s+)?lượt\\s+xem\\s*:?\\s*\\d[\\d.,]*|\\d[\\d.,]*\\s+views?"),
            Pattern.compile(F + "chia sẻ(?: bài viết)?\\s*:?|share(?: this)?(?: article)?\\s*:?|in bài(?: viết)?|gửi email|gửi bài viết qua email"
                    + "|bản in|print|email|facebook|zalo|twitter|lưu|lưu bài|tweet|like"),
            Pattern.compile(F + "liên kết hữu ích|website liên kết|liên kết website|video hoạt động|hình ảnh hoạt động"),
            Pattern.compile(F + "bình luận|gửi bình luận|ý kiến bạn đọc|ý kiến của bạn|viết bình luận|comments?"),
            Pattern.compile(F + "trở về|quay lại|đầu trang|về đầu trang|trang chủ|back|top|xem thêm|read more|đọc nhiều|mới nhất"),
            Pattern.compile(F + "[•·*\\-\\s]*(?:từ khóa|từ khoá|tags?|keywords?)\\s*:?\\s*"));
    /** The short lines above are at most this long; the ones below may run any length. */
    private static final int SHORT_LINE = 80;
    private static final List<Pattern> ANYWHERE_ANY_LENGTH = List.of(
            Pattern.compile(F + "(?:bản quyền|copyright|©).*"),
            Pattern.compile(F + "[|•·\\-–—_=*]+"));
    /**
     * Reprint notices, also dropped anywhere. The pattern scans the whole line, so it is tried only on lines
     * with the letters õ and ồ it needs (folding case, they match only õ Õ and ồ Ồ).
     */
    static final Pattern REPRINT_NOTICE = Pattern.compile(F + ".*ghi rõ nguồn.*phát hành lại.*");

    /** Headings after which only related-article lists follow. */
    private static final Pattern RELATED = Pattern.compile(
            F + "tin liên quan|tin cùng chuyên mục|các tin khác|tin khác|bài viết liên quan|tin bài liên quan|related(?: articles| news)?");

    private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,7}");
    private static final Pattern BREADCRUMB = Pattern.compile(".{1,60}(?:\\s[>»/]\\s.{1,60})+");
    /** Two widget labels glued together show as a lowercase letter directly followed by an uppercase one. */
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}{2}\\p{Lu}\\p{Ll}");
    private static final int GLUED_MAX_WORDS = 6;
    private static final Pattern KEYWORD_LINE = Pattern.compile(
            F + "[•·*\\-\\s]*(?:từ khóa|từ khoá|tags?|keywords?)\\s*:\\s*(.+)");
    private static final Pattern MEDIA_LINE = Pattern.compile(
            F + "(?:video|audio|clip|file)\\s*:\\s*(\\S+\\.(?:mp4|flv|webm|mov|m4v|avi|wmv|mp3|m4a|ogg|wav))");

    /** Section labels news sites print above the headline; they become {@code category}. */
    private static final List<String> SECTIONS = List.of("Tin tức hoạt động", "Tin hoạt động", "Tin tức", "Tin tức - Sự kiện",
            "Tin tức sự kiện", "Tin tổng hợp", "Thời sự", "Chính trị", "Xây dựng Đảng", "Hoạt động", "Tin địa phương",
            "Tin trong tỉnh", "Tin trong nước", "Nghiên cứu - Trao đổi", "Nghiên cứu trao đổi", "Gương sáng", "Sự kiện",
            "News", "Politics", "Events");

    /** The sections' identity keys, computed once: every header line is looked up. */
    private static final Set<String> SECTION_KEYS = SECTIONS.stream().map(Fold::key).collect(Collectors.toUnmodifiableSet());
    // compiled once: header and body lines are tested with these
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[>»/]\\s");
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile(".*[.!?]$");
    private static final Pattern DIGIT_OR_PUNCTUATION = Pattern.compile(".*[\\d.,;:!?].*");

    /** Words share, print and bookmark widgets are made of; a short line of only these is a widget. */
    private static final Pattern WIDGET_WORDS = Pattern.compile(F + "(?:chia sẻ|bài viết|in bài|bản in|gửi email|gửi bài|"
            + "email|facebook|zalo|twitter|tweet|linkedin|lưu|copy link|sao chép liên kết|share|print|like|[+|:,•·]|\\s)+");

    static boolean isAnywhere(String line) {
        if (line.length() <= SHORT_LINE) {
            for (Pattern p : ANYWHERE) {
                if (p.matcher(line).matches()) return true;
            }
        }
        for (Pattern p : ANYWHERE_ANY_LENGTH) {
            if (p.matcher(line).matches()) return true;
        }
        if (mayBeReprintNotice(line) && REPRINT_NOTICE.matcher(line).matches()) return true;
        return line.length() <= 80 && WIDGET_WORDS.matcher(line).matches();
    }

    /** Teasers for other articles: {@code >> …}, {@code → …}, {@code Xem thêm: …}, {@code XEM CLIP:}. */
    private static final Pattern TEASER = Pattern.compile(F + "(?:(?:>>|»|→|►)\\s*\\S.*|(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)"
            + "(?:\\s+(?:video|clip|ảnh|bài viết|tin))?\\s*[:>»].*|(?:xem|bấm xem)\\s+(?:clip|video)\\s*:?.{0,80})");

    /** A line that points to another article or a video widget. */
    static boolean isTeaser(String line) {
        return line.length() <= 250 && TEASER.matcher(line).matches();
    }

    /** Reader-mail calls and sign-offs newspapers print under an opinion piece or a reader's letter. */
    private static final Pattern READER_CALL = Pattern.compile(F + "(?:mời (?:quý )?bạn đọc|bạn đọc (?:có thể )?gửi|\\*?\\s*bài viết (?:thể hiện|là) "
            + "quan điểm|trân trọng[,.!]?|ban biên tập(?: báo)?(?:\\s.{0,60})?$|bạn có câu chuyện|mọi ý kiến (?:đóng góp|phản hồi)"
            + "|.{0,60}cập nhật tin tức.{0,40}(?:liên tục|mới nhất|nhanh nhất)"
            // "to be continued", and the newsroom's hotline and address for readers' mail under a story
            + "|\\(\\s*(?:còn nữa|còn tiếp|tiếp tục cập nhật|đang cập nhật|còn nữa\\.\\.\\.)\\s*\\)$|hotline\\s*:.{3,40}$"
            + "|e-?mail\\s*:\\s*\\S+@\\S+$|mọi (?:phản ánh|ý kiến).{0,80}(?:độc giả|bạn đọc).{0,30}gửi).*");

    /** A call for readers' letters, an opinion disclaimer or a sign-off by the editors. */
    static boolean isReaderCall(String line) {
        return line.length() <= 400 && READER_CALL.matcher(line).matches();
    }

    static boolean mayBeReprintNotice(String line) {
        return (line.indexOf('õ') >= 0 || line.indexOf('Õ') >= 0) && (line.indexOf('ồ') >= 0 || line.indexOf('Ồ') >= 0);
    }

    static boolean isRelatedHeading(String line) {
        return RELATED.matcher(endsLikeALabel(line) ? line.replaceAll("[:：]\\s*$", "") : line).matches();
    }

    /**
     * Whether the line ends in a colon, white space or a line end, where {@code [:：]\\s*$} can match: most
     * lines end otherwise, and then the replacement is skipped.
     */
    static boolean endsLikeALabel(String line) {
        if (line.isEmpty()) return false;
        char last = line.charAt(line.length() - 1);
        return last == ':' || last == '：' || Character.isWhitespace(last) || last == '\u0085' || last == '\u2028'
                || last == '\u2029';
    }

    /** A counter in the header zone: a number on its own line. */
    static boolean isLoneNumber(String line) {
        return LONE_NUMBER.matcher(line).matches();
    }

    static Optional<String> breadcrumbLast(String line) {
        if (!BREADCRUMB.matcher(line).matches() || line.length() > 150) return Optional.empty();
        String[] parts = BREADCRUMB_SEPARATOR.split(line);
        return Optional.of(parts[parts.length - 1].strip());
    }

    /** Short widget labels run together ({@code Video hoạt độngHình ảnh hoạt động}); never prose. */
    static boolean isGluedLabels(String line) {
        return line.length() <= 80 && !ENDS_A_SENTENCE.matcher(line).matches() && GLUED.matcher(line).find()
                && SPACES.split(line).length <= GLUED_MAX_WORDS;
    }

    static Optional<List<String>> keywordList(String line) {
        Matcher m = KEYWORD_LINE.matcher(line);
        if (!m.matches()) return Optional.empty();
        List<String> words = java.util.Arrays.stream(m.group(1).split("[,;|]"))
                .map(String::strip).map(w -> w.replaceAll("[.]$", "")).filter(w -> !w.isEmpty()).toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    static Optional<String> mediaFile(String line) {
        Matcher m = MEDIA_LINE.matcher(line);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<String> knownSection(String line) {
        return SECTION_KEYS.contains(Fold.key(line)) ? Optional.of(line.strip()) : Optional.empty();
    }

    /** A short label without sentence punctuation or digits, like a section name. */
    static boolean looksLikeLabel(String line) {
        String[] words = SPACES.split(line);
        return words.length <= 5 && line.length() <= 40 && !DIGIT_OR_PUNCTUATION.matcher(line).matches()
                && Casing.startsUpper(line) && !Casing.isAllCaps(line);
    }
}
