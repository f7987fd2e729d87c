package org.khotin.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.text.BylineWords;

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
    private static final Pattern PEN_NAME = Pattern.compile(F + "\\p{Lu}[\\p{Ll}\\p{M}]{1,11}|\\p{Lu}{2,4}");
    private static final Pattern TITLE_NAME = Pattern.compile(F + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){1,4}");
    private static final Pattern CAPS_NAME = Pattern.compile(F + CAPS_WORD + "(?:\\s+" + CAPS_WORD + "){1,4}");
    private static final Pattern INITIALS = Pattern.compile(
            F + "\\(?(?:PV|CTV|BTV|Nhóm PV|Nhóm phóng viên|\\p{Lu}{1,2}(?:\\.\\s?\\p{Lu}{1,2}){1,3})\\.?\\)?");
    /** Initials before a given name: {@code C.Sơn}, {@code X. Thắng}, {@code N.T.Hà}. */
    private static final Pattern INITIALS_NAME = Pattern.compile(F + "(?:\\p{Lu}\\p{Ll}?\\.\\s?){1,3}" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + ")?");
    /** The same in capitals: {@code C.THÀNH}. */
    private static final Pattern INITIALS_CAPS_NAME = Pattern.compile(F + "(?:\\p{Lu}\\.\\s?){1,3}" + CAPS_WORD + "(?:\\s+" + CAPS_WORD + ")?");
    /** A title before the name: {@code BS Thu Vân}, {@code ThS. Lê Hà}. */
    private static final Pattern TITLED_NAME = Pattern.compile(
            F + "(?:(?i:bs|ds|ths|ts|pgs|gs|ls|kts)|CTV|PV|Bác sĩ|Dược sĩ|Lương y|Luật sư|Nhà báo|Nhà văn|Nhà thơ)\\.?\\s+"
                    + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){0,3}");
    /** {@code Thân Hoàng/Tuổi Trẻ}, {@code Theo Kim Kim/VNE}: a name, a slash, where it appeared. */
    private static final Pattern NAME_SLASH_SOURCE = Pattern.compile(
            "(?uU)(?:[Tt]heo\\s+)?([^/()]{2,40}?)\\s*/\\s*([^/()]{2,60}?)(?:\\s+(?:[Ll]ược dịch|[Dd]ịch|[Tt]ổng hợp)\\b.*)?"
                    // the paper that carried it after the agencies named: "Nguyễn Nguyễn/ Baidu, Sina (Khám phá)"
                    + "(?:\\s*\\(([^()]{2,40})\\)|\\s+[Tt]heo\\s+([^()]{2,40}))?");
    /** {@code Thùy Dung (Tổng hợp)}, {@code Theo PV (kienthuc)}, {@code BS Thu Vân (Theo THS)}. */
    private static final Pattern NAME_PAREN_SOURCE = Pattern.compile(
            "(?uU)(?:[Tt]heo\\s+)?([^()]{2,40}?)\\s*"
                    // a translation's original named first: "Hà Anh (Dịch từ SCMP) (Khám phá)"
                    + "(?:\\((?:[Ll]ược dịch|[Dd]ịch|[Bb]iên dịch|[Tt]heo)\\b[^()]{0,60}\\)\\s*)?"
                    + "\\((?:[Tt]heo\\s+|[Nn]guồn\\s*:?\\s*)?([^()]{1,60})\\)\\.?");
    /** Compilation notes that stand for a source: {@code (T/h)}, {@code (Tổng hợp)}, {@code Tổng hợp}, {@code St}. */
    private static final Pattern COMPILED = Pattern.compile(
            "(?iuU)\\(\\s*(t/h|th|st|sưu tầm|tổng hợp(?:\\s+(?:(?:từ|theo)\\s+)?.{2,60})?)\\s*\\)\\.?|(t/h|st|sưu tầm|tổng hợp)\\.?");
    /** {@code Quỳnh Anh (T/H) Theo Đời sống Plus}, {@code Hữu Nam Tổng hợp}: a name, a compilation note, where from. */
    private static final Pattern NAME_COMPILED = Pattern.compile(
            "(?uU)(?:[Tt]heo\\s+)?([^()]{2,40}?)\\s+(?:\\((?i:t/h|tổng hợp)\\)\\s*(?:[Tt]heo\\s+(.{2,40}))?|[Tt]heo\\s+(.{2,40})|(Tổng hợp|T/h))");
    /** A source printed alone: an agency's acronym in brackets or before a slash, a web address, a paper's name. */
    private static final Pattern OUTLET = Pattern.compile("(?uU)\\(\\s*(\\p{Lu}[\\p{Lu}\\d+]{1,9}(?:/[^()]{2,30})?)\\s*\\)\\.?"
            + "|(\\p{Lu}[\\p{Lu}\\d]{1,9}/[\\p{L} .]{2,30}|[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:vn|com|net|org|info)"
            + "|(?:Báo(?: điện tử)?|Tạp chí|Đài|Cổng thông tin(?: điện tử)?|Thông tấn xã)\\s\\p{Lu}[\\p{L}\\d &+.-]{1,50})\\.?");
    private static final Pattern NAME_DASH_ORG = Pattern.compile(F + "(.{3,45}?)\\s+[-–—]\\s+(.{3,120})");
    /** {@code Ngọc Huyền – Theo Travelandleisure}: after the dash, where the article comes from, not an employer. */
    private static final Pattern NAME_DASH_SOURCE = Pattern.compile(F + "(.{3,45}?)\\s+[-–—]\\s+[Tt]heo\\s+([^()]{2,60}?)\\.?");
    private static final Pattern LABELLED = Pattern.compile(
            "(?iuU)\\(?\\s*(?:tác giả|ký|(?:bài|tin)(?:\\s*(?:và|,|-|–)?\\s*ảnh)?|bạn đọc|by|author)\\s*:\\s*([^()]{2,60}?)\\s*\\)?");
    private static final Pattern ENGLISH_BY = Pattern.compile(F + "(?i:by)\\s+(" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){0,4})");
    private static final Pattern SOURCE = Pattern.compile("(?iuU)\\(?\\s*(?:nguồn|source|tham khảo\\s*:)\\s*:?\\s+(.{2,80}?)\\s*\\)?\\.?");
    private static final Pattern THEO = Pattern.compile("(?uU)\\(?\\s*[Tt]heo\\s*:?\\s+([^;:()]{2,40}?)\\s*\\)?\\.?");

    /** A byline that also names where the article appeared: author (and organisation) plus source. */
    record Credit(Author author, String source) {}

    /**
     * The whole line as author and source together: {@code Thân Hoàng/Tuổi Trẻ}, {@code Theo T.L (Người đưa
     * tin)}, {@code Hoàng Thanh (theo makeuseof)}, {@code Tuấn Minh (T/h)}.
     */
    static Optional<Credit> credit(String line) {
        String s = line.strip();
        if (s.length() > 120) return Optional.empty();
        // a line broken around its brackets comes back joined as "Lê Mỹ Giang ((Theo Prevention.com))"
        if (s.contains("((")) s = s.replace("((", "(").replace("))", ")");
        Matcher slash = NAME_SLASH_SOURCE.matcher(s);
        if (slash.matches()) {
            Optional<Author> a = name(slash.group(1).strip());
            String source = slash.group(3) != null ? slash.group(3) : slash.group(4) != null ? slash.group(4) : slash.group(2);
            if (a.isPresent()) return Optional.of(new Credit(a.get(), source.strip()));
        }
        Matcher paren = NAME_PAREN_SOURCE.matcher(s);
        if (paren.matches()) {
            Optional<Author> a = name(paren.group(1).strip()).or(() -> penName(paren.group(1).strip()));
            if (a.isPresent()) return Optional.of(new Credit(a.get(), paren.group(2).strip()));
        }
        Matcher dashSource = NAME_DASH_SOURCE.matcher(s);
        if (dashSource.matches()) {
            Optional<Author> a = name(dashSource.group(1).strip());
            if (a.isPresent()) return Optional.of(new Credit(a.get(), dashSource.group(2).strip()));
        }
        Matcher compiled = NAME_COMPILED.matcher(s);
        if (compiled.matches()) {
            Optional<Author> a = name(compiled.group(1).strip());
            String source = compiled.group(2) != null ? compiled.group(2) : compiled.group(3) != null ? compiled.group(3)
                    : compiled.group(4) != null ? compiled.group(4) : "T/h";
            if (a.isPresent()) return Optional.of(new Credit(a.get(), source.strip()));
        }
        return Optional.empty();
    }

    /** The whole line as a byline, or empty. */
    static Optional<Author> parse(String line) {
        String s = line.strip().replaceAll("\\s+[-–—]$", "");
        if (s.length() > 170) return Optional.empty();
        Matcher labelled = LABELLED.matcher(s);
        if (labelled.matches()) {
            String name = withoutPhotoCredit(labelled.group(1).strip());
            return name(name).or(() -> Optional.of(new Author(name, "")));
        }
        Matcher by = ENGLISH_BY.matcher(s);
        if (by.matches()) return Optional.of(new Author(by.group(1), ""));
        Optional<Author> plain = name(s.endsWith(".") && !s.endsWith("..") ? s.substring(0, s.length() - 1) : s);
        if (plain.isPresent()) return plain;
        Matcher dash = NAME_DASH_ORG.matcher(s);
        if (dash.matches() && !dash.group(2).matches(".*[.!?]$")) {
            Optional<Author> first = name(dash.group(1).strip());
            String after = dash.group(2).strip();
            if (first.isEmpty()) return Optional.empty();
            // "Đông Linh - Ảnh: Reuters": the photos' credit; "Minh Anh - BTV": the role
            if (BylineWords.photoCredit(after) || BylineWords.role(after)) return first;
            if (BylineWords.organisation(after) || BylineWords.place(after) || PUBLICATION.matcher(after).matches()) {
                return Optional.of(new Author(first.get().name(), after));
            }
        }
        return Optional.empty();
    }

    /** {@code Lê Hà - Ảnh: Văn Toàn}: the writer, without the photos' credit. */
    private static String withoutPhotoCredit(String name) {
        Matcher m = TRAILING_PHOTO_CREDIT.matcher(name);
        return m.matches() ? m.group(1).strip() : name;
    }

    private static final Pattern TRAILING_PHOTO_CREDIT = Pattern.compile("(?iuU)(.+?)\\s*[-–—,;]\\s*(?:ảnh|photo|video)\\s*:.*");

    /** One word beside a source ({@code Theo Anne (Khám phá)}, {@code Suva (Theo Allkpop)}) is the writer's pen name. */
    private static Optional<Author> penName(String s) {
        return PEN_NAME.matcher(s).matches() ? Optional.of(new Author(s, "")) : Optional.empty();
    }

    /** A writer's name, or two joined by a dash as papers print a reporter and a photographer ({@code Hoàng Hưng - Phú Bắc}). */
    private static Optional<Author> name(String s) {
        Matcher two = TWO_NAMES.matcher(s);
        if (two.matches() && BylineWords.writer(two.group(2))) {
            Optional<Author> first = oneName(two.group(1));
            Optional<Author> second = first.isEmpty() ? Optional.empty() : oneName(two.group(2));
            if (second.isPresent()) return Optional.of(new Author(first.get().name() + " - " + second.get().name(), ""));
        }
        return oneName(s);
    }

    private static final Pattern TWO_NAMES = Pattern.compile("(?uU)([^-–—]{3,40}?)\\s+[-–—]\\s+([^-–—]{3,40})");

    /** One capitalised word after a byline's dash, without digits: a publication ({@code Vietnamplus}), not prose. */
    private static final Pattern PUBLICATION = Pattern.compile("(?U)\\p{Lu}[\\p{L}\\d+.]{1,30}");

    private static Optional<Author> oneName(String s) {
        if (s.length() > 40) return Optional.empty();
        if (TITLE_NAME.matcher(s).matches()) return Optional.of(new Author(s, ""));
        if (CAPS_NAME.matcher(s).matches()) return Optional.of(new Author(Casing.titleCase(s), ""));
        if (INITIALS.matcher(s).matches()) return Optional.of(new Author(s.replaceAll("^\\(|\\.?\\)?$", ""), ""));
        if (INITIALS_NAME.matcher(s).matches() || TITLED_NAME.matcher(s).matches()) return Optional.of(new Author(s, ""));
        if (INITIALS_CAPS_NAME.matcher(s).matches()) return Optional.of(new Author(Casing.titleCase(s), ""));
        return Optional.empty();
    }

    /** {@code Tác giả: …}, {@code Bài và ảnh: …}: a byline with its label, as pages print it under the headline. */
    static Optional<Author> labelled(String line) {
        Matcher labelled = LABELLED.matcher(line.strip());
        if (!labelled.matches()) return Optional.empty();
        String name = withoutPhotoCredit(labelled.group(1).strip());
        return name(name).or(() -> Optional.of(new Author(name, "")));
    }

    /** {@code Nguồn: …} with its label. */
    static Optional<String> labelledSource(String line) {
        Matcher m = SOURCE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** A credit line naming where the article was first published. */
    static Optional<String> source(String line) {
        String s = line.strip();
        Matcher m = SOURCE.matcher(s);
        if (m.matches()) return Optional.of(m.group(1).strip());
        Matcher compiled = COMPILED.matcher(s);
        if (compiled.matches()) return Optional.of((compiled.group(1) != null ? compiled.group(1) : compiled.group(2)).strip());
        Matcher outlet = OUTLET.matcher(s);
        if (outlet.matches()) return Optional.of((outlet.group(1) != null ? outlet.group(1) : outlet.group(2)).strip());
        if (s.length() <= 45) {
            Matcher theo = THEO.matcher(s);
            if (theo.matches()) return Optional.of(theo.group(1).strip());
        }
        return Optional.empty();
    }
}
