package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Crawl dumps: dates their leads name, bylines with sources, lines broken at links, the trailing summary. */
class CrawlDumpTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final String BODY = "Hội nghị đã thảo luận nhiều nội dung quan trọng về công tác của năm tới.";

    @ParameterizedTest(name = "{0} with --date {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sáng 6/2, Ban Tổ chức họp.                                  | 2017-02-07 | 2017-02-06 | Sáng 6/2
            Chiều nay (7/2), U23 Việt Nam thi đấu giao hữu.             | 2017-02-07 | 2017-02-07 | Chiều nay (7/2)
            Trong ngày hôm qua (6/2), doanh thu tăng mạnh.              | 2017-02-07 | 2017-02-07 | hôm qua (6/2)
            Theo Kyodo, ngày 26.2 Ngoại trưởng thông báo.               | 2017-03-01 | 2017-02-26 | ngày 26.2
            Chiều 4-1, hội nghị tổng kết diễn ra.                       | 2017-02-07 | 2017-01-04 | Chiều 4-1
            Ngày 06.02.2016, quân đội mở chiến dịch.                    | 2016-02-08 | 2016-02-06 | Ngày 06.02.2016
            Ngày 06.02.2016, quân đội mở chiến dịch.                    | 2017-02-07 | -          | -
            Chiều 28/12, hội nghị bế mạc.                               | 2017-01-05 | 2016-12-28 | Chiều 28/12
            Lễ phát ấn vào lúc 5h sáng 11/2 tại đền.                    | 2017-02-07 | -          | -
            Tính đến ngày 31/1/2017, đã có 20.000 nhà đầu tư.           | 2017-02-07 | -          | -
            Theo Quyết định số 652/2001/QĐ-NHNN ngày 17/5/2001, lãi suất. | 2017-02-07 | -        | -
            Trưa 25-10-2016, một học sinh bị tai nạn.                    | 2017-02-07 | -          | -
            """)
    void aDayTheLeadNamesDatesTheArticle(String lead, String batch, String day, String raw) {
        Optional<TextDates.Found> found = TextDates.find(List.of(lead), lead, Optional.of(LocalDate.parse(batch)), TODAY);
        assertEquals(day, found.flatMap(TextDates.Found::date).map(d -> d.iso()).orElse("-"), lead);
        assertEquals(raw, found.flatMap(TextDates.Found::date).map(DateParser.ParsedDate::raw).orElse("-"));
    }

    @Test
    void withoutABatchDateAYearFromElsewhereInTheTextIsOnlyAHint() {
        String lead = "Sáng 6/2, Bộ Công Thương công bố dự thảo sửa Nghị định 19/2016/NĐ-CP ngày 22/3/2016.";
        TextDates.Found found = TextDates.find(List.of(lead), lead, Optional.empty(), TODAY).orElseThrow();
        assertTrue(found.date().isEmpty());
        // not older than the decree it reports: 2017, not 2016
        assertEquals(LocalDate.of(2017, 2, 6), found.estimate().orElseThrow());
        String withYear = "Ngày 06.02.2017, Bộ Công Thương công bố dự thảo.";
        assertEquals("2017-02-06", TextDates.find(List.of(withYear), withYear, Optional.empty(), TODAY)
                .flatMap(TextDates.Found::date).orElseThrow().iso());
        String noYear = "Sáng 6/2, chợ hoa mở cửa.";
        assertTrue(TextDates.find(List.of(noYear), noYear, Optional.empty(), TODAY).isEmpty());
    }

    @Test
    void aWeekdayThatContradictsTheDayLeavesTheArticleUndated() {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\nSáng thứ Ba (6/2/2017), Ban Tổ chức Tỉnh ủy "
                + "tổ chức hội nghị tổng kết công tác năm.\n\n" + BODY + "\n");
        assertTrue(a.date().isEmpty());
        assertEquals(List.of("date"), a.needsReview());
        assertTrue(a.dateNote().contains("2017-02-06 is a Thứ Hai"), a.dateNote());
        ScrapedArticle right = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\nSáng thứ Hai (6/2/2017), Ban Tổ chức "
                + "Tỉnh ủy tổ chức hội nghị tổng kết công tác năm.\n\n" + BODY + "\n");
        assertEquals("2017-02-06", right.date().orElseThrow().iso());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bùi Anh                          | Bùi Anh      | -
            C.Sơn                            | C.Sơn        | -
            PV.                              | PV           | -
            BS Thu Vân (Theo THS)            | BS Thu Vân   | THS
            Theo Thân Hoàng/Tuổi Trẻ         | Thân Hoàng   | Tuổi Trẻ
            Trần Ngọc/VOV.VN Lược dịch từ Bloomberg | Trần Ngọc | VOV.VN
            Theo T.L (Người đưa tin)         | T.L          | Người đưa tin
            Hoàng Thanh (theo makeuseof)     | Hoàng Thanh  | makeuseof
            Tuấn Minh (T/h)                  | Tuấn Minh    | T/h
            (Bạn đọc: Phan Huỳnh Tuấn)       | Phan Huỳnh Tuấn | -
            Nguyễn Thuận -                   | Nguyễn Thuận | -
            Theo K.HOÀNG (Báo Tây Nguyên)     | K.Hoàng      | Báo Tây Nguyên
            Theo Minh Thư (Dịch từ Reuters) (Đời sống) | Minh Thư | Đời sống
            Theo Lan Chi/ AFP, Reuters (Thế giới mới) | Lan Chi | Thế giới mới
            Hồng Nhung ((Theo Healthline))   | Hồng Nhung   | Healthline
            Theo Lana (Giải trí)             | Lana         | Giải trí
            Mai Thu (T/h) Theo Sức khỏe Plus | Mai Thu      | Sức khỏe Plus
            Văn Khải Tổng hợp                | Văn Khải     | Tổng hợp
            Tin - ảnh: Đ. Hùng               | Đ. Hùng      | -
            Bài và ảnh: Lê Na                | Lê Na        | -
            Th.Hằng                          | Th.Hằng      | -
            Dược sĩ Lê Văn Tâm               | Dược sĩ Lê Văn Tâm | -
            PV Hải Đăng/VTV.VN Theo Goal     | PV Hải Đăng  | Goal
            Thu Hà.                          | Thu Hà       | -
            Minh Châu – Theo Reuters         | Minh Châu    | Reuters
            Hải Yến - Trọng Nghĩa            | Hải Yến - Trọng Nghĩa | -
            Hải Yến - Trọng Nghĩa (theo AFP) | Hải Yến - Trọng Nghĩa | AFP
            Quốc Bảo - Ảnh: TTXVN            | Quốc Bảo     | -
            """)
    void bylinesAtTheEndGiveAuthorAndSource(String byline, String author, String source) {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + BODY + "\n" + byline + "\n");
        assertEquals(author, a.author());
        assertEquals(source, a.source().isEmpty() ? "-" : a.source());
        assertEquals(List.of(BODY), a.blocks().stream().map(Block::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (TTXVN)                                | TTXVN
            VNA/Tin Tức                            | VNA/Tin Tức
            Tổng hợp                               | Tổng hợp
            (tổng hợp từ Reuters và AP)            | tổng hợp từ Reuters và AP
            (Theo Guardian, BBC)                   | Guardian, BBC
            Theo: Baomoi.vn                        | Baomoi.vn
            Tham khảo: Gsmarena                    | Gsmarena
            Chinhphu.vn                            | Chinhphu.vn
            Báo điện tử Tổ Quốc                    | Báo điện tử Tổ Quốc
            """)
    void aSourceLineAloneAtTheEndIsTheSource(String line, String source) {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + BODY + "\nNgọc Mai\n" + line + "\n");
        assertEquals("Ngọc Mai", a.author());
        assertEquals(source, a.source());
        assertEquals(List.of(BODY), a.blocks().stream().map(Block::text).toList());
    }

    @Test
    void aLastLineThatOnlyMentionsReadingFurtherIsNotASource() {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + BODY + "\nTham khảo thêm báo cáo tại đây.\n");
        assertEquals("", a.source());
    }

    @Test
    void toBeContinuedNotesAndTheHotlineUnderTheStoryAreNotBody() {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + BODY + "\n(còn nữa)\nHotline: 0900 123 456\n");
        assertEquals(List.of(BODY), a.blocks().stream().map(Block::text).toList());
        ScrapedArticle mail = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + BODY + "\nMọi ý kiến, bài vở của độc giả "
                + "xin gửi về tòa soạn.\nEmail: toasoan@baomau.vn\n");
        assertEquals(List.of(BODY), mail.blocks().stream().map(Block::text).toList());
        ScrapedArticle signed = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + BODY + "\nKý:\nLê Minh Tâm\n(còn nữa)\n");
        assertEquals("Lê Minh Tâm", signed.author());
        assertEquals(List.of(BODY), signed.blocks().stream().map(Block::text).toList());
        ScrapedArticle b = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + BODY + "\n(tiếp tục cập nhật)\n");
        assertEquals(List.of(BODY), b.blocks().stream().map(Block::text).toList());
    }

    @Test
    void aSourceLineUnderTheBylineAndReaderMailAreNotBody() {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + BODY + "\nKiệt Linh\n \n(theo RT)\n"
                + "Mời bạn đọc gửi ý kiến về bài viết cho chúng tôi.\n");
        assertEquals("Kiệt Linh", a.author());
        assertEquals("RT", a.source());
        assertEquals(1, a.blocks().size());
    }

    @Test
    void linesBrokenAtLinksAreJoinedButNumberedItemsAndSentencesAreNot() {
        PageText page = new TextPageReader().read("Tiêu đề bài viết thử nghiệm\n\nTheo \nkết luận của Kiểm toán Nhà nước\n"
                + " trước đó, việc tính lãi chưa đúng.\nMột câu đã xong. \n2. Mục thứ hai\nThùy Dung \n(\nTổng hợp\n)\n");
        assertEquals(List.of("Tiêu đề bài viết thử nghiệm",
                "Theo kết luận của Kiểm toán Nhà nước trước đó, việc tính lãi chưa đúng.", "Một câu đã xong.",
                "2. Mục thứ hai", "Thùy Dung (Tổng hợp)"), page.lines().stream().map(PageText.Line::text).toList());
    }

    @Test
    void theParagraphAfterAFinalBlankBlockIsTheSummaryNotTheBody() {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\nẢnh minh họa. Nguồn: internet\n" + BODY
                + "\nThùy Vinh\n\n\n\nBan Tổ chức tổng kết công tác năm, đề ra nhiệm vụ năm tới.\n");
        assertEquals("Ban Tổ chức tổng kết công tác năm, đề ra nhiệm vụ năm tới.", a.summary());
        assertEquals("Thùy Vinh", a.author());
        assertEquals(List.of("Ảnh minh họa. Nguồn: internet", BODY), a.blocks().stream().map(Block::text).toList());
        assertTrue(a.blocks().get(0) instanceof Block.Caption);
    }

    @Test
    void aSentenceTheSummaryRepeatsIsTextNotACaption() {
        String longParagraph = BODY + " Các đại biểu cũng bàn về kế hoạch đầu tư, nhân sự và thi đua khen thưởng.";
        String sapo = "Nhiều đại biểu đề nghị rút ngắn thời gian họp trong năm tới.";
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + longParagraph + "\n" + sapo + "\n"
                + longParagraph + "\nNgọc Lan\n\n\n\n" + sapo + "\n");
        assertEquals(sapo, a.summary());
        assertTrue(a.blocks().stream().noneMatch(b -> b instanceof Block.Caption), a.blocks().toString());
    }

    @Test
    void anAgencysAcronymInACreditKeepsItsCapitalsAndANameIsTitleCased() {
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + BODY + "\n"
                + "Quang cảnh hội nghị tổng kết. Ảnh: TTXVN\n" + BODY.replace("năm tới", "năm sau") + "\n"
                + "Đại biểu phát biểu tại hội nghị. Ảnh: PHÚC LƯU\n" + BODY.replace("năm tới", "tháng tới") + "\n");
        assertEquals(List.of("Quang cảnh hội nghị tổng kết. Ảnh: TTXVN", "Đại biểu phát biểu tại hội nghị. Ảnh: Phúc Lưu"),
                a.blocks().stream().filter(b -> b instanceof Block.Caption).map(Block::text).toList());
    }

    @Test
    void captionsThatNameThePictureCreditItInBracketsOrFollowAGalleryAreCaptions() {
        String longParagraph = BODY + " Các đại biểu cũng bàn về kế hoạch đầu tư, nhân sự và thi đua khen thưởng.";
        ScrapedArticle a = ImportFixtures.read("Hội nghị tổng kết công tác năm\n\n" + longParagraph + "\n"
                + "Hình ảnh đại biểu bỏ phiếu thông qua nghị quyết của hội nghị.\n" + longParagraph + "\n"
                + "Đại biểu thảo luận ở tổ, bên lề hội nghị (ảnh minh họa)\n" + longParagraph + "\n"
                + "Video toàn cảnh phiên bế mạc:\n" + longParagraph + "\n"
                + "Song Hye Kyo đến dự buổi gặp mặt cuối năm của đoàn phim.\n" + longParagraph + "\n"
                + "Bức ảnh này được chia sẻ nhiều nhất trong tuần qua.\n" + longParagraph + "\n"
                + "Song ông cho rằng kết quả vẫn chưa như mong muốn.\n" + longParagraph
                + "\nNgọc Lan\n\n\n\nBan Tổ chức tổng kết công tác năm, đề ra nhiệm vụ năm tới.\n");
        assertEquals(List.of("Hình ảnh đại biểu bỏ phiếu thông qua nghị quyết của hội nghị.",
                "Đại biểu thảo luận ở tổ, bên lề hội nghị (ảnh minh họa)", "Video toàn cảnh phiên bế mạc:",
                "Song Hye Kyo đến dự buổi gặp mặt cuối năm của đoàn phim."),
                a.blocks().stream().filter(b -> b instanceof Block.Caption).map(Block::text).toList());

        // in a gallery, two-sentence captions and the body's last line are captions too
        ScrapedArticle gallery = ImportFixtures.read("Những bức ảnh đẹp nhất tuần\n\n" + longParagraph + "\n"
                + "Đàn chim bay qua cánh đồng lúa chín vàng.\nCầu tre bắc qua con suối nhỏ ở đầu bản.\n"
                + "Phiên chợ phiên họp vào sáng sớm. Người bán đến từ nhiều bản xa.\n"
                + "Một em bé cười rạng rỡ bên mẹ trong ngày hội xuân.\n"
                + "\n\n\nBộ ảnh ghi lại những khoảnh khắc đẹp của vùng cao.\n");
        assertEquals(4, gallery.blocks().stream().filter(b -> b instanceof Block.Caption).count(), gallery.blocks().toString());
    }
}
