package org.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.TestSite;

/** {@code khotin keywords review}: what to curate, and entries written to the editor's glossary. */
class KeywordReviewCommandTest {
    @TempDir
    Path dir;

    static final String GLOSSARY = """
            # Glossary of the test archive. Keep the order: Party bodies first.

            # The commission
            - id: ban-to-chuc-tinh-uy   # never change this id
              vi: Ban Tổ chức Tỉnh ủy
              aliases: [Ban Tổ chức Tỉnh uỷ]

            - id: nha-o-xa-hoi
              vi: nhà ở xã hội
              en: social housing  # checked by the translator
              aliases:
                - nhà ở cho người thu nhập thấp

            # places
            - id: hoa-binh
              vi: Hòa Bình
            """;

    static final String SITE = "-- content/keywords.yml --\n" + GLOSSARY + """
            -- content/vi/2017/02/a.md --
            ---
            title: Văn Miếu đón khách đầu xuân
            date: 2017-02-06
            keywords: [Văn Miếu Quốc Tử Giám, Đinh Dậu, Ban Tổ chức Tỉnh ủy]
            ---
            Hàng nghìn người đến Văn Miếu Quốc Tử Giám xin chữ đầu năm Đinh Dậu.
            -- content/vi/2017/02/b.md --
            ---
            title: Lễ dâng hương ở Văn Miếu
            date: 2017-02-07
            keywords: [Văn Miếu Quốc]
            ---
            Lễ dâng hương tưởng nhớ các bậc hiền tài.
            -- content/vi/2017/02/c.md --
            ---
            title: Thêm dự án nhà ở xã hội
            date: 2017-02-08
            keywords: [NƠXH, xây dựng kế hoạch, nhà ở xã hội]
            ---
            Thành phố xây dựng kế hoạch phát triển nhà ở xã hội (NƠXH).
            -- content/vi/2017/02/d.md --
            ---
            title: Cảng biển đón tàu lớn
            date: 2017-02-09
            keywords: [Bà Rịa, Vũng Tàu, Hòa Bình]
            ---
            Cảng Cái Mép của tỉnh Bà Rịa - Vũng Tàu đón tàu trọng tải lớn.
            -- content/vi/2017/02/e.md --
            ---
            title: Du lịch biển tăng khách
            date: 2017-02-10
            keywords: [Bà Rịa, Vũng Tàu]
            ---
            Bãi biển Bà Rịa-Vũng Tàu đông khách dịp Tết.
            -- content/vi/2017/02/f.md --
            ---
            title: Thủ tướng thăm nhà máy
            date: 2017-02-11
            keywords: [Thủ tướng Phạm Minh Chính]
            ---
            Thủ tướng Phạm Minh Chính thăm nhà máy.
            -- content/vi/2017/02/g.md --
            ---
            title: Làm việc với tỉnh
            date: 2017-02-12
            keywords: [Phạm Minh Chính, Hòa Bình]
            ---
            Ông Phạm Minh Chính làm việc với tỉnh Hòa Bình.
            -- content/en/2017/02/h.md --
            ---
            title: The Temple of Literature in spring
            date: 2017-02-13
            keywords: [Văn Miếu Quốc]
            ---
            Visitors ask for calligraphy at the Temple of Literature.
            """;

    private static TestSite.Run review(TestSite site, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "keywords";
        args[1] = "review";
        args[2] = "--config=" + site.root().resolve("site-config.yml");
        System.arraycopy(more, 0, args, 3, more.length);
        return TestSite.run(args);
    }

