package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.text.Fold;
import org.khotin.text.VietnameseOrder;

/**
 * What an editor of a large archive needs to curate its keywords without opening articles: the keywords
 * without a glossary entry by use, likely variants of one keyword (with the {@code --merge} that would
 * join them), keywords on one article only, and keywords that look like extraction mistakes. Every list is
 * in a fixed order, so two reviews of the same archive read the same.
 */
public final class KeywordReview {
    /** How a variant was recognised; the text is what the listing says. */
    public enum Why {
        SAME_LETTERS("the same letters without marks and punctuation"),
        REPEATED_LETTER("the same with a letter typed twice"),
        ABBREVIATION("an abbreviation of it"),
        START_OF_NAME("the start of the longer name"),
        NAME_AFTER_TITLE("the name without the title before it"),
        SPLIT_NAME("mostly on the same articles, and the text writes them as one name");

        public final String text;

        Why(String text) {
            this.text = text;
        }
    }

    /**
     * Keywords that are likely one.
     *
     * @param keyword  the label to keep: an existing keyword's label, or a name the articles write
     * @param variants the labels to merge into it
     */
    public record Variant(String keyword, List<String> variants, Why why) {
        public Variant {
            variants = List.copyOf(variants);
        }

        /** The value of {@code --merge} that joins them: a {@code |} separates variants when a label holds a comma. */
        public String mergeOption() {
            boolean comma = variants.stream().anyMatch(v -> v.contains(","));
            return keyword + "=" + String.join(comma ? "|" : ",", variants);
        }
    }

    /** A keyword that looks like a mistake of extraction or of writing, and why. */
    public record Suspect(Keyword keyword, String why) {}

    /**
     * @param keywords  every keyword some article carries
     * @param unlisted  those without a glossary entry, most used first
     * @param once      those without a glossary entry on one article only, in index order
     * @param variants  likely variants, the most used keyword first
     * @param suspects  keywords that look wrong, most used first
     * @param noEnglish glossary entries used by articles that have no English label, most used first
     */
    public record Report(int articles, List<Keyword> keywords, List<Keyword> unlisted, List<Keyword> once,
                         List<Variant> variants, List<Suspect> suspects, List<Keyword> noEnglish) {
        public Report {
            keywords = List.copyOf(keywords);
            unlisted = List.copyOf(unlisted);
            once = List.copyOf(once);
            variants = List.copyOf(variants);
            suspects = List.copyOf(suspects);
            noEnglish = List.copyOf(noEnglish);
        }
    }

    private static final Pattern LUNAR_YEAR = Pattern.compile("(?:(?:tết(?: nguyên đán)?|xuân|năm) )?"
            + "(?:giáp|ất|bính|đinh|mậu|kỷ|kỉ|canh|tân|nhâm|quý|quí) "
            + "(?:tý|tí|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)");
    /** Nouns too general to be a keyword alone. */
    private static final Set<String> GENERIC = Set.of("công tác", "kết quả", "nhiệm vụ", "hội nghị", "kế hoạch",
            "chương trình", "giải pháp", "hoạt động", "tình hình", "vấn đề", "nội dung", "chất lượng", "ý kiến",
            "dự án", "tổ chức", "xây dựng", "cán bộ", "đảng viên", "quản lý", "lãnh đạo", "chỉ đạo", "phát triển",
            "tỉnh", "huyện", "xã", "thành phố", "người", "việc", "năm", "ngày", "hệ thống", "chính sách", "địa phương");
    /** The objects of report verbs: a keyword ending in one is a verb phrase ({@code xây dựng kế hoạch}). */
    private static final Set<String> VERB_OBJECTS = Set.of("kế hoạch", "chương trình", "công tác", "kết quả",
            "nhiệm vụ", "giải pháp", "hoạt động", "tình hình", "vấn đề", "nội dung", "ý kiến", "hội nghị");
    /** Verbs that end a phrase cut short ({@code chương trình xây dựng}). */
    private static final Set<String> VERBS = Set.of("xây dựng", "phát triển", "tổ chức", "thực hiện", "triển khai",
            "tăng cường", "nâng cao", "đẩy mạnh");
    /** A keyword on more of the articles than this tells them apart no better than a section does. */
    private static final double TOO_COMMON = 0.1;
    /** Titles and offices written before a name: a keyword that is one plus another keyword is that keyword. */
    private static final Set<String> TITLES = Set.of("thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch",
            "tổng bí thư", "bí thư", "phó bí thư", "bộ trưởng", "thứ trưởng", "tổng thống", "phó tổng thống",
            "ngoại trưởng", "đại sứ", "giám đốc", "tổng giám đốc", "chủ nhiệm", "trưởng ban", "đồng chí", "ông", "bà",
            "hlv", "huấn luyện viên", "tiền đạo", "tiền vệ", "hậu vệ", "thủ môn", "ca sĩ", "diễn viên", "nhà báo",
            "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
            "giáo sư", "gs", "pgs", "ts", "bác sĩ", "nghệ sĩ", "mỹ", "president", "prime minister", "minister");
    private static final Set<String> CONNECTIVES = Set.of("và", "các", "của", "với", "cho", "tại");
    private static final Pattern QUOTES = Pattern.compile("[\"“”‘’«»]");

