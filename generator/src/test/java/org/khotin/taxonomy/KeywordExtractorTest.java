package org.khotin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khotin.testing.TestSite;

/** Suggestions on the five seeds: what an editor must find, and what must never appear. */
class KeywordExtractorTest {
    static final KeywordExtractor EXTRACTOR = new KeywordExtractor();
    static Map<String, List<String>> suggested = new LinkedHashMap<>();

    @BeforeAll
    static void extract() throws IOException {
        Path seeds = TestSite.repoRoot().resolve("seeds");
        Map<String, ArticleText> texts = new LinkedHashMap<>();
        try (var files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                texts.put(f.getFileName().toString().substring(0, 3),
                        ArticleText.fromRawText(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        var df = KeywordExtractor.DocumentFrequencies.of(texts.values().stream().map(EXTRACTOR::candidateKeys).toList());
        texts.forEach((seed, text) -> suggested.put(seed, EXTRACTOR.suggest(text, df)));
    }

    private static Set<String> keys(String seed) {
        return suggested.get(seed).stream().map(KeywordKeys::key).collect(Collectors.toSet());
    }

    private static void mustHave(String seed, String... labels) {
        for (String l : labels) {
            assertThat(keys(seed)).as("seed %s suggested %s", seed, suggested.get(seed)).contains(KeywordKeys.key(l));
        }
    }

    @Test
    void betweenFourAndEightPerSeed() {
        suggested.forEach((seed, list) -> assertThat(list).as(seed).hasSizeBetween(4, 8));
    }

    @Test
    void peopleOrganisationsPlacesDocumentsAndTopics() {
        mustHave("000", "Nguyễn Hồng Diên", "Ban Tổ chức Tỉnh ủy", "tổ chức xây dựng Đảng", "đơn vị sự nghiệp công lập");
        mustHave("001", "Nguyễn Thanh Hải", "Chỉ thị 05-CT/TW", "Nghị quyết 12-NQ/TU", "Ban Thường vụ Tỉnh ủy", "cán bộ nữ");
        mustHave("002", "Mai Văn Chính", "Ban Tổ chức Trung ương", "Kết luận 50-KL/TW", "Nghị quyết 18-NQ/TW",
                "hoàn thiện thể chế");
        mustHave("003", "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh", "tổ chức cơ sở đảng");
        mustHave("004", "Lưu Tài Đoàn", "Ban Tổ chức Tỉnh ủy", "phong trào thi đua");
    }

    @Test
    void documentReferencesAreInOneNormalForm() {
        List<String> all = suggested.values().stream().flatMap(List::stream).toList();
        assertThat(all).contains("Kết luận 50-KL/TW", "Nghị quyết 18-NQ/TW", "Chỉ thị 05-CT/TW");
        assertThat(all).noneMatch(s -> s.contains(" số "));
    }

    @Test
    void neverGenericHeadsFunctionWordsFragmentsOrNearDuplicates() {
        Set<String> generic = Set.of("công tác", "hội nghị", "kết quả", "nhiệm vụ", "tổng kết công tác", "tỉnh ủy",
                "cán bộ", "đảng viên", "trong đó", "đồng thời", "tổ chức", "xây dựng", "bí thư tỉnh ủy", "phó bí thư");
        suggested.forEach((seed, list) -> {
            for (String s : list) {
                assertThat(generic).as("seed %s: %s", seed, s).doesNotContain(KeywordKeys.key(s));
                assertThat(s).as("seed %s", seed).doesNotContainPattern("[,.;:!?()“”\"|]").doesNotStartWith(" ");
                assertThat(s.split(" ").length).as("seed %s: %s is one syllable", seed, s).isGreaterThan(1);
            }
            // no two suggestions that differ only in case, tone placement or abbreviation
            assertThat(list.stream().map(KeywordKeys::key).distinct().count()).as(seed).isEqualTo(list.size());
            // abbreviations are written out
            assertThat(list).as(seed).noneMatch(s -> s.matches(".*\\b(HĐND|UBND|BTV|BCH|BTC|ĐBQH|UVTV|TUV|XD)\\b.*"));
        });
        // office titles before a name are not keywords, nor a name glued to its title
        assertThat(suggested.get("001")).noneMatch(s -> s.startsWith("Phó Bí thư"));
        assertThat(suggested.get("001")).noneMatch(s -> s.contains("Long An Nguyễn"));
    }

    @Test
    void deterministic() {
        ArticleText text = new ArticleText("Tổng kết công tác Tổ chức xây dựng Đảng năm 2018",
                "Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị Tổng kết công tác tổ chức xây dựng Đảng năm 2018.",
                List.of("Đồng chí Nguyễn Hồng Diên - Bí thư Tỉnh ủy phát biểu. BTC Tỉnh ủy tham mưu tinh giản biên chế.",
                        "Ban Tổ chức Tỉnh ủy đã tinh giản biên chế theo Nghị quyết số 39-NQ/TW."));
        List<String> first = new KeywordExtractor().suggest(text, KeywordExtractor.DocumentFrequencies.NONE);
        for (int i = 0; i < 3; i++) {
            assertThat(new KeywordExtractor().suggest(text, KeywordExtractor.DocumentFrequencies.NONE)).isEqualTo(first);
        }
        assertThat(first).contains("Ban Tổ chức Tỉnh ủy", "Nghị quyết 39-NQ/TW", "tinh giản biên chế", "Nguyễn Hồng Diên");
        assertThat(first.stream().filter(s -> KeywordKeys.key(s).equals(KeywordKeys.key("Ban Tổ chức Tỉnh ủy")))).hasSize(1);
    }

    @Test
    void allCapsSubheadsAreNotNames() {
        ArticleText text = new ArticleText("", "TẠO ĐỘNG LỰC ĐỂ CÁN BỘ, CÔNG CHỨC THI ĐUA",
                List.of("Phong trào thi đua yêu nước được phát động. Phong trào thi đua yêu nước lan tỏa."));
        assertThat(new KeywordExtractor().suggest(text, KeywordExtractor.DocumentFrequencies.NONE))
                .noneMatch(s -> s.equals(s.toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void benchmarkReportsPrecisionAndRecallOnTheSeeds() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : KeywordBenchmark.expected().keySet()) {
            texts.put(name, Files.readString(TestSite.repoRoot().resolve("seeds").resolve(name)));
        }
        assertThat(texts).hasSize(5);
        KeywordBenchmark.Report report = KeywordBenchmark.run(EXTRACTOR, texts, KeywordBenchmark.expected(), true);
        assertThat(report.results()).hasSize(5);
        assertThat(report.expected()).isPositive();
        assertThat(report.correct()).isLessThanOrEqualTo(report.suggested());
    }
}
