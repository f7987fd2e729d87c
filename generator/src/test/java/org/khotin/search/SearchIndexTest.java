package org.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khotin.testing.SearchFiles;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.Language;
import org.khotin.diag.Problems;
import org.khotin.site.BuildOptions;
import org.khotin.site.SiteBuilder;
import org.khotin.testing.TestSite;

class SearchIndexTest {
    @TempDir
    Path dir;

    private int sites;

    private static final String SITE = """
            -- content/vi/2020/01/da-nang.md --
            ---
            title: Đà Nẵng tổ chức hội nghị
            date: 2020-01-10
            keywords: [Đà Nẵng]
            ---
            Thành phố Đà Nẵng tổ chức hội nghị tổng kết. Công tác xây dựng Đảng được chú trọng.
            -- content/vi/2020/02/hoa-binh.md --
            ---
            title: Hội nghị ở Hoà Bình
            date: 2020-02-10
            ---
            Tỉnh Hoà Bình đang triển khai nghị quyết.
            -- content/en/2020/02/review.md --
            ---
            title: Review in Da Nang
            date: 2020-02-11
            ---
            The city reviewed its work.
            """;

    private static final BiFunction<Language, ZonedDateTime, String> DATES =
            (lang, date) -> lang.code() + " " + date.toLocalDate();

    private Map<String, byte[]> index(int shardBytes) {
        return index(SITE, DATES, shardBytes);
    }

