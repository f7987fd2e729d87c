package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.config.Language;
import org.khotin.taxonomy.CandidateFinder.Where;
import org.khotin.text.Fold;
import org.khotin.text.Tones;
import org.khotin.text.Unicode;
import org.khotin.text.VietnameseOrder;

/**
 * Suggests keywords for an article, Vietnamese or English: the one suggester of khotin (the importer's and {@code
 * khotin keywords}'). For Vietnamese, without a word segmenter or a trained model: document references
 * by pattern, capitalised runs of words (organisations, people, places, named places), and noun phrases between
 * function words and verbs, grouped into words by a general dictionary and this project's lists ({@link
 * Lexicon}), merged across spellings (abbreviations the article defines, a person called again by a title and
 * given name), and ranked by weighted frequency (title, lead) and, over an archive, document frequency. One
 * article at a time here; {@link ArchiveKeywords} chooses for a whole archive. Deterministic; one instance can
 * serve many articles and threads (it holds only immutable word lists). English candidates are names and noun
 * phrases ({@link EnglishCandidates}), ranked the same way.
 */
public final class KeywordExtractor {
    /** At most this many suggestions. */
    public static final int MAX = 8;
    /** Below this many, suggestions are kept even when they score low. */
    public static final int MIN = 4;
    /** At most this many organisations, and as many documents, people or places. */
    static final int MAX_PER_KIND = 3;
    /** How much more an occurrence in the title, or in the lead, weighs than one in the body. */
    static final double TITLE = 2.5;
    static final double LEAD = 1.5;
    /** What a phrase of one word scores, as a share of a phrase of several words as long. */
    static final double BROAD = 0.7;
    /** A candidate in the title, and said again, scores this much more. */
    static final double TITLE_BONUS = 1.4;

    /** What a candidate is; kinds weigh differently and some are capped per article. */
    public enum Kind {
        DOCUMENT(3.0), PERSON(2.0), PLACE(2.0), ORGANISATION(2.0), NAMED(1.5), NAME(1.2), PHRASE(1.0);

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

    /**
     * One candidate of an article, with what ranking needs: occurrences ({@code weighted}: each weighted by kind and
     * by title or lead), and whether it is {@code salient} enough to be a keyword on its own account.
     */
    record Candidate(String key, String label, Kind kind, int count, double weighted, boolean inTitle, boolean inLead,
                     int syllables, boolean salient, boolean broad) {
        /**
         * Weighted frequency, damped; a longer phrase or body is a more specific topic ("Ban Thường vụ Tỉnh ủy",
         * not "Tỉnh ủy"), a longer person's name is not, and a phrase of one word ({@code broad}: "đào tạo", "văn
         * hóa") names a field more than a topic.
         */
        double localScore() {
            boolean longerIsNarrower = kind == Kind.PHRASE || kind == Kind.ORGANISATION || kind == Kind.NAMED;
            double specific = longerIsNarrower ? (1 + 0.15 * (Math.min(syllables, 5) - 1)) * (broad ? BROAD : 1) : 1.3;
            // the title says what the article is about
            double title = inTitle ? (count >= 2 ? TITLE_BONUS : (1 + TITLE_BONUS) / 2) : 1;
            return (1 + Math.log(weighted)) * specific * title;
        }
    }

