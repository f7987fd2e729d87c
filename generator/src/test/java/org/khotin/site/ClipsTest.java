package org.khotin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.testing.HtmlValidator;
import org.khotin.testing.TestSite;

/** Videos and recordings beside an article: played where the Markdown shows them, with their captions. */
class ClipsTest {
    @TempDir
    Path dir;

    private static final String PAGE = "public/vi/2024/05/ban-tin-thoi-su/index.html";

    private static final String SITE = """
            -- content/vi/2024/05/ban-tin.md --
            ---
            title: Bản tin thời sự tối
            slug: ban-tin-thoi-su
            date: 2024-05-10T19:00:00+07:00
            summary: Các tin chính trong ngày.
            ---
            Các tin chính trong ngày.

            ![Toàn cảnh lễ khai mạc](ban-tin/Khai_Mac.MP4 "Lễ khai mạc kỳ họp. (Video: Đài PT-TH)")

            Phỏng vấn đại biểu, nghe lại: ![Phỏng vấn](ban-tin/phong-van.mp3) (5 phút).

            Hết bản tin.
            """;

    /** Bytes no player reads here: the build copies a clip as it is, without looking inside. */
    private static byte[] clip(String what) {
        return ("not really " + what).getBytes(StandardCharsets.UTF_8);
    }

    private TestSite siteWithClips() {
        TestSite site = TestSite.create(dir, SITE);
        site.writeBytes("content/vi/2024/05/ban-tin/Khai_Mac.MP4", clip("a video"));
        site.write("content/vi/2024/05/ban-tin/Khai_Mac.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nKính thưa quý vị\n");
        site.write("content/vi/2024/05/ban-tin/Khai_Mac.en.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nGood evening\n");
        site.writeBytes("content/vi/2024/05/ban-tin/phong-van.mp3", clip("a recording"));
        return site;
    }

    @Test
    void aPhotoNamedLikeAVideoIsWhatTheReaderSeesBeforePressingPlay() throws Exception {
        TestSite site = siteWithClips();
        site.writeBytes("content/vi/2024/05/ban-tin/khai_mac.JPG", PhotosTest.jpeg(2000, 1000));
        site.build().assertOk();

        Element video = Jsoup.parse(site.read(PAGE)).selectFirst("figure.clip video");
        assertThat(video.attr("poster")).isEqualTo("khai-mac-poster-960.jpg");
        java.awt.image.BufferedImage still = javax.imageio.ImageIO.read(dir.resolve("public/vi/2024/05/ban-tin-thoi-su/khai-mac-poster-960.jpg").toFile());
        assertThat(still.getWidth()).isEqualTo(960);
        // not a photo of the story: the page's image for shared links stays unset, and the body shows no extra photo
        assertThat(Jsoup.parse(site.read(PAGE)).select(".article-body img")).isEmpty();
        assertThat(new HtmlValidator().errors(dir.resolve(PAGE))).isEmpty();
    }

