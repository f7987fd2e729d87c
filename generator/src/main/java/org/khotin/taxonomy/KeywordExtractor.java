package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.text.Fold;
import org.khotin.text.Tones;
import org.khotin.text.Unicode;
import org.khotin.text.VietnameseOrder;

/**
 * Suggests 4–8 keywords for a Vietnamese article without a word segmenter: document references by pattern,
 * capitalised runs of words (organisations, people, places), and noun phrases between stopwords, grouped
 * into words by the shipped compound list and ranked by TF-IDF over the archive. Deterministic; one
 * instance can serve many articles and threads (it holds only immutable word lists).
 */
public final class KeywordExtractor {
    /** At most this many suggestions. */
    public static final int MAX = 8;
    /** Below this many, suggestions are kept even when they score low. */
    public static final int MIN = 4;
    /** At most this many organisations, and as many documents, people or places. */
    static final int MAX_PER_KIND = 3;

    enum Kind {
        DOCUMENT(3.0), PERSON(2.0), PLACE(2.0), ORGANISATION(1.5), PHRASE(1.0);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }

    /** How many articles of the archive each candidate key occurs in; {@link #NONE} when unknown. */
    public record DocumentFrequencies(int documents, Map<String, Integer> counts) {
        public static final DocumentFrequencies NONE = new DocumentFrequencies(0, Map.of());
        static final int PRIOR_DOCUMENTS = 20;

        public DocumentFrequencies {
            counts = Map.copyOf(counts);
        }

        /** Counts from each article's {@link #candidateKeys}. */
        public static DocumentFrequencies of(List<Set<String>> perArticle) {
            Map<String, Integer> counts = new HashMap<>();
            for (Set<String> keys : perArticle) keys.forEach(k -> counts.merge(k, 1, Integer::sum));
            return new DocumentFrequencies(perArticle.size(), counts);
        }

        double idf(String key) {
            if (documents == 0) return 1.0;
            // PRIOR_DOCUMENTS imaginary articles without the key smooth a small archive's idf: in five articles
            // on one topic the topic's own phrase is in all five, yet it is still the article's keyword
            double idf = Math.log((documents + PRIOR_DOCUMENTS + 1.0) / (counts.getOrDefault(key, 0) + 0.5));
            return Math.max(idf, 0.5);
        }

        int df(String key) {
            return counts.getOrDefault(key, 0);
        }
    }

    /** A ranked suggestion, for tests and for explaining the ranking. */
    public record Suggestion(String label, String key, Kind kind, int count, double score) {}

    /** The kinds of document a reference names; a reference starts with one. */
    private static final List<String> DOCUMENT_TYPES = List.of("Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định",
            "Quy định", "Hướng dẫn", "Kế hoạch", "Đề án", "Thông báo", "Nghị định", "Thông tư", "Công văn", "nghị quyết",
            "chỉ thị", "kết luận", "quyết định", "quy định", "hướng dẫn", "kế hoạch", "đề án", "thông báo", "nghị định",
            "thông tư", "công văn", "NQ");
    static final Pattern DOCUMENT = Pattern.compile("(?U)\\b(" + String.join("|", DOCUMENT_TYPES) + ")\\s+(?:số\\s+)?"
            + "(\\d+(?:/\\d{4})?[-/][A-ZĐ]{1,5}(?:-[A-ZĐa-z]+)?(?:/[A-ZĐƯa-z0-9]+)?)");
    /** What a reference to a plenum starts with, before "Trung ương". */
    private static final List<String> PLENUM_TYPES = List.of("Nghị quyết", "nghị quyết", "NQ", "Hội nghị");
    static final Pattern PLENUM = Pattern.compile("(?U)\\b(" + String.join("|", PLENUM_TYPES) + ")\\s+Trung ương\\s+"
            + "(\\d{1,2})\\s*,?\\s*\\(?\\s*kh(?:óa|oá)\\s+([XVI]+|\\d{1,2})\\b");
    // the text between two tokens ends a clause (or a sentence) when it holds one of these; tested for every token
    static final String CLAUSE_BREAK_CHARS = ".!?;:…,()[]\"“”‘’'|–—/•+=*&%#";
    static final String SENTENCE_BREAK_CHARS = ".!?…";

