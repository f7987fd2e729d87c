package org.khotin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khotin.testing.VariedText;
import org.khotin.text.Unicode;

/** Loops that replaced regexes on the import's hot path give exactly what the regexes gave. */
class FastPathsTest {
    private static final List<String> SAMPLES = List.of("", " ", "a", "Tổng kết  công tác", " \t lead\r\n\nnext \u000B\f end ",
            "Tá»•ng káº¿t", "Ä‘áº£ng", "Æ°u tiên", "Ã´ Ã¡ Ã¢ Ãª", "á", "á»", "xá", "Ã", "tháng ba", "a\u00A0b\u2028c",
            "| Tin tức |", "|đầu", "cuối |", "giữa | dòng", "||");

    @Test
    void mojibakeSignatureLoopAgreesWithItsPattern() {
        for (String s : SAMPLES) {
            assertThat(Decoder.hasMojibakeSignature(s)).as(s).isEqualTo(Decoder.MOJIBAKE.matcher(s).find());
        }
    }

    @Test
    void vietnameseLetterShareLoopAgreesWithTheRegexItReplaced() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{M}]+");
        java.util.regex.Pattern accented = java.util.regex.Pattern.compile("[\\u00C0-\\u024F\\u1E00-\\u1EFF]");
        List<String> more = List.of("The Party committee met.", "Đảng bộ tỉnh họp", "Hoa\u0300 Bi\u0300nh", "x\u20DD y",
                "𝐀𝐁 ab", "năm 2020, đ", "ĐẢNG-VIÊN", "a\u0903b ǅ ǆ");
        for (String s : concat(SAMPLES, more)) {
            java.util.regex.Matcher m = word.matcher(s);
            int words = 0;
            int vietnamese = 0;
            while (m.find()) {
                words++;
                if (accented.matcher(m.group()).find()) vietnamese++;
            }
            double expected = words == 0 ? 0 : (double) vietnamese / words;
            assertThat(Syllables.vietnameseLetterShare(s)).as(s).isEqualTo(expected);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void collapseSpacesAgreesWithTheRegex() {
        for (String s : SAMPLES) {
            assertThat(Unicode.collapseSpaces(s)).as(s).isEqualTo(s.strip().replaceAll("\\s+", " "));
        }
    }

    @Test
    void cleanParagraphDropsStrayBarsAtTheEndsOnly() {
        assertThat(ArticleReader.cleanParagraph("| Tin tức |")).isEqualTo("Tin tức");
        assertThat(ArticleReader.cleanParagraph("|đầu")).isEqualTo("đầu");
        assertThat(ArticleReader.cleanParagraph("cuối |")).isEqualTo("cuối");
        assertThat(ArticleReader.cleanParagraph("giữa | dòng")).isEqualTo("giữa | dòng");
        assertThat(ArticleReader.cleanParagraph("||")).isEmpty();
        assertThat(ArticleReader.cleanParagraph("không có gạch")).isEqualTo("không có gạch");
    }

    /** What {@link Casing#isAllCaps} said before it stopped early. */
    private static boolean isAllCapsToTheEnd(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 2 && upper >= letters * 0.9;
    }

    @Test
    void allCapsStopsEarlyWithTheSameAnswer() {
        List<String> inputs = new ArrayList<>(VariedText.lines());
        // near the 90 % line: n letters with k lowercase ones at random places, among spaces and digits
        Random random = new Random(7);
        for (int n = 1; n <= 120; n++) {
            for (int k = 0; k <= n / 5 + 2 && k <= n; k++) {
                for (int round = 0; round < 5; round++) {
                    StringBuilder b = new StringBuilder();
                    List<Integer> lower = new ArrayList<>();
                    for (int i = 0; i < n; i++) lower.add(i < k ? 1 : 0);
                    java.util.Collections.shuffle(lower, random);
                    for (int i = 0; i < n; i++) {
                        b.append(lower.get(i) == 1 ? 'ư' : 'Đ');
                        if (random.nextInt(4) == 0) b.append(random.nextBoolean() ? ' ' : '7');
                    }
                    inputs.add(b.toString());
                }
            }
        }
        for (String s : inputs) assertThat(Casing.isAllCaps(s)).as(s).isEqualTo(isAllCapsToTheEnd(s));
    }

    @Test
    void cleanParagraphSkipsItsRegexesOnlyWhereTheyChangeNothing() {
        Pattern endMark = Pattern.compile("\\s*\\.?/\\.\\s*$");
        Pattern missingSpace = Pattern.compile("(?<=\\p{Ll}\\p{Ll})\\.(?=\\p{Lu}\\p{Ll})");
        List<String> inputs = new ArrayList<>(VariedText.lines());
        inputs.addAll(List.of("Hết./.", "Hết ./. ", "a/.b", "xong.Tiếp theo", "xong.Ảnh", "số 3.Tiếp", "xong. Tiếp", "ab.ǅa",
                "ab.Ⓐb", "kết thúc.", "./.", "/."));
        for (String s : inputs) {
            String expected = missingSpace.matcher(endMark.matcher(s).replaceFirst(".")).replaceAll(". ").strip();
            if (s.indexOf('|') < 0) assertThat(ArticleReader.cleanParagraph(s)).as(s).isEqualTo(expected);
        }
    }

    @Test
    void sentenceAndWordSplitsAgreeWithTheRegexes() {
        Pattern word = Pattern.compile("[\\p{L}\\p{M}\\d-]+");
        List<String> inputs = new ArrayList<>(VariedText.lines());
        inputs.addAll(List.of("  ", " a", "a ", "a.  b", "a. ", ". a", "a:\tb;\nc! d? e", "a .b", "x\u000B\fy", "a.\u00A0b",
                "ĐẢNG-VIÊN ĐẢNG BỘ", "x1-2 ab_c a'b"));
        for (String s : inputs) {
            assertThat(SentenceCase.split(s, false)).as(s).isEqualTo(Arrays.asList(s.split("\\s+")));
            assertThat(SentenceCase.split(s, true)).as(s).isEqualTo(Arrays.asList(s.split("(?<=[.!?:;])\\s+")));
            List<String> expected = new ArrayList<>();
            for (String w : s.split("\\s+")) {
                boolean shouting = w.length() > 6 && Casing.isAllCaps(w);
                expected.add(word.matcher(w).matches() && !shouting ? w : SentenceCase.BREAK);
            }
            assertThat(SentenceCase.words(s)).as(s).isEqualTo(expected);
            assertThat(SentenceCase.isPlain(s, true)).as(s).isEqualTo(s.replaceAll("[^\\p{L}\\p{M}\\d -]", "").equals(s));
        }
    }

    @Test
    void reprintNoticesAreTriedWhereverThePatternCouldMatch() {
        // folding case, the pattern's õ and ồ match only these characters
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Pattern.compile("(?iuU)rõ").matcher("r" + c).matches()) assertThat(c).isIn('õ', 'Õ');
            if (Pattern.compile("(?iuU)nguồn").matcher("ngu" + c + "n").matches()) assertThat(c).isIn('ồ', 'Ồ');
        }
        Pattern before = Pattern.compile("(?iuU)(?:bản quyền|copyright|©).*|.*ghi rõ nguồn.*phát hành lại.*");
        Pattern copyright = Pattern.compile("(?iuU)(?:bản quyền|copyright|©).*");
        List<String> inputs = new ArrayList<>(VariedText.lines());
        inputs.addAll(List.of("Bản quyền thuộc về Báo", "© 2020", "Đề nghị GHI RÕ NGUỒN khi PHÁT HÀNH LẠI thông tin",
                "ghı rõ nguồn, phát hành lại", "ghi rõ nguồn", "khi phát hành lại phải ghi rõ nguồn"));
        int notices = 0;
        for (String s : inputs) {
            boolean notice = Boilerplate.mayBeReprintNotice(s) && Boilerplate.REPRINT_NOTICE.matcher(s).matches();
            notices += notice ? 1 : 0;
            assertThat(copyright.matcher(s).matches() || notice).as(s).isEqualTo(before.matcher(s).matches());
        }
        assertThat(notices).isEqualTo(2);
    }

    @Test
    void relatedHeadingsSkipTheColonReplacementOnlyWhereItChangesNothing() {
        List<String> inputs = new ArrayList<>(VariedText.lines());
        inputs.addAll(List.of("Tin liên quan:", "Tin liên quan：", "Tin liên quan: ", "abc:\u2028", "abc:\r\n", "x:\u0085",
                "Tin khác :\t", ":"));
        for (String s : inputs) {
            if (!Boilerplate.endsLikeALabel(s)) assertThat(s.replaceAll("[:：]\\s*$", "")).as(s).isEqualTo(s);
        }
    }

    @Test
    void markdownEscapesAgreeWithTheRegexes() {
        Pattern inline = Pattern.compile("([\\\\`*_\\[<~])");
        Pattern entity = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
        List<String> inputs = new ArrayList<>(VariedText.lines());
        inputs.addAll(List.of("a*b_c", "[link](x)", "<b>", "~~x~~", "`code`", "a\\b", "&amp; &#12; & x", "AT&T;"));
        for (String s : inputs) {
            String expected = entity.matcher(inline.matcher(s).replaceAll("\\\\$1")).replaceAll("\\\\&");
            assertThat(MarkdownWriter.escape(s)).as(s).isEqualTo(expected);
        }
    }

    @Test
    void flowItemsWithALineEndAreQuotedWhereverTheirPunctuationIs() {
        // the flow-item rule checks for , [ ] { } : on the whole item; a regex '.*[…].*' did not cross line ends,
        // and items with line ends are quoted anyway
        for (String s : List.of("a,\nb", "a\n,b", "x\r[y]", "{\u2028}", "k\u0085:v", "a\u2029b:")) {
            assertThat(s.matches(".*[,\\[\\]{}:].*")).as(s).isFalse();
            assertThat(org.khotin.config.YamlWriter.flowList(List.of(s))).as(s).startsWith("[\"");
        }
        assertThat(org.khotin.config.YamlWriter.flowList(List.of("Hà Nội, Việt Nam", "a:b", "plain"))).isEqualTo("[\"Hà Nội, Việt Nam\", \"a:b\", plain]");
    }
}