    private final Set<String> stopwords = WordLists.vietnameseStopwords();
    private final Set<String> compounds = WordLists.compounds();
    private final VietnameseOrder order = new VietnameseOrder();

    /** The review of an archive: its articles, newest first, and their keyword index. */
    public Report review(List<Article> articles, KeywordIndex index) {
        List<Keyword> used = index.all().stream().filter(k -> uses(k) > 0).sorted(byUse()).toList();
        List<Keyword> unlisted = used.stream().filter(k -> !k.inGlossary()).toList();
        List<Keyword> once = unlisted.stream().filter(k -> uses(k) == 1)
                .sorted(Comparator.comparing(KeywordReview::label, order).thenComparing(Keyword::id)).toList();
        List<Variant> variants = variants(articles, index, used);
        List<Suspect> suspects = new ArrayList<>();
        for (Keyword k : unlisted) suspicion(k, articles.size()).ifPresent(why -> suspects.add(new Suspect(k, why)));
        List<Keyword> noEnglish = used.stream().filter(k -> k.inGlossary() && k.en().isEmpty()).toList();
        return new Report(articles.size(), used, unlisted, once, variants, suspects, noEnglish);
    }

    /** How many articles, in both languages, carry a keyword. */
    public static int uses(Keyword k) {
        return k.count(Language.VI) + k.count(Language.EN);
    }

    /** The label an editor knows a keyword by: Vietnamese, else English. */
    public static String label(Keyword k) {
        return k.label(Language.VI);
    }

    private Comparator<Keyword> byUse() {
        return Comparator.comparingInt((Keyword k) -> -uses(k)).thenComparing(KeywordReview::label, order)
                .thenComparing(Keyword::id);
    }

