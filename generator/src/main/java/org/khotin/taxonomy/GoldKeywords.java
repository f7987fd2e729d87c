package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.Fold;
import org.khotin.text.Unicode;

/**
 * A newsroom's keywords per article, to measure suggestions against: one article a line, {@code id}, a tab,
 * then its keywords separated by {@code |} (or {@code ;}, which some newsrooms use inside one field); {@code #}
 * starts a comment line. The id is the article file's name without its extension.
 *
 * <p>A suggestion matches a gold keyword <em>strictly</em> when both are the same after {@link #normal} (case,
 * tone placement, abbreviations written out), or when it is the gold keyword's {@link #head} phrase; it matches
 * <em>loosely</em> when, in addition, one of the two holds the other as whole words and the shorter has two
 * syllables at least ({@code Tô Lâm} in {@code Tổng Bí thư Tô Lâm}).
 */
public final class GoldKeywords {
    private final Map<String, List<String>> byId;

    private GoldKeywords(Map<String, List<String>> byId) {
        this.byId = byId;
    }

    public static GoldKeywords of(Map<String, List<String>> byId) {
        return new GoldKeywords(new LinkedHashMap<>(byId));
    }

    /** Reads the gold file's text; malformed lines are reported with their position and skipped. */
    public static GoldKeywords parse(String text, String file, Problems problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String[] lines = Unicode.nfc(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int tab = lines[i].indexOf('\t');
            if (tab <= 0) {
                problems.add(Problem.error(new SourcePos(file, i + 1, 1), "a gold line is 'id<TAB>keyword|keyword…'",
                        "separate the article id from its keywords with a tab"));
                continue;
            }
            String id = lines[i].substring(0, tab).strip();
            List<String> keywords = new ArrayList<>();
            for (String k : lines[i].substring(tab + 1).split("[|;]")) {
                String label = Unicode.collapseSpaces(k.strip());
                if (!label.isEmpty()) keywords.add(label);
            }
            out.put(id, List.copyOf(keywords));
        }
        return new GoldKeywords(out);
    }

    public Optional<List<String>> forArticle(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** How a suggestion compares with an article's gold keywords. */
    public enum Match { STRICT, LOOSE, NONE }

    private static final Map<String, String> EXTRA_ABBREVIATIONS = Map.of(
            "tphcm", "thành phố hồ chí minh", "tp.hcm", "thành phố hồ chí minh", "tp hcm", "thành phố hồ chí minh",
            "hcm", "hồ chí minh", "tp", "thành phố", "csgt", "cảnh sát giao thông", "dnnn", "doanh nghiệp nhà nước");

    /**
     * A keyword's comparable form: {@link KeywordKeys#key} (NFC, canonical tones, lowercase, the party and state
     * abbreviations written out), trailing punctuation dropped, and a few abbreviations newsrooms use for places and
     * bodies written out ({@code TPHCM}, {@code TP HCM} = {@code thành phố Hồ Chí Minh}), plus those the article
     * itself defines.
     */
    public static String normal(String label, Map<String, String> articleAbbreviations) {
        String key = KeywordKeys.key(label.replaceAll("[\\p{P}&&[^-/&]]+$", ""));
        if (key.isEmpty()) return key;
        // "Ông Đỗ Vinh Quang" is Đỗ Vinh Quang
        if (key.startsWith("ông ") || key.startsWith("bà ")) key = key.substring(key.indexOf(' ') + 1);
        String spaced = " " + key + " ";
        for (Map.Entry<String, String> e : EXTRA_ABBREVIATIONS.entrySet()) {
            spaced = spaced.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        for (Map.Entry<String, String> e : articleAbbreviations.entrySet()) {
            spaced = spaced.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        String out = spaced.strip().replace("thành phố hồ chí minh", "hồ chí minh");
        // "Nghị quyết 79-NQ/TW" is written "Nghị quyết 79" once the news has named it
        return DOCUMENT_CODE.matcher(out).replaceAll("$1");
    }

    private static final java.util.regex.Pattern DOCUMENT_CODE = java.util.regex.Pattern.compile(
            "\\b((?:nghị quyết|chỉ thị|kết luận|nghị định|thông tư|quyết định) \\d+)[-/][\\p{L}\\d/.-]+");

    private static final Set<String> DOCUMENT_TYPES = Set.of("nghị quyết", "chỉ thị", "kết luận", "nghị định", "thông tư",
            "quyết định", "quy định");
    /** Prepositions before a place that ends a gold keyword ("bầu cử sớm ở TPHCM"). */
    private static final Set<String> LOCATIVES = Set.of("ở", "tại", "của");

    /**
     * The gold keyword's head phrase: what remains when the proper name, place or number that qualifies it at the
     * end is taken away (Vietnamese noun phrases put the head first): {@code công tác cán bộ Cao Bằng} → {@code
     * công tác cán bộ}, {@code bầu cử sớm ở TPHCM} → {@code bầu cử sớm}, {@code Ban Tổ chức Tỉnh ủy Lai Châu} →
     * {@code Ban Tổ chức Tỉnh ủy}. Empty when nothing of two syllables would remain.
     */
    public static String head(String label, Set<String> places) {
        String[] words = Unicode.collapseSpaces(label.strip()).split(" ");
        int end = words.length;
        // numbers and dates at the end: "nhân sự mới Cao Bằng 2026", "dự báo thời tiết 26/2"; not a document's
        // number ("Nghị quyết 79" is that resolution, not any)
        while (end > 0 && Character.isDigit(words[end - 1].codePointAt(0)) && !(end >= 3
                && DOCUMENT_TYPES.contains(Fold.key(words[end - 3] + " " + words[end - 2])))) {
            end--;
        }
        int beforeNumbers = end;
        // a known place at the end, however written
        for (int n = Math.min(4, end - 1); n >= 1; n--) {
            String tail = Fold.key(String.join(" ", java.util.Arrays.copyOfRange(words, end - n, end)));
            if (places.contains(tail)) {
                end -= n;
                break;
            }
        }
        if (end == beforeNumbers) {
            // otherwise a capitalised run that ends a phrase whose head is written in lowercase
            int k = end;
            while (k > 0 && isCapitalised(words[k - 1])) k--;
            boolean lowercaseHead = k > 0 && !isCapitalised(words[0]);
            if (lowercaseHead && k < end) end = k;
        }
        while (end > 0 && LOCATIVES.contains(Fold.key(words[end - 1]))) end--;
        if (end == words.length || end < 2) return "";
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
    }

    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    /** How {@code suggestion} compares with the keywords of {@code gold}. */
    public static Match match(String suggestion, List<String> gold, Set<String> places, Map<String, String> abbreviations) {
        String s = normal(suggestion, abbreviations);
        if (s.isEmpty()) return Match.NONE;
        Match best = Match.NONE;
        for (String g : gold) {
            String key = normal(g, abbreviations);
            String head = head(g, places);
            if (s.equals(key) || (!head.isEmpty() && s.equals(normal(head, abbreviations)))) return Match.STRICT;
            if (containsWords(key, s) && specific(s, places) || containsWords(s, key) && specific(key, places)) {
                best = Match.LOOSE;
            }
        }
        return best;
    }

    private static boolean containsWords(String longer, String shorter) {
        return !shorter.isEmpty() && (" " + longer + " ").contains(" " + shorter + " ");
    }

    /** Specific enough to count inside a longer keyword: two syllables or more, a place, or a foreign name. */
    private static boolean specific(String key, Set<String> places) {
        return key.indexOf(' ') > 0 || places.contains(key) || key.length() >= 4 && !org.khotin.text.Syllable.isVietnamese(key);
    }
}
