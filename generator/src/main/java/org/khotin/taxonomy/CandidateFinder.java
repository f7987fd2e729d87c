package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khotin.taxonomy.Clauses.Token;
import org.khotin.taxonomy.KeywordExtractor.Kind;
import org.khotin.text.Syllable;

/**
 * Finds the keyword candidates of one clause: its syllables grouped into words by the lexicon, then
 * capitalised runs of words (organisations kept whole with their lowercase words and a place at their end,
 * people, places, named places such as {@code sân bay Long Thành}) and topical noun phrases between
 * function words and verbs. Stateless; one instance serves many threads.
 */
final class CandidateFinder {
    /** Heads of organisation names: a run that starts with one keeps its lowercase words, "các"/"và" and a place. */
    private static final Set<String> ORGANISATION_HEADS = Set.of("ban", "đảng ủy", "đảng bộ", "ủy ban", "hội đồng",
            "khối", "sở", "văn phòng", "bộ", "mặt trận", "công đoàn", "ban tổ chức", "ban chấp hành", "ban thường vụ",
            "ban bí thư", "bộ chính trị", "chi bộ", "đảng đoàn", "hội", "đoàn", "trường", "báo", "cục", "tổng cục",
            "chi cục", "viện", "học viện", "đại học", "trung tâm", "công ty", "tập đoàn", "tổng công ty", "ngân hàng",
            "bệnh viện", "quỹ", "liên đoàn", "liên hiệp", "hiệp hội", "câu lạc bộ", "clb", "quân khu", "quân đoàn",
            "quân chủng", "binh chủng", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "hải đoàn", "bộ tư lệnh",
            "bộ chỉ huy", "ban chỉ huy", "công an", "tòa án", "viện kiểm sát", "kiểm toán", "thanh tra", "phòng", "đội",
            "đài", "nhà hát", "nhà xuất bản", "hãng", "trạm", "chi đội", "hải đội", "thành ủy", "tỉnh ủy", "huyện ủy",
            "quân ủy", "đảng", "quốc hội", "chính phủ", "thông tấn xã", "ủy ban nhân dân", "hội đồng nhân dân",
            "mặt trận tổ quốc", "ban quản lý", "tổ", "nhóm", "liên minh", "tổ chức", "cảng vụ", "kho bạc", "tổng liên đoàn");
    /** What a law is called: {@code Luật Đất đai} is a document. */
    private static final Set<String> LAW_HEADS = Set.of("luật", "bộ luật", "hiến pháp", "pháp lệnh");
    /** Titles and offices that precede a name or an organisation; stripped from the front of a run. */
    static final Set<String> ROLES = Set.of("phó", "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "trưởng",
            "trưởng ban", "phó trưởng ban", "ủy viên", "thường trực", "chánh văn phòng", "chánh", "đồng chí", "ông", "bà",
            "giám đốc", "phó giám đốc", "tỉnh ủy viên", "tuv", "uvtv", "trưởng đoàn", "đại biểu", "nguyên", "chủ nhiệm",
            "tổng bí thư", "thủ tướng", "phó thủ tướng", "bộ trưởng", "thứ trưởng", "tổng thống", "phó tổng thống",
            "chủ tịch nước", "tổng giám đốc", "phó tổng giám đốc", "chánh án", "viện trưởng", "đại tướng", "thượng tướng",
            "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "hlv",
            "huấn luyện viên", "tiền đạo", "hậu vệ", "thủ môn", "tiền vệ", "trung vệ", "cầu thủ", "danh thủ", "võ sĩ",
            "vận động viên", "vđv", "ca sĩ", "nhạc sĩ", "diễn viên", "người mẫu", "hoa hậu", "á hậu", "nghệ sĩ", "nsnd",
            "nsưt", "nghệ nhân", "nhà thơ", "nhà văn", "nhà báo", "đạo diễn", "ts", "ths", "pgs", "gs", "bác sĩ", "bs",
            "luật sư", "ls", "kỹ sư", "thạc sĩ", "tiến sĩ", "giáo sư", "em", "cháu", "cụ", "bé", "anh", "chị", "ngài",
            "vua", "hoàng tử", "công chúa", "nữ hoàng", "đại sứ", "trưởng phòng", "phó trưởng phòng", "chỉ huy trưởng",
            "bị can", "bị cáo", "tài xế", "thầy", "cô", "chủ", "sếp", "ceo", "người phát ngôn", "phát ngôn viên",
            "chuyên gia", "nhà sáng lập", "thủ lĩnh", "lãnh đạo", "quyền", "phụ trách", "tân", "cựu", "trợ lý",
            "giảng viên", "giáo viên", "học sinh", "sinh viên", "bà con", "cục trưởng", "phó cục trưởng", "vụ trưởng",
            "phó vụ trưởng", "chi cục trưởng", "đội trưởng", "đội phó", "trưởng công an", "trưởng đài", "tổng biên tập",
            "phó tổng biên tập", "chủ nhiệm ủy ban", "phó chủ nhiệm", "tư lệnh", "phó tư lệnh", "chính ủy", "chính trị viên",
            "hiệu trưởng", "phó hiệu trưởng", "trưởng khoa", "chủ tịch hội đồng quản trị", "chủ tịch hđqt",
            "thành viên", "ủy viên bộ chính trị", "bí thư trung ương đảng", "bí thư tỉnh ủy", "bí thư thành ủy");
    /** Words that never start or end a topical phrase (the heads of report titles, measure words, qualities). */
    static final Set<String> GENERIC_EDGE = Set.of("công tác", "kết quả", "nhiệm vụ", "hội nghị", "tổng kết",
            "ngành", "cấp", "tỉnh", "huyện", "xã", "toàn", "vấn đề", "nội dung", "chất lượng", "hoạt động", "tình hình",
            "giải pháp", "yêu cầu", "trọng tâm", "phương hướng", "hạn chế", "khó khăn", "vướng mắc", "thành tích",
            "xuất sắc", "bước", "tiến độ", "ý kiến", "trách nhiệm", "tinh thần", "văn bản", "đề xuất", "kịp thời",
            "tập thể", "cá nhân", "mô hình", "mục tiêu", "ý nghĩa", "đối tượng", "lớp", "học viên", "thực tế", "cao",
            "mới", "địa phương", "cơ quan", "đơn vị", "chức năng", "cụ thể hóa", "thẩm quyền", "năng lực", "hiệu lực",
            "lớn", "nhỏ", "đầu", "cuối", "chính", "chung", "riêng", "nhất", "trên", "dưới", "nhanh", "chậm", "nhiều",
            "đông", "mạnh", "hơn", "khác", "liên quan", "quan trọng", "hiện đại", "đặc biệt", "tiêu biểu", "nổi bật",
            "hàng loạt", "loạt", "loại", "nhóm", "phần", "số", "dịp", "lúc", "giờ", "phút", "ngày", "tháng", "năm",
            "sáng", "chiều", "tối", "đêm", "người", "bà con", "trường hợp", "vụ", "khu vực", "lĩnh vực", "hiệu quả",
            "thời gian", "giai đoạn", "trong", "ngoài", "tại", "sau", "trước", "giữa", "hết", "đủ", "rõ", "thêm", "bên",
            "cá thể", "phía", "đội ngũ", "hàng ngũ",
            // one-syllable adjectives: "chuỗi bất bại dài", "ca bệnh hiếm" end in a quality, not in the topic
            "dài", "ngắn", "già", "cũ", "hiếm", "lạ", "đẹp", "xấu", "tốt", "giỏi", "khỏe", "nặng", "nhẹ", "nóng", "lạnh",
            "to", "bé", "dữ", "hay", "xa", "gần", "sâu", "thấp", "rộng", "hẹp", "đắt", "rẻ", "giàu", "nghèo", "khó", "dễ",
            "vui", "buồn", "thương", "yêu", "ghét", "thật", "giả", "thiếu", "sạch", "bẩn", "đầy", "trống");
    /** Words that are too general to be a keyword alone, though they may be part of one. */
    static final Set<String> GENERIC_ALONE = Set.of("tổ chức", "xây dựng", "cán bộ", "đảng viên", "chính trị",
            "quản lý", "nghị quyết", "kế hoạch", "chương trình", "quy định", "chỉ thị", "kết luận", "hệ thống", "đề án",
            "chính sách", "tỉnh ủy", "trung ương", "đảng", "cơ sở", "lãnh đạo", "chỉ đạo", "ban", "thường trực",
            "đại hội", "nhân sự", "bộ máy", "doanh nghiệp", "công chức", "cấp ủy");
    private static final Set<String> SURNAMES = Set.of("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ",
            "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "mai", "lưu", "tống", "đinh", "trương", "lâm", "đoàn",
            "phùng", "tạ", "cao", "châu", "hà", "lục", "quách", "thái", "tô", "triệu", "vương", "kiều", "đào", "lương",
            "trịnh", "văn", "chu", "la", "từ", "khổng", "mạc", "thân", "hứa", "giang", "kim", "doãn", "âu", "nông", "bế",
            "lò", "sùng", "lại", "diệp", "tăng", "ninh", "khúc", "thạch", "lữ", "quan", "đàm", "lã", "phí", "tôn", "cù",
            "kha", "hàn", "mã", "vi", "ôn", "hầu", "giáp", "đồng", "thiều", "nghiêm", "lạc", "bạch", "lư", "đường", "y");
    private static final Set<String> CONNECTORS = Set.of("các", "và");
    /** Bodies every province, district and commune has: with only a level after them, no name. */
    private static final Set<String> BODIES_EVERYWHERE = Set.of("hội đồng nhân dân", "ủy ban nhân dân",
            "mặt trận tổ quốc", "công an", "tỉnh ủy", "thành ủy", "huyện ủy", "tòa án nhân dân", "viện kiểm sát nhân dân");
    private static final Set<String> TRAILING_PLACES = Set.of("tỉnh", "huyện", "thành phố", "xã", "quận", "phường");
    /** "TP Hà Nội", "tỉnh Gia Lai": words that say a place follows, dropped from its label. */
    private static final Set<String> PLACE_PREFIXES = Set.of("tp", "thành phố", "tỉnh", "thủ đô");
    /** The ten heavenly stems and twelve earthly branches: "Đinh Dậu", "Bính Ngọ" name a lunar year, never a person. */
    private static final Set<String> STEMS = Set.of("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm",
            "quý");
    private static final Set<String> BRANCHES = Set.of("tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi",
            "thân", "dậu", "tuất", "hợi");
    /** Words before a lunar year name that go with it: "Tết Bính Ngọ", "Xuân Đinh Dậu". */
    private static final Set<String> SEASONS = Set.of("tết", "xuân", "năm", "mùa xuân");

