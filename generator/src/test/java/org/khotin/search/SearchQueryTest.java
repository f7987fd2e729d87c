package org.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** Queries answered from built index files, as the search page answers them (the browser test checks it does). */
class SearchQueryTest {
    @TempDir
    static Path dir;

    static Path index;
    static Path repoIndex;

    private static final String SITE = """
            -- content/vi/2020/01/da-nang.md --
            ---
            title: Thành phố Đà Nẵng tổng kết năm
            date: 2020-01-10
            ---
            Hội nghị tổng kết công tác năm của thành phố.
            -- content/vi/2020/02/nang-cao.md --
            ---
            title: Chất lượng sinh hoạt chi bộ
            date: 2020-02-10
            ---
            Hội nghị chi bộ tháng hai.

            Tỉnh đã nâng cao chất lượng sinh hoạt chi bộ.
            -- content/vi/2020/03/doan-cong-tac.md --
            ---
            title: Đoàn công tác của tỉnh
            date: 2020-03-10
            summary: Đoàn công tác đến Đà Nẵng trao đổi kinh nghiệm.
            ---
            Chuyến đi kéo dài ba ngày.
            -- content/vi/2020/04/du-lich.md --
            ---
            title: Du lịch tăng trưởng
            date: 2020-04-10
            ---
            Khách đến miền Trung tăng mạnh.

            Lượng khách đến Đà Nẵng tăng gấp đôi.
            -- content/vi/2020/05/ket-nap.md --
            ---
            title: Kết nạp đảng viên
            date: 2020-05-10
            keywords: [Đà Nẵng]
            ---
            Chi bộ kết nạp đảng viên mới.
            -- content/vi/2020/06/da-phat-trien.md --
            ---
            title: Đà phát triển
            date: 2020-06-10
            ---
            Giữ đà phát triển, tỉnh nâng mức hỗ trợ.
            -- content/vi/2021/01/bo-tri.md --
            ---
            title: Bố trí cán bộ trẻ, cán bộ nữ
            date: 2021-01-10
            ---
            Quy hoạch cán bộ.
            -- content/vi/2021/02/than-than.md --
            ---
            title: Công tác cán bộ
            date: 2021-02-10
            ---
            Tỉnh chú trọng cán bộ trẻ, cán bộ nữ trong quy hoạch.
            -- content/vi/2021/03/roi-rac.md --
            ---
            title: Đào tạo cán bộ
            date: 2021-03-10
            ---
            Nhiều cán bộ trẻ được cử đi học. Tỷ lệ nữ tăng.
            -- content/vi/2021/04/rat-roi.md --
            ---
            title: Bộ máy tinh gọn
            date: 2021-04-10
            ---
            Cán sự nữ và đội ngũ trẻ được bổ sung vào bộ máy.
            -- content/vi/2021/05/dang-vien.md --
            ---
            title: Đảng bộ có trên 8.600 đảng viên
            date: 2021-05-10
            ---
            Năm 2021, tỉnh kết nạp 1.250 đảng viên mới. Tỷ lệ tăng 3.5 phần trăm.
            -- content/en/2021/05/members.md --
            ---
            title: Party committee has over 8,600 members
            date: 2021-05-10
            ---
            In 2018 the provincial Party admitted new members: 3 offices and 5 cars.
            """;

    @BeforeAll
    static void build() throws IOException {
        TestSite site = TestSite.create(dir.resolve("site"), SITE);
        site.build().assertOk();
        index = site.root().resolve("public/search/vi");

        Path repo = Files.createDirectories(dir.resolve("repo"));
        PathUtils.copyDirectory(TestSite.repoRoot().resolve("content"), repo.resolve("content"));
        PathUtils.copyDirectory(TestSite.repoRoot().resolve("templates"), repo.resolve("templates"));
        Files.copy(TestSite.repoRoot().resolve("site-config.yml"), repo.resolve("site-config.yml"));
        TestSite.run("build", "--config", repo.resolve("site-config.yml").toString(), "--out",
                repo.resolve("public").toString()).assertOk();
        repoIndex = repo.resolve("public/search/vi");
    }