    /** Why a keyword without a glossary entry looks wrong, if it does. */
    Optional<String> suspicion(Keyword k, int articles) {
        String label = label(k);
        String key = Fold.key(label);
        String[] words = key.split(" ");
        boolean lowercase = label.equals(label.toLowerCase(Locale.ROOT));
        if (LUNAR_YEAR.matcher(key).matches()) return Optional.of("a lunar year name");
        if (uses(k) >= 10 && uses(k) > TOO_COMMON * articles) {
            return Optional.of(String.format(Locale.ROOT, "on %d %% of the articles: too common to tell them apart",
                    Math.round(100.0 * uses(k) / articles)));
        }
        if (QUOTES.matcher(label).find()) return Optional.of("in quotation marks: a nickname or a quote?");
        if (!label.chars().anyMatch(Character::isLetter)) return Optional.of("no letters");
        if (words.length >= 2 && label.equals(label.toUpperCase(Locale.ROOT))
                && java.util.Arrays.stream(label.split(" ")).allMatch(KeywordReview::isSyllable)) {
            return Optional.of("all in capitals: a byline or a heading?");
        }
        if (words.length > 12 || lowercase && words.length > 6) return Optional.of("a long phrase: a slogan or a sentence?");
        if (CONNECTIVES.contains(words[words.length - 1]) || CONNECTIVES.contains(words[0]) && !lowercase) {
            return Optional.of("starts or ends with a connective: cut out of a longer name?");
        }
        if (!lowercase) return Optional.empty();
        if (GENERIC.contains(key) || words.length == 1) return Optional.of("one common word alone");
        if (words.length == 2 && compounds.contains(key)) return Optional.of("one common word alone");
        if (stopwords.contains(words[0]) || stopwords.contains(words[0] + " " + words[1])) {
            return Optional.of("starts with a verb or a function word");
        }
        String last2 = words[words.length - 2] + " " + words[words.length - 1];
        if (VERB_OBJECTS.contains(last2)) return Optional.of("ends with '" + last2 + "': a verb phrase?");
        if (VERBS.contains(last2)) return Optional.of("ends with the verb '" + last2 + "': cut short?");
        return Optional.empty();
    }

    /** A label's letters and digits only, folded: what two spellings of one name share. */
    private static String letters(String label) {
        return org.khotin.text.Slugs.slug(KeywordKeys.key(label));
    }

    private static boolean capitalised(Keyword k) {
        String label = label(k);
        return !label.isEmpty() && Character.isUpperCase(label.codePointAt(0));
    }

    /** Whether a word reads as a syllable (it has a vowel) rather than an abbreviation ({@code HCM}, {@code UBND}). */
    private static boolean isSyllable(String word) {
        return !KeywordKeys.isAbbreviation(word) && Fold.fold(word).matches(".*[aeiouy].*") && word.length() <= 7;
    }

    private List<Variant> variants(List<Article> articles, KeywordIndex index, List<Keyword> used) {
        Map<String, Keyword> byKey = new HashMap<>();
        for (Keyword k : used) byKey.putIfAbsent(KeywordKeys.key(label(k)), k);
        Map<String, Variant> found = new LinkedHashMap<>(); // by variant keyword id: each is suggested once
        sameLetters(used, found);
        repeatedLetters(used, found);
        abbreviations(used, found);
        names(used, byKey, found);
        splitNames(articles, index, found);
        Map<String, Integer> useOf = new HashMap<>();
        for (Keyword k : used) useOf.put(label(k), uses(k));
        // joined per keyword to keep: one --merge per keyword, its variants most used first
        Map<String, List<Variant>> byTarget = new TreeMap<>(order);
        for (Variant v : found.values()) byTarget.computeIfAbsent(v.keyword(), t -> new ArrayList<>()).add(v);
        List<Variant> out = new ArrayList<>();
        for (Map.Entry<String, List<Variant>> e : byTarget.entrySet()) {
            List<String> labels = new ArrayList<>();
            for (Variant v : e.getValue()) for (String l : v.variants()) if (!labels.contains(l)) labels.add(l);
            labels.sort(Comparator.comparingInt((String l) -> -useOf.getOrDefault(l, 0)).thenComparing(order));
            out.add(new Variant(e.getKey(), labels, e.getValue().get(0).why()));
        }
        out.sort(Comparator.comparingInt((Variant v) -> -(useOf.getOrDefault(v.keyword(), 0)
                        + v.variants().stream().mapToInt(l -> useOf.getOrDefault(l, 0)).sum()))
                .thenComparing(Variant::keyword, order));
        return out;
    }

    /** Adds a variant unless the variant keyword is suggested already or both are in the glossary. */
    private static void add(Map<String, Variant> found, Keyword keep, Keyword variant, Why why) {
        if (keep.id().equals(variant.id()) || (keep.inGlossary() && variant.inGlossary())) return;
        found.putIfAbsent(variant.id(), new Variant(label(keep), List.of(label(variant)), why));
    }