    /** Heads that make a local place of what follows, unless it is a province ("xã Hòa Bình" is a place name). */
    private static final Set<String> ADMINISTRATIVE = Set.of("xã", "phường", "thị trấn", "quận", "huyện", "thành phố",
            "tỉnh", "thị xã", "đặc khu");
    // the classes of the lists above, after the lexicon's (see Lexicon#classes)
    private static final int ROLE = Lexicon.NEXT_CLASS;
    private static final int GENERIC_AT_EDGE = ROLE << 1;
    private static final int GENERIC_ON_ITS_OWN = ROLE << 2;
    private static final int ORGANISATION_HEAD = ROLE << 3;
    private static final int LAW_HEAD = ROLE << 4;
    private static final int SURNAME = ROLE << 5;
    private static final int CONNECTOR = ROLE << 6;
    private static final int TRAILING_PLACE = ROLE << 7;
    private static final int PLACE_PREFIX = ROLE << 8;
    private static final int STEM = ROLE << 9;
    private static final int BRANCH = ROLE << 10;
    private static final int SEASON = ROLE << 11;
    private static final int ADMINISTRATIVE_HEAD = ROLE << 12;
    private static final int ABBREVIATION = ROLE << 13;
    private static final Map<String, Integer> OWN_CLASSES = ownClasses();

