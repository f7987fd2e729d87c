package org.khotin.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.text.Fold;

/**
 * A first keyword suggester without a word segmenter. Candidates, strongest kind first:
 * <ol>
 * <li>document references ({@code Nghị quyết số 18-NQ/TW} → {@code Nghị quyết 18-NQ/TW});</li>
 * <li>person names: a common surname and one to three capitalised syllables;</li>
 * <li>capitalised runs (organisations and places): words whose first syllable is capitalised, where a
 * lowercase syllable may continue a known compound ({@code Ban Tổ chức Tỉnh ủy});</li>
 * <li>if still short of four, the most frequent two-syllable phrases without stopwords.</li>
 * </ol>
 * Each candidate scores weight × occurrences (the title counts three times); captions are ignored, since they
 * repeat names. Abbreviations in names are written out ({@code BTC} → {@code Ban Tổ chức}). Candidates equal under {@link Fold#key} are one candidate; one contained in a better one is
 * dropped. Ties go to the earlier first occurrence.
 */
public final class SimpleKeywordSuggester implements KeywordSuggester {
    private static final int MIN = 4;
    private static final int MAX = 8;

    private static final Pattern DOCUMENT = Pattern.compile("(?uU)\\b(Nghị quyết|Chỉ thị|Kết luận|Quyết định|Quy định|"
            + "Hướng dẫn|Kế hoạch|Đề án|Thông báo|Nghị định|Thông tư|Công văn)\\s+(?:số\\s+)?"
            + "(\\d+(?:/\\d{4})?[-/][A-ZĐ]{1,4}(?:-[A-ZĐa-z]+)?(?:/[A-ZĐƯa-z0-9]+)?)");
    private static final Set<String> SURNAMES = words("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Mai Lưu Tống Đinh Trương Lâm Đoàn Phùng Tạ Cao Châu Lục Quách Thái Tô Triệu Vương Kiều Đào Chu Hà Lương Trịnh Văn Nông Thân Từ Khổng Mạc Giang Lại Diệp Doãn Hứa Tăng", "");
    /** Two-syllable words whose second syllable stays lowercase inside a capitalised name. */
    private static final Set<String> COMPOUNDS = words("tổ chức, chủ tịch, giám đốc, trưởng ban, tỉnh ủy, thành ủy, huyện ủy, thị ủy, quận ủy, đảng ủy, thường vụ, thường trực, chính trị, chấp hành, bí thư, trung ương, quốc hội, chính phủ, nhân dân, đảng bộ, chi bộ, cơ quan, doanh nghiệp, ủy ban, hội đồng, mặt trận, tổ quốc, tuyên giáo, dân vận, kiểm tra, văn phòng, thi đua, khen thưởng, công đoàn, báo chí, nội chính, ủy viên, thanh niên, phụ nữ, cựu chiến binh, nông dân, công an, quân sự, biên phòng, giáo dục, y tế, tư pháp, tài chính, kế hoạch, đầu tư, nội vụ, xây dựng", ",");
    /** Abbreviations in organisation names, written out so that {@code BTC Tỉnh ủy} is {@code Ban Tổ chức Tỉnh ủy}. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("BTC", "Ban Tổ chức", "BTV", "Ban Thường vụ",
            "BCH", "Ban Chấp hành", "HĐND", "Hội đồng nhân dân", "UBND", "Ủy ban nhân dân", "MTTQ", "Mặt trận Tổ quốc",
            "ĐBQH", "Đại biểu Quốc hội", "TƯ", "Trung ương", "TW", "Trung ương");
    /** Leading words that name a role or open a sentence, not part of an organisation's name. */
    private static final Set<String> LEADING_NOISE = words("đồng chí, ông, bà, anh, chị, phó, trưởng, trưởng ban, bí thư, "
            + "chủ tịch, ủy viên, chánh, giám đốc, nguyên, tân, thứ trưởng, bộ trưởng, tại, theo, trong, năm, ngày, sau, "
            + "với, đây, đó, từ, qua, khi, tới, đến, cụ thể, nhất là, đối với, bên cạnh, tuy nhiên, phát biểu, cũng, và, "
            + "các, những, của, cùng, toàn, ngành, lãnh đạo, thay mặt", ",");
    private static final Set<String> STOPWORDS = words("và của các những là được có cho trong với để đã đang sẽ từ theo tại về này đó một số cũng như khi thì mà còn nhiều rất đến ra vào trên dưới năm ngày hơn người việc nhằm cùng đồng chí thực hiện triển khai tốt cao nâng tiếp tục góp phần đề nhất bảo đảm đảm tham mưu gia qua nay thời gian tới quan tâm công tác the of and to in a for on with by at is was as its that", "");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}0-9]+)*|\\d+(?:[.,/-]\\d+)*|[^\\s\\p{L}\\p{M}\\d]");

    private record Candidate(String display, double weight, int firstSeen) {}

    @Override
    public List<String> suggest(ScrapedArticle article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title());
        texts.add(article.title());
        texts.add(article.title());
        for (Block b : article.blocks()) {
            if (!(b instanceof Block.Caption || b instanceof Block.Photo)) texts.add(b instanceof Block.Heading ? b.text() : b.text());
        }
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int[] order = {0};
        for (String text : texts) {
            boolean caps = Casing.isAllCaps(text);
            Matcher doc = DOCUMENT.matcher(text);
            while (doc.find()) add(candidates, counts, doc.group(1) + " " + doc.group(2), 3.0, order);
            if (!caps) capitalisedRuns(text, candidates, counts, order);
        }
        if (candidates.size() < MIN) phrases(texts, candidates, counts, order);

        List<String> ranked = candidates.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Candidate>>comparingDouble(
                                e -> -e.getValue().weight() * counts.get(e.getKey()))
                        .thenComparingInt(e -> e.getValue().firstSeen()))
                .map(e -> e.getValue().display())
                .toList();
        List<String> chosen = new ArrayList<>();
        for (String k : ranked) {
            String key = Fold.key(k);
            boolean near = chosen.stream().map(c -> " " + Fold.key(c) + " ")
                    .anyMatch(c -> c.contains(" " + key + " ") || (" " + key + " ").contains(c));
            if (!near) chosen.add(k);
            if (chosen.size() == MAX) break;
        }
        return List.copyOf(chosen);
    }

    private static void add(Map<String, Candidate> candidates, Map<String, Integer> counts, String display, double weight,
            int[] order) {
        String key = Fold.key(display);
        candidates.putIfAbsent(key, new Candidate(display, weight, order[0]++));
        counts.merge(key, 1, Integer::sum);
    }

    /**
     * Runs of capitalised words, split before a person's name; person names weigh more. A word is a
     * capitalised syllable, joined by the next lowercase syllable when the two form a known compound
     * ({@code Tổ chức}); {@code các} (and then {@code và}) may link capitalised words ({@code Khối các Cơ quan}).
     */
    private static void capitalisedRuns(String text, Map<String, Candidate> candidates, Map<String, Integer> counts,
            int[] order) {
        List<String> tokens = tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            if (!isCapitalWord(tokens.get(i))) {
                i++;
                continue;
            }
            List<String> words = new ArrayList<>();
            boolean linkedByCac = false;
            int j = i;
            while (j < tokens.size() && isWord(tokens.get(j))) {
                String t = tokens.get(j);
                if (isCapitalWord(t)) {
                    if (j + 1 < tokens.size() && isWord(tokens.get(j + 1)) && !isCapitalWord(tokens.get(j + 1))
                            && COMPOUNDS.contains(Fold.key(t + " " + tokens.get(j + 1)))) {
                        words.add(t + " " + tokens.get(j + 1));
                        j += 2;
                    } else {
                        words.add(t);
                        j++;
                    }
                } else if ((t.equals("các") || (t.equals("và") && linkedByCac)) && !words.isEmpty()
                        && j + 1 < tokens.size() && isCapitalWord(tokens.get(j + 1))) {
                    linkedByCac |= t.equals("các");
                    words.add(t);
                    j++;
                } else {
                    break;
                }
            }
            splitAndAdd(words, candidates, counts, order);
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isCapitalWord(String token) {
        return isWord(token) && (Casing.isCapitalised(token) || (token.length() >= 2 && Casing.isAllCaps(token)));
    }

    private static void splitAndAdd(List<String> run, Map<String, Candidate> candidates, Map<String, Integer> counts,
            int[] order) {
        // a person's name inside the run: surname + 1–3 capitalised single syllables
        for (int s = 0; s < run.size(); s++) {
            if (!SURNAMES.contains(run.get(s))) continue;
            int e = s + 1;
            while (e < run.size() && e - s <= 3 && Casing.isCapitalised(run.get(e)) && !run.get(e).contains(" ")) e++;
            if (e - s >= 2) {
                addOrganisation(run.subList(0, s), candidates, counts, order);
                add(candidates, counts, String.join(" ", run.subList(s, e)), 2.0, order);
                splitAndAdd(new ArrayList<>(run.subList(e, run.size())), candidates, counts, order);
                return;
            }
        }
        addOrganisation(run, candidates, counts, order);
    }

    /** Drops leading roles and sentence openers; keeps a run of at least two capitalised words. */
    private static void addOrganisation(List<String> run, Map<String, Candidate> candidates, Map<String, Integer> counts,
            int[] order) {
        int from = 0;
        while (from < run.size() && LEADING_NOISE.contains(Fold.key(run.get(from)))) from++;
        int to = run.size();
        while (to > from && !isCapitalWord(run.get(to - 1).split(" ")[0])) to--;
        List<String> rest = run.subList(from, to);
        long capitals = rest.stream().filter(w -> isCapitalWord(w.split(" ")[0])).count();
        if (capitals < 2 || rest.stream().allMatch(Casing::isAllCaps)) return;
        add(candidates, counts, String.join(" ", rest.stream().map(w -> ABBREVIATIONS.getOrDefault(w, w)).toList()), 1.5,
                order);
    }

    /** If still short of candidates: frequent two-syllable phrases without stopwords, inside clauses. */
    private static void phrases(List<String> texts, Map<String, Candidate> candidates, Map<String, Integer> counts,
            int[] order) {
        Map<String, Integer> pairCounts = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        for (String text : texts) {
            List<String> tokens = tokens(Casing.isAllCaps(text) ? text.toLowerCase(java.util.Locale.ROOT) : text);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String a = tokens.get(i);
                String b = tokens.get(i + 1);
                if (!isWord(a) || !isWord(b) || STOPWORDS.contains(Fold.key(a)) || STOPWORDS.contains(Fold.key(b))) continue;
                String phrase = Fold.key(a + " " + b);
                pairCounts.merge(phrase, 1, Integer::sum);
                display.putIfAbsent(phrase, phrase);
            }
        }
        pairCounts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && !candidates.containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX)
                .forEach(e -> {
                    candidates.put(e.getKey(), new Candidate(display.get(e.getKey()), 1.0, order[0]++));
                    counts.put(e.getKey(), e.getValue());
                });
    }

    private static Set<String> words(String list, String separator) {
        return Set.copyOf(java.util.Arrays.stream(list.split(separator.isBlank() ? " " : separator))
                .map(String::strip).toList());
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static boolean isWord(String token) {
        return Character.isLetter(token.codePointAt(0));
    }
}