    private static SearchQuery.Answer answer(Path index, String query) {
        return SearchQuery.answer(query, path -> {
            try {
                return Files.readAllBytes(index.resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> titles(Path index, List<Integer> results) {
        return results.stream().map(n -> {
            try {
                return org.khotin.testing.SearchFiles.document(path -> {
                    try {
                        return Files.readAllBytes(index.resolve(path));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, n).get("title").asText();
            } catch (UncheckedIOException e) {
                throw e;
            }
        }).toList();
    }

    private static List<String> together(String query) {
        return titles(index, answer(index, query).together());
    }

    private static List<String> apart(String query) {
        return titles(index, answer(index, query).apart());
    }

    @Test
    void wordsTypedWithMarksFindOnlyThoseMarksAndTitleBeatsKeywordsBeatLeadBeatsBody() {
        assertThat(together("Đà Nẵng ")).containsExactly("Thành phố Đà Nẵng tổng kết năm", "Kết nạp đảng viên",
                "Đoàn công tác của tỉnh", "Du lịch tăng trưởng");
        // typed while the last word is being typed, or in capitals, or with old-style tones: the same
        assertThat(together("ĐÀ NẴNG")).isEqualTo(together("Đà Nẵng "));
        assertThat(together("đã nâng ")).containsExactly("Chất lượng sinh hoạt chi bộ");
        // without marks, every form: "đã nâng" too, after the articles that hold the phrase in a better part
        assertThat(together("da nang ")).containsExactly("Thành phố Đà Nẵng tổng kết năm", "Kết nạp đảng viên",
                "Đoàn công tác của tỉnh", "Du lịch tăng trưởng", "Chất lượng sinh hoạt chi bộ");
        // each word on its own rule
        assertThat(together("Đà nang ")).containsExactly("Thành phố Đà Nẵng tổng kết năm", "Kết nạp đảng viên",
                "Đoàn công tác của tỉnh", "Du lịch tăng trưởng");
    }

    @Test
    void twoWordsApartAreLeftOutAndLongerQueriesListThemApartAfterThePhrase() {
        // "Giữ đà phát triển, tỉnh nâng mức": đà and nâng, not together
        assertThat(answer(index, "da nang ").apart()).isEmpty();
        assertThat(together("đà nâng ")).isEmpty();
        assertThat(together("can bo tre can bo nu")).containsExactly("Bố trí cán bộ trẻ, cán bộ nữ", "Công tác cán bộ");
        // more of the query's pairs together first: "cán bộ trẻ … nữ" above "cán … nữ … trẻ … bộ"
        assertThat(apart("can bo tre can bo nu")).containsExactly("Đào tạo cán bộ", "Bộ máy tinh gọn");
    }

    @Test
    void aNumberIsFoundWithOrWithoutItsThousandsSeparator() {
        for (String query : List.of("8.600", "8600", "8,600")) {
            assertThat(together(query)).as(query).containsExactly("Đảng bộ có trên 8.600 đảng viên");
        }
        assertThat(together("1250 đảng viên")).containsExactly("Đảng bộ có trên 8.600 đảng viên");
        assertThat(together("3.5 phan tram")).containsExactly("Đảng bộ có trên 8.600 đảng viên");
        Path english = index.resolveSibling("en");
        assertThat(titles(english, answer(english, "8.600").together())).containsExactly("Party committee has over 8,600 members");
    }

    @Test
    void twoEnglishWordsApartAreListedApart() {
        Path english = index.resolveSibling("en");
        assertThat(answer(english, "Party 2018").together()).isEmpty();
        assertThat(titles(english, answer(english, "Party 2018").apart())).containsExactly("Party committee has over 8,600 members");
        // Vietnamese: two syllables apart are mostly other words, as before
        assertThat(answer(index, "nu tre").apart()).isEmpty();
        // words typed as one belong together: "3.5" is not a 3 here and a 5 there
        assertThat(answer(english, "3.5").apart()).isEmpty();
        assertThat(titles(english, answer(english, "3 5").apart())).containsExactly("Party committee has over 8,600 members");
    }

    @Test
    void theLastWordBeingTypedMatchesLongerWordsWithTheMarksTypedSoFar() {
        assertThat(together("Đà Nẵ")).isEqualTo(together("Đà Nẵng "));
        assertThat(together("Đà Nă")).isEmpty(); // no tone yet: năm, năng, not nẵng
        assertThat(together("Đà Nâ")).isEmpty();
        assertThat(together("ket nap dang vi")).containsExactly("Kết nạp đảng viên");
        assertThat(answer(index, "").together()).isEmpty();
    }

    @Test
    void aQueryReadsTheManifestAndOneShardPerWordAndPair() {
        assertThat(answer(index, "can bo tre ").filesRead()).containsExactly("manifest.json", "w/0.json", "p/0.json");
    }

    @Test
    void onTheRepositorysOwnArticlesĐàNẵngIsNowhereAndTheYoungAndWomenOfficialsArticleComesFirst() {
        assertThat(answer(repoIndex, "Đà Nẵng").together()).isEmpty();
        assertThat(answer(repoIndex, "Đà Nẵng").apart()).isEmpty();
        assertThat(answer(repoIndex, "da nang").together()).isEmpty();
        assertThat(answer(repoIndex, "da nang").apart()).isEmpty();
        List<String> first = titles(repoIndex, answer(repoIndex, "can bo tre can bo nu").together());
        assertThat(first).first().asString().endsWith("cán bộ trẻ, cán bộ nữ");
    }
}