    @Test
    void aVideoAloneIsAFigureThatPlaysWithItsCaptionsAndARecordingPlaysInItsLine() throws Exception {
        TestSite site = siteWithClips();
        site.build().assertOk();

        Document doc = Jsoup.parse(site.read(PAGE));
        Element figure = doc.selectFirst(".article-body figure.clip");
        assertThat(figure).isNotNull();
        Element video = figure.selectFirst("video");
        assertThat(video.hasAttr("controls")).isTrue();
        assertThat(video.attr("src")).isEqualTo("khai-mac.mp4");
        assertThat(video.attr("aria-label")).isEqualTo("Toàn cảnh lễ khai mạc");
        assertThat(video.attr("preload")).as("only its first bytes until the reader plays it").isEqualTo("metadata");
        assertThat(figure.selectFirst("figcaption").ownText()).isEqualTo("Lễ khai mạc kỳ họp.");
        assertThat(figure.selectFirst("figcaption .credit").text()).isEqualTo("Video: Đài PT-TH");
        Elements tracks = video.select("track");
        assertThat(tracks.eachAttr("src")).containsExactly("khai-mac.vtt", "khai-mac.en.vtt");
        assertThat(tracks.eachAttr("srclang")).containsExactly("vi", "en");
        assertThat(tracks.eachAttr("kind")).as("in the language spoken, captions; in the other, subtitles")
                .containsExactly("captions", "subtitles");
        assertThat(tracks.eachAttr("label")).containsExactly("Tiếng Việt", "English");

        Element audio = doc.selectFirst(".article-body p audio");
        assertThat(audio).as("a recording within a sentence stays in it").isNotNull();
        assertThat(audio.attr("src")).isEqualTo("phong-van.mp3");
        assertThat(audio.select("track")).isEmpty();

        // copied as they are, beside the page, under lower-case names
        for (String[] copy : new String[][] {{"Khai_Mac.MP4", "khai-mac.mp4"}, {"Khai_Mac.vtt", "khai-mac.vtt"},
                {"Khai_Mac.en.vtt", "khai-mac.en.vtt"}, {"phong-van.mp3", "phong-van.mp3"}}) {
            assertThat(Files.readAllBytes(dir.resolve("public/vi/2024/05/ban-tin-thoi-su/" + copy[1])))
                    .isEqualTo(Files.readAllBytes(dir.resolve("content/vi/2024/05/ban-tin/" + copy[0])));
        }
        // a player is not the start of the story: the lead stays the first paragraph
        assertThat(doc.selectFirst("meta[name=description]").attr("content")).isEqualTo("Các tin chính trong ngày.");
        assertThat(new HtmlValidator().errors(dir.resolve(PAGE))).isEmpty();
    }

    @Test
    void aClipIsCopiedOnlyWhenItChanged() throws Exception {
        TestSite site = siteWithClips();
        site.build().assertOk();
        Path copied = dir.resolve("public/vi/2024/05/ban-tin-thoi-su/khai-mac.mp4");
        FileTime stamp = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copied, stamp);

        site.build().assertOk();
        assertThat(Files.getLastModifiedTime(copied)).as("the same bytes are not written again").isEqualTo(stamp);