    /**
     * Keywords that differ only in their marks or punctuation ({@code Đông} / {@code Đồng},
     * {@code Bà Rịa-Vũng Tàu} / {@code Bà Rịa Vũng Tàu}): the most used is kept.
     */
    private void sameLetters(List<Keyword> used, Map<String, Variant> found) {
        sameBy(used, KeywordReview::letters, Comparator.comparing((Keyword k) -> !k.inGlossary()).thenComparing(byUse()),
                Why.SAME_LETTERS, found);
    }

    /**
     * Keywords that differ by a letter typed twice ({@code Tỉnh ủyy} / {@code Tỉnh ủy}): a Vietnamese syllable doubles
     * no letter, so the one without is kept.
     */
    private void repeatedLetters(List<Keyword> used, Map<String, Variant> found) {
        sameBy(used, label -> letters(label).replaceAll("(\\p{L})\\1+", "$1"), Comparator.comparing((Keyword k) -> !k.inGlossary())
                .thenComparing((Keyword k) -> letters(label(k)).length()).thenComparing(byUse()), Why.REPEATED_LETTER, found);
    }

    /** Keywords whose labels come to the same {@code form}: each a variant of the one {@code keepFirst} puts first. */
    private static void sameBy(List<Keyword> used, java.util.function.UnaryOperator<String> form, Comparator<Keyword> keepFirst,
                               Why why, Map<String, Variant> found) {
        Map<String, List<Keyword>> byForm = new TreeMap<>();
        for (Keyword k : used) byForm.computeIfAbsent(form.apply(label(k)), f -> new ArrayList<>()).add(k);
        for (List<Keyword> group : byForm.values()) {
            if (group.size() < 2) continue;
            Keyword keep = group.stream().sorted(keepFirst).findFirst().orElseThrow();
            for (Keyword k : group) add(found, keep, k, why);
        }
    }

    /** An all-capitals keyword whose letters are the initials of another's syllables ({@code NƠXH}, {@code TP HCM}). */
    private void abbreviations(List<Keyword> used, Map<String, Variant> found) {
        Map<String, List<Keyword>> byInitials = new TreeMap<>();
        for (Keyword k : used) {
            String[] words = Fold.fold(label(k)).split("[\\s\\-–]+");
            if (words.length < 2) continue;
            StringBuilder all = new StringBuilder();
            StringBuilder content = new StringBuilder();
            for (String w : words) {
                if (w.isEmpty()) continue;
                all.append(w.charAt(0));
                if (!CONNECTIVES.contains(w)) content.append(w.charAt(0));
            }
            byInitials.computeIfAbsent(all.toString(), x -> new ArrayList<>()).add(k);
            if (!content.toString().equals(all.toString())) {
                byInitials.computeIfAbsent(content.toString(), x -> new ArrayList<>()).add(k);
            }
        }
        for (Keyword k : used) {
            String label = label(k);
            String letters = label.replaceAll("[\\s.\\-]", "");
            if (letters.length() < 2 || letters.length() > 8 || !letters.equals(letters.toUpperCase(Locale.ROOT))
                    || !letters.chars().allMatch(Character::isLetter)) {
                continue;
            }
            List<Keyword> expansions = byInitials.getOrDefault(Fold.fold(letters), List.of());
            expansions.stream().filter(e -> !e.id().equals(k.id())).sorted(byUse()).findFirst()
                    .ifPresent(e -> add(found, e, k, Why.ABBREVIATION));
        }
    }