    @Test
    void listsUnlistedKeywordsVariantsSuspectsAndSingletons() {
        TestSite site = TestSite.create(dir, SITE);
        TestSite.Run run = review(site);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Keywords: 12 on 8 articles; 3 with a glossary entry, 9 without; 6 of those on one article only (67 %)")
                .containsPattern("(?m)^ +2  Bà Rịa +ba-ria$")
                .contains("Văn Miếu Quốc Tử Giám (1) ← Văn Miếu Quốc (2): the start of the longer name")
                .contains("--merge \"Văn Miếu Quốc Tử Giám=Văn Miếu Quốc\"")
                .contains("nhà ở xã hội (1) ← NƠXH (1): an abbreviation of it")
                .contains("Bà Rịa - Vũng Tàu (new) ← Bà Rịa (2), Vũng Tàu (2): mostly on the same articles, and the text writes them as one name")
                .contains("--merge \"Bà Rịa - Vũng Tàu=Bà Rịa,Vũng Tàu\"")
                .contains("Phạm Minh Chính (1) ← Thủ tướng Phạm Minh Chính (1): the name without the title before it")
                .containsPattern("(?m)^ +1  Đinh Dậu: a lunar year name$")
                .containsPattern("(?m)^ +1  xây dựng kế hoạch: ends with 'kế hoạch': a verb phrase\\?$")
                .containsPattern("(?m)^ +2  Hòa Bình$");
        String once = run.out().substring(run.out().indexOf("On one article only"), run.out().indexOf("Glossary entries without"));
        assertThat(once.lines().skip(1).filter(l -> !l.isBlank()).map(String::strip)).containsExactly("Đinh Dậu", "NƠXH",
                "Phạm Minh Chính", "Thủ tướng Phạm Minh Chính", "Văn Miếu Quốc Tử Giám", "xây dựng kế hoạch");
        assertThat(review(site, "--limit", "1").out()).contains("(1 of 9; --limit 0 shows all)");
    }