    private static Map<String, Integer> ownClasses() {
        Map<String, Integer> classes = new HashMap<>();
        Lexicon.addClass(classes, ROLES, ROLE, 0);
        Lexicon.addClass(classes, GENERIC_EDGE, GENERIC_AT_EDGE, 0);
        Lexicon.addClass(classes, GENERIC_ALONE, GENERIC_ON_ITS_OWN, 0);
        Lexicon.addClass(classes, ORGANISATION_HEADS, ORGANISATION_HEAD, 0);
        Lexicon.addClass(classes, LAW_HEADS, LAW_HEAD, 0);
        Lexicon.addClass(classes, SURNAMES, SURNAME, 0);
        Lexicon.addClass(classes, CONNECTORS, CONNECTOR, 0);
        Lexicon.addClass(classes, TRAILING_PLACES, TRAILING_PLACE, 0);
        Lexicon.addClass(classes, PLACE_PREFIXES, PLACE_PREFIX, 0);
        Lexicon.addClass(classes, STEMS, STEM, 0);
        Lexicon.addClass(classes, BRANCHES, BRANCH, 0);
        Lexicon.addClass(classes, SEASONS, SEASON, 0);
        Lexicon.addClass(classes, ADMINISTRATIVE, ADMINISTRATIVE_HEAD, 0);
        Lexicon.addClass(classes, KeywordKeys.abbreviationKeys(), ABBREVIATION, 0);
        return Collections.unmodifiableMap(classes);
    }