    /** Heads of organisation names: a run that starts with one may bridge "các"/"và" and end in "tỉnh". */
    private static final Set<String> ORGANISATION_HEADS = Set.of("ban", "đảng ủy", "đảng bộ", "ủy ban", "hội đồng",
            "khối", "sở", "văn phòng", "bộ", "mặt trận", "công đoàn", "ban tổ chức", "ban chấp hành", "ban thường vụ",
            "ban bí thư", "bộ chính trị", "chi bộ", "đảng đoàn", "hội", "đoàn", "trường", "báo");
    /** Titles and offices that precede a name or an organisation; stripped from the front of a run. */
    private static final Set<String> ROLES = Set.of("phó", "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "trưởng",
            "trưởng ban", "phó trưởng ban", "ủy viên", "thường trực", "chánh văn phòng", "chánh", "đồng chí", "ông", "bà",
            "giám đốc", "phó giám đốc", "tỉnh ủy viên", "tuv", "uvtv", "trưởng đoàn", "đại biểu", "nguyên", "chủ nhiệm");
    /** Words that never start or end a topical phrase (the heads of report titles, measure words). */
    private static final Set<String> GENERIC_EDGE = Set.of("công tác", "kết quả", "nhiệm vụ", "hội nghị", "tổng kết",
            "ngành", "cấp", "tỉnh", "huyện", "xã", "toàn", "vấn đề", "nội dung", "chất lượng", "hoạt động", "tình hình",
            "giải pháp", "yêu cầu", "trọng tâm", "phương hướng", "hạn chế", "khó khăn", "vướng mắc", "thành tích",
            "xuất sắc", "bước", "tiến độ", "ý kiến", "trách nhiệm", "tinh thần", "văn bản", "đề xuất", "kịp thời",
            "tập thể", "cá nhân", "mô hình", "mục tiêu", "ý nghĩa", "đối tượng", "lớp", "học viên", "thực tế", "cao",
            "mới", "địa phương", "cơ quan", "đơn vị", "chức năng", "cụ thể hóa", "thẩm quyền", "năng lực", "hiệu lực");
    /** Words that are too general to be a keyword alone, though they may be part of one. */
    private static final Set<String> GENERIC_ALONE = union(GENERIC_EDGE, Set.of("tổ chức", "xây dựng", "cán bộ",
            "đảng viên", "chính trị", "quản lý", "nghị quyết", "kế hoạch", "chương trình", "quy định", "chỉ thị",
            "kết luận", "hệ thống", "đề án", "chính sách", "tỉnh ủy", "trung ương", "đảng", "cơ sở", "lãnh đạo",
            "chỉ đạo", "ban", "thường trực", "đại hội", "nhân sự", "bộ máy", "doanh nghiệp", "công chức", "cấp ủy"));
    private static final Set<String> SURNAMES = Set.of("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ",
            "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "mai", "lưu", "tống", "đinh", "trương", "lâm", "đoàn",
            "phùng", "tạ", "cao", "châu", "hà", "lục", "quách", "thái", "tô", "triệu", "vương", "kiều", "đào", "lương",
            "trịnh", "văn", "chu", "la", "từ", "khổng", "mạc", "thân", "hứa", "giang", "kim", "doãn", "âu");
    private static final Set<String> CONNECTORS = Set.of("các", "và");
    private static final Set<String> TRAILING_PLACES = Set.of("tỉnh", "huyện", "thành phố", "xã", "quận");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private final Set<String> stopwords;
    private final Set<String> places;
    private final Set<String> lexicon;
    private final int longest;
    /** First syllable of a lexicon entry → the most syllables an entry starting with it has. */
    private final Map<String, Integer> longestFrom;

    public KeywordExtractor() {
        this.stopwords = WordLists.vietnameseStopwords();
        this.places = WordLists.places();
        Set<String> lex = new HashSet<>(WordLists.compounds());
        lex.addAll(places);
        stopwords.stream().filter(s -> s.contains(" ")).forEach(lex::add);
        this.lexicon = Set.copyOf(lex);
        this.longest = lex.stream().mapToInt(s -> s.split(" ").length).max().orElse(1);
        Map<String, Integer> from = new HashMap<>();
        for (String entry : lex) from.merge(entry.split(" ")[0], entry.split(" ").length, Math::max);
        this.longestFrom = Map.copyOf(from);
    }

