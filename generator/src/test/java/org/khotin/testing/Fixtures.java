package org.khotin.testing;

/** Small sites that several tests build. */
public final class Fixtures {
    private Fixtures() {}

    /** Two Vietnamese articles (one translated), one English translation, keywords in two tone styles. */
    public static final String BILINGUAL = """
            -- content/vi/2019/01/tong-ket.md --
            ---
            title: Tổng kết công tác năm 2018
            date: 2019-01-05T15:52:32+07:00
            summary: Tóm tắt bài tổng kết.
            keywords: [Ban Tổ chức Tỉnh ủy, Hoà Bình]
            author: Phạm Ngọc
            source: Báo Nam Định
            kicker: Tin tức hoạt động
            translation_key: tong-ket
            ---
            Đoạn **một**.

            ## Kết quả đạt được

            | Năm | Số |
            |:----|---:|
            | 2018 | 5 |

            Xem https://example.com/x và ~~cũ~~.
            -- content/en/2019/01/review.md --
            ---
            title: Review of 2018
            date: 2019-01-05T15:52:32+07:00
            summary: Summary of the review.
            keywords: [Organisation Commission]
            translation_key: tong-ket
            ---
            Paragraph one.
            -- content/vi/2020/03/chua-dich.md --
            ---
            title: Bài chưa dịch
            date: 2020-03-01
            keywords: [hòa bình]
            ---
            Nội dung.
            """;
}