    private Map<String, byte[]> index(String files, BiFunction<Language, ZonedDateTime, String> dateText,
                                      int shardBytes) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        build(files, dateText, shardBytes, out::put);
        return out;
    }

    private void build(String files, BiFunction<Language, ZonedDateTime, String> dateText, int shardBytes,
                       BiConsumer<String, byte[]> out) {
        TestSite site = TestSite.create(dir.resolve("s" + sites++), files);
        Problems problems = new Problems();
        var cfg = new ConfigLoader().load(site.root().resolve("site-config.yml"), "site-config.yml", problems).orElseThrow();
        var model = new SiteBuilder(site.root(), Clock.systemUTC()).model(cfg, BuildOptions.defaults(), problems);
        assertThat(problems.hasErrors()).isFalse();
        SearchIndex.build(model.corpus(), model.keywords(), ZoneId.of("Asia/Ho_Chi_Minh"), dateText,
                SearchIndex.Documents.forOneBuild(), shardBytes, out);
    }

    private static String text(Map<String, byte[]> files, String path) {
        assertThat(files).containsKey(path);
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void wordsAreKeptByFoldedFormWithTheirWrittenVariantsAndPairs() {
        Map<String, byte[]> files = index(SearchIndex.SHARD_BYTES);
        String words = text(files, "search/vi/w/0.json");
        // đảng and đang fold alike but stay apart, so an exact query ranks its own spelling first
        assertThat(words).contains("\"dang\":[[\"đang\",").contains("[\"đảng\",");
        // old tone placement (Hoà) is stored in the canonical form
        assertThat(words).contains("\"hoa\":[[\"hòa\",").doesNotContain("hoà");
        assertThat(text(files, "search/vi/p/0.json")).contains("\"xay dung\":[[\"xây dựng\",")
                .contains("\"dung dang\"").doesNotContain("\"ket cong\""); // "tổng kết. Công" spans a full stop
        assertThat(text(files, "search/en/manifest.json")).contains("\"docs\":1");
    }

    @Test
    void documentsAreNumberedNewestFirstAndCarryWhatAResultShows() {
        Map<String, byte[]> files = index(SearchIndex.SHARD_BYTES);
        java.util.function.Function<String, byte[]> vi = path -> files.get("search/vi/" + path);
        assertThat(SearchFiles.document(vi, 0).toString()).contains("\"url\":\"vi/2020/02/hoi-nghi-o-hoa-binh/\"")
                .contains("\"date\":\"vi 2020-02-10\"");
        assertThat(SearchFiles.document(vi, 1).toString()).contains("\"title\":\"Đà Nẵng tổ chức hội nghị\"")
                .contains("\"keywords\":[[\"Đà Nẵng\",\"da-nang\",\"\"]]").contains("Công tác xây dựng Đảng");
        // one result file holds both, compressed: a page of results fetches few files
        assertThat(files.keySet().stream().filter(p -> p.startsWith("search/vi/d/"))).containsExactly("search/vi/d/0.json.gz");
    }

    @Test
    void smallShardsSplitTheSortedKeysAndTheManifestListsWhereEachStarts() {
        Map<String, byte[]> files = index(120);
        String manifest = text(files, "search/vi/manifest.json");
        Matcher starts = Pattern.compile("\"words\":\\[([^\\]]*)]").matcher(manifest);
        assertThat(starts.find()).isTrue();
        String[] keys = starts.group(1).replace("\"", "").split(",");
        assertThat(keys.length).isGreaterThan(3);
        assertThat(keys).isSorted();
        for (int i = 0; i < keys.length; i++) {
            String shard = text(files, "search/vi/w/" + i + ".json");
            assertThat(shard).startsWith("{\"" + keys[i] + "\":");
            if (!shard.substring(1).contains("],\"")) continue; // one key larger than a shard stands alone
            assertThat(shard.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(120);
        }
        assertThat(files).doesNotContainKey("search/vi/w/" + keys.length + ".json");
    }

    @Test
    void resultFilesPackTheDocumentsAndNoOtherFileCountsAsOne() {
        // The build counts its progress through the search stage by these files: 2 Vietnamese documents, 1 English.
        Map<String, byte[]> files = index(120);
        assertThat(files.keySet().stream().filter(SearchIndex::isResultFile))
                .containsExactlyInAnyOrder("search/vi/d/0.json.gz", "search/en/d/0.json.gz");
        assertThat(files.get("search/vi/d/0.json.gz")).startsWith((byte) 0x1f, (byte) 0x8b);
    }

    @Test
    void theIndexIsTheSameOnEveryBuild() {
        Map<String, byte[]> first = index(300);
        Map<String, byte[]> second = index(300);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, second.get(path))).as(path).isTrue());
        assertThat(text(first, "search/vi/manifest.json")).matches("\\{\"version\":\"[0-9a-f]{12}\".*");
        assertThat(SearchIndex.folder(Language.EN)).isEqualTo("search/en/");
    }

    @Test
    void filesAreHandedOnOnceEachUnchangedAfterwardsAndEachManifestLast() {
        List<String> paths = new ArrayList<>();
        Map<byte[], byte[]> handedOn = new IdentityHashMap<>();
        build(SITE, DATES, 120, (path, bytes) -> {
            paths.add(path);
            handedOn.put(bytes, bytes.clone());
        });
        assertThat(paths).doesNotHaveDuplicates().hasSize(handedOn.size());
        handedOn.forEach((bytes, asHanded) -> assertThat(bytes).isEqualTo(asHanded));
        for (Language lang : Language.values()) {
            List<String> ofLanguage = paths.stream().filter(p -> p.startsWith(SearchIndex.folder(lang))).toList();
            assertThat(ofLanguage).last().isEqualTo(SearchIndex.folder(lang) + "manifest.json");
        }
        // the order is fixed: documents as they are read, then word shards, pair shards, manifest
        assertThat(paths).startsWith("search/vi/d/0.json.gz", "search/vi/w/0.json");
        assertThat(paths).containsExactlyElementsOf(index(SITE, DATES, 120).keySet());
    }

    @Test
    void theVersionChangesWithAnyFileOfItsLanguage() {
        String vi = version(index(SITE, DATES, SearchIndex.SHARD_BYTES), Language.VI);
        String en = version(index(SITE, DATES, SearchIndex.SHARD_BYTES), Language.EN);
        Map<String, byte[]> textChanged =
                index(SITE.replace("Tỉnh Hoà Bình", "Tỉnh Hoà Bình mới"), DATES, SearchIndex.SHARD_BYTES);
        assertThat(version(textChanged, Language.VI)).isNotEqualTo(vi);
        assertThat(version(textChanged, Language.EN)).isEqualTo(en);
        // only the documents change with how dates are written, not the shards
        Map<String, byte[]> datesChanged =
                index(SITE, (lang, date) -> date.toLocalDate().toString(), SearchIndex.SHARD_BYTES);
        assertThat(text(datesChanged, "search/vi/w/0.json")).isEqualTo(text(index(SearchIndex.SHARD_BYTES), "search/vi/w/0.json"));
        assertThat(version(datesChanged, Language.VI)).isNotEqualTo(vi);
    }

    private static String version(Map<String, byte[]> files, Language lang) {
        String manifest = text(files, SearchIndex.folder(lang) + "manifest.json");
        Matcher version = Pattern.compile("\"version\":\"([0-9a-f]+)\"").matcher(manifest);
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