    @Test
    void aLetterTypedTwiceIsAVariant() {
        StringBuilder txtar = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            txtar.append("-- content/vi/2017/02/t").append(i).append(".md --\n---\ntitle: Tin ").append(i).append("\ndate: 2017-02-0")
                    .append(i).append("\nkeywords: [").append(i == 4 ? "Tỉnh ủyy" : "Tỉnh ủy").append("]\n---\nNội dung.\n");
        }
        TestSite site = TestSite.create(dir, txtar.toString());
        assertThat(review(site).out()).contains("Tỉnh ủy (3) ← Tỉnh ủyy (1): the same with a letter typed twice")
                .contains("--merge \"Tỉnh ủy=Tỉnh ủyy\"");
    }

    @Test
    void mergesAndLabelsGoIntoTheGlossaryKeepingItsCommentsAndOrder() throws Exception {
        TestSite site = TestSite.create(dir, SITE);
        String[] changes = {"--merge", "Văn Miếu Quốc Tử Giám=Văn Miếu Quốc", "--merge", "nhà ở xã hội=NƠXH",
                "--merge", "Bà Rịa - Vũng Tàu=Bà Rịa,Vũng Tàu", "--label", "Văn Miếu Quốc Tử Giám=Temple of Literature",
                "--label", "Hòa Bình=Hoa Binh", "--label", "Ban Tổ chức Tỉnh ủy=Provincial Organisation Commission"};
        TestSite.Run dry = review(site, changes);
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("Would change content/keywords.yml (add --write to write it):")
                .contains("new entry 'van-mieu-quoc-tu-giam' (Văn Miếu Quốc Tử Giám): aliases Văn Miếu Quốc")
                .contains("entry 'nha-o-xa-hoi' (nhà ở xã hội): aliases + NƠXH");
        assertThat(site.read("content/keywords.yml")).isEqualTo(GLOSSARY);

        String[] written = java.util.Arrays.copyOf(changes, changes.length + 1);
        written[changes.length] = "--write";
        TestSite.Run write = review(site, written);
        assertThat(write.exitCode()).as(write.err()).isZero();
        assertThat(write.out()).startsWith("Changed content/keywords.yml:");
        assertThat(site.read("content/keywords.yml")).isEqualTo("""
                # Glossary of the test archive. Keep the order: Party bodies first.

                # The commission
                - id: ban-to-chuc-tinh-uy   # never change this id
                  vi: Ban Tổ chức Tỉnh ủy
                  en: Provincial Organisation Commission
                  aliases: [Ban Tổ chức Tỉnh uỷ]

                - id: nha-o-xa-hoi
                  vi: nhà ở xã hội
                  en: social housing  # checked by the translator
                  aliases:
                    - nhà ở cho người thu nhập thấp
                    - NƠXH

                # places
                - id: hoa-binh
                  vi: Hòa Bình
                  en: Hoa Binh

                - id: van-mieu-quoc-tu-giam
                  vi: Văn Miếu Quốc Tử Giám
                  en: Temple of Literature
                  aliases: [Văn Miếu Quốc]

                - id: ba-ria-vung-tau
                  vi: Bà Rịa - Vũng Tàu
                  aliases: [Bà Rịa, Vũng Tàu]
                """);

        site.build().assertOk();
        // the merged keyword keeps its URL and now holds both articles; the variant's old page sends readers to it
        Document merged = Jsoup.parse(site.read("public/vi/tu-khoa/van-mieu-quoc-tu-giam/index.html"));
        assertThat(merged.select("main a").eachText()).contains("Văn Miếu đón khách đầu xuân", "Lễ dâng hương ở Văn Miếu");
        Document variant = Jsoup.parse(site.read("public/vi/tu-khoa/van-mieu-quoc/index.html"));
        assertThat(variant.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../van-mieu-quoc-tu-giam/");
        assertThat(variant.select("main a").eachText()).containsExactly("Văn Miếu Quốc Tử Giám");
        Document province = Jsoup.parse(site.read("public/vi/tu-khoa/ba-ria-vung-tau/index.html"));
        assertThat(province.select("main a").eachText()).contains("Cảng biển đón tàu lớn", "Du lịch biển tăng khách");
        Document english = Jsoup.parse(site.read("public/en/keywords/van-mieu-quoc-tu-giam/index.html"));
        assertThat(english.select("h1").text()).contains("Temple of Literature");
        assertThat(english.select("main a").eachText()).contains("The Temple of Literature in spring");
        // a second review finds nothing left to merge for them
        assertThat(review(site).out()).doesNotContain("← Văn Miếu Quốc").doesNotContain("← NƠXH")
                .doesNotContain("← Bà Rịa");
    }

    @Test
    void refusesWhatTheGlossaryCannotHold() {
        TestSite site = TestSite.create(dir, SITE);
        assertThat(review(site, "--merge", "Bà Rịa").exitCode()).isEqualTo(2);
        assertThat(review(site, "--label", "Hòa Bình=").exitCode()).isEqualTo(2);
        assertThat(review(site, "--write").exitCode()).isEqualTo(2);

        TestSite.Run claimed = review(site, "--merge", "Bà Rịa - Vũng Tàu=Bà Rịa,Hòa Bình", "--write");
        assertThat(claimed.exitCode()).isEqualTo(1);
        assertThat(claimed.err()).contains("content/keywords.yml:15:3: error: 'Hòa Bình' belongs to the glossary entry"
                + " 'hoa-binh', so it cannot become an alias of 'Bà Rịa - Vũng Tàu' too");
        TestSite.Run unknown = review(site, "--label", "Văn Miếu Quốc Tư Giám=Temple of Literature", "--write");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("error: no article has the keyword 'Văn Miếu Quốc Tư Giám'")
                .contains("hint: 'khotin keywords review' lists the keywords in use");
        TestSite.Run unwritable = review(site, "--merge", "Văn Miếu Quốc Tử Giám=Văn Miếu Quốc", "--write",
                dir.resolve("no/such/folder/keywords.yml").toString());
        assertThat(unwritable.exitCode()).isEqualTo(1);
        assertThat(unwritable.err()).contains("error: cannot write").doesNotContain("Exception");
        assertThat(site.read("content/keywords.yml")).isEqualTo(GLOSSARY);
    }
}