    /** The suggested keywords' labels, best first. */
    public List<String> suggest(String title, String lead, List<String> paragraphs) {
        return suggest(new ArticleText(title, lead, paragraphs), DocumentFrequencies.NONE);
    }

    public List<String> suggest(ArticleText text, DocumentFrequencies df) {
        return rank(text, df).stream().map(Suggestion::label).toList();
    }

    /** An abbreviation in parentheses right after what it stands for: "nhà ở xã hội (NƠXH)". */
    private static final Pattern DEFINED_ABBREVIATION = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{Lu}\\p{M}]{1,7})\\s*\\)");

    /**
     * The abbreviations the article defines, as keys: {@code nhà ở xã hội (NƠXH)} gives {@code nơxh} → {@code nhà ở
     * xã hội}. The syllables before the parenthesis whose first letters spell the abbreviation (marks and case
     * aside) are what it stands for.
     */
    public Map<String, String> abbreviations(ArticleText text) {
        Map<String, String> out = new TreeMap<>();
        List<String> segments = new ArrayList<>();
        segments.add(text.title());
        segments.add(text.lead());
        segments.addAll(text.paragraphs());
        for (String segment : segments) {
            if (segment.indexOf('(') < 0) continue;
            String seg = Tones.canonical(Unicode.nfcPlainSpaces(segment));
            Matcher m = DEFINED_ABBREVIATION.matcher(seg);
            while (m.find()) {
                String abbr = m.group(1);
                String initials = Fold.fold(abbr);
                String[] before = seg.substring(0, m.start()).strip().split("\\s+");
                int n = initials.length();
                if (before.length < n) continue;
                StringBuilder firsts = new StringBuilder();
                for (int i = before.length - n; i < before.length; i++) {
                    String syllable = Fold.fold(before[i]);
                    if (syllable.isEmpty() || !Character.isLetter(syllable.charAt(0))) break;
                    firsts.append(syllable.charAt(0));
                }
                if (firsts.toString().equals(initials)) {
                    String longForm = String.join(" ", java.util.Arrays.copyOfRange(before, before.length - n, before.length));
                    out.putIfAbsent(Fold.key(abbr), Fold.key(longForm));
                }
            }
        }
        return out;
    }

    /** Every candidate's key, for building {@link DocumentFrequencies} over the archive. */
    public Set<String> candidateKeys(ArticleText text) {
        return new LinkedHashSet<>(candidates(text).keySet());
    }

    /** The chosen suggestions with their scores, best first. */
    public List<Suggestion> rank(ArticleText text, DocumentFrequencies df) {
        Map<String, Candidate> candidates = candidates(text);
        List<Suggestion> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            // references, full names and places are specific enough to keep when they occur once
            boolean exempt = c.kind == Kind.DOCUMENT || c.kind == Kind.PLACE || (c.kind == Kind.PERSON && c.syllables >= 3)
                    || c.inTitle;
            if (c.count < 2 && !exempt && df.df(c.key) < 2) continue;
            double score = (1 + Math.log(c.weighted)) * df.idf(c.key) * (1 + 0.15 * (Math.min(c.syllables, 6) - 1));
            scored.add(new Suggestion(c.label(), c.key, c.kind, c.count, score));
        }
        VietnameseOrder order = new VietnameseOrder();
        scored.sort(Comparator.comparingDouble((Suggestion s) -> -s.score()).thenComparing(Suggestion::key, order));
        List<Suggestion> chosen = new ArrayList<>();
        Map<Kind, Integer> perKind = new java.util.EnumMap<>(Kind.class);
        for (Suggestion s : scored) {
            if (chosen.size() == MAX) break;
            if (chosen.size() >= MIN && s.score() < 0.25 * chosen.get(0).score()) break;
            boolean overlaps = chosen.stream().anyMatch(c -> contains(c.key(), s.key()) || contains(s.key(), c.key()));
            // an article's keywords should cover its facets: a few bodies and documents, then people, places, topics
            boolean kindFull = s.kind() != Kind.PHRASE && perKind.getOrDefault(s.kind(), 0) >= MAX_PER_KIND;
            if (!overlaps && !kindFull) {
                chosen.add(s);
                perKind.merge(s.kind(), 1, Integer::sum);
            }
        }
        return chosen;
    }

    private static boolean contains(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    /** One candidate keyword, with its occurrences. */
    private static final class Candidate {
        final String key;
        final Kind kind;
        final int syllables;
        final Map<String, Integer> surfaces = new TreeMap<>();
        int count;
        double weighted;
        boolean inTitle;
        boolean lowercaseSeen;

        Candidate(String key, Kind kind, int syllables) {
            this.key = key;
            this.kind = kind;
            this.syllables = syllables;
        }

        /** The spelling seen most often, preferring written-out names to abbreviations. */
        String label() {
            String best = surfaces.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -abbreviations(e.getKey()))
                            .thenComparingInt(Map.Entry::getValue)
                            .thenComparing(e -> e.getKey().codePoints().filter(Character::isUpperCase).count())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            best = KeywordKeys.spellOut(best);
            if (kind == Kind.PHRASE && lowercaseSeen && !best.isEmpty()) {
                best = best.substring(0, 1).toLowerCase(Locale.ROOT) + best.substring(1);
            }
            return best;
        }

        private static int abbreviations(String s) {
            int n = 0;
            for (String t : s.split(" ")) if (KeywordKeys.isAbbreviation(t)) n++;
            return n;
        }
    }

    private Map<String, Candidate> candidates(ArticleText text) {
        Collector out = new Collector();
        List<String> segments = new ArrayList<>();
        segments.add(text.title());
        segments.add(text.lead());
        segments.addAll(text.paragraphs());
        for (int s = 0; s < segments.size(); s++) {
            double factor = s == 0 ? 2.0 : s == 1 ? 1.5 : 1.0;
            String seg = Tones.canonical(Unicode.collapseSpaces(Unicode.nfcPlainSpaces(segments.get(s))));
            if (!seg.isEmpty()) segment(seg, factor, s == 0, out);
        }
        return out.candidates;
    }

    /** The candidates found so far; a phrase recurs in an article, so each spelling's key is computed once. */
    private static final class Collector {
        final Map<String, Candidate> candidates = new LinkedHashMap<>();
        private final Map<String, String> keys = new HashMap<>();

        void add(String surface, Kind kind, int syllables, double factor, boolean title, boolean lowercase) {
            String key = keys.computeIfAbsent(surface, KeywordKeys::key);
            if (key.isEmpty()) return;
            Candidate c = candidates.computeIfAbsent(key, k -> new Candidate(k, kind, syllables));
            c.surfaces.merge(surface, 1, Integer::sum);
            c.count++;
            c.weighted += kind.weight * factor;
            c.inTitle |= title;
            c.lowercaseSeen |= lowercase;
        }
    }

    /** One token: a syllable (or number) with where it is. */
    private record Token(String surface, String lower, int start, int end, boolean capital, boolean number,
                         boolean sentenceStart) {}

    /** A word: one or more tokens the lexicon groups; {@code lower} is its lexicon form, {@code surface} as written. */
    private record Word(List<Token> tokens, String lower, String surface) {
        /** Phrases repeat a word's surface many times: it is joined once. */
        static Word of(List<Token> tokens, String lower) {
            if (tokens.size() == 1) return new Word(tokens, lower, tokens.get(0).surface());
            StringBuilder b = new StringBuilder();
            for (Token t : tokens) {
                if (b.length() > 0) b.append(' ');
                b.append(t.surface());
            }
            return new Word(tokens, lower, b.toString());
        }

        boolean capital() {
            return tokens.get(0).capital();
        }

        int syllables() {
            return tokens.size();
        }
    }

    private void segment(String seg, double factor, boolean title, Collector out) {
        boolean[] taken = new boolean[seg.length()];
        documents(seg, factor, title, out, taken);
        List<List<Token>> clauses = clauses(seg, taken);
        for (List<Token> clause : clauses) {
            List<Word> words = group(clause);
            boolean[] consumed = new boolean[words.size()];
            properRuns(words, consumed, factor, title, out);
            phrases(words, consumed, factor, title, out);
        }
    }

    private void documents(String seg, double factor, boolean title, Collector out, boolean[] taken) {
        // cheap necessary conditions first: a document number has a digit then '-' or '/'; a plenum says "Trung ương"
        if (!hasDigitThenDashOrSlash(seg) && !seg.contains("Trung ương")) return;
        // sharper ones next: most digits before a dash are dates and ranges, most "Trung ương" is a body's name
        int firstType = documentNumberPossible(seg) ? firstDocumentType(seg) : -1;
        if (firstType >= 0) {
            // no reference starts before the first type word: the regex need not try every position up to it
            Matcher m = DOCUMENT.matcher(seg);
            for (boolean found = m.find(firstType); found; found = m.find()) {
                String type = m.group(1).equals("NQ") ? "Nghị quyết" : capitalise(m.group(1));
                out.add(type + " " + m.group(2), Kind.DOCUMENT, 3, factor, title, false);
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
            }
        }
        int plenumStart = firstPlenumStart(seg);
        if (plenumStart >= 0) {
            Matcher p = PLENUM.matcher(seg);
            for (boolean found = p.find(plenumStart); found; found = p.find()) {
                String type = p.group(1).equalsIgnoreCase("Hội nghị") ? "Hội nghị" : "Nghị quyết";
                String term = p.group(3).matches("\\d+") ? roman(Integer.parseInt(p.group(3))) : p.group(3);
                out.add(type + " Trung ương " + p.group(2) + " khóa " + term, Kind.DOCUMENT, 3, factor, title, false);
                for (int i = p.start(); i < p.end(); i++) taken[i] = true;
            }
        }
    }

    private static boolean hasDigitThenDashOrSlash(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '-' || c == '/') && Character.isDigit(s.charAt(i - 1))) return true;
        }
        return false;
    }

    /** A necessary condition for {@link #DOCUMENT}: a digit, '-' or '/', then a capital A–Z or Đ. */
    static boolean documentNumberPossible(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '-' || c == '/') && Character.isDigit(s.codePointBefore(i)) && isDocumentCapital(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Where the first of {@link #DOCUMENT_TYPES} occurs, or -1. */
    static int firstDocumentType(String s) {
        int first = -1;
        for (String type : DOCUMENT_TYPES) {
            int at = s.indexOf(type);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }

    private static boolean isDocumentCapital(char c) {
        return (c >= 'A' && c <= 'Z') || c == 'Đ';
    }

    /**
     * Where the first reference to a plenum can start, or -1: at one of {@link #PLENUM_TYPES}, white space,
     * "Trung ương", white space and a digit (so "Ban Tổ chức Trung ương" is passed over without the regex).
     */
    static int firstPlenumStart(String s) {
        String centre = "Trung ương";
        int first = -1;
        for (int at = s.indexOf(centre); at >= 0; at = s.indexOf(centre, at + 1)) {
            int after = at + centre.length();
            int digit = after;
            while (digit < s.length() && isAnyWhiteSpace(s.charAt(digit))) digit++;
            if (digit == after || digit == s.length() || !Character.isDigit(s.codePointAt(digit))) continue;
            int typeEnd = at;
            while (typeEnd > 0 && isAnyWhiteSpace(s.charAt(typeEnd - 1))) typeEnd--;
            if (typeEnd == at) continue;
            for (String type : PLENUM_TYPES) {
                int start = typeEnd - type.length();
                if (s.startsWith(type, start) && (first < 0 || start < first)) first = start;
            }
        }
        return first;
    }

    /** Every character a Unicode-mode {@code \\s} matches, and some more. */
    private static boolean isAnyWhiteSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String roman(int n) {
        String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
                "XVI", "XVII", "XVIII", "XIX", "XX"};
        return n < r.length ? r[n] : Integer.toString(n);
    }

    /**
     * Tokens in clauses: punctuation, dashes between spaces and document references end a clause. Runs of three
     * or more ALL-CAPS tokens (subheads, kickers) are lowercased and lose their capitals.
     */
    private List<List<Token>> clauses(String seg, boolean[] taken) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int last = 0;
        boolean sentenceStart = true;
        List<Token> all = new ArrayList<>();
        List<Integer> breaksBefore = new ArrayList<>();
        for (int start = nextTokenStart(seg, 0); start >= 0; start = nextTokenStart(seg, last)) {
            int end = tokenEnd(seg, start);
            boolean brk = last == 0 || anyOnOneLine(seg, last, start, CLAUSE_BREAK_CHARS) || hasSpacedDash(seg, last, start);
            boolean docBreak = false;
            for (int i = last; i < start; i++) docBreak |= taken[i];
            if (taken[start]) {
                last = end;
                breaksBefore.add(-1);
                all.add(null);
                continue;
            }
            if (anyOnOneLine(seg, last, start, SENTENCE_BREAK_CHARS)) sentenceStart = true;
            String s = seg.substring(start, end);
            boolean number = Character.isDigit(s.charAt(0));
            boolean capital = !number && Character.isUpperCase(s.codePointAt(0));
            all.add(new Token(s, s.toLowerCase(Locale.ROOT), start, end, capital, number, sentenceStart));
            breaksBefore.add(brk || docBreak ? 1 : 0);
            sentenceStart = false;
            last = end;
        }
        // ALL-CAPS runs
        for (int i = 0; i < all.size(); ) {
            int j = i;
            while (j < all.size() && all.get(j) != null && allCaps(all.get(j).surface())) j++;
            if (j - i >= 3) {
                for (int k = i; k < j; k++) {
                    Token t = all.get(k);
                    all.set(k, new Token(t.lower(), t.lower(), t.start(), t.end(), false, false, t.sentenceStart()));
                }
            }
            i = Math.max(j, i + 1);
        }
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            if (t == null || breaksBefore.get(i) != 0) {
                if (!current.isEmpty()) out.add(current);
                current = new ArrayList<>();
            }
            if (t != null) current.add(t);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /**
     * Where the next token starts at or after {@code from}, or -1: a token is what {@code TOKEN} in the tests
     * matches, a run of letters and marks joined by single hyphens, or of digits joined by . , / or -. A loop
     * rather than a regex, as every paragraph of every import is tokenised.
     */
    static int nextTokenStart(String s, int from) {
        for (int i = from; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            if (Unicode.isLetterOrMark(c) || Character.isDigit(c)) return i;
        }
        return -1;
    }

    /** The end of the token that starts at {@code start} (see {@link #nextTokenStart}). */
    static int tokenEnd(String s, int start) {
        boolean word = Unicode.isLetterOrMark(s.codePointAt(start));
        int end = runEnd(s, start, word);
        // a joiner continues the token only when the next character starts another run
        while (end + 1 < s.length() && (word ? s.charAt(end) == '-' : ".,/-".indexOf(s.charAt(end)) >= 0)) {
            int next = runEnd(s, end + 1, word);
            if (next == end + 1) break;
            end = next;
        }
        return end;
    }

    /** The end of the run of letters and marks ({@code word}) or of digits from {@code i}. */
    private static int runEnd(String s, int i, boolean word) {
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (word ? !Unicode.isLetterOrMark(c) : !Character.isDigit(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }


    private static boolean hasSpacedDash(String s, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (s.charAt(i) == ' ' && s.charAt(i + 1) == '-' && s.charAt(i + 2) == ' ') return true;
        }
        return false;
    }

    /**
     * Whether {@code s} holds one of {@code chars} and no line end: what {@code s.matches(".*[chars].*")} says
     * (a regex '.' stops at line ends), without a regex per token.
     */
    static boolean anyOnOneLine(String s, String chars) {
        return anyOnOneLine(s, 0, s.length(), chars);
    }

    /** {@link #anyOnOneLine(String, String)} for {@code s.substring(from, to)}, without making the substring. */
    private static boolean anyOnOneLine(String s, int from, int to, String chars) {
        boolean found = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
            found |= chars.indexOf(c) >= 0;
        }
        return found;
    }

    private static boolean allCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letters >= 1;
    }

    /** Greedy longest match of the clause's lowercase syllables against the lexicon. */
    private List<Word> group(List<Token> clause) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < clause.size()) {
            int len = 1;
            String lower = clause.get(i).lower();
            if (!clause.get(i).number()) {
                // most syllables start no lexicon entry: only lengths some entry from this syllable has are tried
                int max = Math.min(longestFrom.getOrDefault(clause.get(i).lower(), 1), clause.size() - i);
                if (max >= 2) {
                    // the syllables joined once (up to a number, which no entry holds); each length is a prefix
                    StringBuilder joined = new StringBuilder(lower);
                    int[] ends = new int[max + 1];
                    ends[1] = joined.length();
                    int reach = 1;
                    while (reach < max && !clause.get(i + reach).number()) {
                        joined.append(' ').append(clause.get(i + reach).lower());
                        ends[++reach] = joined.length();
                    }
                    String text = joined.toString();
                    for (int n = reach; n >= 2; n--) {
                        String candidate = text.substring(0, ends[n]);
                        if (lexicon.contains(candidate)) {
                            len = n;
                            lower = candidate;
                            break;
                        }
                    }
                }
            }
            words.add(Word.of(List.copyOf(clause.subList(i, i + len)), lower));
            i += len;
        }
        return words;
    }

    private boolean isOrganisationHead(Word w) {
        return ORGANISATION_HEADS.contains(w.lower()) || KeywordKeys.isAbbreviation(w.lower());
    }

    private boolean startsName(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.syllables() != 1 || !w.capital() || !SURNAMES.contains(w.lower())) return false;
        int n = 0;
        for (int k = i + 1; k < words.size() && n < 3; k++) {
            Word next = words.get(k);
            if (next.syllables() != 1 || !next.capital() || next.tokens().get(0).number()) break;
            n++;
        }
        return n >= 1;
    }

    /** Capitalised runs: organisations kept whole, people and places split off and found on their own. */
    private void properRuns(List<Word> words, boolean[] consumed, double factor, boolean title, Collector out) {
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).capital()) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            boolean organisation = isOrganisationHead(words.get(start))
                    || (start + 1 < words.size() && ROLES.contains(words.get(start).lower()));
            while (end < words.size()) {
                Word w = words.get(end);
                if (w.capital() && !w.tokens().get(0).number()) {
                    end++;
                } else if (organisation && CONNECTORS.contains(w.lower()) && end + 1 < words.size()
                        && words.get(end + 1).capital()) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (organisation && end < words.size() && TRAILING_PLACES.contains(words.get(end).lower())
                    && end - start >= 2) {
                end++;
            }
            run(words, start, end, consumed, factor, title, out);
            i = end;
        }
    }

    private void run(List<Word> words, int start, int end, boolean[] consumed, double factor, boolean title,
                     Collector out) {
        int s = start;
        // a capital that only starts the sentence is no sign of a name
        if (words.get(s).tokens().get(0).sentenceStart() && !isOrganisationHead(words.get(s))
                && !places.contains(words.get(s).lower()) && !startsName(words, s)) {
            s++;
        }
        while (s < end && (stopwords.contains(words.get(s).lower()) || ROLES.contains(words.get(s).lower()))) {
            if (ROLES.contains(words.get(s).lower())) consumed[s] = true;
            s++;
        }
        // split off people and places; what is between them is an organisation or an office
        int partStart = s;
        int k = s;
        while (k < end) {
            if (startsName(words, k)) {
                int nameEnd = k + 1;
                while (nameEnd < end && nameEnd - k < 4 && words.get(nameEnd).syllables() == 1
                        && !places.contains(words.get(nameEnd).lower())) {
                    nameEnd++;
                }
                if (nameEnd - k >= 2) {
                    organisation(words, partStart, k, consumed, factor, title, out);
                    emit(words, k, nameEnd, Kind.PERSON, consumed, factor, title, out);
                    partStart = nameEnd;
                    k = nameEnd;
                    continue;
                }
            }
            if (places.contains(words.get(k).lower()) && words.get(k).capital()) {
                boolean ownsPlace = k > partStart && isOrganisationHead(words.get(partStart))
                        && !words.get(k - 1).lower().equals("tỉnh ủy") && !words.get(k - 1).lower().equals("thành ủy");
                if (!ownsPlace) {
                    organisation(words, partStart, k, consumed, factor, title, out);
                    emit(words, k, k + 1, Kind.PLACE, consumed, factor, title, out);
                    partStart = k + 1;
                }
            }
            k++;
        }
        organisation(words, partStart, end, consumed, factor, title, out);
    }

    private void organisation(List<Word> words, int start, int end, boolean[] consumed, double factor, boolean title,
                              Collector out) {
        int s = start;
        int e = end;
        while (s < e && (ROLES.contains(words.get(s).lower()) || stopwords.contains(words.get(s).lower()))) {
            if (ROLES.contains(words.get(s).lower())) consumed[s] = true;
            s++;
        }
        while (e > s && (stopwords.contains(words.get(e - 1).lower()) || CONNECTORS.contains(words.get(e - 1).lower()))) e--;
        if (s >= e) return;
        int syllables = 0;
        boolean allGeneric = true;
        for (int k = s; k < e; k++) {
            syllables += words.get(k).syllables();
            allGeneric &= GENERIC_ALONE.contains(words.get(k).lower()) || ROLES.contains(words.get(k).lower());
        }
        boolean whole = (e - s >= 2 && syllables >= 3) || (e - s == 1 && syllables >= 3);
        if (!whole || allGeneric) {
            // a single capitalised word (Đảng, Tỉnh ủy) is not a name: leave it to the phrases
            return;
        }
        emit(words, s, e, Kind.ORGANISATION, consumed, factor, title, out);
    }

    private void emit(List<Word> words, int s, int e, Kind kind, boolean[] consumed, double factor, boolean title,
                      Collector out) {
        StringBuilder b = new StringBuilder();
        int syllables = 0;
        for (int k = s; k < e; k++) {
            if (b.length() > 0) b.append(' ');
            b.append(words.get(k).surface());
            syllables += words.get(k).syllables();
            consumed[k] = true;
        }
        out.add(b.toString(), kind, syllables, factor, title, false);
    }

    /** Topical phrases: 1–4 words, 2–6 syllables, between stopwords, not led or ended by a generic word. */
    private void phrases(List<Word> words, boolean[] consumed, double factor, boolean title, Collector out) {
        int i = 0;
        while (i < words.size()) {
            if (!content(words.get(i), consumed[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < words.size() && content(words.get(j), consumed[j])) j++;
            for (int a = i; a < j; a++) {
                for (int b = a + 1; b <= Math.min(j, a + 4); b++) {
                    phrase(words, a, b, factor, title, out);
                }
            }
            i = j;
        }
    }

    private boolean content(Word w, boolean consumed) {
        return !consumed && !w.tokens().get(0).number() && !stopwords.contains(w.lower()) && !ROLES.contains(w.lower());
    }

    private void phrase(List<Word> words, int a, int b, double factor, boolean title, Collector out) {
        Word first = words.get(a);
        Word last = words.get(b - 1);
        if (b - a > 1 && (GENERIC_EDGE.contains(first.lower()) || GENERIC_EDGE.contains(last.lower()))) return;
        int syllables = 0;
        for (int k = a; k < b; k++) syllables += words.get(k).syllables();
        if (syllables < 2 || syllables > 6) return;
        if (b - a == 1 && (syllables < 3 || GENERIC_ALONE.contains(first.lower()))) return;
        // a lone syllable at either end is usually a verb or a measure word, not part of the topic
        if (first.syllables() == 1 && !lexicon.contains(first.lower())) return;
        if (last.syllables() == 1 && b - a > 1 && !last.lower().equals("đảng") && !last.lower().equals("nữ")
                && !last.lower().equals("trẻ")) {
            return;
        }
        StringBuilder s = new StringBuilder();
        for (int k = a; k < b; k++) {
            if (s.length() > 0) s.append(' ');
            s.append(words.get(k).surface());
        }
        boolean lowercase = !first.capital();
        out.add(s.toString(), Kind.PHRASE, syllables, factor, title, lowercase);
    }
}