    private final Lexicon lexicon;

    CandidateFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Every class of a word's key: the lexicon's and this class's own. */
    private int classes(String lower) {
        return lexicon.classes(lower) | ownClasses(lower);
    }

    private static int ownClasses(String lower) {
        Integer own = OWN_CLASSES.get(lower);
        return own == null ? 0 : own;
    }

    /**
     * A word: one or more tokens the lexicon groups; {@code lower} is its key form, {@code surface} as written,
     * {@code classes} the lists its key is on.
     */
    record Word(List<Token> tokens, String lower, String surface, int classes) {
        static Word of(List<Token> tokens, String lower, int classes) {
            if (tokens.size() == 1) return new Word(tokens, lower, tokens.get(0).surface(), classes);
            StringBuilder b = new StringBuilder();
            for (Token t : tokens) {
                if (b.length() > 0) b.append(' ');
                b.append(t.surface());
            }
            return new Word(tokens, lower, b.toString(), classes);
        }

        /** Whether the word's key is on any of the lists of {@code cls}. */
        boolean is(int cls) {
            return (classes & cls) != 0;
        }

        boolean capital() {
            return tokens.get(0).capital();
        }

        boolean number() {
            return tokens.get(0).number();
        }

        int syllables() {
            return tokens.size();
        }

        boolean quoted() {
            return tokens.get(0).quoted();
        }
    }

    /** Where in the article a clause is, and how much each occurrence there weighs. */
    record Where(double factor, boolean title, boolean lead) {}

    void clause(List<Token> clause, Where where, CandidateCollector out) {
        List<Word> words = group(clause);
        boolean[] consumed = new boolean[words.size()];
        lunarYears(words, consumed);
        properRuns(words, consumed, where, out);
        phrases(words, consumed, where, out);
    }

