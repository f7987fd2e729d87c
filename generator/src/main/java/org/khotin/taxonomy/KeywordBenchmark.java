package org.khotin.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.khotin.config.YamlNode;
import org.khotin.config.YamlReader;
import org.khotin.diag.Problems;

/**
 * Precision and recall of {@link KeywordExtractor} against the hand-checked {@code keywords-expected.yml}.
 * A suggestion is correct when its {@link KeywordKeys#key} is an expected or acceptable keyword's key;
 * recall counts the expected ones found.
 */
public final class KeywordBenchmark {
    private KeywordBenchmark() {}

    /** The hand-checked keywords of one seed. */
    public record Expected(List<String> expected, List<String> acceptable) {}

    /** One seed's result. */
    public record Result(String name, List<String> suggested, List<String> correct, List<String> missed) {
        public double precision() {
            return suggested.isEmpty() ? 0 : (double) correct.size() / suggested.size();
        }
    }

    /** The results of all seeds, with micro-averaged figures. */
    public record Report(List<Result> results, int suggested, int correct, int expected, int found) {
        public double precision() {
            return suggested == 0 ? 0 : (double) correct / suggested;
        }

        public double recall() {
            return expected == 0 ? 0 : (double) found / expected;
        }
    }

    /** The shipped expectations, by seed file name. */
    public static Map<String, Expected> expected() {
        String text;
        try (InputStream in = KeywordBenchmark.class.getResourceAsStream("keywords-expected.yml")) {
            if (in == null) throw new IllegalStateException("missing keywords-expected.yml");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems();
        Optional<YamlNode> root = new YamlReader().read(text, "keywords-expected.yml", 1, problems);
        if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping m)) {
            throw new IllegalStateException("keywords-expected.yml: " + problems.sorted());
        }
        Map<String, Expected> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries()) {
            YamlNode.Mapping seed = (YamlNode.Mapping) e.value();
            out.put(e.key(), new Expected(strings(seed, "expected"), strings(seed, "acceptable")));
        }
        return out;
    }

    private static List<String> strings(YamlNode.Mapping m, String key) {
        return m.find(key).map(e -> ((YamlNode.Sequence) e.value()).items().stream()
                .map(n -> ((YamlNode.Scalar) n).text()).toList()).orElse(List.of());
    }

    /**
     * @param texts seed file name → its raw text; document frequencies are counted over these texts
     * @param useIdf whether to rank with the texts' document frequencies (else term frequency alone)
     */
    public static Report run(KeywordExtractor extractor, Map<String, String> texts, Map<String, Expected> expected,
                             boolean useIdf) {
        Map<String, ArticleText> articles = new LinkedHashMap<>();
        texts.forEach((name, raw) -> articles.put(name, ArticleText.fromRawText(raw)));
        KeywordExtractor.DocumentFrequencies df = useIdf
                ? KeywordExtractor.DocumentFrequencies.of(articles.values().stream().map(extractor::candidateKeys).toList())
                : KeywordExtractor.DocumentFrequencies.NONE;
        List<Result> results = new ArrayList<>();
        int suggested = 0;
        int correct = 0;
        int expectedCount = 0;
        int found = 0;
        for (Map.Entry<String, ArticleText> a : articles.entrySet()) {
            Expected exp = expected.getOrDefault(a.getKey(), new Expected(List.of(), List.of()));
            Set<String> wanted = exp.expected().stream().map(KeywordKeys::key).collect(Collectors.toSet());
            Set<String> ok = exp.acceptable().stream().map(KeywordKeys::key).collect(Collectors.toSet());
            ok.addAll(wanted);
            List<String> got = extractor.suggest(a.getValue(), df);
            List<String> right = got.stream().filter(g -> ok.contains(KeywordKeys.key(g))).toList();
            Set<String> gotKeys = got.stream().map(KeywordKeys::key).collect(Collectors.toSet());
            List<String> missed = exp.expected().stream().filter(x -> !gotKeys.contains(KeywordKeys.key(x))).toList();
            results.add(new Result(a.getKey(), got, right, missed));
            suggested += got.size();
            correct += right.size();
            expectedCount += wanted.size();
            found += wanted.size() - missed.size();
        }
        return new Report(results, suggested, correct, expectedCount, found);
    }
}
