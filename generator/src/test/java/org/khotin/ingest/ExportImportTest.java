package org.khotin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.cli.Main;

/** Crawler and CMS exports (CSV, JSON Lines) imported row by row, as a newsroom migrating its archive runs it. */
class ExportImportTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static final String CSV = """
            title,published_at,url,category,keywords,content,author
            Hợp tác xã rau sạch mở rộng vùng trồng,2024-03-05T07:30:00Z,https://bao.example/rau-sach,Kinh tế,"rau sạch, hợp tác xã","Hợp tác xã ở xã Tân Phú vừa mở rộng vùng trồng rau thêm 20 héc-ta.

            Ban quản lý cho biết sản lượng năm nay dự kiến tăng gấp đôi so với năm trước.",Minh Châu
            Dòng thiếu ngày tháng,ngày mai,https://bao.example/loi,Xã hội,,"Một đoạn văn bản đủ dài để làm bài viết.",
            Dòng thừa cột,2024-03-06,https://bao.example/thua,Xã hội,,"Văn bản.",Tác giả,cột lạ,cột lạ nữa
            Thư viện huyện mở cửa buổi tối,2024-03-06 19:00,https://bao.example/thu-vien,Văn hóa,thư viện,"<p>Thư viện huyện bắt đầu mở cửa đến 21 giờ từ tuần này.</p><p>Bạn đọc có thể mượn sách bằng thẻ căn cước.</p>",
            """;

    @Test
    void csvRowsBecomeArticlesWithTheirColumnsAndBadRowsAreNamedByLine() throws IOException {
        Path csv = Files.writeString(dir.resolve("export.csv"), CSV);
        Path content = dir.resolve("content");
        Run r = run("import", csv.toString(), "--into", content.toString());

        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        // the bad row is reported with its line; the rows around it are imported
        assertThat(r.out()).contains(csv + ":5: failed: cannot read the date 'ngày mai'");
        assertThat(r.out()).contains(csv + ":6: failed: cannot read this row: more values than the header line has columns");
        assertThat(r.out()).contains(csv + ":2: new").contains(csv + ":7: new");

        // 07:30 UTC is 14:30 in Vietnam: the article is dated in Vietnam time
        Path rau = content.resolve("vi/2024/03/hop-tac-xa-rau-sach-mo-rong-vung-trong.md");
        String md = Files.readString(rau);
        assertThat(md).contains("date: 2024-03-05T14:30:00+07:00")
                .contains("keywords: [rau sạch, hợp tác xã]")
                .contains("source_url: https://bao.example/rau-sach")
                .contains("category: Kinh tế")
                .contains("author: Minh Châu")
                .contains("source_file: export.csv");
        // the quoted value spans lines: both paragraphs are there, apart
        assertThat(md).contains("thêm 20 héc-ta.\n\nBan quản lý");

        // HTML in the text column is read as a page's body would be; a time without offset is Vietnam time
        String thuVien = Files.readString(content.resolve("vi/2024/03/thu-vien-huyen-mo-cua-buoi-toi.md"));
        assertThat(thuVien).contains("date: 2024-03-06T19:00:00+07:00").doesNotContain("<p>")
                .contains("từ tuần này.\n\nBạn đọc");

        // again: nothing changes
        Run again = run("import", csv.toString(), "--into", content.toString());
        assertThat(again.out()).contains(csv + ":2: unchanged").contains(csv + ":7: unchanged");
        assertThat(Files.readString(rau)).isEqualTo(md);
    }

    @Test
    void jsonLinesWithAColumnMappingAndABrokenLine() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("crawl.jsonl"), """
                {"headline": "Cầu mới nối hai bờ sông Hậu thông xe", "created": "2023-11-20", "tags": ["cầu", "giao thông"], "body_text": "Sáng nay cây cầu dài 1,2 km chính thức thông xe sau ba năm xây dựng.\\n\\nNgười dân hai bờ không còn phải đi phà."}
                {"headline": "Dòng hỏng", "created": "2023-11-21", "body_text": "thiếu ngoặc"

                {"headline": "Không có nội dung", "created": "2023-11-22"}
                """);
        Path content = dir.resolve("content");
        Run r = run("import", jsonl.toString(), "--map", "content=body_text", "--map", "date=created", "--into", content.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(jsonl + ":1: new").contains(jsonl + ":2: failed: cannot read this row: not JSON")
                .contains(jsonl + ":4: failed: no text");
        String md = Files.readString(content.resolve("vi/2023/11/cau-moi-noi-hai-bo-song-hau-thong-xe.md"));
        // a date without a time is a day, shown without one
        assertThat(md).contains("date: 2023-11-20\n").contains("keywords: [cầu, giao thông]")
                .contains("thông xe sau ba năm xây dựng.\n\nNgười dân");
    }

    @Test
    void aMappingToAFieldThatDoesNotExistIsAUsageError() throws IOException {
        Path csv = Files.writeString(dir.resolve("export.csv"), CSV);
        Run r = run("import", csv.toString(), "--map", "noidung=body", "--into", dir.resolve("content").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no field 'noidung'").contains("content");
        assertThat(dir.resolve("content")).doesNotExist();
    }
}
