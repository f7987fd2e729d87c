package org.khotin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.khotin.diag.Problem;
import org.khotin.diag.Problems;

/** The checks that a correct build never trips, on hand-made output. */
class SiteCheckerTest {
    private static Map<String, byte[]> site(String... pathAndHtml) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathAndHtml.length; i += 2) {
            files.put(pathAndHtml[i], ("<!DOCTYPE html><html><head>" + pathAndHtml[i + 1]).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String check(Map<String, byte[]> files) {
        Problems problems = new Problems();
        new SiteChecker("https://example.org/", "public/").check(files, problems);
        return String.join("\n", problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void hreflangAlternatesMustBeReciprocal() {
        String report = check(site(
                "vi/index.html", "<link rel=alternate hreflang=en href='https://example.org/en/'></head><a href='../en/'>en</a><a href='a/'>a</a>",
                "en/index.html", "</head><a href='../vi/'>vi</a>",
                "vi/a/index.html", "<link rel=alternate hreflang=en href='https://example.org/en/missing/'></head>"));
        assertThat(report).contains("public/vi/index.html: error: hreflang alternate /en/index.html does not link back to this page")
                .contains("public/vi/a/index.html: error: hreflang alternate /en/missing/index.html does not exist");
    }

    @Test
    void everyPageMustBeReachableFromTheHomePage() {
        String report = check(site(
                "vi/index.html", "</head><a href='a/'>a</a>",
                "vi/a/index.html", "</head>",
                "vi/orphan/index.html", "</head><a href='../'>home</a>"));
        assertThat(report).isEqualTo("public/vi/orphan/index.html: error: page cannot be reached from the home page by following links\n"
                + "  hint: link it from a list, keyword page or the archive");
    }

    @Test
    void pagesCheckedAsABuildWritesThemGiveTheSameReportAsTheSiteInMemory() {
        Map<String, byte[]> files = site(
                "vi/index.html", "<link rel=alternate hreflang=en href='https://example.org/en/'></head><a href='a/#muc'>a</a><a href='gone/'>x</a>",
                "vi/a/index.html", "</head><h2 id=khac>Khác</h2><a href='https://example.com/'>ngoài</a>",
                "vi/orphan/index.html", "</head>");
        files.put("assets/site.css", new byte[0]);
        Problems inMemory = new Problems();
        SiteChecker.Report whole = new SiteChecker("https://example.org/", "public/").check(files, inMemory);

        SiteChecker.Sink sink = new SiteChecker("https://example.org/", "public/").sink();
        files.entrySet().parallelStream().forEach(e -> sink.write(e.getKey(), e.getValue()));
        sink.commit();
        Problems streamed = new Problems();
        SiteChecker.Report report = sink.check(streamed);

        assertThat(streamed.sorted()).isEqualTo(inMemory.sorted()).hasSize(4);
        assertThat(report).isEqualTo(whole);
        assertThat(report.externalLinks()).containsExactly("https://example.com/");
        assertThat(sink.count()).isEqualTo(4);
    }

    @Test
    void feedsAndSitemapsMustBeWellFormedXml() {
        Map<String, byte[]> files = site("vi/index.html", "</head>");
        files.put("vi/feed.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Kho\u000Btin</title>\n</feed>\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("sitemap.xml", "<?xml version=\"1.0\"?>\n<urlset><url><loc>a & b</loc></url></urlset>\n".getBytes(StandardCharsets.UTF_8));
        files.put("en/feed.xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Tin &amp; bài</title></feed>\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("bomb.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY b \"c\">]>\n<a>&b;</a>\n".getBytes(StandardCharsets.UTF_8));
        String inMemory = check(files);
        // the parser's own words name what is wrong; the position is where
        assertThat(inMemory.lines().filter(l -> !l.startsWith("  hint:")).toList()).satisfiesExactly(
                bomb -> assertThat(bomb).startsWith("public/bomb.xml:2:").contains(": error: not well-formed XML: ").contains("DOCTYPE"),
                sitemap -> assertThat(sitemap).startsWith("public/sitemap.xml:2:22: error: not well-formed XML: ").contains("entity"),
                feed -> assertThat(feed).startsWith("public/vi/feed.xml:3:11: error: not well-formed XML: ").contains("0xb"));
        assertThat(inMemory).contains("  hint: feed readers and search engines reject the whole file");

        SiteChecker.Sink sink = new SiteChecker("https://example.org/", "public/").sink();
        files.entrySet().parallelStream().forEach(e -> sink.write(e.getKey(), e.getValue()));
        Problems streamed = new Problems();
        sink.check(streamed);
        assertThat(String.join("\n", streamed.sorted().stream().map(Problem::format).toList())).isEqualTo(inMemory);
    }

    @Test
    void missingAssetsAreBrokenLinks() {
        String report = check(site("vi/index.html", "<link rel=stylesheet href='../assets/site.css'></head><img src='x.png' alt=''>"));
        assertThat(report).contains("broken link '../assets/site.css'").contains("broken link 'x.png'");
    }
}