    /** The kinds of document a reference names; a reference starts with one. */
    private static final List<String> DOCUMENT_TYPES = List.of("Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định",
            "Quy định", "Hướng dẫn", "Kế hoạch", "Đề án", "Thông báo", "Nghị định", "Thông tư", "Công văn", "Công điện",
            "nghị quyết", "chỉ thị", "kết luận", "quyết định", "quy định", "hướng dẫn", "kế hoạch", "đề án", "thông báo",
            "nghị định", "thông tư", "công văn", "công điện", "NQ");
    static final Pattern DOCUMENT = Pattern.compile("(?U)\\b(" + String.join("|", DOCUMENT_TYPES) + ")\\s+(?:số\\s+)?"
            + "(\\d+(?:/\\d{4})?[-/][A-ZĐ]{1,5}(?:-[A-ZĐa-z]+)?(?:/[A-ZĐƯa-z0-9]+)?)");
    /** Documents that carry out others (plans, schemes, guidelines, notices, letters). */
    private static final Set<String> IMPLEMENTING = Set.of("Kế hoạch", "Đề án", "Hướng dẫn", "Thông báo", "Công văn",
            "Công điện");
    /** "Nghị quyết 79": a capitalised document type and a bare number, how the news refers to a known document. */
    static final Pattern SHORT_DOCUMENT = Pattern.compile("(?U)\\b(Nghị quyết|Chỉ thị|Kết luận|Nghị định|Thông tư)"
            + "\\s+(?:số\\s+)?(\\d{1,4})(?![\\d.,/-]*\\d|\\p{L})");
    /** What a reference to a plenum starts with, before "Trung ương". */
    private static final List<String> PLENUM_TYPES = List.of("Nghị quyết", "nghị quyết", "NQ", "Hội nghị");
    static final Pattern PLENUM = Pattern.compile("(?U)\\b(" + String.join("|", PLENUM_TYPES) + ")\\s+Trung ương\\s+"
            + "(\\d{1,2})\\s*,?\\s*\\(?\\s*kh(?:óa|oá)\\s+([XVI]+|\\d{1,2})\\b");
    static final String CLAUSE_BREAK_CHARS = Clauses.CLAUSE_BREAK_CHARS;
    static final String SENTENCE_BREAK_CHARS = Clauses.SENTENCE_BREAK_CHARS;
    /** An abbreviation in parentheses right after what it stands for: "nhà ở xã hội (NƠXH)". */
    private static final Pattern DEFINED_ABBREVIATION = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{Lu}\\p{M}]{1,7})\\s*\\)");

    private final Language language;
    private final Lexicon lexicon;
    private final CandidateFinder finder;
    /** Places written with a spaced dash ("Bà Rịa - Vũng Tàu"), which would otherwise end a clause in the middle. */
    private final List<String> dashedPlaces;

    /** For Vietnamese articles. */
    public KeywordExtractor() {
        this(Language.VI);
    }

    /** For articles in {@code language}: candidates are found as its words are written, and ranked alike. */
    public KeywordExtractor(Language language) {
        this.language = language;
        this.lexicon = Lexicon.shared();
        this.finder = new CandidateFinder(lexicon);
        List<String> dashed = new ArrayList<>();
        for (String line : WordLists.lines("place-aliases-vi.txt")) {
            for (String name : line.split("\\|")) if (name.contains(" - ")) dashed.add(name.strip());
        }
        this.dashedPlaces = List.copyOf(dashed);
    }

    /** The suggested keywords' labels, best first. */
    public List<String> suggest(String title, String lead, List<String> paragraphs) {
        return suggest(new ArticleText(title, lead, paragraphs), DocumentFrequencies.NONE);
    }

    public List<String> suggest(ArticleText text, DocumentFrequencies df) {
        return rank(text, df).stream().map(Suggestion::label).toList();
    }

    /** Every candidate's key, for building {@link DocumentFrequencies} over the archive. */
    public Set<String> candidateKeys(ArticleText text) {
        Set<String> keys = new LinkedHashSet<>();
        for (Candidate c : candidates(text)) keys.add(c.key());
        return keys;
    }

    /**
     * Every candidate of the article with its score, best first, whether salient or not: what {@code keywords
     * suggest --explain} prints.
     */
    public List<String> explain(ArticleText text, DocumentFrequencies df) {
        List<Candidate> all = new ArrayList<>(candidates(text));
        all.sort(Comparator.comparingDouble((Candidate c) -> -c.localScore() * df.idf(c.key())).thenComparing(Candidate::key));
        List<String> out = new ArrayList<>();
        for (Candidate c : all) {
            out.add(String.format(Locale.ROOT, "%6.2f  %s  (%s, %d×%s%s%s)", c.localScore() * df.idf(c.key()), c.label(),
                    c.kind().name().toLowerCase(Locale.ROOT), c.count(), c.inTitle() ? ", title" : "",
                    c.inLead() ? ", lead" : "", c.salient() ? "" : ", not salient"));
        }
        return out;
    }

    /** The chosen suggestions with their scores, best first. */
    public List<Suggestion> rank(ArticleText text, DocumentFrequencies df) {
        return rank(text, df, Set.of());
    }

    /**
     * Suggestions for an article of an archive whose articles carry {@code carried} (keyword keys): those score
     * as a keyword other articles chose does when an archive is tagged together ({@link ArchiveKeywords}), so
     * that the article joins the keyword pages the archive has rather than starting new ones.
     */
    public List<String> suggest(ArticleText text, DocumentFrequencies df, Set<String> carried) {
        return rank(text, df, carried).stream().map(Suggestion::label).toList();
    }

    private List<Suggestion> rank(ArticleText text, DocumentFrequencies df, Set<String> carried) {
        List<Candidate> salient = candidates(text).stream().filter(Candidate::salient).toList();
        return choose(salient, Choice.of(c -> c.localScore() * df.idf(c.key())
                * (carried.contains(c.key()) ? ArchiveKeywords.SHARED : 1.0), MIN, MAX, 0.25));
    }

    /**
     * How to choose an article's keywords from its candidates: by {@code score} (ties by key in Vietnamese
     * order), at most {@code max}; after {@code min}, none below {@code cut} × the best score; at most {@code
     * aloneAtMost} of those {@code alone} says no other article shares, and after the first of them none below
     * {@code aloneCut} × the best score.
     */
    record Choice(ToDoubleFunction<Candidate> score, int min, int max, double cut, Predicate<Candidate> alone,
                  int aloneAtMost, double aloneCut) {
        static Choice of(ToDoubleFunction<Candidate> score, int min, int max, double cut) {
            return new Choice(score, min, max, cut, c -> false, max, cut);
        }
    }

    /**
     * The best of {@code candidates} as {@code choice} says (ties: kinds in their order, then keys in Vietnamese
     * order), skipping one whose key contains, or is contained in, a
     * chosen one at word boundaries, and taking at most {@link #MAX_PER_KIND} of each kind other than phrases and
     * names, so that references and organisations leave room for people, places and topics.
     */
    static List<Suggestion> choose(List<Candidate> candidates, Choice choice) {
        record Scored(Candidate candidate, Suggestion suggestion) {}
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            scored.add(new Scored(c, new Suggestion(c.label(), c.key(), c.kind(), c.count(),
                    choice.score().applyAsDouble(c))));
        }
        VietnameseOrder order = new VietnameseOrder();
        // equal scores (a name and a reference, each said once): the more specific kind first, then the key
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.suggestion().score())
                .thenComparing(s -> s.suggestion().kind())
                .thenComparing(s -> s.suggestion().key(), order));
        List<Suggestion> chosen = new ArrayList<>();
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        int alone = 0;
        for (Scored sc : scored) {
            Suggestion s = sc.suggestion();
            if (chosen.size() == choice.max()) break;
            boolean isAlone = choice.alone().test(sc.candidate());
            // a keyword other articles share may stay down to the cut; one no other shares must reach aloneCut
            if (chosen.size() >= choice.min() && s.score() < choice.cut() * chosen.get(0).score()) break;
            if (chosen.size() >= choice.min() && isAlone && s.score() < choice.aloneCut() * chosen.get(0).score()) continue;
            boolean overlaps = chosen.stream().anyMatch(c -> contains(c.key(), s.key()) || contains(s.key(), c.key()));
            boolean capped = s.kind() == Kind.DOCUMENT || s.kind() == Kind.PERSON || s.kind() == Kind.PLACE
                    || s.kind() == Kind.ORGANISATION;
            boolean kindFull = capped && perKind.getOrDefault(s.kind(), 0) >= MAX_PER_KIND;
            boolean aloneOut = isAlone && (alone >= choice.aloneAtMost()
                    || alone > 0 && s.score() < choice.aloneCut() * chosen.get(0).score());
            if (!overlaps && !kindFull && !aloneOut) {
                chosen.add(s);
                perKind.merge(s.kind(), 1, Integer::sum);
                if (isAlone) alone++;
            }
        }
        return chosen;
    }

    static boolean contains(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    /**
     * The abbreviations the article defines, as keys: {@code nhà ở xã hội (NƠXH)} gives {@code nơxh} → {@code nhà ở
     * xã hội}. The syllables before the parenthesis whose first letters spell the abbreviation (marks and case
     * aside) are what it stands for.
     */
    public Map<String, String> abbreviations(ArticleText text) {
        Map<String, String> out = new TreeMap<>();
        for (String segment : segments(text)) {
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
                    String longForm = String.join(" ", Arrays.copyOfRange(before, before.length - n, before.length));
                    out.putIfAbsent(Fold.key(abbr), Fold.key(longForm));
                }
            }
        }
        return out;
    }

    /** A lead longer than this is a whole article written without paragraph breaks. */
    static final int LONGEST_LEAD = 80;
    /** The first sentence end after this many words ends such a lead. */
    static final int SHORTEST_LEAD = 15;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]*\\s+(?=[\\p{Lu}\"“])");

    /**
     * Title, lead and paragraphs. A lead of more than {@link #LONGEST_LEAD} words is an article scraped without
     * paragraph breaks: its first sentences (at least {@link #SHORTEST_LEAD} words) are the lead, the rest body.
     */
    private static List<String> segments(ArticleText text) {
        List<String> segments = new ArrayList<>();
        segments.add(text.title());
        String lead = text.lead();
        String rest = "";
        if (ArchiveKeywords.words(lead) > LONGEST_LEAD) {
            Matcher m = SENTENCE_END.matcher(lead);
            while (m.find()) {
                if (ArchiveKeywords.words(lead.substring(0, m.start())) >= SHORTEST_LEAD) {
                    rest = lead.substring(m.end());
                    lead = lead.substring(0, m.end()).strip();
                    break;
                }
            }
        }
        segments.add(lead);
        if (!rest.isEmpty()) segments.add(rest);
        segments.addAll(text.paragraphs());
        return segments;
    }

    /** Every candidate of the article, merged across spellings, in order of first occurrence. */
    List<Candidate> candidates(ArticleText text) {
        CandidateCollector out = new CandidateCollector(lexicon);
        List<String> segments = segments(text);
        if (language == Language.EN) {
            for (int s = 0; s < segments.size(); s++) {
                Where where = new Where(s == 0 ? TITLE : s == 1 ? LEAD : 1.0, s == 0, s == 1);
                EnglishCandidates.find(Unicode.collapseSpaces(Unicode.nfcPlainSpaces(segments.get(s))), where, out);
            }
            return out.merged(Map.of());
        }
        Map<String, String> abbreviations = abbreviations(text);
        for (int s = 0; s < segments.size(); s++) {
            Where where = new Where(s == 0 ? TITLE : s == 1 ? LEAD : 1.0, s == 0, s == 1);
            String seg = Tones.canonical(Unicode.collapseSpaces(Unicode.nfcPlainSpaces(segments.get(s))));
            for (String dashed : dashedPlaces) {
                if (seg.contains(dashed)) seg = seg.replace(dashed, dashed.replace(" - ", " "));
            }
            if (!seg.isEmpty()) {
                segment(seg, where, abbreviations.keySet(), out);
                if (!abbreviations.isEmpty()) abbreviationsUsed(seg, where, abbreviations, out);
            }
        }
        return out.merged(abbreviations);
    }

    /** Each use of a defined abbreviation on its own ("các dự án NƠXH") counts for what it stands for. */
    private static void abbreviationsUsed(String seg, Where where, Map<String, String> abbreviations, CandidateCollector out) {
        for (int start = Clauses.nextTokenStart(seg, 0); start >= 0; ) {
            int end = Clauses.tokenEnd(seg, start);
            String longForm = abbreviations.get(Fold.key(seg.substring(start, end)));
            boolean defining = start > 0 && seg.charAt(start - 1) == '(';
            if (longForm != null && !defining) out.count(longForm, where);
            start = Clauses.nextTokenStart(seg, end);
        }
    }

    private void segment(String seg, Where where, Set<String> acronyms, CandidateCollector out) {
        boolean[] taken = new boolean[seg.length()];
        documents(seg, where, out, taken);
        for (List<Clauses.Token> clause : Clauses.of(seg, taken, acronyms)) finder.clause(clause, where, out);
    }

    private void documents(String seg, Where where, CandidateCollector out, boolean[] taken) {
        // cheap necessary conditions first: a document number has a digit then '-' or '/'; a plenum says "Trung ương"
        boolean numbered = hasDigitThenDashOrSlash(seg);
        if (numbered || seg.contains("Trung ương")) {
            // sharper ones next: most digits before a dash are dates and ranges, most "Trung ương" is a body's name
            int firstType = numbered && documentNumberPossible(seg) ? firstDocumentType(seg) : -1;
            if (firstType >= 0) {
                // no reference starts before the first type word: the regex need not try every position up to it
                Matcher m = DOCUMENT.matcher(seg);
                for (boolean found = m.find(firstType); found; found = m.find()) {
                    String type = m.group(1).equals("NQ") ? "Nghị quyết" : capitalise(m.group(1));
                    // a plan or a guideline carries out a resolution or a directive: it weighs less
                    Where w = IMPLEMENTING.contains(type) ? new Where(where.factor() * 0.8, where.title(), where.lead()) : where;
                    out.add(type + " " + m.group(2), Kind.DOCUMENT, 3, w, false, false);
                    for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                }
            }
            int plenumStart = firstPlenumStart(seg);
            if (plenumStart >= 0) {
                Matcher p = PLENUM.matcher(seg);
                for (boolean found = p.find(plenumStart); found; found = p.find()) {
                    String type = p.group(1).equalsIgnoreCase("Hội nghị") ? "Hội nghị" : "Nghị quyết";
                    String term = p.group(3).matches("\\d+") ? roman(Integer.parseInt(p.group(3))) : p.group(3);
                    out.add(type + " Trung ương " + p.group(2) + " khóa " + term, Kind.DOCUMENT, 3, where, false, false);
                    for (int i = p.start(); i < p.end(); i++) taken[i] = true;
                }
            }
        }
        if (firstShortDocument(seg) >= 0) {
            Matcher m = SHORT_DOCUMENT.matcher(seg);
            while (m.find()) {
                if (taken[m.start()]) continue;
                out.add(m.group(1) + " " + m.group(2), Kind.DOCUMENT, 3, where, false, false);
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
            }
        }
    }

    private static int firstShortDocument(String seg) {
        int first = -1;
        for (String type : List.of("Nghị quyết", "Chỉ thị", "Kết luận", "Nghị định", "Thông tư")) {
            int at = seg.indexOf(type);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
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

    static boolean anyOnOneLine(String s, String chars) {
        return Clauses.anyOnOneLine(s, chars);
    }

    static int nextTokenStart(String s, int from) {
        return Clauses.nextTokenStart(s, from);
    }

    static int tokenEnd(String s, int start) {
        return Clauses.tokenEnd(s, start);
    }

}