        site.writeBytes("content/vi/2024/05/ban-tin/Khai_Mac.MP4", clip("another video"));
        site.build().assertOk();
        assertThat(Files.readAllBytes(copied)).isEqualTo(clip("another video"));
    }

    @Test
    void theFrontMattersMediaArePlayedAfterTheLeadWhenTheirFilesAreThere() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2019/01/tong-ket.md --
                ---
                title: Tổng kết công tác năm 2018
                date: 2019-01-05T15:52:32+07:00
                media: [10419_ODIEN3.mp4, 10420_ODIEN4.mp4, clip-trong-bai.mp4]
                ---
                Chiều 4-1, hội nghị tổng kết diễn ra.

                Đoạn phim trong bài:

                ![Phát biểu bế mạc](tong-ket/clip-trong-bai.mp4)

                Hội nghị khen thưởng 7 tập thể.
                """);
        site.writeBytes("content/vi/2019/01/tong-ket/10419_ODIEN3.mp4", clip("the report"));
        site.writeBytes("content/vi/2019/01/tong-ket/clip-trong-bai.mp4", clip("a clip in the text"));
        site.build().assertOk();

        Document doc = Jsoup.parse(site.read("public/vi/2019/01/tong-ket-cong-tac-nam-2018/index.html"));
        Elements body = doc.selectFirst(".article-body").children();
        assertThat(body.get(0).text()).isEqualTo("Chiều 4-1, hội nghị tổng kết diễn ra.");
        Element report = body.get(1).selectFirst("video");
        assertThat(report).as("the report after the lead").isNotNull();
        assertThat(report.attr("src")).isEqualTo("10419-odien3.mp4");
        assertThat(report.attr("aria-label")).isEqualTo("Tổng kết công tác năm 2018");
        // the one not in the folder is not played; the one the body shows is played once, where it stands
        assertThat(doc.select("video").eachAttr("src")).containsExactly("10419-odien3.mp4", "clip-trong-bai.mp4");
        assertThat(site.exists("public/vi/2019/01/tong-ket-cong-tac-nam-2018/10420-odien4.mp4")).isFalse();
        assertThat(new HtmlValidator().errors(dir.resolve("public/vi/2019/01/tong-ket-cong-tac-nam-2018/index.html"))).isEmpty();
    }

    @Test
    void clipsOnTheWebInLinksAndWithATimeArePlayedAsTheirAddressesSay() throws Exception {
        TestSite site = TestSite.create(dir, """
                -- content/vi/2024/06/phong-su.md --
                ---
                title: Phóng sự về làng nghề
                date: 2024-06-01T08:00:00+07:00
                ---
                ## Làng gốm

                ![Lò nung gốm](phong-su/lo-gom.mp4#t=5 "Từ giây thứ năm")

                Xem thêm [![Toàn cảnh làng](phong-su/lo-gom.mp4)](https://example.vn/lang-gom) trên trang của làng.

                ![Bản tin](https://media.example.vn/ban-tin.mp4 "Bản tin trên trang của đài")
                """);
        site.writeBytes("content/vi/2024/06/phong-su/lo-gom.mp4", clip("a video"));
        site.write("content/vi/2024/06/phong-su/LO-GOM.VTT", "WEBVTT\n");
        site.build().assertOk();

        String page = "public/vi/2024/06/phong-su-ve-lang-nghe/index.html";
        Document doc = Jsoup.parse(site.read(page));
        Element first = doc.selectFirst("figure.clip video");
        assertThat(first.attr("src")).as("the moment the address names is kept").isEqualTo("lo-gom.mp4#t=5");
        assertThat(first.select("track").eachAttr("src")).as("captions named in any case").containsExactly("lo-gom.vtt");
        // inside a link no player may stand: the description is the link's text
        assertThat(doc.selectFirst("a[href=https://example.vn/lang-gom]").text()).isEqualTo("Toàn cảnh làng");
        // a clip on the web is played from there
        assertThat(doc.select("figure.clip video").eachAttr("src")).containsExactly("lo-gom.mp4#t=5", "https://media.example.vn/ban-tin.mp4");
        assertThat(new HtmlValidator().errors(dir.resolve(page))).isEmpty();
        TestSite.Run check = TestSite.run("check", "--quiet", "--config", dir.resolve("site-config.yml").toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
    }

    @Test
    void aClipInAnotherLanguagesFolderSpeaksThatLanguageAndTheFrontMattersClipsFollowTheFirstParagraphOfText() throws Exception {
        TestSite site = siteWithClips();
        site.write("content/en/2024/05/news.md", """
                ---
                title: Evening news
                date: 2024-05-10T19:00:00+07:00
                media: [../../../vi/2024/05/ban-tin/Khai_Mac.MP4]
                ---
                ![The hall](news/hall.png "The hall before the opening")

                The main news of the day.
                """);
        site.writeBytes("content/en/2024/05/news/hall.png", PhotosTest.png(300, 200));
        site.build().assertOk();

        Document doc = Jsoup.parse(site.read("public/en/2024/05/evening-news/index.html"));
        assertThat(doc.selectFirst(".article-body").children().stream().map(e -> e.tagName() + (e.hasClass("clip") ? ".clip" : "")))
                .as("photo, lead, then the report").containsExactly("figure", "p", "figure.clip");
        assertThat(doc.selectFirst(".article-body > p").text()).isEqualTo("The main news of the day.");
        Element video = doc.selectFirst("figure.clip video");
        assertThat(video.select("track").eachAttr("srclang")).containsExactly("vi", "en");
        assertThat(video.select("track").eachAttr("kind")).as("a Vietnamese report: English is its subtitles")
                .containsExactly("captions", "subtitles");
    }

    @Test
    void aLinkThatLeadsOutOfTheContentFolderIsNeverCopiedAndCopiesAreReadableByTheWebServer() throws Exception {
        TestSite site = siteWithClips();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "WEBVTT\n\n00:00.000 --> 00:01.000\nkey=hunter2\n");
        Files.delete(dir.resolve("content/vi/2024/05/ban-tin/Khai_Mac.en.vtt"));
        Files.createSymbolicLink(dir.resolve("content/vi/2024/05/ban-tin/Khai_Mac.en.vtt"), secret);
        Path recording = dir.resolve("content/vi/2024/05/ban-tin/phong-van.mp3");
        Files.setPosixFilePermissions(recording, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        site.build().assertOk();

        assertThat(site.exists("public/vi/2024/05/ban-tin-thoi-su/khai-mac.en.vtt")).isFalse();
        assertThat(site.read(PAGE)).doesNotContain("khai-mac.en.vtt");
        assertThat(Files.getPosixFilePermissions(dir.resolve("public/vi/2024/05/ban-tin-thoi-su/phong-van.mp3")))
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);

        // the clip itself a link out: an error at its place, nothing published
        Files.delete(recording);
        Files.createSymbolicLink(recording, secret);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("ban-tin.md:11:31: error: recording 'ban-tin/phong-van.mp3' lies outside the content folder");
    }

    @Test
    void aMissingClipStopsTheBuildAtItsPlace() throws Exception {
        TestSite site = siteWithClips();
        site.build().assertOk();
        byte[] before = Files.readAllBytes(dir.resolve(PAGE));
        site.delete("content/vi/2024/05/ban-tin/phong-van.mp3");

        TestSite.Run run = site.build();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(
                "content/vi/2024/05/ban-tin.md:11:31: error: recording 'ban-tin/phong-van.mp3' is not there");
        assertThat(Files.readAllBytes(dir.resolve(PAGE))).isEqualTo(before);
    }

    @Test
    void checkReportsVideosWithoutCaptionsAndListedMediaThatAreNotThere() throws Exception {
        TestSite site = TestSite.create(dir, SITE.replace("summary: Các tin chính trong ngày.\n",
                "summary: Các tin chính trong ngày.\nmedia: [10419_ODIEN3.mp4, trailer.swf]\n").replace("Khai_Mac.MP4 ", "Khai_Mac.MP4#t=5 "));
        site.writeBytes("content/vi/2024/05/ban-tin/Khai_Mac.MP4", clip("a video"));
        site.writeBytes("content/vi/2024/05/ban-tin/phong-van.mp3", clip("a recording"));

        TestSite.Run run = TestSite.run("check", "--quiet", "--config", dir.resolve("site-config.yml").toString());

        assertThat(run.err())
                .contains("content/vi/2024/05/ban-tin.md:10:1: warning: video 'ban-tin/Khai_Mac.MP4#t=5' has no captions")
                .contains("ban-tin/Khai_Mac.vtt")
                .contains("content/vi/2024/05/ban-tin.md:6:8: warning: media '10419_ODIEN3.mp4' is not in content/vi/2024/05/ban-tin/")
                .contains("content/vi/2024/05/ban-tin.md:6:8: warning: media 'trailer.swf' is not a video or recording a page can play")
                .doesNotContain("phong-van.mp3' has no captions")
                .doesNotContain("has no alt text");
        assertThat(run.exitCode()).as("warnings only").isZero();

        // with its captions beside it, the video is not reported
        site.write("content/vi/2024/05/ban-tin/Khai_Mac.vtt", "WEBVTT\n");
        assertThat(TestSite.run("check", "--quiet", "--config", dir.resolve("site-config.yml").toString()).err())
                .doesNotContain("has no captions");
    }
}