    /**
     * A capitalised keyword that starts another (a name cut short: {@code Văn Miếu Quốc} in
     * {@code Văn Miếu Quốc Tử Giám}) or that another is with a title before it ({@code Thủ tướng Phạm Minh Chính}).
     */
    private void names(List<Keyword> used, Map<String, Keyword> byKey, Map<String, Variant> found) {
        // a full name by its given names: Nguyễn Hữu Thắng by "hữu thắng", for "HLV Hữu Thắng"
        Map<String, Keyword> byGivenNames = new HashMap<>();
        for (Keyword k : used) {
            String[] words = KeywordKeys.key(label(k)).split(" ");
            if (capitalised(k) && words.length >= 3) {
                byGivenNames.putIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)), k);
            }
        }
        for (Keyword longer : used) {
            if (!capitalised(longer)) continue;
            String label = label(longer);
            String[] words = KeywordKeys.key(label).split(" ");
            for (int n = words.length - 1; n >= 2; n--) {
                Keyword head = byKey.get(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
                // a short name far more used than the long one is a name of its own (Hà Nội, Đại học Hà Nội)
                if (head != null && capitalised(head) && uses(head) <= 3 * uses(longer)) {
                    add(found, longer, head, Why.START_OF_NAME);
                }
            }
            for (int t = 1; t < words.length - 1; t++) {
                String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, t));
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, t, words.length));
                Keyword name = byKey.getOrDefault(rest, byGivenNames.get(rest));
                if (TITLES.contains(title) && name != null) add(found, name, longer, Why.NAME_AFTER_TITLE);
            }
        }
    }

    /**
     * Two capitalised keywords carried together by the same articles whose text writes them as one name
     * ({@code Bà Rịa} and {@code Vũng Tàu} from {@code Bà Rịa - Vũng Tàu}): the name is the keyword to keep.
     */
    private void splitNames(List<Article> articles, KeywordIndex index, Map<String, Variant> found) {
        Map<String, Keyword> byId = new HashMap<>();
        index.all().forEach(k -> byId.put(k.id(), k));
        Map<String, Keyword> byLetters = new HashMap<>();
        for (Keyword k : index.all().stream().sorted(byUse()).toList()) byLetters.putIfAbsent(letters(label(k)), k);
        Map<String, List<Article>> together = new TreeMap<>();
        for (Article a : articles) {
            List<String> ids = index.idsOf(a).stream().filter(id -> capitalised(byId.get(id))).toList();
            for (int x = 0; x < ids.size(); x++) {
                for (int y = 0; y < ids.size(); y++) {
                    if (x == y || byId.get(ids.get(x)).inGlossary() && byId.get(ids.get(y)).inGlossary()) continue;
                    String pair = ids.get(x) + "\u0000" + ids.get(y);
                    together.computeIfAbsent(pair, p -> new ArrayList<>()).add(a);
                }
            }
        }
        for (Map.Entry<String, List<Article>> e : together.entrySet()) {
            String[] ids = e.getKey().split("\u0000");
            Keyword first = byId.get(ids[0]);
            Keyword second = byId.get(ids[1]);
            List<Article> shared = e.getValue();
            String a = label(first);
            String b = label(second);
            // mostly together: on two articles at least, and on at least two thirds of each one's articles
            if (shared.size() < 2 || 3 * shared.size() < 2 * Math.max(uses(first), uses(second))) continue;
            Pattern joined = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + Pattern.quote(a) + "(\\s*[-–]\\s*|\\s+)"
                    + Pattern.quote(b) + "(?![\\p{L}\\p{M}])");
            for (Article s : shared.subList(0, Math.min(3, shared.size()))) {
                Matcher m = joined.matcher(s.meta().title() + "\n" + s.meta().summary() + "\n" + s.body().text());
                if (!m.find()) continue;
                String name = m.group(1).isBlank() ? a + " " + b : a + " - " + b;
                Keyword existing = byLetters.get(letters(name));
                String keep = existing != null ? label(existing) : name;
                for (Keyword part : List.of(first, second)) {
                    if (existing != null && existing.id().equals(part.id())) continue;
                    if (existing != null && existing.inGlossary() && part.inGlossary()) continue;
                    found.putIfAbsent(part.id(), new Variant(keep, List.of(label(part)), Why.SPLIT_NAME));
                }
                break;
            }
        }
    }
}
