package org.khotin.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a part of a byline names when it is not a writer: an employer or a paper ({@code Báo Nhân Dân},
 * {@code Đảng ủy Khối …}, {@code TTXVN}, {@code Tuổi Trẻ}), a place ({@code Hà Nội}), a role written in place of
 * a name ({@code PV}, {@code BTV}) or a credit for the photos ({@code Ảnh: …}). The importer reads bylines with it,
 * and writers' pages leave such parts without a page.
 */
public final class BylineWords {
    private BylineWords() {}

    /** Vietnamese provinces, cities and regions, by {@link Fold#key}: one list for keywords and bylines. */
    public static Set<String> places() {
        return Places.KEYS;
    }

    private static final class Places {
        static final Set<String> KEYS = WordListFile.keys(BylineWords.class, "places-vi.txt");
    }

    private static final Pattern ORGANISATION = Pattern.compile("(?uU)(?:"
            + "(?iu:Báo|Đài|Tạp chí|Thông tấn xã|Truyền hình|Phát thanh|Cổng thông tin|Trang tin|Ban|Sở|Phòng|Trung tâm|Đảng ủy"
            + "|Đảng uỷ|Đảng bộ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|Bộ|Cục|Chi cục|Tổng cục"
            + "|Viện|Bệnh viện|Văn phòng|Học viện|Đại học|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Công an|Bộ Chỉ huy"
            + "|Bộ đội|Quân khu|Liên đoàn|Liên minh|Ủy ban|Uỷ ban|Mặt trận|Xã|Phường|Thị trấn|Huyện|Quận|Tỉnh|Thành phố|TP\\.?"
            // words that are names too ("Đoàn Minh", "Trường Giang", "Hội An"): only with what makes them an office
            + "|Đoàn (?:Thanh niên|TN|đại biểu|công tác|kiểm tra|thanh tra|luật sư)|Trường (?:ĐH|Đại học|Cao đẳng|CĐ|Trung cấp"
            + "|THPT|THCS|Tiểu học|Mầm non|Chính trị|Quân sự|Sĩ quan)|Hội (?:Nông dân|Phụ nữ|LHPN|Cựu chiến binh|CCB|Nhà báo"
            + "|Chữ thập đỏ|Khuyến học|Luật gia|Văn học|Người cao tuổi|Doanh nhân|Doanh nghiệp))(?:[\\s/].{0,110})?"
            // an office's or agency's acronym, whatever follows it
            + "|(?:UBND|HĐND|MTTQ|TAND|VKSND|TTXVN|VNA|VOV|VTV|VTC|HTV|BHXH|CAND|QĐND|SGGP)[\\dA-Z+]*(?:[\\s/].{0,110})?"
            // another acronym alone, before a slash, or before words in lower case (an acronym has no tone marks)
            + "|[A-ZĐ]{2,}[A-ZĐ\\d+-]*(?:/.{1,110}|\\s+\\p{Ll}.{0,110})?"
            + "|[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:vn|com|net|org|info))");

    /** Papers and agencies bylines name without {@code Báo}; matched ignoring case and marks' placement. */
    private static final Set<String> OUTLETS = Set.of(Fold.key("Nhân Dân"), Fold.key("Tuổi Trẻ"), Fold.key("Thanh Niên"),
            Fold.key("Lao Động"), Fold.key("Người Lao Động"), Fold.key("Tiền Phong"), Fold.key("Dân Trí"), Fold.key("Pháp Luật"),
            Fold.key("Sài Gòn Giải Phóng"), Fold.key("Hà Nội Mới"), Fold.key("Quân Đội Nhân Dân"), Fold.key("Công An Nhân Dân"),
            Fold.key("Vietnamplus"), Fold.key("Vietnam+"), Fold.key("VnExpress"), Fold.key("VietNamNet"), Fold.key("Zing"),
            Fold.key("Vietnam News"), Fold.key("Reuters"), Fold.key("AFP"), Fold.key("AP"), Fold.key("BBC"), Fold.key("CNN"),
            Fold.key("Xinhua"), Fold.key("Kyodo"), Fold.key("Yonhap"));

    private static final Pattern ROLE = Pattern.compile(
            "(?iuU)\\(?(?:pv|p\\.\\s?v|ctv|btv|mc|nhóm pv|nhóm phóng viên|phóng viên|cộng tác viên|ban biên tập|bbt|reporter|staff)\\.?\\)?");

    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?iuU)(?:ảnh|photo|video|clip)\\b.*");

    private static final Pattern NOT_A_WRITER = Pattern.compile("(?iuU)(?:theo|nguồn|source)\\b.*|.*\\b(?:tổng hợp|t/h|lược dịch|st)\\)?\\.?");

    /** An employer or a paper: named like an office, a paper or an agency, or a web address. */
    public static boolean organisation(String text) {
        String s = text.strip();
        return ORGANISATION.matcher(s).matches() || OUTLETS.contains(Fold.key(s));
    }

    public static boolean place(String text) {
        return places().contains(Fold.key(text.strip()));
    }

    /** A role written in place of a name: {@code PV}, {@code BTV}, {@code Nhóm PV}. */
    public static boolean role(String text) {
        return ROLE.matcher(text.strip()).matches();
    }

    /** A credit for the photos or video: {@code Ảnh: Văn Toàn}. */
    public static boolean photoCredit(String text) {
        return PHOTO_CREDIT.matcher(text.strip()).matches();
    }

    /** Whether a part of a byline names a writer: not a role, a credit, an employer, a place or a source's note. */
    public static boolean writer(String text) {
        String s = text.strip();
        // in brackets, papers print what is said of a writer (an agency, a posting, "dịch", a pen name): not a writer
        if (s.startsWith("(") && s.endsWith(")")) return false;
        return !s.isEmpty() && !role(s) && !photoCredit(s) && !organisation(s) && !place(s) && !NOT_A_WRITER.matcher(s).matches();
    }
}