    /**
     * Greedy longest match of the clause's syllables against the lexicon: this project's compounds and places
     * whatever their case ("Ban | Tổ chức | Tỉnh ủy"), dictionary words only when their later syllables are
     * lowercase, so that the syllables of a name ("Thanh Thúy") stay apart.
     */
    List<Word> group(List<Token> clause) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < clause.size()) {
            int len = 1;
            Token first = clause.get(i);
            String lower = first.lower();
            int classes = first.number() ? 0 : classes(lower);
            if ((classes & (Lexicon.STARTS_CURATED_WORD | Lexicon.STARTS_DICTIONARY_WORD)) != 0) {
                // longer and longer, while what is joined starts an entry (no entry holds a number)
                StringBuilder joined = new StringBuilder(lower);
                boolean lowercaseAfterFirst = true;
                for (int n = 2; i + n <= clause.size() && !clause.get(i + n - 1).number(); n++) {
                    Token next = clause.get(i + n - 1);
                    lowercaseAfterFirst &= !next.capital();
                    joined.append(' ').append(next.lower());
                    String candidate = joined.toString();
                    int found = lexicon.classes(candidate);
                    if ((found & Lexicon.CURATED_WORD) != 0 || lowercaseAfterFirst && (found & Lexicon.DICTIONARY_WORD) != 0) {
                        len = n;
                        lower = candidate;
                        classes = found | ownClasses(candidate);
                    }
                    boolean longer = (found & Lexicon.STARTS_CURATED_WORD) != 0
                            || lowercaseAfterFirst && (found & Lexicon.STARTS_DICTIONARY_WORD) != 0;
                    if (!longer) break;
                }
            }
            words.add(Word.of(List.copyOf(clause.subList(i, i + len)), lower, classes));
            i += len;
        }
        return words;
    }

    /** Lunar year names ("Bính Ngọ", "Tết Đinh Dậu") are dates: no keyword takes them. */
    private static void lunarYears(List<Word> words, boolean[] consumed) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).is(STEM) && words.get(i + 1).is(BRANCH)) {
                consumed[i] = true;
                consumed[i + 1] = true;
                if (i > 0 && words.get(i - 1).is(SEASON)) consumed[i - 1] = true;
            }
        }
    }

    private static boolean isOrganisationHead(Word w) {
        return w.is(ORGANISATION_HEAD | ABBREVIATION);
    }

    private static boolean isPlace(Word w) {
        return w.capital() && w.is(Lexicon.PLACE);
    }

    /** A capitalised syllable that is not Vietnamese: a foreign name ("Donald Trump") or a brand ("VinBus"). */
    private static boolean foreign(Word w) {
        if (w.syllables() != 1 || !w.capital() || w.number()) return false;
        String s = w.surface();
        if (s.length() < 3) return false;
        // Vietnamese letters in what is not a syllable: words run together by a scraper ("Namđang"), not a name
        for (int i = 0; i < s.length(); i++) if ("ĐđĂăÂâÊêÔôƠơƯư".indexOf(s.charAt(i)) >= 0 || s.charAt(i) > 0x1E00) return false;
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1))) return true;
        }
        return !Clauses.allCaps(s) && !Syllable.isVietnamese(s);
    }

    /** How many words from {@code i} make a person's name: a surname and one to three capitalised syllables. */
    private int nameLength(List<Word> words, int i, int end, boolean[] consumed) {
        Word w = words.get(i);
        if (w.syllables() != 1 || !w.capital() || consumed[i]) return 0;
        if (w.is(SURNAME)) {
            int k = i + 1;
            int syllables = 0;
            // a given name can read as a place grouped into one word ("Nguyễn Hòa Bình")
            while (k < end && syllables < 3 && (givenName(words.get(k), consumed[k])
                    || syllables + words.get(k).syllables() <= 3 && isPlace(words.get(k)) && !consumed[k])) {
                syllables += words.get(k).syllables();
                k++;
            }
            if (k - i >= 2) return k - i;
        }
        if (foreign(w) && !isPlace(w)) {
            int k = i + 1;
            while (k < end && k - i <= 3 && !isPlace(words.get(k))
                    && (foreign(words.get(k)) || givenName(words.get(k), consumed[k]))) {
                k++;
            }
            if (k - i >= 2) return k - i;
        }
        return 0;
    }

    private static boolean givenName(Word w, boolean consumed) {
        return !consumed && w.syllables() == 1 && w.capital() && !w.number() && !Clauses.allCaps(w.surface());
    }

    /** Capitalised runs: organisations kept whole, people and places split off and found on their own. */
    private void properRuns(List<Word> words, boolean[] consumed, Where where, CandidateCollector out) {
        int i = 0;
        while (i < words.size()) {
            Word first = words.get(i);
            if (consumed[i] || !first.capital() || first.number()) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            boolean organisation = isOrganisationHead(first) || first.is(LAW_HEAD)
                    || (start + 1 < words.size() && first.is(ROLE));
            int lowercase = 0;
            while (end < words.size() && !consumed[end]) {
                Word w = words.get(end);
                if (w.capital() && !w.number() && (lowercase == 0 || isPlace(w))) {
                    end++;
                } else if (organisation && w.number() && end > start && words.get(end - 1).capital()
                        && words.get(end - 1).is(ORGANISATION_HEAD)) {
                    end++; // "Quân đoàn 34", "Hải đoàn 129"
                } else if (organisation && w.is(CONNECTOR) && end + 1 < words.size()
                        && words.get(end + 1).capital()) {
                    end += 2;
                } else if (organisation && lowercase < 3 && nameContinues(w) && !w.is(TRAILING_PLACE)
                        && !isOrganisationHead(words.get(end - 1))) {
                    end++; // "Trung tâm Phát triển quỹ đất", "Ban Chỉ huy quân sự"
                    lowercase++;
                } else {
                    break;
                }
            }
            while (end > start + 1 && !words.get(end - 1).capital() && !words.get(end - 1).number()) end--;
            if (organisation && end < words.size() && words.get(end).is(TRAILING_PLACE)
                    && end - start >= 2 && !consumed[end]) {
                if (end + 1 < words.size() && isPlace(words.get(end + 1))) end += 2;
                else end++;
            }
            int headBefore = start - 1;
            if (headBefore >= 0 && !consumed[headBefore] && !words.get(headBefore).capital()
                    && words.get(headBefore).is(Lexicon.NAME_HEAD)
                    && !(words.get(headBefore).is(ADMINISTRATIVE_HEAD) && isKnownPlace(words, start, end))) {
                named(words, headBefore, end, consumed, where, out);
            } else if (end - start >= 2 && first.is(Lexicon.NAME_HEAD) && !isOrganisationHead(first)
                    && !(first.is(ADMINISTRATIVE_HEAD) && isKnownPlace(words, start + 1, end))) {
                named(words, start, end, consumed, where, out);
            } else {
                run(words, start, end, consumed, where, out);
            }
            i = Math.max(end, i + 1);
        }
    }

    private boolean isKnownPlace(List<Word> words, int start, int end) {
        if (end - start != 1 && end - start != 2) return false;
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (b.length() > 0) b.append(' ');
            b.append(words.get(k).lower());
        }
        return (lexicon.classes(b.toString()) & Lexicon.PLACE) != 0;
    }

    /** A lowercase word that can go on an organisation's name: not a function word, verb or number. */
    private static boolean nameContinues(Word w) {
        return !w.number()
                && !w.is(Lexicon.STOPWORD | Lexicon.BREAK | ROLE | GENERIC_AT_EDGE | GENERIC_ON_ITS_OWN | Lexicon.GENERIC);
    }

    /** A named place, work or event: its head noun and the name ("sân bay Long Thành"), one keyword. */
    private void named(List<Word> words, int head, int end, boolean[] consumed, Where where,
                       CandidateCollector out) {
        StringBuilder label = new StringBuilder(words.get(head).surface().toLowerCase(java.util.Locale.ROOT));
        int syllables = words.get(head).syllables();
        consumed[head] = true;
        for (int k = head + 1; k < end; k++) {
            label.append(' ').append(words.get(k).surface());
            syllables += words.get(k).syllables();
            consumed[k] = true;
        }
        out.add(label.toString(), Kind.NAMED, syllables, where, false, words.get(head).quoted());
    }

    private void run(List<Word> words, int start, int end, boolean[] consumed, Where where,
                     CandidateCollector out) {
        int s = start;
        boolean role = start > 0 && !words.get(start - 1).capital() && words.get(start - 1).is(ROLE);
        // a capital that only starts the sentence is no sign of a name
        Word first = words.get(s);
        if (first.tokens().get(0).sentenceStart() && !isOrganisationHead(first) && !isPlace(first)
                && !first.is(LAW_HEAD) && nameLength(words, s, end, consumed) == 0 && !foreign(first)
                && !first.is(ROLE)) {
            s++;
        }
        while (s < end && words.get(s).is(Lexicon.STOPWORD | ROLE)) {
            if (words.get(s).is(ROLE)) {
                consumed[s] = true;
                role = true;
            }
            s++;
        }
        if (s >= end) return;
        if (words.get(s).is(LAW_HEAD) && end - s >= 2) {
            emit(words, s, end, Kind.DOCUMENT, consumed, where, out);
            return;
        }
        // after a title, capitals without a surname are how a known person is called again ("HLV Hữu Thắng")
        if (role && end - s <= 3 && nameLength(words, s, end, consumed) == 0 && allGivenNames(words, s, end, consumed)) {
            StringBuilder tail = new StringBuilder();
            for (int k = s; k < end; k++) {
                if (tail.length() > 0) tail.append(' ');
                tail.append(words.get(k).surface());
                consumed[k] = true;
            }
            out.addTail(tail.toString(), where);
            return;
        }
        // foreign words and acronyms together are one name ("SEA Games", "Premier League", "Kim Jong-un")
        if (end - s >= 2 && foreignName(words, s, end)) {
            boolean acronym = false;
            for (int k = s; k < end; k++) acronym |= Clauses.allCaps(words.get(k).surface());
            emit(words, s, end, acronym ? Kind.NAME : Kind.PERSON, consumed, where, out);
            return;
        }
        // split off people and places; what is between them is an organisation or a name
        boolean ownedByHead = isOrganisationHead(words.get(s));
        int partStart = s;
        int k = s;
        while (k < end) {
            int name = nameLength(words, k, end, consumed);
            if (name >= 2) {
                organisation(words, partStart, k, consumed, where, out);
                emit(words, k, k + name, Kind.PERSON, consumed, where, out);
                partStart = k + name;
                k = partStart;
                continue;
            }
            Word w = words.get(k);
            if (foreign(w) && !isPlace(w) && !(k > partStart && ownedByHead)) {
                organisation(words, partStart, k, consumed, where, out);
                emit(words, k, k + 1, Kind.NAME, consumed, where, out);
                partStart = k + 1;
            } else if (isPlace(w) || placeAfterPrefix(words, k, end)) {
                int placeAt = placeAfterPrefix(words, k, end) ? k + 1 : k;
                boolean ownsPlace = k > partStart && ownedByHead && !words.get(k - 1).lower().equals("tỉnh ủy")
                        && !words.get(k - 1).lower().equals("thành ủy");
                if (ownsPlace) {
                    // "Sở Nội vụ Cao Bằng" is also about Cao Bằng, a little
                    out.add(words.get(placeAt).surface(), Kind.PLACE, words.get(placeAt).syllables(),
                            new Where(where.factor() * 0.5, where.title(), where.lead()), false, w.quoted());
                } else {
                    organisation(words, partStart, k, consumed, where, out);
                    emit(words, placeAt, placeAt + 1, Kind.PLACE, consumed, where, out);
                    consumed[k] = true;
                    partStart = placeAt + 1;
                    k = partStart;
                    continue;
                }
            }
            k++;
        }
        organisation(words, partStart, end, consumed, where, out);
    }

    /** Foreign words and acronyms only, at least one foreign, none a place. */
    private boolean foreignName(List<Word> words, int s, int end) {
        boolean foreign = false;
        for (int k = s; k < end; k++) {
            Word w = words.get(k);
            boolean acronym = w.syllables() == 1 && Clauses.allCaps(w.surface());
            if (isPlace(w) || w.number() || !(foreign(w) || acronym)) return false;
            foreign |= foreign(w);
        }
        return foreign;
    }

    private boolean placeAfterPrefix(List<Word> words, int k, int end) {
        return k + 1 < end && words.get(k).is(PLACE_PREFIX) && isPlace(words.get(k + 1));
    }

    /** Vietnamese given names only: no place, no foreign word ("Tổng thống Pháp Emmanuel Macron" is no short name). */
    private boolean allGivenNames(List<Word> words, int s, int end, boolean[] consumed) {
        for (int k = s; k < end; k++) {
            Word w = words.get(k);
            if (!givenName(w, consumed[k]) || isPlace(w) || foreign(w) || !Syllable.isVietnamese(w.surface())) return false;
        }
        return true;
    }

    private void organisation(List<Word> words, int start, int end, boolean[] consumed, Where where,
                              CandidateCollector out) {
        int s = start;
        int e = end;
        while (s < e && words.get(s).is(ROLE | Lexicon.STOPWORD)) {
            if (words.get(s).is(ROLE)) consumed[s] = true;
            s++;
        }
        while (e > s && words.get(e - 1).is(Lexicon.STOPWORD | CONNECTOR)) {
            e--;
        }
        if (s >= e) return;
        int syllables = 0;
        boolean allGeneric = true;
        // "HĐND tỉnh", "Công an huyện": a kind of body there is in every province
        boolean everywhere = BODIES_EVERYWHERE.contains(KeywordKeys.key(words.get(s).lower()));
        for (int k = s; k < e; k++) {
            syllables += words.get(k).syllables();
            Word w = words.get(k);
            allGeneric &= w.is(GENERIC_ON_ITS_OWN | ROLE | Lexicon.GENERIC);
            everywhere &= k == s || w.is(TRAILING_PLACE);
        }
        allGeneric |= everywhere;
        // a single capitalised word (Đảng, Tỉnh ủy) is not a name: leave it to the phrases; two capitalised
        // syllables are a name the news uses alone ("Công Phượng", "Thần Tài")
        if (allGeneric || syllables < 2 || syllables == 2 && e - s < 2) return;
        Kind kind = isOrganisationHead(words.get(s)) && syllables >= 3 ? Kind.ORGANISATION : Kind.NAME;
        emit(words, s, e, kind, consumed, where, out);
    }

    private void emit(List<Word> words, int s, int e, Kind kind, boolean[] consumed, Where where,
                      CandidateCollector out) {
        StringBuilder b = new StringBuilder();
        int syllables = 0;
        boolean quoted = true;
        for (int k = s; k < e; k++) {
            if (b.length() > 0) b.append(' ');
            b.append(words.get(k).surface());
            syllables += words.get(k).syllables();
            quoted &= words.get(k).quoted();
            consumed[k] = true;
        }
        out.add(b.toString(), kind, syllables, where, false, quoted);
    }

    /** Topical phrases: 1–4 words, 2–6 syllables, between function words and verbs, not led or ended by a generic word. */
    private void phrases(List<Word> words, boolean[] consumed, Where where, CandidateCollector out) {
        int i = 0;
        while (i < words.size()) {
            if (!content(words.get(i), consumed[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < words.size() && content(words.get(j), consumed[j])) j++;
            for (int a = i; a < j; a++) {
                for (int b = a + 1; b <= Math.min(j, a + 4); b++) phrase(words, a, b, where, out);
            }
            i = j;
        }
    }

    /**
     * A word a topical phrase can hold: no function word, and no syllable of a name (a capital that is no word
     * of the lexicon, not at a sentence start).
     */
    private static boolean content(Word w, boolean consumed) {
        return !consumed && !w.number() && !w.is(Lexicon.STOPWORD | Lexicon.BREAK | ROLE)
                && !(w.capital() && !w.tokens().get(0).sentenceStart() && !w.is(Lexicon.DICTIONARY_WORD | Lexicon.CURATED_WORD));
    }

    private void phrase(List<Word> words, int a, int b, Where where, CandidateCollector out) {
        Word first = words.get(a);
        Word last = words.get(b - 1);
        int syllables = 0;
        for (int k = a; k < b; k++) syllables += words.get(k).syllables();
        if (syllables < 2 || syllables > 6) return;
        if (b - a == 1) {
            // one word alone: a real word of the dictionary, and not a general one
            if (!first.is(Lexicon.DICTIONARY_WORD | Lexicon.CURATED_WORD)
                    || first.is(GENERIC_ON_ITS_OWN | Lexicon.GENERIC | GENERIC_AT_EDGE)) {
                return;
            }
        } else if (first.is(GENERIC_AT_EDGE) || last.is(GENERIC_AT_EDGE) || last.is(Lexicon.GENERIC) && last.syllables() == 1) {
            return;
        }
        StringBuilder s = new StringBuilder();
        boolean quoted = true;
        for (int k = a; k < b; k++) {
            if (s.length() > 0) s.append(' ');
            s.append(words.get(k).surface());
            quoted &= words.get(k).quoted();
        }
        boolean lowercase = !first.capital() || first.tokens().get(0).sentenceStart();
        out.add(s.toString(), Kind.PHRASE, syllables, where, lowercase, quoted);
    }
}
