package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khotin.config.Language;

class ArticleReaderTest {
    private static final String LEAD = "Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2018.";
    private static final String PARA = "Năm 2018, cán bộ, công chức ngành Tổ chức xây dựng Đảng đã chủ động tham mưu.";

    private static String body(ScrapedArticle a) {
        return new MarkdownWriter().body(a.blocks(), "bai");
    }

    @Test
    void kickerIsSplitOffAndRepeatedHeadlineDropped() {
        ScrapedArticle a = ImportFixtures.read("GIẢI BÁO CHÍ BÚA LIỀM VÀNG LẦN THỨ VII-2022: Đảng bộ Khối nâng cao chất lượng\n\n"
                + "Thứ 5, Ngày 27 / 10 / 2022\n\nĐảng bộ Khối nâng cao chất lượng\n\n" + LEAD + "\n\n" + PARA + "\n");
        assertEquals("Đảng bộ Khối nâng cao chất lượng", a.title());
        assertEquals("GIẢI BÁO CHÍ BÚA LIỀM VÀNG LẦN THỨ VII-2022", a.kicker());
        assertEquals("2022-10-27", a.date().orElseThrow().iso());
        assertEquals(LEAD + "\n\n" + PARA + "\n", body(a));
        assertEquals(LEAD, a.summary());
    }

    @Test
    void pageWithoutHeadlineGetsDerivedTitleAndNoDateButAnEstimate() {
        ScrapedArticle a = ImportFixtures.read("Ban Tổ chức Tỉnh ủy đã triển khai các phong trào thi đua giai đoạn 2015-2020.\n"
                + "Năm 2020, Ban Tổ chức Tỉnh ủy được tặng Bằng khen.\nPHÚC LƯU\n");
        assertTrue(a.titleDerived());
        assertEquals("Ban Tổ chức Tỉnh ủy đã triển khai các phong trào thi đua giai đoạn 2015-2020", a.title());
        assertTrue(a.date().isEmpty());
        assertEquals("2021-01-01", a.dateEstimate().orElseThrow().day().toString());
        assertEquals(List.of("title", "date"), a.needsReview());
        assertEquals("", a.dateRaw());
        assertEquals("Phúc Lưu", a.author());
    }

