package org.khotin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.khotin.testing.TestSite;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void bareAddressesBecomeLinks() {
        String html = renderer.render("Xem https://baonamdinh.vn/tin/1 hoặc www.chinhphu.vn, thư gửi toasoan@baonamdinh.vn.\n").html();

        assertThat(html).contains("<a href=\"https://baonamdinh.vn/tin/1\">https://baonamdinh.vn/tin/1</a>")
                .contains("www.chinhphu.vn</a>")
                .contains("<a href=\"mailto:toasoan@baonamdinh.vn\">toasoan@baonamdinh.vn</a>");
    }

    @Test
    void textThatCannotHoldABareAddressIsRecognisedAsSuch() {
        assertThat(MarkdownRenderer.mayHoldBareLinks("Hà Nội: 1. Hội nghị tổng kết năm 2018.")).isFalse();
        assertThat(MarkdownRenderer.mayHoldBareLinks("1. www.baonamdinh.vn")).isTrue();
        assertThat(MarkdownRenderer.mayHoldBareLinks("Trang WwW.x.vn")).isTrue();
        assertThat(MarkdownRenderer.mayHoldBareLinks("ftp://x")).isTrue();
        assertThat(MarkdownRenderer.mayHoldBareLinks("a@b")).isTrue();
        assertThat(MarkdownRenderer.mayHoldBareLinks("toasoan&#64;baonamdinh.vn")).isTrue();
    }

    @Test
    void skippingTheAutolinkSearchChangesNoPage() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "Đoạn **một**.\n\n## Kết quả\n\n| Năm | Số |\n|:----|---:|\n| 2018 | 12 |\n",
                "- mục một\n- mục [hai](../b/)\n\n> trích dẫn ~~cũ~~\n\n<p onclick=\"x\">HTML</p>\n",
                "Đ/c Nguyễn Văn A, TP. Nam Định; số 12/2018/NQ-HĐND. Xem tại: trang chủ.\n"));
        Path root = TestSite.repoRoot();
        try (Stream<Path> files = Stream.concat(Files.list(root.resolve("seeds")), Files.walk(root.resolve("content")))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThan(8);
        for (String text : texts) {
            assertThat(renderer.render(text)).as(text.substring(0, Math.min(60, text.length())))
                    .isEqualTo(renderer.renderLookingForAutolinks(text));
        }
    }
}