    @Test
    void dateEstimateRules() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 1, 1);
        assertEquals("2021-01-01", DateEstimate.from("giai đoạn 2015-2020, năm 2020", today).orElseThrow().day().toString());
        assertEquals("2023-02-28", DateEstimate.from("Kết luận ngày 28/02/2023, năm 2022", today).orElseThrow().day().toString());
        // a term still running is a plan, not a period under review
        assertEquals("2022-01-01", DateEstimate.from("năm 2022, nhiệm kỳ 2020-2025", today).orElseThrow().day().toString());
        assertEquals("2024-01-01", DateEstimate.from("năm 2024 và năm 2030", today).orElseThrow().day().toString());
    }

    @Test
    void headerFurnitureIsDroppedAndSectionBecomesCategory() {
        ScrapedArticle a = ImportFixtures.read("548\n+ aa -\n\nTin tức hoạt động\n\nCập nhật lúc : 04/04/2023 10:48\n"
                + "Tiếp tục tham mưu hoàn thiện thể chế\n" + LEAD + "\n\nTuấn Anh\n");
        assertEquals("Tiếp tục tham mưu hoàn thiện thể chế", a.title());
        assertEquals("Tin tức hoạt động", a.category());
        assertEquals("2023-04-04T10:48:00+07:00", a.date().orElseThrow().iso());
        assertEquals("Cập nhật lúc : 04/04/2023 10:48", a.dateRaw());
        assertEquals(LEAD + "\n", body(a));
        assertEquals("Tuấn Anh", a.author());
    }

    @Test
    void footerWidgetsGoAndBylineSourceAreKept() {
        ScrapedArticle a = ImportFixtures.read("Tiêu đề bài viết về công tác cán bộ\n\n20/01/2022 - 18:20\n\n" + LEAD + "\n\n"
                + "Tại hội nghị, 6 đơn vị nhận Giấy khen./.\n\n\u00a0\n\nTống Xuân Diệu - Đảng ủy Khối các Cơ quan tỉnh\n\n"
                + "(Nguồn: Báo Nam Định)\n\nVideo hoạt độngHình ảnh hoạt động\n\nWebsite liên kết\n\nChia sẻ bài viết\n\n"
                + "Liên kết hữu ích\n\n  • Từ khóa\n");
        assertEquals(LEAD + "\n\nTại hội nghị, 6 đơn vị nhận Giấy khen.\n", body(a));
        assertEquals("Tống Xuân Diệu", a.author());
        assertEquals("Đảng ủy Khối các Cơ quan tỉnh", a.authorOrg());
        assertEquals("Báo Nam Định", a.source());
        assertEquals(List.of(), a.keywords());
    }

    @Test
    void viewCountsLanguageSwitchAndShareWidgetsGo() {
        ScrapedArticle a = ImportFixtures.read("Tiếng Việt | English\n\nTổng kết công tác năm 2018 của ngành\n\n"
                + "Thứ 7, 05.01.2019 | 15:52:32\n72 lượt xem\n\n" + LEAD + "\n\nIn bài\n\nGửi email\n\n" + PARA + "\n\nPhạm Ngọc\n");
        assertEquals(LEAD + "\n\n" + PARA + "\n", body(a));
        assertEquals("Thứ 7, 05.01.2019 | 15:52:32", a.dateRaw());
    }

    @Test
    void widgetVariantsAndBreadcrumbsGo() {
        ScrapedArticle a = ImportFixtures.read("Trang chủ > Tin tức > Xây dựng Đảng\n\nTổng kết công tác năm 2018 của ngành\n\n"
                + "A- A A+\n\nThứ 7, 05.01.2019 | 15:52:32\n\nLượt xem: 1.024\n\n" + LEAD + "\n\nChia sẻ: Facebook | Zalo | Twitter\n\n"
                + PARA + "\n\nIn bài viết\n\nTin liên quan\n\nMột bài khác hoàn toàn không liên quan đến bài này\n");
        assertEquals("Xây dựng Đảng", a.category());
        assertEquals(LEAD + "\n\n" + PARA + "\n", body(a));
    }

    @Test
    void keywordListOnThePageIsKept() {
        ScrapedArticle a = ImportFixtures.read("Tổng kết công tác năm 2018 của ngành\n\n05/01/2019\n\n" + LEAD
                + "\n\nTừ khóa: tổ chức xây dựng Đảng, Ban Tổ chức Tỉnh ủy, tổ chức xây dựng đảng\n");
        assertEquals(List.of("tổ chức xây dựng Đảng", "Ban Tổ chức Tỉnh ủy"), a.keywords());
        assertEquals(LEAD + "\n", body(a));
    }

    @Test
    void subheadsBecomeSentenceCaseHeadingsAlsoWhenGlued() {
        ScrapedArticle a = ImportFixtures.read(LEAD + "\nTẠO ĐỘNG LỰC ĐỂ CÁN BỘ, CÔNG CHỨC THI ĐUA\n" + PARA + "\n"
                + "LAN TỎA SÂU RỘNG PHONG TRÀO BAN TỔ CHỨC TỈNH ỦY Năm 2019, phong trào lan rộng khắp tỉnh.\n");
        assertEquals(LEAD + "\n\n## Tạo động lực để cán bộ, công chức thi đua\n\n" + PARA + "\n\n"
                + "## Lan tỏa sâu rộng phong trào Ban Tổ chức Tỉnh ủy\n\nNăm 2019, phong trào lan rộng khắp tỉnh.\n", body(a));
    }

    @Test
    void captionsBecomeItalicParagraphs() {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác tổ chức năm 2021\n\n20/01/2022 - 18:20\n\n" + LEAD + "\n\n"
                + "Phó Bí thư Thường trực Tỉnh ủy - Nguyễn Thanh Hải phát biểu chỉ đạo hội nghị\n\n" + PARA + "\n\n"
                + "Ông Lưu Tài Đoàn trao Cờ Thi đua cho các tập thể. Ảnh: PHÚC LƯU |\n\n"
                + "Đồng chí Vũ Hữu Thi trao tặng Huy hiệu Đảng. (Ảnh: Văn Huỳnh)\n\nKỳ Nam\n");
        assertEquals(LEAD + "\n\n*Phó Bí thư Thường trực Tỉnh ủy - Nguyễn Thanh Hải phát biểu chỉ đạo hội nghị*\n\n" + PARA
                + "\n\n*Ông Lưu Tài Đoàn trao Cờ Thi đua cho các tập thể. Ảnh: Phúc Lưu*\n\n"
                + "*Đồng chí Vũ Hữu Thi trao tặng Huy hiệu Đảng. (Ảnh: Văn Huỳnh)*\n", body(a));
    }

    @Test
    void aShortSentenceCaseSubheadIsAHeadingNotACaption() {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác tổ chức năm 2021\n\n20/01/2022 - 18:20\n\n" + LEAD
                + "\n\nTrao đổi kinh nghiệm trong công tác cán bộ\n\n" + PARA + "\n");
        assertEquals(LEAD + "\n\n## Trao đổi kinh nghiệm trong công tác cán bộ\n\n" + PARA + "\n", body(a));
    }

    @Test
    void videoLineBecomesMediaAndStrayPipesGo() {
        ScrapedArticle a = ImportFixtures.read("Tổng kết công tác năm 2018 của ngành\n\n05/01/2019\n\n" + LEAD + "\n\n"
                + "Video: 10419_ODIEN3.mp4\n\n" + PARA + " |\n");
        assertEquals(List.of("10419_ODIEN3.mp4"), a.media());
        assertEquals(LEAD + "\n\n" + PARA + "\n", body(a));
    }

    @Test
    void hardWrappedLinesAreJoined() {
        ScrapedArticle a = ImportFixtures.read("Tổng kết công tác năm 2018 của ngành\n\n05/01/2019\n\n"
                + "Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức\nhội nghị tổng kết.\n");
        assertEquals("Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết.\n", body(a));
    }

    @Test
    void noArticleTextFails() {
        Result<ScrapedArticle> r = new ArticleReader(ImportFixtures.CLOCK)
                .read(new TextPageReader().read("Tiếng Việt | English\n\nChia sẻ bài viết\n\nLiên kết hữu ích\n"));
        assertEquals("no article text found", ((Result.Failed<ScrapedArticle>) r).reason());
    }

    @Test
    void englishTextIsDetected() {
        ScrapedArticle a = ImportFixtures.read("Review of Party organisation work in 2018\n\n5 January 2019\n\n"
                + "On the afternoon of 4 January, the Organisation Committee of the Provincial Party Committee held a "
                + "conference to review its work in 2018 and set the tasks for 2019.\n\nBy Pham Ngoc\n");
        assertEquals(Language.EN, a.lang());
        assertEquals("Pham Ngoc", a.author());
        assertEquals("2019-01-05", a.date().orElseThrow().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
            "Phạm Ngọc ¦ Phạm Ngọc ¦ ''",
            "PHÚC LƯU ¦ Phúc Lưu ¦ ''",
            "NGUYỄN THỊ ĐẢM ¦ Nguyễn Thị Đảm ¦ ''",
            "Tống Xuân Diệu - Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh ¦ Tống Xuân Diệu ¦ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh",
            "Thu Hà – Báo Nhân Dân ¦ Thu Hà ¦ Báo Nhân Dân",
            "Tác giả: Lê Văn Tám ¦ Lê Văn Tám ¦ ''",
            "Bài và ảnh: Minh Anh ¦ Minh Anh ¦ ''",
            "T.T ¦ T.T ¦ ''",
            "(PV) ¦ PV ¦ ''",
            "By John Smith ¦ John Smith ¦ ''",
            "Ngọc Lan - TTXVN ¦ Ngọc Lan ¦ TTXVN",
            "Văn Huỳnh – Đài PT-TH tỉnh ¦ Văn Huỳnh ¦ Đài PT-TH tỉnh",
            "Minh Châu - Quốc Tuấn ¦ Minh Châu - Quốc Tuấn ¦ ''",
            "LAN ANH – HỮU PHÚC ¦ Lan Anh - Hữu Phúc ¦ ''",
            "Thanh Tùng - Ảnh: AFP ¦ Thanh Tùng ¦ ''",
            "Ngọc Lan - Hà Nội ¦ Ngọc Lan ¦ Hà Nội",
            "Bảo Ngọc - Tuổi Trẻ ¦ Bảo Ngọc ¦ Tuổi Trẻ",
            "Minh Anh - TTXVN/Vietnam+ ¦ Minh Anh ¦ TTXVN/Vietnam+",
            "Quỳnh Chi - Vietnamplus ¦ Quỳnh Chi ¦ Vietnamplus",
            "Phúc An - UBND huyện Giao Thủy ¦ Phúc An ¦ UBND huyện Giao Thủy",
            "Phúc An - SỞ Y TẾ ¦ Phúc An ¦ SỞ Y TẾ",
            "Hải Đăng - Đoàn Thu ¦ Hải Đăng - Đoàn Thu ¦ ''",
            "Hải Đăng - Trường Sơn ¦ Hải Đăng - Trường Sơn ¦ ''",
            "BẢO CHÂU - TRUNG KIÊN ¦ Bảo Châu - Trung Kiên ¦ ''",
            "Minh Anh - BTV ¦ Minh Anh ¦ ''",
            "Bài: Thu Trang - Ảnh: Quốc Dũng ¦ Thu Trang ¦ ''",
    })
    void bylineVariants(String line, String name, String org) {
        Byline.Author a = Byline.parse(line).orElseThrow(() -> new AssertionError("no byline in " + line));
        assertEquals(name, a.name());
        assertEquals(org, a.organisation());
    }

    @Test
    void proseIsNotAByline() {
        assertFalse(Byline.parse("Cũng tại hội nghị, Ban Tổ chức Tỉnh ủy đã khen thưởng.").isPresent());
        assertFalse(Byline.parse("Theo đó, toàn ngành đã bám sát sự lãnh đạo của Trung ương").isPresent());
        // a teaser for another story, a row of a price list: a name-like start and a dash, but no employer after it
        assertFalse(Byline.parse("Xe Tải Nhẹ – Lựa chọn đáng mơ ước của nhà buôn").isPresent());
        assertFalse(Byline.parse("Honda Civic Turbo – 2018: 1,2 tỉ").isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
            "(Nguồn: Báo Nam Định) ¦ Báo Nam Định",
            "Nguồn: Báo Nhân Dân ¦ Báo Nhân Dân",
            "Nguồn Tạp chí Xây dựng Đảng ¦ Tạp chí Xây dựng Đảng",
            "Theo TTXVN ¦ TTXVN",
            "(Theo Báo Long An) ¦ Báo Long An",
            "Source: Vietnam News ¦ Vietnam News",
    })
    void sourceVariants(String line, String source) {
        assertEquals(source, Byline.source(line).orElseThrow(() -> new AssertionError("no source in " + line)));
    }

    @Test
    void aSentenceStartingWithTheoIsNotASource() {
        assertFalse(Byline.source("Theo đó, các cấp ủy đảng trực thuộc tập trung chỉ đạo công tác kết nạp đảng viên.").isPresent());
    }
}
